import { readWorkbookParts } from '../../../../lib/read/xlsx/readWorkbookParts';
import { readZipDirectory } from '../../../../lib/read/xlsx/readZipDirectory';
import { DEFAULT_XLSX_LIMITS } from '../../../../lib/read/xlsx/xlsxLimits';
import {
	buildXlsx,
	sheetXml,
	stylesXml,
	workbookParts,
	zipParts,
} from '../../../helpers/zipBuilder';

const sheet = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');

function read(zip: Uint8Array) {
	return readWorkbookParts(zip, readZipDirectory(zip), DEFAULT_XLSX_LIMITS, []);
}

describe('readWorkbookParts', () => {
	describe('a workbook with its relationships', () => {
		it('returns the sheets in workbook order with their kind, state and part', () => {
			const parts = read(
				buildXlsx({
					sheets: [
						{ name: 'People', xml: sheet },
						{ name: 'Chart', xml: '<chartsheet/>', kind: 'chartsheet' },
						{ name: 'Old', xml: sheet, state: 'hidden' },
					],
				}),
			);
			expect(parts.sheets.map((s) => [s.name, s.kind, s.state, s.entry?.name])).toEqual([
				['People', 'worksheet', 'visible', 'xl/worksheets/sheet1.xml'],
				['Chart', 'chartsheet', 'visible', 'xl/chartsheets/sheet2.xml'],
				['Old', 'worksheet', 'hidden', 'xl/worksheets/sheet3.xml'],
			]);
			expect(parts.workbook.name).toBe('xl/workbook.xml');
			expect(parts.relsEntry?.name).toBe('xl/_rels/workbook.xml.rels');
		});

		it('returns the styles and shared strings parts and the date system', () => {
			const parts = read(
				buildXlsx({
					sheets: [{ name: 'A', xml: sheet }],
					sharedStrings: ['x'],
					styles: stylesXml([0]),
					date1904: true,
				}),
			);
			expect(parts.styles?.name).toBe('xl/styles.xml');
			expect(parts.strings?.name).toBe('xl/sharedStrings.xml');
			expect(parts.date1904).toBe(true);
		});

		it('returns no styles or strings part when there is none, and the 1900 date system', () => {
			const parts = read(buildXlsx({ sheets: [{ name: 'A', xml: sheet }] }));
			expect([parts.styles, parts.strings, parts.date1904]).toEqual([undefined, undefined, false]);
		});
	});

	describe('a workbook without its relationships part', () => {
		it('returns the parts where Excel writes them', () => {
			const all = workbookParts({
				sheets: [
					{ name: 'A', xml: sheet },
					{ name: 'B', xml: sheet },
				],
				sharedStrings: ['x'],
				styles: stylesXml([0]),
			});
			delete all['xl/_rels/workbook.xml.rels'];
			const parts = read(zipParts(all));
			expect(parts.relsEntry).toBeUndefined();
			expect(parts.sheets.map((s) => [s.name, s.kind, s.entry?.name])).toEqual([
				['A', 'worksheet', 'xl/worksheets/sheet1.xml'],
				['B', 'worksheet', 'xl/worksheets/sheet2.xml'],
			]);
			expect([parts.styles?.name, parts.strings?.name]).toEqual([
				'xl/styles.xml',
				'xl/sharedStrings.xml',
			]);
		});
	});

	describe('damaged packages', () => {
		it('throws FILE_CORRUPT without a workbook part', () => {
			expect(() => read(zipParts({ 'a.txt': 'x' }))).toThrow('it has no workbook part');
		});

		it('throws FILE_CORRUPT for a workbook that lists no sheets', () => {
			const all = workbookParts({ sheets: [] });
			expect(() => read(zipParts(all))).toThrow('it lists no worksheets');
		});
	});
});
