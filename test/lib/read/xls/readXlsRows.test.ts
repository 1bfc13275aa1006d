import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { openXlsBook } from '../../../../lib/read/xls/readXlsRows';
import { describeRepros, REPROS_DIR } from '../../../helpers/corpus';
import { failure, fixture } from '../../../helpers/fixtures';
import {
	biff5Stream,
	bof,
	boolerr,
	compoundFile,
	eof,
	formula,
	label,
	number,
	rec,
	stringRec,
	workbookStream,
	xlsFile,
} from './biffFixtures';
import { ourRows, sheetJsRows } from './sheetJsRows';

/** A workbook with the kinds of cell a contacts export has, and a second sheet. */
function sampleBook(): XLSX.WorkBook {
	const wb = XLSX.utils.book_new();
	const ws = XLSX.utils.aoa_to_sheet([
		['Name', 'Phone', 'Born', 'Member', 'Note', 'Balance'],
		['Jane', 5551234567, 31116, true, 'café & crème', 1234.5],
		['Élodie', 4155550100, 45306.75, false, 'Ünïcødé ✓ 日本語', -0.3],
		['Zoë', null, null, null, 'line one\nline two', 0],
		[],
		['Bob', 12, 1, true, '   padded   ', 1e-7],
	]);
	for (const a of ['C2', 'C3', 'C6']) ws[a].z = 'yyyy-mm-dd';
	ws.C3.z = 'yyyy-mm-dd hh:mm';
	for (const a of ['F2', 'F3', 'F4']) ws[a].z = '0.00';
	XLSX.utils.book_append_sheet(wb, ws, 'People');
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Other'], [1]]), 'Other');
	return wb;
}

describe('openXlsBook', () => {
	describe('files SheetJS writes', () => {
		it('returns from an HTML table the cells of the workbook it was saved from (numbers as their format shows them, which SheetJS does not)', async () => {
			const html = await ourRows(
				new Uint8Array(XLSX.write(sampleBook(), { bookType: 'html', type: 'array' })),
			);
			const biff8 = await ourRows(
				new Uint8Array(XLSX.write(sampleBook(), { bookType: 'biff8', type: 'array' })),
			);
			// A browser shows white space at a cell's ends as nothing, and so do we.
			expect(html.rows).toEqual(biff8.rows.map((r) => r && r.map((t) => t.trim())));
			expect(html.rows[3][4]).toBe('line one\nline two');
		});

		it.each(['biff8', 'biff5', 'biff2', 'xlml'] as const)(
			'returns the same cells as SheetJS for %s',
			async (bookType) => {
				const bytes = new Uint8Array(XLSX.write(sampleBook(), { bookType, type: 'array' }));
				const ours = await ourRows(bytes);
				expect(ours.rows).toEqual(sheetJsRows(bytes));
				// SheetJS writes BIFF2 and BIFF5 text as ASCII, '_' for the rest
				const note = bookType === 'biff2' || bookType === 'biff5' ? 'caf_ & cr_me' : 'café & crème';
				expect(ours.rows[1]).toEqual(['Jane', '5551234567', '1985-03-10', 'TRUE', note, '1234.50']);
				expect(ours.rows[2].slice(1, 3)).toEqual(['4155550100', '2024-01-15T18:00:00']);
			},
		);

		it.each(['biff3', 'biff4'] as const)(
			'returns the cells of a %s file whose cells are BIFF2 records, as SheetJS writes them',
			async (bookType) => {
				const wb = sampleBook();
				wb.SheetNames = ['People'];
				// SheetJS writes BIFF3 and BIFF4, though its types leave them out
				const bytes = new Uint8Array(
					XLSX.write(wb, { bookType: bookType as XLSX.BookType, type: 'array' }),
				);
				const ours = await ourRows(bytes);
				expect(ours.rows[1]).toEqual([
					'Jane',
					'5551234567',
					'1985-03-10',
					'TRUE',
					'caf_ & cr_me',
					'1234.50',
				]);
				expect(ours.rows[2].slice(1, 3)).toEqual(['4155550100', '2024-01-15T18:00:00']);
			},
		);

		it('returns the sheet names of a BIFF8, BIFF5 and SpreadsheetML workbook, and Sheet1 for BIFF2', async () => {
			for (const bookType of ['biff8', 'biff5', 'xlml'] as const) {
				expect(
					(await ourRows(new Uint8Array(XLSX.write(sampleBook(), { bookType, type: 'array' }))))
						.names,
				).toEqual(['People', 'Other']);
			}
			expect(
				(
					await ourRows(
						new Uint8Array(XLSX.write(sampleBook(), { bookType: 'biff2', type: 'array' })),
					)
				).names,
			).toEqual(['Sheet1']);
		});

		it('returns the second sheet when asked for by name or index', async () => {
			const bytes = new Uint8Array(XLSX.write(sampleBook(), { bookType: 'biff8', type: 'array' }));
			expect((await ourRows(bytes, 'other')).rows).toEqual([['Other'], ['1']]);
			expect((await ourRows(bytes, 1)).sheetIndex).toBe(1);
			expect((await failure(openXlsBook(bytes, 'Nope', () => undefined))).code).toBe(
				'SHEET_NOT_FOUND',
			);
		});

		it('returns rows of the committed people.xls', async () => {
			const ours = await ourRows(fixture('people.xls'));
			expect(ours.names).toEqual(['People', 'Other']);
			expect(ours.rows).toEqual(sheetJsRows(fixture('people.xls')));
			expect(ours.rows[2]).toEqual(['Élodie', 'Brontë', '4155550100', '2024-01-15', '0.30']);
		});

		it('returns rows in batches of 512 with 1-based row numbers', async () => {
			const wb = XLSX.utils.book_new();
			XLSX.utils.book_append_sheet(
				wb,
				XLSX.utils.aoa_to_sheet(Array.from({ length: 1300 }, (_, i) => [`r${i}`, i])),
				'Big',
			);
			const book = await openXlsBook(
				new Uint8Array(XLSX.write(wb, { bookType: 'biff8', type: 'array' })),
				undefined,
				() => undefined,
			);
			const sizes = [...book.rows()].map((b) => b.length);
			expect(sizes).toEqual([512, 512, 276]);
			const last = [...book.rows()].pop()!.pop()!;
			expect(last).toEqual({ row: 1300, cells: ['r1299', '1299'] });
		});
	});

	describe('BIFF5 (Excel 95)', () => {
		it("returns 8-bit text decoded in the CODEPAGE record's code page", async () => {
			// "Привет" and the sheet name "Лист" in windows-1251
			const stream = biff5Stream(1251, [
				{
					name: [0xcb, 0xe8, 0xf1, 0xf2],
					cells: [
						[0, 0, [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]],
						[0, 1, [0x41]],
					],
				},
			]);
			const ours = await ourRows(compoundFile([{ name: 'Book', data: stream }]));
			expect(ours.names).toEqual(['Лист']);
			expect(ours.rows).toEqual([['Привет', 'A']]);
		});

		it('returns Windows-1252 text for code page 1252', async () => {
			const stream = biff5Stream(1252, [
				{ name: [0x53], cells: [[0, 0, [0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x80]]] },
			]);
			expect((await ourRows(compoundFile([{ name: 'Book', data: stream }]))).rows).toEqual([
				['Müller€'],
			]);
		});
	});

	describe('picking the sheet', () => {
		it('returns the first worksheet with cells when none is asked for, passing over a chart sheet, an empty and a hidden sheet', async () => {
			const bytes = xlsFile(
				[],
				[
					{ name: 'Chart', type: 2, records: [] },
					{ name: 'Empty', records: [] },
					{ name: 'Secret', hidden: 1, records: [label(0, 0, 'hidden')] },
					{ name: 'Data', records: [label(0, 0, 'Name'), label(1, 0, 'Jane')] },
				],
			);
			const book = await openXlsBook(bytes, undefined, () => undefined);
			expect(book.sheets).toEqual([
				{ name: 'Chart', state: 'visible' },
				{ name: 'Empty', state: 'visible' },
				{ name: 'Secret', state: 'hidden' },
				{ name: 'Data', state: 'visible' },
			]);
			expect(book.sheetIndex).toBe(3);
		});

		it("returns any sheet's rows from the one opened book with rowsOf", async () => {
			const bytes = xlsFile(
				[],
				[
					{ name: 'A', records: [label(0, 0, 'a')] },
					{ name: 'B', records: [label(1, 1, 'b')] },
				],
			);
			const book = await openXlsBook(bytes, undefined, () => undefined);
			expect([0, 1].map((i) => [...book.rowsOf!(i)].flat())).toEqual([
				[{ row: 1, cells: ['a'] }],
				[{ row: 2, cells: ['', 'b'] }],
			]);
		});

		it('returns a hidden worksheet with cells when no visible one has any', async () => {
			const bytes = xlsFile(
				[],
				[
					{ name: 'Empty', records: [] },
					{ name: 'Secret', hidden: 2, records: [label(0, 0, 'x')] },
				],
			);
			expect((await openXlsBook(bytes, undefined, () => undefined)).sheetIndex).toBe(1);
		});
	});

	describe('cells', () => {
		it('reports each error value as CELL_ERROR_VALUE when its row is read, naming the cell', async () => {
			const bytes = xlsFile(
				[],
				[
					{
						name: 'S',
						records: [
							label(0, 0, 'A'),
							boolerr(1, 0, 0x2a, true),
							formula(2, 1, [2, 0x07]),
							formula(3, 0, [0, 0]),
							stringRec('from formula'),
							number(4, 27, 5),
						],
					},
				],
			);
			const ours = await ourRows(bytes);
			expect(ours.rows[1]).toEqual(['#N/A']);
			expect(ours.rows[2]).toEqual(['', '#DIV/0!']);
			expect(ours.rows[3]).toEqual(['from formula']);
			expect(ours.rows[4][27]).toBe('5');
			expect(ours.issues).toEqual([
				'Row 2, cell A2: the cell shows the error #N/A; it was kept as text. Fix the formula in the workbook.',
				'Row 3, cell B3: the cell shows the error #DIV/0!; it was kept as text. Fix the formula in the workbook.',
			]);
		});

		it('returns rows in row order when the file stores them out of order', async () => {
			const bytes = xlsFile(
				[],
				[
					{
						name: 'S',
						records: [label(2, 0, 'third'), label(0, 1, 'first'), label(1, 0, 'second')],
					},
				],
			);
			expect((await ourRows(bytes)).raw).toEqual([
				{ row: 1, cells: ['', 'first'] },
				{ row: 2, cells: ['second'] },
				{ row: 3, cells: ['third'] },
			]);
		});
	});

	describe('markup saved as .xls', () => {
		it('returns the rows of an HTML table in UTF-16 with a byte-order mark', async () => {
			const html =
				'<html><body><table><tr><th>Name</th><th>City</th></tr><tr><td>Zoë</td><td>Zürich</td></tr></table></body></html>';
			const bytes = new Uint8Array([
				0xff,
				0xfe,
				...Array.from(html).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
			]);
			expect((await ourRows(bytes)).rows).toEqual([
				['Name', 'City'],
				['Zoë', 'Zürich'],
			]);
		});

		it('returns the rows of an HTML table in the charset it declares', async () => {
			const head = new TextEncoder().encode(
				'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><table><tr><td>',
			);
			const tail = new TextEncoder().encode('</td></tr></table></body></html>');
			const bytes = new Uint8Array([...head, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...tail]);
			expect((await ourRows(bytes)).rows).toEqual([['Привет']]);
		});

		it('returns the rows of a SpreadsheetML workbook, its hidden sheet marked', async () => {
			const xml =
				'<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
				'<Worksheet ss:Name="Gone"><Table><Row><Cell><Data ss:Type="String">x</Data></Cell></Row></Table><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>' +
				'<Worksheet ss:Name="Contacts"><Table><Row><Cell><Data ss:Type="String">Name</Data></Cell></Row><Row><Cell><Data ss:Type="String">Jane</Data></Cell></Row></Table></Worksheet></Workbook>';
			const book = await openXlsBook(new TextEncoder().encode(xml), undefined, () => undefined);
			expect(book.sheets).toEqual([
				{ name: 'Gone', state: 'hidden' },
				{ name: 'Contacts', state: 'visible' },
			]);
			expect(book.sheetIndex).toBe(1);
		});
	});

	describeRepros('the fuzz_1577 repro', () => {
		it('throws FILE_CORRUPT quickly for fuzz_1577_rss.bin, which makes SheetJS grow to 3.4 GB and abort', async () => {
			const started = performance.now();
			const before = process.memoryUsage().rss;
			const e = await failure(
				openXlsBook(
					readFileSync(join(REPROS_DIR, 'fuzz_1577_rss.bin')),
					undefined,
					() => undefined,
				),
			);
			expect(e.code).toBe('FILE_CORRUPT');
			expect(e.message).toContain('save it as .xlsx or CSV');
			expect(performance.now() - started).toBeLessThan(1000);
			expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
		});
	});

	describe('damaged and protected files', () => {
		it('throws FILE_ENCRYPTED for a workbook with a FILEPASS record', async () => {
			const e = await failure(
				openXlsBook(
					xlsFile([rec(0x002f, [0, 0, 1, 0, 1, 0])], [{ name: 'S', records: [label(0, 0, 'x')] }]),
					undefined,
					() => undefined,
				),
			);
			expect(e.code).toBe('FILE_ENCRYPTED');
			expect(e.message).toContain('Remove the password');
		});

		it('throws FILE_ENCRYPTED for an encrypted XLSX (a compound file holding EncryptedPackage)', async () => {
			const bytes = compoundFile([
				{ name: 'EncryptionInfo', data: new Uint8Array(200) },
				{ name: 'EncryptedPackage', data: new Uint8Array(5000) },
			]);
			expect((await failure(openXlsBook(bytes, undefined, () => undefined))).code).toBe(
				'FILE_ENCRYPTED',
			);
		});

		it('throws UNSUPPORTED_FORMAT for a compound file without a workbook stream', async () => {
			const e = await failure(
				openXlsBook(
					compoundFile([{ name: 'WordDocument', data: new Uint8Array(100) }]),
					undefined,
					() => undefined,
				),
			);
			expect(e.code).toBe('UNSUPPORTED_FORMAT');
			expect(e.message).toContain('Word or PowerPoint');
		});

		it('throws FILE_CORRUPT when a sheet starts where no BOF is and no substream follows the globals', async () => {
			const stream = workbookStream([], [{ name: 'S', records: [label(0, 0, 'x')] }]);
			// BOUNDSHEET's offset is the first field of record 0x0085: point it past the stream's end, and break the sheet's BOF.
			for (let i = 0; i < stream.length - 8; i++) {
				if (stream[i] === 0x85 && stream[i + 1] === 0x00) {
					stream.fill(
						0x99,
						stream[i + 4] | (stream[i + 5] << 8),
						(stream[i + 4] | (stream[i + 5] << 8)) + 2,
					);
					stream.set([0xff, 0xff, 0, 0], i + 4);
					break;
				}
			}
			expect(
				(
					await failure(
						openXlsBook(
							compoundFile([{ name: 'Workbook', data: stream }]),
							undefined,
							() => undefined,
						),
					)
				).code,
			).toBe('FILE_CORRUPT');
		});

		it('passes over an embedded chart inside a worksheet', async () => {
			const bytes = xlsFile(
				[],
				[
					{
						name: 'S',
						records: [
							label(0, 0, 'before'),
							bof(0x0020),
							label(5, 5, 'chart text'),
							eof(),
							label(1, 0, 'after'),
						],
					},
				],
			);
			expect((await ourRows(bytes)).rows).toEqual([['before'], ['after']]);
		});
	});

	describe('merged cells', () => {
		/** A matter list grouped by client: "Smith" merged over three rows, a note merged across two columns. */
		function groupedBook(): XLSX.WorkBook {
			const ws = XLSX.utils.aoa_to_sheet([
				['Client', 'Matter', 'Note'],
				['Smith', 'A-1', 'x'],
				[null, 'A-2'],
				[null, 'A-3', 'y'],
				['Jones', 'B-1'],
			]);
			ws['!merges'] = [XLSX.utils.decode_range('A2:A4'), XLSX.utils.decode_range('B5:C5')];
			const wb = XLSX.utils.book_new();
			XLSX.utils.book_append_sheet(wb, ws, 'Matters');
			return wb;
		}
		const read = async (bytes: Uint8Array, fillMerged?: boolean) => {
			const issues: string[] = [];
			const book = await openXlsBook(bytes, undefined, (i) => issues.push(i.code), { fillMerged });
			return { cells: [...book.rows()].flat().map((r) => r.cells), issues };
		};
		const unfilled = [
			['Client', 'Matter', 'Note'],
			['Smith', 'A-1', 'x'],
			['', 'A-2'],
			['', 'A-3', 'y'],
			['Jones', 'B-1'],
		];

		it.each(['biff8', 'xlml', 'html'] as const)(
			'returns each merged value in every cell of its range from %s with fillMerged, and the first cell alone without',
			async (bookType) => {
				const bytes = new Uint8Array(XLSX.write(groupedBook(), { bookType, type: 'array' }));
				expect(await read(bytes)).toEqual({ cells: unfilled, issues: [] });
				expect(await read(bytes, false)).toEqual({ cells: unfilled, issues: [] });
				expect(await read(bytes, true)).toEqual({
					cells: [
						['Client', 'Matter', 'Note'],
						['Smith', 'A-1', 'x'],
						['Smith', 'A-2'],
						['Smith', 'A-3', 'y'],
						['Jones', 'B-1', 'B-1'],
					],
					issues: [],
				});
			},
		);

		it("returns no fill past the sheet's last column or row for a range reaching the sheet's end (BIFF8)", async () => {
			const merged = rec(0x00e5, [1, 0, 0, 0, 0xff, 0xff, 0, 0, 0xff, 0x00]);
			const bytes = xlsFile(
				[],
				[{ name: 'S', records: [label(0, 0, 'T'), label(0, 1, 'u'), label(2, 1, 'v'), merged] }],
			);
			expect((await read(bytes, true)).cells).toEqual([
				['T', 'T'],
				['T', 'T'],
			]);
		});

		it('returns the cells as written when a MERGEDCELLS record claims more ranges than it holds', async () => {
			const merged = rec(0x00e5, [9, 0, 0, 0, 1, 0, 0, 0, 0, 0, 7]);
			const bytes = xlsFile(
				[],
				[{ name: 'S', records: [label(0, 0, 'T'), label(1, 1, 'u'), merged] }],
			);
			expect((await read(bytes, true)).cells).toEqual([['T'], ['T', 'u']]);
		});

		it('returns an HTML table laid out as before with fillMerged off, and its rowspan and colspan filled with it on', async () => {
			const html = new TextEncoder().encode(
				'<table><tr><td rowspan="2">Smith</td><td colspan="2">A-1</td></tr><tr><td>A-2</td><td>z</td></tr></table>',
			);
			expect((await read(html)).cells).toEqual([
				['Smith', 'A-1'],
				['', 'A-2', 'z'],
			]);
			expect((await read(html, true)).cells).toEqual([
				['Smith', 'A-1', 'A-1'],
				['Smith', 'A-2', 'z'],
			]);
		});
	});
});
