import { openSpreadsheet } from '../../../lib/read/openSpreadsheet';
import { failure, fixture, utf8 } from '../../helpers/fixtures';

describe('openSpreadsheet', () => {
	describe('what the reader says about the file', () => {
		it('returns encoding and delimiter for text, and no sheet keys', async () => {
			const reader = await openSpreadsheet(utf8('Name;City\nAnn;Oslo\n'));
			expect(Object.keys(reader)).toEqual([
				'encoding',
				'delimiter',
				'headers',
				'format',
				'headerRowNumber',
				'headerDetection',
				'tables',
				'issues',
			]);
			expect(reader).toMatchObject({
				encoding: 'utf-8',
				delimiter: ';',
				headers: ['Name', 'City'],
				format: 'csv',
				headerRowNumber: 1,
				headerDetection: {
					row: 1,
					chosen: 'auto',
					reason: 'row 1: the first row whose 2 cells are all labels, above rows of text',
					skipped: [],
				},
				tables: [
					{
						headers: ['Name', 'City'],
						headerRowNumber: 1,
						headerDetection: expect.objectContaining({ row: 1 }),
					},
				],
				issues: [],
			});
		});

		it('returns tsv when the sniffed delimiter is a tab', async () => {
			expect((await openSpreadsheet(utf8('a\tb\n1\t2\n'))).format).toBe('tsv');
		});

		it('returns the sheets and the sheet for a workbook, and no text keys', async () => {
			const reader = await openSpreadsheet(fixture('contacts.xlsx'));
			expect(Object.keys(reader)).toEqual([
				'sheets',
				'sheet',
				'headers',
				'format',
				'headerRowNumber',
				'headerDetection',
				'tables',
				'issues',
			]);
			expect(reader.format).toBe('xlsx');
		});

		it('returns the header row below a title, with the renamed headers as issues', async () => {
			const reader = await openSpreadsheet(utf8('Export\n\nName,,name\nAnn,x,y\n'), {
				headerRow: 2,
			});
			expect(reader.headerRowNumber).toBe(3);
			expect(reader.headers).toEqual(['Name', 'Column 2', 'name (2)']);
			expect(reader.headerDetection).toEqual({
				row: 3,
				chosen: 'option',
				reason:
					'row 3: the first row with content at or below row 2, the row set as the header row',
				skipped: [1],
			});
			expect(reader.issues.map((i) => [i.row, i.code, i.column])).toEqual([
				[3, 'HEADER_RENAMED', 'Column 2'],
				[3, 'HEADER_RENAMED', 'name (2)'],
				[1, 'ROWS_ABOVE_HEADER', undefined],
			]);
			expect(reader.issues[2].message).toBe(
				'Row 1 above the header row (row 3) was not read as data: row 1 "Export". If it holds records, set Header Row to the row with the column names.',
			);
			const rows = [];
			for await (const r of reader) rows.push(r);
			expect(rows).toEqual([
				{ rowNumber: 4, values: { Name: 'Ann', 'Column 2': 'x', 'name (2)': 'y' } },
			]);
		});
	});

	describe('files without a header', () => {
		it('throws EMPTY_FILE for no bytes, and for blank lines only', async () => {
			expect((await failure(openSpreadsheet(new Uint8Array(0)))).code).toBe('EMPTY_FILE');
			expect(
				(await failure(openSpreadsheet(utf8('\n \n,,\n'), { fileName: 'x.csv' }))).message,
			).toBe(
				'"x.csv" is empty: it has no rows. Check that the export finished and that you picked the right file.',
			);
		});

		it('throws HEADER_ROW_NOT_FOUND when the content ends above the header row', async () => {
			const e = await failure(openSpreadsheet(utf8('a\n1\n'), { headerRow: 5 }));
			expect(e.code).toBe('HEADER_ROW_NOT_FOUND');
			expect(e.message).toBe(
				'The header row is set to row 5, but the file has no content from that row on. Set the header row to the row that holds the column names.',
			);
			expect(e.details).toEqual({ headerRow: 5 });
		});

		it('names the sheet in HEADER_ROW_NOT_FOUND for a workbook', async () => {
			const e = await failure(openSpreadsheet(fixture('contacts.xlsx'), { headerRow: 100000 }));
			expect(e.message).toMatch(
				/^The header row is set to row 100000, but the sheet ".+" has no content/,
			);
		});
	});
});

describe('openSpreadsheet with a stream of strings', () => {
	it('returns every row of a text stream longer than the 64 KiB sniffed', async () => {
		async function* text(): AsyncGenerator<string> {
			yield 'a,b\n';
			for (let i = 0; i < 20000; i++) yield `${i},é\n`;
		}
		const reader = await openSpreadsheet(text() as unknown as AsyncIterable<Uint8Array>);
		let last;
		let count = 0;
		for await (const r of reader) {
			count++;
			last = r;
		}
		expect(count).toBe(20000);
		expect(last).toEqual({ rowNumber: 20001, values: { a: '19999', b: 'é' } });
	});
});
