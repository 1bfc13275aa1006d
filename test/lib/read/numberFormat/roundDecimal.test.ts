import { roundDecimal } from '../../../../lib/read/numberFormat/roundDecimal';

describe('roundDecimal', () => {
	it('rounds half away from zero from 15 significant digits, as Excel does', () => {
		expect(roundDecimal(0.045, 2)).toBe('0.05');
		expect(roundDecimal(2.5, 0)).toBe('3');
		expect(roundDecimal(9.995, 2)).toBe('10.00');
	});

	it('writes large and small numbers out in full', () => {
		expect(roundDecimal(1e21, 0)).toBe('1000000000000000000000');
		expect(roundDecimal(0.000123, 6)).toBe('0.000123');
	});
});
