import { createCellGrid } from '../../../../lib/read/xls/createCellGrid';

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
