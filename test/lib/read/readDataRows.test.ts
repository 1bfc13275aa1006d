import type { ReadIssue } from '../../../lib/types';
import type { RawRow } from '../../../lib/read/rawRow';
import { readDataRows, type SpreadsheetRow } from '../../../lib/read/readDataRows';
import { failure } from '../../helpers/fixtures';

/** Reads every data row of a source built from `headers` and raw rows (all pending but `later`). */
async function read(
	headers: string[],
	pending: RawRow[],
	{ isText = true, later = [] as RawRow[][] } = {},
): Promise<{ rows: SpreadsheetRow[]; issues: ReadIssue[]; headers: string[] }> {
	const issues: ReadIssue[] = [];
	const iterate = readDataRows({
		headers,
		pending,
		batches: later.values(),
		isText,
		onIssue: (i) => issues.push(i),
		headerRow: 1,
	});
	const rows: SpreadsheetRow[] = [];
	for await (const r of iterate()) rows.push(r);
	return { rows, issues, headers };
}

describe('readDataRows', () => {
	describe('rows', () => {
		it('returns header → text objects with their row numbers, pending rows first, then later batches', async () => {
			const { rows } = await read(['Name', 'City'], [{ row: 2, cells: ['Ann', 'Oslo'] }], {
				later: [[{ row: 3, cells: ['Bo', 'Rome'] }]],
			});
			expect(rows).toEqual([
				{ rowNumber: 2, values: { Name: 'Ann', City: 'Oslo' } },
				{ rowNumber: 3, values: { Name: 'Bo', City: 'Rome' } },
			]);
		});

		it('skips blank rows', async () => {
			const { rows } = await read(
				['Name'],
				[
					{ row: 2, cells: [' '] },
					{ row: 3, cells: ['Ann'] },
				],
			);
			expect(rows.map((r) => r.rowNumber)).toEqual([3]);
		});
	});

	describe('rows of another width in text', () => {
		it('reports a short row with CSV_RAGGED_ROW and leaves its missing values empty', async () => {
			const { rows, issues } = await read(['a', 'b', 'c'], [{ row: 2, cells: ['1'], line: 2 }]);
			expect(rows[0].values).toEqual({ a: '1', b: '', c: '' });
			expect(issues).toEqual([
				{
					row: 2,
					line: undefined,
					code: 'CSV_RAGGED_ROW',
					message: 'Row 2 has 1 field but the header has 3; the missing values were left empty.',
				},
			]);
		});

		it('keeps a long row’s extra values under Column N headers, and gives the line when it differs from the row', async () => {
			const { rows, issues, headers } = await read(['a'], [{ row: 2, cells: ['1', '2'], line: 4 }]);
			expect(headers).toEqual(['a', 'Column 2']);
			expect(rows[0].values).toEqual({ a: '1', 'Column 2': '2' });
			expect(issues[0]).toMatchObject({ row: 2, line: 4, code: 'CSV_RAGGED_ROW' });
			expect(issues[0].message).toContain('the extra values were kept as "Column 2"');
		});

		it('says "extra columns" for a long row whose columns were added for an earlier row', async () => {
			const { rows, issues } = await read(
				['a'],
				[
					{ row: 2, cells: ['1', '2'] },
					{ row: 3, cells: ['3', '4'] },
					{ row: 4, cells: ['5'] },
				],
			);
			expect(rows.map((r) => r.values)).toEqual([
				{ a: '1', 'Column 2': '2' },
				{ a: '3', 'Column 2': '4' },
				{ a: '5', 'Column 2': '' },
			]);
			expect(issues.map((i) => i.row)).toEqual([2, 3]);
			expect(issues[1].message).toContain('kept as extra columns');
		});
	});

	describe('rows of another width in a workbook', () => {
		it('reports only values past the last header, with SHEET_RAGGED_ROW', async () => {
			const { rows, issues } = await read(
				['a', 'b'],
				[
					{ row: 2, cells: ['1'] },
					{ row: 3, cells: ['1', '2', 'x'] },
				],
				{ isText: false },
			);
			expect(rows[1].values).toEqual({ a: '1', b: '2', 'Column 3': 'x' });
			expect(issues).toEqual([
				{
					row: 3,
					code: 'SHEET_RAGGED_ROW',
					message: 'Row 3 has values beyond the last header; they were kept as "Column 3".',
				},
			]);
		});
	});

	describe('errors', () => {
		it('throws NO_DATA_ROWS at the end when no row followed the header', async () => {
			const e = await failure(read(['a'], [{ row: 2, cells: [''] }]));
			expect(e.code).toBe('NO_DATA_ROWS');
		});

		it('throws READ_ALREADY_ITERATED on a second iteration', async () => {
			const iterate = readDataRows({
				headers: ['a'],
				pending: [{ row: 2, cells: ['1'] }],
				batches: [].values(),
				isText: true,
				onIssue: () => undefined,
				headerRow: 1,
			});
			for await (const _ of iterate()) void _;
			const e = await failure(iterate().next());
			expect(e.code).toBe('READ_ALREADY_ITERATED');
		});
	});
});
