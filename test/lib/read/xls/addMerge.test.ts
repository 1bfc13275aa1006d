import { addMerge } from '../../../../lib/read/xls/addMerge';
import { createCellGrid } from '../../../../lib/read/xls/createCellGrid';
import { MAX_MERGE_RANGES } from '../../../../lib/read/xlsx/createMergeFiller';

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
