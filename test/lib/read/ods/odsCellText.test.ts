import { odsCellText } from '../../../../lib/read/ods/odsCellText';
import type { OdsAttributes } from '../../../../lib/read/ods/readOdsAttributes';

const text = (attrs: Partial<OdsAttributes>, shown = '') =>
	odsCellText(attrs as OdsAttributes, shown);

describe('odsCellText', () => {
	describe('numbers', () => {
		it.each([
			[{ valueType: 'float', value: '1234.5' }, '1234.5', '1234.5'],
			[{ valueType: 'float', value: '1234.5' }, '1,234.50', '1,234.50'],
			[{ valueType: 'float', value: '1234.5' }, '1.234,50', '1234.5'],
			[{ valueType: 'float', value: '123' }, '00123', '00123'],
			[{ valueType: 'float', value: '0.1' }, '1.00E-01', '0.1'],
			[{ valueType: 'float', value: '5551234567' }, '5.55E+09', '5551234567'],
			[{ valueType: 'float', value: '0.30000000000000004' }, '###', '0.3'],
			[{ valueType: 'currency', value: '-12.5' }, '-$12.50', '-$12.50'],
			[{ valueType: 'currency', value: '-12.5' }, '($12.50)', '-12.5'],
			[{ valueType: 'currency', value: '1234.5' }, '1 234,50 €', '1234.5'],
			[{ valueType: 'percentage', value: '0.25' }, '25%', '25%'],
			[{ valueType: 'percentage', value: '0.07' }, '7.00 %', '7.00 %'],
			[{ valueType: 'percentage', value: '0.125' }, '13%', '12.5%'],
			[{ valueType: 'float', value: 'oops' }, 'shown', 'shown'],
		])('returns for %j shown as %j the text %j', (attrs, shown, expected) => {
			expect(text(attrs, shown)).toEqual({ text: expected, error: false });
		});
	});

	describe('dates, times and booleans', () => {
		it.each([
			[{ valueType: 'date', dateValue: '2024-05-01' }, '2024-05-01'],
			[{ valueType: 'date', dateValue: '2024-05-01T00:00:00' }, '2024-05-01'],
			[{ valueType: 'date', dateValue: '2024-05-01T13:45:30.6' }, '2024-05-01T13:45:31'],
			[{ valueType: 'date', dateValue: '0099-01-02' }, '0099-01-02'],
			[{ valueType: 'time', timeValue: 'PT13H45M00S' }, '13:45:00'],
			[{ valueType: 'time', timeValue: 'PT36H00M00S' }, '36:00:00'],
			[{ valueType: 'time', timeValue: 'P1DT2H0.4S' }, '26:00:00'],
			[{ valueType: 'time', timeValue: '-PT1H30M' }, '-01:30:00'],
			[{ valueType: 'boolean', booleanValue: 'true' }, 'TRUE'],
			[{ valueType: 'boolean', booleanValue: 'false' }, 'FALSE'],
		])('returns for %j the text %j', (attrs, expected) => {
			expect(text(attrs, 'shown').text).toBe(expected);
		});

		it('returns the shown text for a date or time it cannot read', () => {
			expect(text({ valueType: 'date', dateValue: 'soon' }, '1 May').text).toBe('1 May');
			expect(text({ valueType: 'time', timeValue: '13:45' }, '13:45').text).toBe('13:45');
		});
	});

	describe('strings and errors', () => {
		it('returns a string cell as shown, or by its string-value, and a cell without a type as shown', () => {
			expect(text({ valueType: 'string' }, 'a\nb').text).toBe('a\nb');
			expect(text({ valueType: 'string', stringValue: 'exact' }, 'shown').text).toBe('exact');
			expect(text({}, 'loose').text).toBe('loose');
		});

		it('returns an error value as shown, marked', () => {
			expect(text({ valueType: 'string', calcType: 'error', stringValue: '' }, '#DIV/0!')).toEqual({
				text: '#DIV/0!',
				error: true,
			});
		});
	});
});
