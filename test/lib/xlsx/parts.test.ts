import { checkSheetNames, overExcelLimit, rowXml } from '../../../lib/xlsx/parts';
import { createStyleSheet } from '../../../lib/xlsx/styleSheet';

const option = (i: number): string => `sheets[${i}].name`;

describe('checkSheetNames', () => {
	it('returns nothing for names Excel accepts', () => {
		expect(checkSheetNames(['Clients', "O'Brien", 'x'.repeat(31)], option)).toBeUndefined();
	});

	it.each([
		['', '""'],
		['x'.repeat(32), JSON.stringify('x'.repeat(32))],
		['a/b', '"a/b"'],
		["'quoted'", '"\'quoted\'"'],
	])('returns XLSX_INVALID_OPTION for %j', (name, got) => {
		expect(() => checkSheetNames(['Ok', name], option)).toThrow(
			expect.objectContaining({
				code: 'XLSX_INVALID_OPTION',
				message: `Invalid option \`sheets[1].name\`: expected 1 to 31 characters without [ ] : * ? / \\ and not starting or ending with an apostrophe, got ${got}`,
			}),
		);
	});

	it('returns an error for two names that differ only in case', () => {
		expect(() => checkSheetNames(['Clients', 'CLIENTS'], option)).toThrow(
			'Invalid option `sheets[1].name`: expected a name no other sheet has (Excel ignores case), got "CLIENTS"',
		);
	});
});

describe('rowXml', () => {
	it('returns typed cells with their references, empty cells left out', () => {
		expect(rowXml(['a', 2, true, null], 0, createStyleSheet(), 'S')).toBe(
			'<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1"><v>2</v></c><c r="C1" t="b"><v>1</v></c></row>',
		);
	});

	it('returns an over-the-limit error for a row past 16,384 cells', () => {
		expect(() => rowXml(new Array(16_385).fill(1), 4, createStyleSheet(), 'S')).toThrow(
			expect.objectContaining({
				code: 'XLSX_INVALID_OPTION',
				message: 'Row 5 of "S" has 16385 cells, more than the 16384 a worksheet holds.',
			}),
		);
	});
});

describe('overExcelLimit', () => {
	it('returns an XLSX_INVALID_OPTION error with the message as given', () => {
		expect(overExcelLimit('Too big.')).toMatchObject({
			code: 'XLSX_INVALID_OPTION',
			message: 'Too big.',
		});
	});
});
