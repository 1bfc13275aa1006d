import { addMerge, createCellGrid } from '../../../../lib/read/xls/createCellGrid';
import { MAX_MERGE_RANGES } from '../../../../lib/read/xlsx/createMergeFiller';

describe('createCellGrid', () => {
	it('returns cells in row order whatever order they were put in, and no cell for empty text', () => {
		const grid = createCellGrid();
		grid.put(2, 1, 'b');
		grid.put(0, 0, 'a');
		grid.put(0, 3, '');
		expect([grid.rows[0], grid.rows[1], grid.rows[2], grid.count]).toEqual([
			{ cols: [0], texts: ['a'] },
			undefined,
			{ cols: [1], texts: ['b'] },
			2,
		]);
	});

	it('throws FILE_CORRUPT for a cell beyond the sheet', () => {
		expect(() => createCellGrid().put(0, 16384, 'x')).toThrow(
			expect.objectContaining({ code: 'FILE_CORRUPT' }),
		);
	});
});

describe('addMerge', () => {
	it('returns ranges with 1-based rows and 0-based columns, leaving out single cells', () => {
		const grid = createCellGrid();
		addMerge(grid, 1, 0, 3, 0);
		addMerge(grid, 4, 4, 4, 4);
		expect(grid.merges).toEqual([{ top: 2, left: 0, bottom: 4, right: 0 }]);
	});

	it('returns at most one range past the limit, for the filler to report', () => {
		const grid = createCellGrid();
		for (let r = 0; r < MAX_MERGE_RANGES + 50; r++) addMerge(grid, r, 0, r, 1);
		expect(grid.merges).toHaveLength(MAX_MERGE_RANGES + 1);
	});
});
