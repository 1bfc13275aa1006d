import type { RawRow } from '../../../../lib/read/rawRow';
import { openXlsxPackage } from '../../../../lib/read/xlsx/openXlsxPackage';
import { readXlsxRows } from '../../../../lib/read/xlsx/readXlsxRows';
import type { ReadIssue } from '../../../../lib/types';
import { buildSheetXlsx, buildXlsx, sheetXml, stylesXml } from '../../../helpers/zipBuilder';
import { failure } from '../../../helpers/fixtures';

async function read(
	bytes: Uint8Array,
	sheet?: string | number,
	opts?: { fillMerged?: boolean },
): Promise<{ rows: RawRow[]; issues: ReadIssue[] }> {
	const issues: ReadIssue[] = [];
	const rows: RawRow[] = [];
	const pkg = await openXlsxPackage(bytes, sheet);
	for await (const batch of readXlsxRows(pkg, (i) => issues.push(i), opts)) rows.push(...batch);
	return { rows, issues };
}

const cells = (rows: RawRow[]) => rows.map((r) => r.cells);

describe('readXlsxRows', () => {
	describe('formula cells', () => {
		it('returns the saved result 0 and FALSE, not empty', async () => {
			const { rows, issues } = await read(
				buildSheetXlsx(
					'<row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1&gt;2</f><v>0</v></c><c r="C1"><f>1+1</f><v>2</v></c></row>',
				),
			);
			expect(rows).toEqual([{ row: 1, cells: ['0', 'FALSE', '2'] }]);
			expect(issues).toEqual([]);
		});

		it('returns formula strings (t="str") and shared formulas by their saved result', async () => {
			const { rows } = await read(
				buildSheetXlsx(
					'<row r="1"><c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>4</v></c></row>' +
						'<row r="2"><c r="B2"><f t="shared" si="0"/><v>6</v></c></row>',
				),
			);
			expect(cells(rows)).toEqual([
				['ab', '4'],
				['', '6'],
			]);
		});

		it('reports a formula with no saved result and reads it as empty', async () => {
			const { rows, issues } = await read(
				buildSheetXlsx(
					'<row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></c><c r="B3"><f>NOW()</f></c></row>',
				),
			);
			expect(rows).toEqual([{ row: 3, cells: ['x'] }]);
			expect(issues).toEqual([
				{
					row: 3,
					code: 'CELL_ERROR_VALUE',
					message:
						'Row 3, cell B3: the formula has no saved result, so it was read as empty. Open the workbook in Excel, let it recalculate, and save it.',
				},
			]);
		});

		it('keeps an error value as text and reports it', async () => {
			const { rows, issues } = await read(
				buildSheetXlsx('<row r="1"><c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'),
			);
			expect(cells(rows)).toEqual([['#DIV/0!']]);
			expect(issues.map((i) => i.message)).toEqual([
				'Row 1, cell A1: the cell shows the error #DIV/0!; it was kept as text. Fix the formula in the workbook.',
			]);
		});
	});

	describe('strings', () => {
		it('reads CDATA in inline strings and in shared strings', async () => {
			const { rows } = await read(
				buildSheetXlsx(
					'<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[Hello CDATA]]></t></is></c><c r="B1" t="s"><v>0</v></c></row>',
					{
						sharedStrings: ['<t><![CDATA[a <b> & c]]></t>'],
					},
				),
			);
			expect(cells(rows)).toEqual([['Hello CDATA', 'a <b> & c']]);
		});

		it('joins rich text runs and leaves out phonetic runs', async () => {
			const { rows } = await read(
				buildSheetXlsx(
					'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>in</t></r><r><rPr><b/></rPr><t>line</t></r></is></c></row>',
					{
						sharedStrings: [
							'<r><t>東京</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve"> tower</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
						],
					},
				),
			);
			expect(cells(rows)).toEqual([['東京 tower', 'inline']]);
		});

		it('decodes entities and Excel _xHHHH_ escapes', async () => {
			const { rows } = await read(
				buildSheetXlsx(
					'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>&#x41;&#66;&amp;&lt;&gt;&quot;&apos;&unknown;</t></is></c></row>',
					{
						sharedStrings: ['Line 1_x000D__x000A_Line 2 _x005F_x0041_'],
					},
				),
			);
			expect(cells(rows)).toEqual([['Line 1\r\nLine 2 _x0041_', 'AB&<>"\'&unknown;']]);
		});

		it('reports a shared-string index out of range, naming the cell', async () => {
			const { rows, issues } = await read(
				buildSheetXlsx(
					'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>999999</v></c></row><row r="2"><c t="s"><v>-1</v></c><c t="s"><v>__proto__</v></c></row>',
					{
						sharedStrings: ['Name'],
					},
				),
			);
			expect(rows).toEqual([{ row: 1, cells: ['Name'] }]);
			expect(
				issues.map((i) => [i.row, i.code, i.message.slice(0, i.message.indexOf(':'))]),
			).toEqual([
				[1, 'CELL_ERROR_VALUE', 'Row 1, cell B1'],
				[2, 'CELL_ERROR_VALUE', 'Row 2, cell A2'],
				[2, 'CELL_ERROR_VALUE', 'Row 2, cell B2'],
			]);
			expect(issues[0].message).toContain(
				'shared string "999999", which the workbook does not have (it has 1)',
			);
		});

		it('reads a workbook without a shared strings part', async () => {
			const { rows } = await read(
				buildSheetXlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>only</t></is></c></row>'),
			);
			expect(cells(rows)).toEqual([['only']]);
		});
	});

	describe('numbers, booleans and dates', () => {
		it('formats numbers by their cell format and dates as ISO 8601', async () => {
			const { rows } = await read(
				buildSheetXlsx(
					'<row r="1"><c r="A1" s="1"><v>45306</v></c><c r="B1" s="2"><v>45306.60422453703</v></c><c r="C1" s="3"><v>2134</v></c>' +
						'<c r="D1" s="4"><v>12345</v></c><c r="E1" s="5"><v>0.5</v></c><c r="F1"><v>0.30000000000000004</v></c><c r="G1" t="n"><v>5551234567</v></c><c r="H1" s="99"><v>7</v></c></row>',
					{ styles: stylesXml([0, 14, 'yyyy-mm-dd hh:mm:ss', '00000', 4, 21]) },
				),
			);
			expect(cells(rows)).toEqual([
				[
					'2024-01-15',
					'2024-01-15T14:30:05',
					'02134',
					'12,345.00',
					'12:00:00',
					'0.3',
					'5551234567',
					'7',
				],
			]);
		});

		it('counts dates from 1904 when the workbook says so', async () => {
			const { rows } = await read(
				buildXlsx({
					sheets: [
						{
							name: 'S',
							xml: sheetXml(
								'<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43844</v></c></row>',
							),
						},
					],
					styles: stylesXml([0, 14]),
					date1904: true,
				}),
			);
			expect(cells(rows)).toEqual([['1904-01-01', '2024-01-15']]);
		});

		it('reads booleans, ISO date cells (t="d") and keeps unreadable numbers as written', async () => {
			const { rows } = await read(
				buildSheetXlsx(
					'<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="d"><v>2024-01-15T00:00:00</v></c><c r="C1" t="d" s="1"><v>2024-01-15T14:30:05Z</v></c><c r="D1"><v>0x1A</v></c><c r="E1" t="d"><v>soon</v></c></row>',
					{ styles: stylesXml([0, 22]) },
				),
			);
			expect(cells(rows)).toEqual([['TRUE', '2024-01-15', '2024-01-15T14:30:05', '0x1A', 'soon']]);
		});
	});

	describe('placing cells and rows', () => {
		it('places cells and rows without r attributes in order', async () => {
			const { rows } = await read(
				buildSheetXlsx(
					'<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c t="inlineStr"><is><t>Age</t></is></c></row>' +
						'<row><c t="inlineStr"><is><t>aaa</t></is></c><c><v>3</v></c></row><row><c r="C3"><v>1</v></c><c><v>2</v></c></row>',
				),
			);
			expect(rows).toEqual([
				{ row: 1, cells: ['Name', 'Age'] },
				{ row: 2, cells: ['aaa', '3'] },
				{ row: 3, cells: ['', '', '1', '2'] },
			]);
		});

		it('keeps rows in file order when numbers repeat or go backwards, and skips empty and styled-only cells', async () => {
			const { rows } = await read(
				buildSheetXlsx(
					'<row r="5"><c r="A5"><v>5</v></c><c r="B5" s="1"/><c r="C5" s="1"></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="2"><c r="B2"><v>22</v></c></row><row r="9"/><row r="10" spans="1:3"></row>',
				),
			);
			expect(rows).toEqual([
				{ row: 5, cells: ['5'] },
				{ row: 2, cells: ['2'] },
				{ row: 2, cells: ['', '22'] },
			]);
		});

		it('reads elements with namespace prefixes (<x:c>)', async () => {
			const { rows } = await read(
				buildXlsx({
					sheets: [
						{
							name: 'S',
							xml: sheetXml(
								'<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>pre</x:t></x:is></x:c><x:c r="B1"><x:v>1</x:v></x:c></x:row>',
								'x',
							),
						},
					],
				}),
			);
			expect(cells(rows)).toEqual([['pre', '1']]);
		});

		it('reads a strict OOXML sheet (purl.oclc.org namespaces)', async () => {
			const xml = sheetXml(
				'<row r="1"><c r="A1" t="inlineStr"><is><t>strict</t></is></c><c r="B1"><v>2</v></c></row>',
			).replace(
				'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
				'http://purl.oclc.org/ooxml/spreadsheetml/main',
			);
			const { rows } = await read(buildXlsx({ sheets: [{ name: 'S', xml }] }));
			expect(cells(rows)).toEqual([['strict', '2']]);
		});

		it('reports and leaves out a cell beyond column XFD', async () => {
			const { rows, issues } = await read(
				buildSheetXlsx(
					'<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c><c r="ZZZZZZZZ1"><v>3</v></c><c r="XFD1"><v>4</v></c></row>',
				),
			);
			expect(rows[0].cells.length).toBe(16384);
			expect(rows[0].cells[0]).toBe('1');
			expect(rows[0].cells[16383]).toBe('4');
			expect(issues.map((i) => i.message.slice(0, i.message.indexOf(':')))).toEqual([
				'Row 1, cell XFE1',
				'Row 1, cell ZZZZZZZZ1',
			]);
			expect(issues[0].message).toContain('beyond column XFD');
		});

		it('skips comments, processing instructions and unknown elements', async () => {
			const { rows } = await read(
				buildSheetXlsx(
					'<!-- <row r="7"><c><v>no</v></c></row> --><row r="1"><?pi x?><c r="A1"><!-- c --><v>1</v><extLst><ext><v>9</v></ext></extLst></c><foo><c r="B1"><v>no</v></c></foo></row>',
				),
			);
			expect(cells(rows)).toEqual([['1']]);
		});
	});

	describe('damage', () => {
		it('throws FILE_CORRUPT for a sheet that ends inside a row', async () => {
			const xml = sheetXml(
				'<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v>',
			).replace(/<\/sheetData><\/worksheet>$/, '');
			const e = await failure(read(buildXlsx({ sheets: [{ name: 'S', xml }] })));
			expect(e.code).toBe('FILE_CORRUPT');
			expect(e.message).toContain('ends in the middle of row 2');
		});

		it('streams a sheet of many rows in batches of about 512', async () => {
			const rowsXml = Array.from(
				{ length: 3000 },
				(_, i) =>
					`<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>r${i}</t></is></c></row>`,
			).join('');
			const pkg = await openXlsxPackage(buildSheetXlsx(rowsXml), undefined);
			const sizes: number[] = [];
			let last: RawRow | undefined;
			for await (const batch of readXlsxRows(pkg, () => undefined)) {
				sizes.push(batch.length);
				last = batch[batch.length - 1];
			}
			expect(sizes.reduce((a, b) => a + b, 0)).toBe(3000);
			expect(Math.max(...sizes)).toBeLessThan(3000);
			expect(last).toEqual({ row: 3000, cells: ['2999', 'r2999'] });
		});
	});

	describe('merged cells', () => {
		const merged = (mergeCells: string) =>
			buildXlsx({
				sheets: [
					{
						name: 'Sheet1',
						xml:
							'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C5"/><sheetData>' +
							'<row r="1"><c r="A1" t="inlineStr"><is><t>Client</t></is></c><c r="B1" t="inlineStr"><is><t>Matter</t></is></c></row>' +
							'<row r="2"><c r="A2" t="inlineStr"><is><t>Smith</t></is></c><c r="B2"><v>1</v></c></row>' +
							'<row r="3"><c r="A3" s="0"/><c r="B3"><v>2</v></c></row>' +
							'<row r="4"><c r="B4"><v>3</v></c></row>' +
							'<row r="5"><c r="A5" t="inlineStr"><is><t>Jones</t></is></c><c r="B5"><v>4</v></c></row>' +
							`</sheetData>${mergeCells}</worksheet>`,
					},
				],
			});

		it('returns the first cell of a range alone when fillMerged is off (as before)', async () => {
			const bytes = merged('<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>');
			const off = await read(bytes);
			expect(cells(off.rows).map((c) => c[0])).toEqual(['Client', 'Smith', '', '', 'Jones']);
			expect(await read(bytes, undefined, { fillMerged: false })).toEqual(off);
		});

		it('returns the value in every row of the range, and across up to the dimension, when fillMerged is on', async () => {
			const bytes = merged(
				'<mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="B1:XFD1"/></mergeCells>',
			);
			const { rows, issues } = await read(bytes, undefined, { fillMerged: true });
			expect(cells(rows)).toEqual([
				['Client', 'Matter', 'Matter'],
				['Smith', '1'],
				['Smith', '2'],
				['Smith', '3'],
				['Jones', '4'],
			]);
			expect(issues).toEqual([]);
		});

		it('returns a hostile range over the whole sheet filled only until the fill budget, with one SHEET_MERGE_LIMIT issue', async () => {
			const rows: string[] = [];
			for (let r = 1; r <= 400; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
			const bytes = buildXlsx({
				sheets: [
					{
						name: 'Sheet1',
						xml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`,
					},
				],
			});
			const { rows: out, issues } = await read(bytes, undefined, { fillMerged: true });
			expect(out).toHaveLength(400);
			expect(out[0].cells).toHaveLength(16384);
			expect(out[243].cells[16383]).toBe('1');
			expect(out[244].cells).toEqual(['245']);
			expect(issues.map((i) => [i.row, i.code])).toEqual([[245, 'SHEET_MERGE_LIMIT']]);
		});

		it('returns the rows unchanged when fillMerged is on and the sheet has no merges', async () => {
			const bytes = merged('');
			expect(await read(bytes, undefined, { fillMerged: true })).toEqual(await read(bytes));
		});
	});
});
