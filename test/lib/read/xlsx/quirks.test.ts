import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import type { RawRow } from '../../../../lib/read/rawRow';
import { readSpreadsheet } from '../../../../lib/read/readSpreadsheet';
import { classifyZip } from '../../../../lib/read/xlsx/classifyZip';
import { openXlsxPackage } from '../../../../lib/read/xlsx/openXlsxPackage';
import { readXlsxRows } from '../../../../lib/read/xlsx/readXlsxRows';
import { readZipDirectory } from '../../../../lib/read/xlsx/readZipDirectory';
import type { ReadIssue } from '../../../../lib/types';
import {
	rawZip,
	sheetXml,
	stylesXml,
	workbookParts,
	zipParts,
	type RawZipOptions,
	type WorkbookSpec,
} from '../../../helpers/zipBuilder';
import { failure } from '../../../helpers/fixtures';

/**
 * Quirks of the workbooks in spreadsheet libraries' public test suites
 * (SheetJS, Apache POI, openpyxl, calamine, exceljs), rebuilt byte by byte.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

async function read(
	bytes: Uint8Array,
	sheet?: string | number,
): Promise<{ sheet: string; rows: string[][]; issues: ReadIssue[] }> {
	const kind = classifyZip(readZipDirectory(bytes), bytes);
	if (kind !== 'xlsx') throw new Error(`classified as ${kind}`);
	const issues: ReadIssue[] = [];
	const rows: RawRow[] = [];
	const pkg = await openXlsxPackage(bytes, sheet);
	for await (const batch of readXlsxRows(pkg, (i) => issues.push(i))) rows.push(...batch);
	return { sheet: pkg.sheets[pkg.sheetIndex].name, rows: rows.map((r) => r.cells), issues };
}

const ROWS =
	'<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Age</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Jane</t></is></c><c r="B2"><v>41</v></c></row>';
const EXPECTED = [
	['Name', 'Age'],
	['Jane', '41'],
];
const basic = (extra: Partial<WorkbookSpec> = {}) =>
	workbookParts({ sheets: [{ name: 'People', xml: sheetXml(ROWS) }], ...extra });
const entries = (parts: Record<string, string | Uint8Array>) => Object.entries(parts);

describe('XLSX quirks', () => {
	describe('ZIP containers', () => {
		it.each<[string, RawZipOptions]>([
			['data descriptors with zero sizes in the local headers', { dataDescriptor: true }],
			['data descriptors on stored parts', { dataDescriptor: true, store: true }],
			['a ZIP64 end record written as well as the classic one', { zip64: true }],
			[
				'a ZIP64 end record and ZIP64 sizes in the directory (0xFFFFFFFF markers)',
				{ zip64: true, zip64Markers: true },
			],
			['an archive comment', { comment: 'Created by a Windows tool' }],
			['bytes after the end record', { trailing: new Uint8Array(100).fill(0) }],
			['stored parts (method 0)', { store: true }],
		])('returns the rows of an archive with %s', async (_what, options) => {
			expect((await read(rawZip(entries(basic()), options))).rows).toEqual(EXPECTED);
		});

		it('returns the rows when an empty part is marked deflated but holds no data at all', async () => {
			const parts = basic({ sharedStrings: [] });
			parts['xl/sharedStrings.xml'] = '';
			expect((await read(rawZip(entries(parts), { bareEmpty: true }))).rows).toEqual(EXPECTED);
		});

		it('throws FILE_ENCRYPTED for parts encrypted inside the ZIP archive', async () => {
			const e = await failure(read(rawZip(entries(basic()), { encrypted: true })));
			expect(e.code).toBe('FILE_ENCRYPTED');
		});

		it('returns the rows of an archive whose directory names use backslashes (xl\\worksheets\\sheet1.xml)', async () => {
			const parts = entries(basic()).map(([n, c]): [string, string | Uint8Array] => [
				n.replace(/\//g, '\\'),
				c,
			]);
			expect((await read(rawZip(parts))).rows).toEqual(EXPECTED);
		});

		it('returns the rows of an archive whose directory names start with a slash', async () => {
			const parts = entries(basic()).map(([n, c]): [string, string | Uint8Array] => [`/${n}`, c]);
			expect((await read(rawZip(parts))).rows).toEqual(EXPECTED);
		});

		it('returns the rows of an archive whose part names are upper or mixed case (XL/Workbook.xml)', async () => {
			const parts = entries(basic()).map(([n, c]): [string, string | Uint8Array] => [
				n.startsWith('xl/')
					? n
							.replace(/^xl\//, 'XL/')
							.replace('workbook.xml', 'Workbook.xml')
							.replace('worksheets', 'WorkSheets')
					: n,
				c,
			]);
			expect((await read(rawZip(parts))).rows).toEqual(EXPECTED);
		});
	});

	describe('package parts missing or odd', () => {
		it('returns the rows without [Content_Types].xml', async () => {
			expect((await read(zipParts(basic({ noContentTypes: true })))).rows).toEqual(EXPECTED);
		});

		it('returns the rows without _rels/.rels, from xl/workbook.xml', async () => {
			const parts = basic();
			delete parts['_rels/.rels'];
			expect((await read(zipParts(parts))).rows).toEqual(EXPECTED);
		});

		it('returns the rows without _rels/.rels nor [Content_Types].xml', async () => {
			const parts = basic({ noContentTypes: true });
			delete parts['_rels/.rels'];
			expect((await read(zipParts(parts))).rows).toEqual(EXPECTED);
		});

		it.each([
			['absolute', '/xl/worksheets/sheet1.xml'],
			['with ./', './worksheets/sheet1.xml'],
			['relative to the package root', 'xl/worksheets/sheet1.xml'],
			['with backslashes', 'worksheets\\sheet1.xml'],
		])('returns the rows when the workbook relationship target is %s', async (_what, target) => {
			const parts = basic();
			parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace(
				'Target="worksheets/sheet1.xml"',
				`Target="${target}"`,
			);
			expect((await read(zipParts(parts))).rows).toEqual(EXPECTED);
		});

		it('returns the rows when the workbook has no relationships part, from the worksheets in order', async () => {
			const parts = workbookParts({
				sheets: [
					{ name: 'A', xml: sheetXml(ROWS) },
					{ name: 'B', xml: sheetXml('<row r="1"><c r="A1"><v>2</v></c></row>') },
				],
			});
			delete parts['xl/_rels/workbook.xml.rels'];
			const bytes = zipParts(parts);
			expect((await read(bytes)).rows).toEqual(EXPECTED);
			expect((await read(bytes, 'B')).rows).toEqual([['2']]);
		});

		it('passes over a sheet whose part is missing, and throws FILE_CORRUPT naming it only when it is asked for', async () => {
			const parts = workbookParts({
				sheets: [
					{ name: 'Gone', xml: sheetXml(ROWS) },
					{ name: 'Here', xml: sheetXml(ROWS) },
				],
			});
			delete parts['xl/worksheets/sheet1.xml'];
			const bytes = zipParts(parts);
			const got = await read(bytes);
			expect(got.sheet).toBe('Here');
			expect(got.rows).toEqual(EXPECTED);
			const e = await failure(read(bytes, 'Gone'));
			expect(e.code).toBe('FILE_CORRUPT');
			expect(e.message).toContain('"Gone"');
		});

		it('reads cells pointing at a shared strings part the archive lacks as empty, with an issue each', async () => {
			const parts = basic({ sharedStrings: ['x'] });
			delete parts['xl/sharedStrings.xml'];
			parts['xl/worksheets/sheet1.xml'] = sheetXml(
				'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row>',
			);
			const got = await read(zipParts(parts));
			expect(got.rows).toEqual([['', '5']]);
			expect(got.issues).toHaveLength(1);
		});

		it('reads numbers as General when styles.xml is missing or names a format it does not define', async () => {
			const row = '<row r="1"><c r="A1" s="1"><v>1.5</v></c><c r="B1" s="7"><v>2</v></c></row>';
			const noStyles = basic({ styles: stylesXml([0, 0]) });
			delete noStyles['xl/styles.xml'];
			noStyles['xl/worksheets/sheet1.xml'] = sheetXml(row);
			expect((await read(zipParts(noStyles))).rows).toEqual([['1.5', '2']]);
			const absent = basic({
				styles: stylesXml([0, 0])
					.replace('<xf numFmtId="0" fontId', '<xf numFmtId="0" fontId')
					.replace(
						/(<cellXfs[^>]*>)<xf numFmtId="0"([^>]*)\/><xf numFmtId="0"/,
						'$1<xf numFmtId="0"$2/><xf numFmtId="190"',
					),
			});
			absent['xl/worksheets/sheet1.xml'] = sheetXml(row);
			expect((await read(zipParts(absent))).rows).toEqual([['1.5', '2']]);
		});

		it('reads a strict OOXML workbook (purl.oclc.org namespaces on workbook and relationships)', async () => {
			const strict = Object.fromEntries(
				entries(basic()).map(([n, c]) => [
					n,
					typeof c === 'string'
						? c
								.replace(
									/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g,
									'http://purl.oclc.org/ooxml/spreadsheetml/main',
								)
								.replace(
									/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
									'http://purl.oclc.org/ooxml/officeDocument/relationships',
								)
						: c,
				]),
			);
			expect((await read(zipParts(strict))).rows).toEqual(EXPECTED);
		});

		it('reads an XLSM (macro-enabled) workbook as an XLSX', async () => {
			const parts = basic({
				extra: { 'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
			});
			parts['[Content_Types].xml'] = (parts['[Content_Types].xml'] as string)
				.replace('spreadsheetml.sheet.main+xml', 'x')
				.replace(
					'application/vnd.openxmlformats-officedocument.x',
					'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
				);
			expect((await read(zipParts(parts))).rows).toEqual(EXPECTED);
		});

		it('throws UNSUPPORTED_FORMAT naming XLSB for a binary workbook', async () => {
			const bytes = zipParts({
				'[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>`,
				'_rels/.rels': `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
				'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]),
				'xl/_rels/workbook.bin.rels': `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.bin"/></Relationships>`,
				'xl/worksheets/sheet1.bin': new Uint8Array([0x81, 0x01, 0x00]),
			});
			const e = await failure(readSpreadsheet(bytes, { fileName: 'book.xlsx' }));
			expect(e.code).toBe('UNSUPPORTED_FORMAT');
			expect(e.message).toContain('XLSB');
		});
	});

	describe('worksheet XML', () => {
		const rowsOf = async (rows: string, extra: Partial<WorkbookSpec> = {}) =>
			(
				await read(
					zipParts(workbookParts({ sheets: [{ name: 'S', xml: sheetXml(rows) }], ...extra })),
				)
			).rows;

		it('reads an empty <sheetData/> as no rows', async () => {
			const xml = `<worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetData/></worksheet>`;
			expect((await read(zipParts(workbookParts({ sheets: [{ name: 'S', xml }] })))).rows).toEqual(
				[],
			);
		});

		it('reads a t="s" cell without <v> as empty', async () => {
			expect(
				await rowsOf(
					'<row r="1"><c r="A1" t="s"/><c r="B1" t="s"></c><c r="C1"><v>3</v></c></row>',
					{ sharedStrings: ['a'] },
				),
			).toEqual([['', '', '3']]);
		});

		it('ignores a dimension that lies', async () => {
			const xml = sheetXml(
				'<row r="1"><c r="A1"><v>1</v></c></row><row r="9"><c r="E9"><v>2</v></c></row>',
			).replace('<dimension ref="A1"/>', '<dimension ref="A1:B2"/>');
			expect((await read(zipParts(workbookParts({ sheets: [{ name: 'S', xml }] })))).rows).toEqual([
				['1'],
				['', '', '', '', '2'],
			]);
		});

		it('reads shared formulas with no text (<f t="shared" si="0"/>) by their saved results', async () => {
			expect(
				await rowsOf(
					'<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>4</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>6</v></c></row>',
				),
			).toEqual([['4'], ['6']]);
		});

		it('joins the <r> runs of an inline string', async () => {
			expect(
				await rowsOf(
					'<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> plain</t></r></is></c></row>',
				),
			).toEqual([['Bold plain']]);
		});

		it('reads every element under a namespace prefix (x:), workbook and relationships included', async () => {
			const parts = workbookParts({
				sheets: [
					{
						name: 'S',
						xml: sheetXml(
							'<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row>',
							'x',
						),
					},
				],
				sharedStrings: ['a'],
			});
			parts['xl/workbook.xml'] =
				`<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
			parts['xl/sharedStrings.xml'] = `<x:sst xmlns:x="${MAIN}"><x:si><x:t>a</x:t></x:si></x:sst>`;
			parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string)
				.replace(/<(\/?)Relationship/g, '<$1p:Relationship')
				.replace(`xmlns="${PKG_REL}"`, `xmlns:p="${PKG_REL}"`);
			expect((await read(zipParts(parts))).rows).toEqual([['a', '2']]);
		});

		it('places rows without r after the row before, among rows with r', async () => {
			expect(
				await rowsOf(
					'<row r="2"><c><v>1</v></c></row><row><c><v>2</v></c></row><row r="5"><c><v>3</v></c></row><row><c><v>4</v></c></row>',
				),
			).toEqual([['1'], ['2'], ['3'], ['4']]);
		});

		it('reads a row of 16,384 columns', async () => {
			const cells = Array.from({ length: 16384 }, (_, i) => `<c><v>${i}</v></c>`).join('');
			const [row] = await rowsOf(`<row r="1">${cells}</row>`);
			expect(row).toHaveLength(16384);
			expect(row[16383]).toBe('16383');
		});

		it('reads lower-case cell references (a1, b1)', async () => {
			expect(
				await rowsOf(
					'<row r="1"><c r="b1"><v>2</v></c><c r="a1"><v>1</v></c><c r="aa1"><v>27</v></c></row>',
				),
			).toEqual([['1', '2', ...new Array(24).fill(''), '27']]);
		});
	});

	describe('what other writers produce', () => {
		it('reads openpyxl\'s explicit t="n" and xlsxwriter\'s t="s" with a style', async () => {
			const parts = workbookParts({
				sheets: [
					{
						name: 'S',
						xml: sheetXml(
							'<row r="1" spans="1:2"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" t="n"><v>12.5</v></c></row>',
						),
					},
				],
				sharedStrings: ['Name'],
				styles: stylesXml([0, 0]),
			});
			expect((await read(zipParts(parts))).rows).toEqual([['Name', '12.5']]);
		});

		it("reads Numbers' empty <v/> and shared formulas", async () => {
			const parts = workbookParts({
				sheets: [
					{
						name: 'S',
						xml: sheetXml(
							'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v/></c><c r="C1"><f t="shared" ref="C1:C2" si="0">1+1</f><v>2</v></c></row><row r="2"><c r="C2"><f t="shared" si="0"/><v>2</v></c></row>',
						),
					},
				],
				sharedStrings: ['x'],
			});
			expect((await read(zipParts(parts))).rows).toEqual([
				['x', '', '2'],
				['', '', '2'],
			]);
		});

		it('reads a SheetJS-written workbook', async () => {
			const wb = XLSX.utils.book_new();
			XLSX.utils.book_append_sheet(
				wb,
				XLSX.utils.aoa_to_sheet([
					['Name', 'Age'],
					['Jane', 41],
				]),
				'People',
			);
			const bytes = new Uint8Array(
				XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
			);
			expect((await read(bytes)).rows).toEqual(EXPECTED);
		});

		it('reads an exceljs-written workbook', async () => {
			const wb = new ExcelJS.Workbook();
			const ws = wb.addWorksheet('People');
			ws.addRow(['Name', 'Age']);
			ws.addRow(['Jane', 41]);
			const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
			expect((await read(bytes)).rows).toEqual(EXPECTED);
		});
	});
});
