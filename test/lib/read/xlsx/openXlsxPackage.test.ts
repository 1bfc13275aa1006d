import { deflateSync } from 'fflate';
import type { RawRow } from '../../../../lib/read/rawRow';
import type { ReadIssue } from '../../../../lib/types';
import { readSpreadsheet } from '../../../../lib/read/readSpreadsheet';
import { openXlsxPackage } from '../../../../lib/read/xlsx/openXlsxPackage';
import { readXlsxRows } from '../../../../lib/read/xlsx/readXlsxRows';
import {
	buildSheetXlsx,
	buildXlsx,
	patchEntry,
	sheetXml,
	workbookParts,
	zipParts,
} from '../../../helpers/zipBuilder';
import { failure } from '../../../helpers/fixtures';

async function readAll(
	bytes: Uint8Array,
	sheet?: string | number,
): Promise<{ sheet: string; rows: RawRow[] }> {
	const pkg = await openXlsxPackage(bytes, sheet);
	const rows: RawRow[] = [];
	for await (const batch of readXlsxRows(pkg, () => undefined)) rows.push(...batch);
	return { sheet: pkg.sheets[pkg.sheetIndex].name, rows };
}

const CHART =
	'<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></chartsheet>';
const DATA = sheetXml(
	'<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Jane</t></is></c></row>',
);

describe('openXlsxPackage', () => {
	describe('choosing the sheet', () => {
		it('defaults to the first worksheet with data when the first sheet is a chart', async () => {
			const r = await readAll(
				buildXlsx({
					sheets: [
						{ name: 'Chart1', xml: CHART, kind: 'chartsheet' },
						{ name: 'Data', xml: DATA },
					],
				}),
			);
			expect(r.sheet).toBe('Data');
			expect(r.rows.map((x) => x.cells)).toEqual([['Name'], ['Jane']]);
		});

		it('reads the data sheet, not EMPTY_FILE, through readSpreadsheet when the first sheet is a chart', async () => {
			const r = await readSpreadsheet(
				buildXlsx({
					sheets: [
						{ name: 'Chart1', xml: CHART, kind: 'chartsheet' },
						{ name: 'Data', xml: DATA },
					],
				}),
			);
			expect(r).toMatchObject({
				sheet: 'Data',
				sheets: ['Chart1', 'Data'],
				rows: [{ Name: 'Jane' }],
			});
		});

		it('passes over an empty worksheet to the first one with data', async () => {
			const r = await readAll(
				buildXlsx({
					sheets: [
						{ name: 'Cover', xml: sheetXml('<row r="1"><c r="A1" s="1"/></row>') },
						{ name: 'Data', xml: DATA },
					],
				}),
			);
			expect(r.sheet).toBe('Data');
		});

		it('probes a worksheet part listed many times only once', async () => {
			const parts = workbookParts({
				sheets: [
					{ name: 'Empty', xml: sheetXml('') },
					{ name: 'Data', xml: DATA },
				],
			});
			const many = Array.from(
				{ length: 5000 },
				(_, i) => `<sheet name="E${i}" sheetId="${i + 1}" r:id="rId1"/>`,
			).join('');
			const workbook = String(parts['xl/workbook.xml']).replace(
				/<sheets>.*<\/sheets>/,
				`<sheets>${many}<sheet name="Data" sheetId="9999" r:id="rId2"/></sheets>`,
			);
			const start = Date.now();
			const r = await readAll(zipParts({ ...parts, 'xl/workbook.xml': workbook }));
			expect(r.sheet).toBe('Data');
			expect(Date.now() - start).toBeLessThan(3000);
		});

		it('lists every sheet, charts included, with its kind and state', async () => {
			const pkg = await openXlsxPackage(
				buildXlsx({
					sheets: [
						{ name: 'Chart1', xml: CHART, kind: 'chartsheet' },
						{ name: 'Data', xml: DATA, state: 'hidden' },
					],
				}),
				'data',
			);
			expect(pkg.sheets.map(({ name, state, kind }) => ({ name, state, kind }))).toEqual([
				{ name: 'Chart1', state: 'visible', kind: 'chartsheet' },
				{ name: 'Data', state: 'hidden', kind: 'worksheet' },
			]);
			expect(pkg.sheetIndex).toBe(1);
		});

		it('throws EMPTY_FILE naming the worksheets when a chart sheet is asked for', async () => {
			const e = await failure(
				openXlsxPackage(
					buildXlsx({
						sheets: [
							{ name: 'Chart1', xml: CHART, kind: 'chartsheet' },
							{ name: 'Data', xml: DATA },
						],
					}),
					0,
				),
			);
			expect(e.code).toBe('EMPTY_FILE');
			expect(e.message).toBe(
				'The sheet "Chart1" is a chart, which has no rows to read. Pick a worksheet: "Data".',
			);
		});
	});

	describe('finding the parts', () => {
		it.each([
			['another folder', 'wtf'],
			['the archive root', ''],
		])('reads a workbook whose parts are in %s', async (_what, folder) => {
			const r = await readAll(
				buildXlsx({ sheets: [{ name: 'S', xml: DATA }], sharedStrings: ['x'], folder }),
			);
			expect(r.rows.map((x) => x.cells)).toEqual([['Name'], ['Jane']]);
		});

		it.each([['wtf'], ['']])(
			'reads it through readSpreadsheet too, not refused as a plain ZIP (folder %j)',
			async (folder) => {
				const r = await readSpreadsheet(
					buildXlsx({ sheets: [{ name: 'S', xml: DATA }], sharedStrings: ['x'], folder }),
				);
				expect(r.format).toBe('xlsx');
				expect(r.rows).toEqual([{ Name: 'Jane' }]);
			},
		);

		it('reads a workbook part with another name and no [Content_Types].xml', async () => {
			const r = await readAll(
				buildXlsx({
					sheets: [{ name: 'S', xml: DATA }],
					folder: 'book',
					workbookName: 'main.xml',
					noContentTypes: true,
				}),
			);
			expect(r.rows).toHaveLength(2);
		});

		it('reads stored (uncompressed) parts', async () => {
			const r = await readAll(buildXlsx({ sheets: [{ name: 'S', xml: DATA }] }, { store: true }));
			expect(r.rows).toHaveLength(2);
		});

		it('reads UTF-16 parts', async () => {
			const utf16 = (s: string) => {
				const out = new Uint8Array(2 + s.length * 2);
				out.set([0xff, 0xfe]);
				for (let i = 0; i < s.length; i++) out[2 + 2 * i] = s.charCodeAt(i);
				return out;
			};
			const parts = workbookParts({
				sheets: [{ name: 'S', xml: DATA.replace('UTF-8', 'UTF-16') }],
			});
			const r = await readAll(
				zipParts({ ...parts, 'xl/worksheets/sheet1.xml': utf16(DATA.replace('UTF-8', 'UTF-16')) }),
			);
			expect(r.rows.map((x) => x.cells)).toEqual([['Name'], ['Jane']]);
		});

		it('throws FILE_CORRUPT for a workbook with no workbook part', async () => {
			const e = await failure(openXlsxPackage(zipParts({ 'a.txt': 'hello' }), undefined));
			expect(e.code).toBe('FILE_CORRUPT');
		});
	});

	describe('damage and bombs', () => {
		it('reads a sheet whose only fault is a wrong CRC, with an issue naming the part after its rows', async () => {
			const bytes = patchEntry(
				buildSheetXlsx(
					'<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>',
				),
				'xl/worksheets/sheet1.xml',
				{ crc32: 0xdeadbeef },
			);
			const pkg = await openXlsxPackage(bytes, undefined);
			const issues: ReadIssue[] = [];
			const rows: RawRow[] = [];
			for await (const batch of readXlsxRows(pkg, (i) => issues.push(i))) rows.push(...batch);
			expect(rows.map((r) => r.cells)).toEqual([['1'], ['2']]);
			expect(issues).toEqual([
				expect.objectContaining({
					row: 2,
					code: 'XLSX_CHECKSUM_MISMATCH',
					message: expect.stringContaining('xl/worksheets/sheet1.xml fails its checksum'),
				}),
			]);
		});

		it('reads shared strings whose only fault is a wrong CRC, with an issue before the first row', async () => {
			const bytes = patchEntry(
				buildSheetXlsx(
					'<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>',
					{ sharedStrings: ['a', 'b'] },
				),
				'xl/sharedStrings.xml',
				{ crc32: 1 },
			);
			const r = await readSpreadsheet(bytes);
			expect(r.headers).toEqual(['a']);
			expect(r.rows).toEqual([{ a: 'b' }]);
			expect(r.issues[0]).toMatchObject({
				row: 1,
				code: 'XLSX_CHECKSUM_MISMATCH',
				message: expect.stringContaining('xl/sharedStrings.xml'),
			});
		});

		it('throws FILE_CORRUPT, not ZIP_BOMB, for a damaged part that inflates a little past its declared size', async () => {
			const rows = Array.from(
				{ length: 200 },
				(_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
			).join('');
			const bytes = buildSheetXlsx(rows);
			const declared = new TextEncoder().encode(sheetXml(rows)).length;
			const e = await failure(
				readAll(
					patchEntry(bytes, 'xl/worksheets/sheet1.xml', {
						crc32: 0x12345678,
						uncompressedSize: declared - 500,
					}),
				),
			);
			expect(e.code).toBe('FILE_CORRUPT');
			expect(e.message).toContain(`inflates to more than the ${declared - 500} bytes it declares`);
		});

		it('throws ZIP_BOMB for a part that inflates far past its declared size', async () => {
			const bomb = sheetXml(
				`<row r="1"><c r="A1"><v>1</v></c></row>${' '.repeat(8 * 1024 * 1024)}`,
			);
			const bytes = patchEntry(
				buildXlsx({ sheets: [{ name: 'S', xml: bomb }] }),
				'xl/worksheets/sheet1.xml',
				{ uncompressedSize: 1000 },
			);
			const e = await failure(readAll(bytes));
			expect(e.code).toBe('ZIP_BOMB');
			expect(e.message).toContain('inflates to more than it declares');
		});

		it('throws ZIP_BOMB for a part that declares a bomb-like ratio, before inflating it', async () => {
			const bytes = patchEntry(
				buildSheetXlsx('<row r="1"><c r="A1"><v>1</v></c></row>'),
				'xl/worksheets/sheet1.xml',
				{ uncompressedSize: 500 * 1024 * 1024 },
			);
			const e = await failure(openXlsxPackage(bytes, 0));
			expect(e.code).toBe('ZIP_BOMB');
			expect(e.message).toContain('compressed more than 400 to 1');
		});

		it('throws FILE_CORRUPT for a part whose deflate data is damaged', async () => {
			const good = deflateSync(new TextEncoder().encode(DATA));
			const parts = workbookParts({ sheets: [{ name: 'S', xml: DATA }] });
			const bytes = zipParts(parts);
			// Overwrite the sheet's compressed bytes with garbage of the same length.
			const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
			let at = -1;
			for (let p = 0; p < bytes.length && at < 0; p++)
				if (name.every((b, i) => bytes[p + i] === b)) at = p + name.length;
			bytes.fill(0xff, at, at + Math.min(good.length, 40));
			const e = await failure(readAll(bytes));
			expect(e.code).toBe('FILE_CORRUPT');
		});
	});
});
