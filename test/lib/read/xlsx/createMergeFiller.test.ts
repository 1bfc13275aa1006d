import type { RawRow } from '../../../../lib/read/rawRow';
import {
	createMergeFiller,
	MAX_MERGE_FILLS,
	MAX_MERGE_RANGES,
	type MergeRange,
} from '../../../../lib/read/xlsx/createMergeFiller';
import type { ReadIssue } from '../../../../lib/types';

function fill(rows: RawRow[], ranges: MergeRange[], maxColumn?: number) {
	const issues: ReadIssue[] = [];
	const filler = createMergeFiller(ranges, (i) => issues.push(i), maxColumn);
	for (const r of rows) filler.fill(r);
	return { cells: rows.map((r) => r.cells), issues };
}

describe('createMergeFiller', () => {
	describe('ranges down and across', () => {
		it('returns the top-left value in every cell of a range down one column', () => {
			const { cells, issues } = fill(
				[
					{ row: 1, cells: ['Name', 'Matter'] },
					{ row: 2, cells: ['Smith', 'A-1'] },
					{ row: 3, cells: ['', 'A-2'] },
					{ row: 4, cells: ['', 'A-3'] },
					{ row: 5, cells: ['Jones', 'B-1'] },
				],
				[{ top: 2, left: 0, bottom: 4, right: 0 }],
			);
			expect(cells).toEqual([
				['Name', 'Matter'],
				['Smith', 'A-1'],
				['Smith', 'A-2'],
				['Smith', 'A-3'],
				['Jones', 'B-1'],
			]);
			expect(issues).toEqual([]);
		});

		it('returns the value across and down a block, widening short rows', () => {
			const { cells } = fill(
				[
					{ row: 1, cells: ['Address'] },
					{ row: 2, cells: ['x'] },
				],
				[{ top: 1, left: 0, bottom: 2, right: 2 }],
			);
			expect(cells).toEqual([
				['Address', 'Address', 'Address'],
				['Address', 'Address', 'Address'],
			]);
		});

		it('returns rows untouched where a range has an empty top-left cell or a single cell', () => {
			const { cells } = fill(
				[
					{ row: 1, cells: ['', 'a'] },
					{ row: 2, cells: ['', 'b'] },
				],
				[
					{ top: 1, left: 0, bottom: 2, right: 0 },
					{ top: 1, left: 1, bottom: 1, right: 1 },
				],
			);
			expect(cells).toEqual([
				['', 'a'],
				['', 'b'],
			]);
		});

		it('returns only the rows that are there filled when a range reaches past the data, and ranges given with reversed ends', () => {
			const { cells } = fill(
				[
					{ row: 3, cells: ['x', 'y'] },
					{ row: 7, cells: ['', 'z'] },
				],
				[{ top: 1_048_576, left: 3, bottom: 3, right: 0 }],
				1,
			);
			expect(cells).toEqual([
				['x', 'x'],
				['x', 'x'],
			]);
		});
	});

	describe('hostile files', () => {
		it('returns the rest unfilled with one SHEET_MERGE_LIMIT issue once the fill budget is spent', () => {
			const rows: RawRow[] = [];
			for (let r = 1; r <= 300; r++) rows.push({ row: r, cells: [r === 1 ? 'v' : ''] });
			const { cells, issues } = fill(rows, [{ top: 1, left: 0, bottom: 1_048_576, right: 16383 }]);
			const perRow = 16384;
			const filledRows = Math.floor(MAX_MERGE_FILLS / perRow);
			expect(cells[filledRows - 1]).toHaveLength(perRow);
			expect(cells[filledRows]).toEqual(['']);
			expect(issues).toHaveLength(1);
			expect(issues[0]).toMatchObject({ row: filledRows + 1, code: 'SHEET_MERGE_LIMIT' });
		});

		it('returns the first ranges filled and one issue when there are more ranges than the limit', () => {
			const ranges: MergeRange[] = [];
			for (let r = 1; r <= MAX_MERGE_RANGES + 1; r++)
				ranges.push({ top: r, left: 0, bottom: r, right: 1 });
			const rows: RawRow[] = [
				{ row: 1, cells: ['a'] },
				{ row: MAX_MERGE_RANGES + 1, cells: ['b'] },
			];
			const { cells, issues } = fill(rows, ranges);
			expect(cells).toEqual([['a', 'a'], ['b']]);
			expect(issues.map((i) => [i.row, i.code])).toEqual([
				[MAX_MERGE_RANGES + 1, 'SHEET_MERGE_LIMIT'],
			]);
		});
	});
});
