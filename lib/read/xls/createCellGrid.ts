import { IntakeError } from '../../errors';
import type { MergeRange } from '../xlsx/createMergeFiller';
// the largest sheet Excel opens: beyond it a cell address can only come from damage
import { MAX_COLUMNS, MAX_ROWS } from '../../xlsx/excelLimits';

/** The cells of one row, in the order they were read. */
export interface GridRow {
	cols: number[];
	texts: string[];
	/** Columns whose text is an error value (#N/A, #DIV/0!, …). */
	errors?: number[];
}

/** A sheet's cells by 0-based row, sparse. */
export interface CellGrid {
	rows: Array<GridRow | undefined>;
	/** Cells with text so far. */
	count: number;
	/** Sets a cell's text; empty text (even an error without one) leaves the cell blank. */
	put: (row: number, col: number, text: string, error?: boolean) => void;
	/** Merged ranges (rows 1-based, columns 0-based), kept for filling when asked; see addMerge. */
	merges?: MergeRange[];
}

/**
 * Creates the sparse store the XLS, HTML and SpreadsheetML readers fill, so
 * that cells written out of order still come out in row order, and a cell
 * beyond Excel's 1,048,576 rows or 16,384 columns stops the read instead of
 * making a row of a million empty cells.
 *
 * @returns an empty grid
 * @throws IntakeError `FILE_CORRUPT` from `put` for a cell beyond the sheet's limits
 * @example
 * const grid = createCellGrid()
 * grid.put(0, 2, 'Jane')
 * grid.rows[0]
 * //=> { cols: [2], texts: ['Jane'] }
 */
export function createCellGrid(): CellGrid {
	const grid: CellGrid = {
		rows: [],
		count: 0,
		put(row, col, text, error = false) {
			if (text === '') return;
			if (
				row < 0 ||
				row >= MAX_ROWS ||
				col < 0 ||
				col >= MAX_COLUMNS ||
				!Number.isInteger(row) ||
				!Number.isInteger(col)
			) {
				throw new IntakeError(
					'FILE_CORRUPT',
					`The workbook has a cell at row ${row + 1}, column ${col + 1}, beyond the ${MAX_ROWS.toLocaleString('en-US')} rows and ${MAX_COLUMNS.toLocaleString('en-US')} columns a sheet can hold. It is likely damaged; open it in Excel or LibreOffice and save it as .xlsx or CSV.`,
				);
			}
			let r = grid.rows[row];
			if (!r) {
				r = { cols: [], texts: [] };
				grid.rows[row] = r;
			}
			r.cols.push(col);
			r.texts.push(text);
			if (error) (r.errors ??= []).push(col);
			grid.count++;
		},
	};
	return grid;
}

/** A sheet of a markup file (HTML table or SpreadsheetML worksheet) and its cells. */
export interface GridSheet {
	name: string;
	state: 'visible' | 'hidden' | 'veryHidden';
	grid: CellGrid;
}
