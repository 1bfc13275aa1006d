import { formatDigits } from '../../../../lib/read/numberFormat/formatDigits';
import { formatFraction } from '../../../../lib/read/numberFormat/formatFraction';
import { formatScientific } from '../../../../lib/read/numberFormat/formatScientific';
import { tokenize } from '../../../../lib/read/numberFormat/formatTokens';

describe('formatDigits', () => {
	it('returns a fixed number with grouping and padded decimals', () => {
		expect(formatDigits(1234.5, tokenize('#,##0.00'))).toBe('1,234.50');
	});

	it('returns a mask with its literals', () => {
		expect(formatDigits(5551234567, tokenize('(###) ###-####'))).toBe('(555) 123-4567');
	});

	it('scales by 1,000 for each comma after the last digit', () => {
		expect(formatDigits(2500000, tokenize('0.0,,'))).toBe('2.5');
	});

	it('drops # decimals that are trailing zeros and pads ? with a space', () => {
		expect(formatDigits(1.5, tokenize('0.##'))).toBe('1.5');
		expect(formatDigits(1.5, tokenize('0.0?'))).toBe('1.5 ');
	});
});

describe('formatFraction', () => {
	it('returns a whole part and the closest fraction', () => {
		expect(formatFraction(1.5, tokenize('# ?/?'))).toBe('1 1/2');
		expect(formatFraction(0.001, tokenize('???/???'))).toBe('1/999');
	});

	it('returns a fixed denominator as written', () => {
		expect(formatFraction(0.375, tokenize('?/8'))).toBe('3/8');
	});
});

describe('formatScientific', () => {
	it('returns the mantissa and a signed, padded exponent', () => {
		expect(formatScientific(12345, tokenize('0.00E+00'))).toBe('1.23E+04');
		expect(formatScientific(0.00012, tokenize('0.0E+0'))).toBe('1.2E-4');
	});

	it('keeps an engineering exponent a multiple of the integer places', () => {
		expect(formatScientific(12345, tokenize('##0.0E+0'))).toBe('12.3E+3');
	});
});
