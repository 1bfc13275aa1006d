import { MAX_MERGE_RANGES } from '../xlsx/createMergeFiller';
import type { CellGrid } from './createCellGrid';

/**
 * Notes a merged range of a grid, from 0-based first and last row and
 * column. Past MAX_MERGE_RANGES + 1 ranges the rest are not kept: the filler
 * reports that there were too many. A single cell is no range.
 *
 * @param grid - the sheet's grid
 * @param row - the range's first row (0-based)
 * @param col - its first column (0-based)
 * @param lastRow - its last row
 * @param lastCol - its last column
 * @example
 * const grid = createCellGrid()
 * addMerge(grid, 1, 0, 3, 0)
 * grid.merges
 * //=> [{ top: 2, left: 0, bottom: 4, right: 0 }]
 */
export function addMerge(
	grid: CellGrid,
	row: number,
	col: number,
	lastRow: number,
	lastCol: number,
): void {
	const merges = (grid.merges ??= []);
	if (merges.length > MAX_MERGE_RANGES || (row === lastRow && col === lastCol)) return;
	merges.push({ top: row + 1, left: col, bottom: lastRow + 1, right: lastCol });
}
