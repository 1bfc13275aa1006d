import * as XLSX from '@e965/xlsx';
import { openOdsBook } from '../../../../lib/read/ods/openOdsBook';
import { MAX_REPEATED_CELLS } from '../../../../lib/read/ods/createOdsScanner';
import type { RawRow } from '../../../../lib/read/rawRow';
import { openXlsxPackage } from '../../../../lib/read/xlsx/openXlsxPackage';
import { readXlsxRows } from '../../../../lib/read/xlsx/readXlsxRows';
import type { ReadIssue } from '../../../../lib/types';
import { failure, fixture } from '../../../helpers/fixtures';
import { buildOds, cell, contentXml, row, textRow } from './odsFixtures';

async function read(
	bytes: Uint8Array,
	sheet?: string | number,
	fillMerged?: boolean,
): Promise<{
	names: string[];
	states: string[];
	sheetIndex: number;
	rows: RawRow[];
	issues: ReadIssue[];
}> {
	const issues: ReadIssue[] = [];
	const book = await openOdsBook(bytes, sheet, (i) => issues.push(i), { fillMerged });
	const rows = [...book.rows()].flat();
	return {
		names: book.sheets.map((s) => s.name),
		states: book.sheets.map((s) => s.state),
		sheetIndex: book.sheetIndex,
		rows,
		issues,
	};
}

async function xlsxRows(bytes: Uint8Array, sheet: string, fillMerged: boolean): Promise<RawRow[]> {
	const rows: RawRow[] = [];
	const pkg = await openXlsxPackage(bytes, sheet);
	for await (const b of readXlsxRows(pkg, () => undefined, { fillMerged })) rows.push(...b);
	return rows;
}

const ods = (name: string) => new Uint8Array(fixture(`ods/${name}`));

describe('openOdsBook', () => {
	describe('a workbook LibreOffice saved (test/fixtures/ods/matters.ods)', () => {
		it('returns the tables, the hidden one marked, and picks the first visible table with values', async () => {
			const book = await read(ods('matters.ods'));
			expect(book.names).toEqual(['Secret', 'Matters', 'Empty', 'People']);
			expect(book.states).toEqual(['hidden', 'visible', 'visible', 'visible']);
			expect(book.sheetIndex).toBe(1);
		});

		it('returns each kind of value as the XLSX reader gives it from the same workbook saved as XLSX', async () => {
			const { rows, issues } = await read(ods('matters.ods'));
			expect(rows.map((r) => r.cells)).toEqual([
				['Client', 'Matter', 'Opened', 'Time', 'Share', 'Fee', 'Active', 'Zip', 'Notes'],
				[
					'Smith & Sons',
					'M-1',
					'2024-05-01',
					'13:45:00',
					'25%',
					'$1,234.50',
					'TRUE',
					'00123',
					'Call  first,then write\nsecond linethird',
				],
				['', 'M-2', '1999-12-31T08:30:00', '', '', '', 'FALSE', '-0.5', 'with a note'],
				['', 'M-3', '', '', '', '', '', '#DIV/0!'],
				['Jones', 'same', 'same'],
				['Jones', 'same', 'same'],
			]);
			expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6]);
			expect(issues.map((i) => [i.row, i.code])).toEqual([[4, 'CELL_ERROR_VALUE']]);
			for (const fill of [false, true]) {
				const ours = (await read(ods('matters.ods'), 'Matters', fill)).rows;
				expect(ours).toEqual(await xlsxRows(ods('matters.xlsx'), 'Matters', fill));
			}
		});

		it('returns the spanned cell in every row it covers with fillMerged', async () => {
			const { rows } = await read(ods('matters.ods'), undefined, true);
			expect(rows.slice(1, 4).map((r) => r.cells[0])).toEqual([
				'Smith & Sons',
				'Smith & Sons',
				'Smith & Sons',
			]);
		});

		it('returns no rows for an empty table of a million repeated rows, and a table asked for by name', async () => {
			expect((await read(ods('matters.ods'), 'Empty')).rows).toEqual([]);
			expect((await read(ods('matters.ods'), 'people')).rows).toEqual([
				{ row: 1, cells: ['Name'] },
				{ row: 2, cells: ['Zoë'] },
			]);
		});

		it('returns the same from the flat XML it was saved from (matters.fods), but the formula LibreOffice computed', async () => {
			const flat = await read(ods('matters.fods'));
			const packed = await read(ods('matters.ods'));
			expect(flat.names).toEqual(packed.names);
			expect(flat.rows[1].cells[8]).toBe('Call  first,\tthen write\nsecond line\nthird');
			expect(flat.rows[3].cells[7]).toBe('0');
		});
	});

	describe('workbooks SheetJS writes', () => {
		it('returns the cells our XLSX reader gives for the same book written as XLSX', async () => {
			const ws = XLSX.utils.aoa_to_sheet(
				[
					['Name', 'Born', 'Member', 'Note', 'Balance'],
					['Jane', new Date(Date.UTC(1985, 2, 10)), true, 'café & crème', 1234.5],
					[null, null, false, 'line one\nline two', 1e-7],
					[],
					['Bob', new Date(Date.UTC(2024, 0, 15, 18, 30)), true, '   padded   '],
				],
				{ cellDates: true },
			);
			ws['!merges'] = [XLSX.utils.decode_range('A2:A3'), XLSX.utils.decode_range('D5:E5')];
			const wb = XLSX.utils.book_new();
			XLSX.utils.book_append_sheet(wb, ws, 'People');
			const write = (bookType: 'ods' | 'xlsx') =>
				new Uint8Array(XLSX.write(wb, { bookType, type: 'array', cellDates: true }));
			for (const fill of [false, true]) {
				const ours = (await read(write('ods'), undefined, fill)).rows;
				expect(ours).toEqual(await xlsxRows(write('xlsx'), 'People', fill));
			}
		});
	});

	describe('repeats', () => {
		it("returns repeated cells and rows holding a value, and leaves out the padding repeated to the sheet's end", async () => {
			const bytes = buildOds(
				contentXml([
					{
						name: 'S',
						rows:
							textRow('a', 'b') +
							row(
								[
									cell('x', 'office:value-type="string" table:number-columns-repeated="3"'),
									'<table:table-cell table:number-columns-repeated="16381"/>',
								],
								'table:number-rows-repeated="2"',
							) +
							row(
								['<table:table-cell table:number-columns-repeated="16384"/>'],
								'table:number-rows-repeated="1048572"',
							),
					},
				]),
			);
			const { rows } = await read(bytes);
			expect(rows).toEqual([
				{ row: 1, cells: ['a', 'b'] },
				{ row: 2, cells: ['x', 'x', 'x'] },
				{ row: 3, cells: ['x', 'x', 'x'] },
			]);
		});

		it('returns the rows after empty repeated rows and cells at their numbers and columns', async () => {
			const bytes = buildOds(
				contentXml([
					{
						name: 'S',
						rows:
							textRow('a') +
							row(['<table:table-cell/>'], 'table:number-rows-repeated="5"') +
							row(['<table:table-cell table:number-columns-repeated="2"/>', cell('z')]),
					},
				]),
			);
			expect((await read(bytes)).rows).toEqual([
				{ row: 1, cells: ['a'] },
				{ row: 7, cells: ['', '', 'z'] },
			]);
		});

		it('throws ZIP_BOMB when repeats would make more cells than any real sheet', async () => {
			const huge = row(
				[cell('x', `office:value-type="string" table:number-columns-repeated="16384"`)],
				'table:number-rows-repeated="1048576"',
			);
			const e = await failure(read(buildOds(contentXml([{ name: 'S', rows: huge }]))));
			expect(e.code).toBe('ZIP_BOMB');
			expect(e.message).toContain(MAX_REPEATED_CELLS.toLocaleString('en-US'));
		});
	});

	describe('merged cells', () => {
		const spanned = buildOds(
			contentXml([
				{
					name: 'S',
					rows:
						row([
							cell(
								'Smith',
								'office:value-type="string" table:number-rows-spanned="2" table:number-columns-spanned="2"',
							),
							'<table:covered-table-cell/>',
							cell('1'),
						]) + row(['<table:covered-table-cell table:number-columns-repeated="2"/>', cell('2')]),
				},
			]),
		);

		it('returns covered cells empty when fillMerged is off', async () => {
			expect((await read(spanned)).rows.map((r) => r.cells)).toEqual([
				['Smith', '', '1'],
				['', '', '2'],
			]);
		});

		it('returns the spanned value in every covered cell when fillMerged is on', async () => {
			expect((await read(spanned, undefined, true)).rows.map((r) => r.cells)).toEqual([
				['Smith', 'Smith', '1'],
				['Smith', 'Smith', '2'],
			]);
		});
	});

	describe('picking the sheet', () => {
		const book = buildOds(
			contentXml([
				{ name: 'Hidden', rows: textRow('h'), hidden: true },
				{ name: 'Blank', rows: row(['<table:table-cell/>']) },
				{ name: 'Data', rows: textRow('d') },
			]),
		);

		it('returns the first visible sheet with values when none is asked for', async () => {
			const r = await read(book);
			expect([r.sheetIndex, r.states]).toEqual([2, ['hidden', 'visible', 'visible']]);
		});

		it("returns any sheet's rows from the one opened book with rowsOf", async () => {
			const opened = await openOdsBook(book, undefined, () => undefined);
			const all = [0, 1, 2].map((i) => [...opened.rowsOf!(i)].flat());
			expect(all).toEqual([[{ row: 1, cells: ['h'] }], [], [{ row: 1, cells: ['d'] }]]);
		});

		it('returns a hidden sheet when asked for by index, and SHEET_NOT_FOUND listing the sheets for an unknown one', async () => {
			expect((await read(book, 0)).rows).toEqual([{ row: 1, cells: ['h'] }]);
			const e = await failure(read(book, 'Nope'));
			expect(e.code).toBe('SHEET_NOT_FOUND');
			expect(e.message).toContain('0: "Hidden", 1: "Blank", 2: "Data"');
		});
	});

	describe('damage and other files', () => {
		const good = buildOds(contentXml([{ name: 'S', rows: textRow('a') + textRow('b') }]));

		it('throws FILE_CORRUPT for a truncated file', async () => {
			expect((await failure(read(good.subarray(0, good.length - 40)))).code).toBe('FILE_CORRUPT');
		});

		it('throws FILE_CORRUPT for content that ends in the middle of a row, and for a package without content.xml', async () => {
			const cut = contentXml([{ name: 'S', rows: textRow('a') + textRow('b') }]).replace(
				/<\/text:p><\/table:table-cell><\/table:table-row><\/table:table>.*$/,
				'',
			);
			expect((await failure(read(buildOds(cut)))).code).toBe('FILE_CORRUPT');
			const e = await failure(
				read(buildOds('', { 'content.xml': undefined as unknown as string })),
			);
			expect(e.code).toBe('FILE_CORRUPT');
		});

		it('throws FILE_ENCRYPTED for a package whose manifest holds encryption data', async () => {
			const manifest =
				'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>';
			expect(
				(await failure(read(buildOds('garbage', { 'META-INF/manifest.xml': manifest })))).code,
			).toBe('FILE_ENCRYPTED');
		});

		it('throws UNSUPPORTED_FORMAT for a text document', async () => {
			const e = await failure(
				read(
					buildOds('<office:document-content/>', {
						mimetype: 'application/vnd.oasis.opendocument.text',
					}),
				),
			);
			expect(e.code).toBe('UNSUPPORTED_FORMAT');
			expect(e.message).toContain('OpenDocument text file');
		});

		it('throws FILE_CORRUPT for a spreadsheet without a table', async () => {
			expect(await failure(read(buildOds(contentXml([]))))).toMatchObject({ code: 'FILE_CORRUPT' });
		});
	});
});
