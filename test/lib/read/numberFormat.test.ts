import {
	formatNumberCode,
	isDateFormatCode,
	plainNumberText,
} from '../../../lib/read/numberFormat';

describe('formatNumberCode: a number as Excel shows it', () => {
	it.each([
		[2134, '00000', '02134'],
		[21341234, '00000-0000', '02134-1234'],
		[5551234567, '[<=9999999]###-####;(###) ###-####', '(555) 123-4567'],
		[1234567, '[<=9999999]###-####;(###) ###-####', '123-4567'],
		[78051120, '000-00-0000', '078-05-1120'],
		[1234.5, '0.00', '1234.50'],
		[1234567.891, '#,##0.00', '1,234,567.89'],
		[1234.5, '#,##0', '1,235'],
		[-1234.5, '$#,##0.00_);($#,##0.00)', '($1,234.50)'],
		[1234.5, '$#,##0.00_);($#,##0.00)', '$1,234.50 '],
		[-1234.5, '_($* #,##0.00_);_($* (#,##0.00);_($* "-"??_);_(@_)', ' $(1,234.50)'],
		[0, '_($* #,##0.00_);_($* (#,##0.00);_($* "-"??_);_(@_)', ' $-   '],
		[1234.5, '[$€-407] #,##0.00', '€ 1,234.50'],
		[1234.5, '#,##0.00 "€"', '1,234.50 €'],
		[0.256, '0%', '26%'],
		[0.256, '0.00%', '25.60%'],
		[12345, '0.00E+00', '1.23E+04'],
		[0.001234, '0.00E+00', '1.23E-03'],
		[1.5, '# ?/?', '1 1/2'],
		[0.4, '# ?/?', '2/5'],
		[3.14159, '# ??/??', '3 14/99'],
		[0.375, '?/8', '3/8'],
		[1234567, '#,##0,', '1,235'],
		[1234567, '#,##0,,"M"', '1M'],
		[42, '"Tel: "0', 'Tel: 42'],
		[-7, '0;[Red]-0', '-7'],
		[-7, '0.00;(0.00)', '(7.00)'],
		[0, '0.00;-0.00;"zero"', 'zero'],
		[1.5, 'General', '1.5'],
		[0.4, '#.##', '.4'],
		[1, '00.00', '01.00'],
		[-0.4, '0', '-0'],
	])('%s in %s shows %j', (value, format, shown) => {
		expect(formatNumberCode(value, format)).toBe(shown);
	});

	it.each([
		// rounding works on the 15 significant digits, not the binary value (toFixed would give 0.04, 9.9E1)
		[0.045, '0.00', '0.05'],
		[0.045, '#,##0.00_);(#,##0.00)', '0.05 '],
		[99.5, '0.0E-0', '1.0E2'],
		[1.005, '0.00', '1.01'],
		// numbers past 1e21 are written out, not as 1e+21
		[1e21, '#,##0', '1,000,000,000,000,000,000,000'],
		[1e21, '0.00', '1000000000000000000000.00'],
		// commas after the decimals scale too
		[1234567, '0.00,,"M"', '1.23M'],
		[1234.5678, '0.0,', '1.2'],
		// fractions without a whole part are improper, with any denominator the placeholders allow
		[1.5, '?/?', '3/2'],
		[1, '?/?', '1/1'],
		[0, '?/?', '0/1'],
		[3.14159, '??/??', '311/99'],
		[-2.5, '0/0', '-5/2'],
		[0.001, '# ???/???', '1/999'],
		[999.995, '# ???/???', '999 199/200'],
		[12.345, '# ???/???', '12 69/200'],
		// 0 placeholders before the point of a mantissa pad it
		[12345, '00.00E+00', '01.23E+04'],
	])('%s in %s shows %j (as Excel and LibreOffice show it)', (value, format, shown) => {
		expect(formatNumberCode(value, format)).toBe(shown);
	});

	it('leaves text formats to the caller', () => {
		expect(formatNumberCode(12, '@')).toBeUndefined();
		expect(formatNumberCode(Number.NaN, '0')).toBeUndefined();
	});
});

describe('isDateFormatCode', () => {
	it.each([
		'm/d/yyyy',
		'yyyy-mm-dd',
		'd-mmm-yy',
		'h:mm AM/PM',
		'[h]:mm:ss',
		'mm:ss.0',
		'dddd, mmmm d, yyyy',
		'[$-409]m/d/yy h:mm AM/PM;@',
		'[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy',
	])('%s is a date or time', (f) => {
		expect(isDateFormatCode(f)).toBe(true);
	});
	it.each([
		'General',
		'0.00E+00',
		'"Day "0',
		'#,##0',
		'0.00%',
		'[Red]0',
		'[$€-407]#,##0',
		'_("$"* #,##0_)',
		'@',
		'',
	])('%s is not', (f) => {
		expect(isDateFormatCode(f)).toBe(false);
	});
});

describe('plainNumberText', () => {
	it.each([
		[0.1 + 0.2, '0.3'],
		[5551234567, '5551234567'],
		[9007199254740991, '9007199254740991'],
		// past 2^53 a double's extra digits are noise: Excel shows 15 significant digits
		[123456789012345680000, '123456789012346000000'],
		[1e21, '1000000000000000000000'],
		[-1.5e22, '-15000000000000000000000'],
		[1e-10, '0.0000000001'],
		[-0, '0'],
	])('writes %s as %j', (value, text) => {
		expect(plainNumberText(value)).toBe(text);
	});
});
