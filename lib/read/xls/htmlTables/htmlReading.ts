import { IntakeError } from '../../../errors';
import { MAX_COLUMNS, MAX_ROWS } from '../../../xlsx/excelLimits';
import { addMerge } from '../addMerge';
import { createCellGrid, type GridSheet } from '../createCellGrid';
import { htmlCellText, span, typedValue, type TypedValue } from './htmlCellText';

/** Columns a rowspan may mark in one file: far beyond any real table, well short of a hang. */
const SPAN_BUDGET = 20_000_000;

/** A `<td>` or `<th>` being read. */
interface OpenCell {
	row: number;
	col: number;
	/** The text read so far, white space collapsed. */
	parts: string[];
	/** SheetJS's `data-t`/`data-v`/`data-z`: the value behind the shown text. */
	typed?: TypedValue;
}

/** Where a read of an HTML page's tables stands. */
export interface HtmlReading {
	sheets: GridSheet[];
	/** How deep in `<table>` elements the read is; only depth 1 holds the sheet's cells. */
	depth: number;
	/** The top-level table open. */
	sheet: GridSheet | undefined;
	/** The row being read (-1 before the first), and the column the next cell goes to. */
	row: number;
	col: number;
	inRow: boolean;
	cell: OpenCell | undefined;
	/** Last row each column is covered to by a rowspan from above. */
	coveredTo: number[];
	/** Columns rowspans may still mark in this file (see SPAN_BUDGET). */
	budget: number;
}

/**
 * A fresh read, before the first table.
 *
 * @example
 * createHtmlReading().depth
 * //=> 0
 */
export function createHtmlReading(): HtmlReading {
	return {
		sheets: [],
		depth: 0,
		sheet: undefined,
		row: -1,
		col: 0,
		inRow: false,
		cell: undefined,
		coveredTo: [],
		budget: SPAN_BUDGET,
	};
}

/** Puts the open cell's text in the sheet and closes the cell. */
export function closeCell(r: HtmlReading): void {
	if (!r.cell || !r.sheet) return;
	const { text, error } = htmlCellText(r.cell.parts, r.cell.typed);
	r.sheet.grid.put(r.cell.row, r.cell.col, text, error);
	r.cell = undefined;
}

/** Closes the open cell and row, if any. */
export function closeRow(r: HtmlReading): void {
	closeCell(r);
	r.inRow = false;
}

/** Starts the next row. */
export function openRow(r: HtmlReading): void {
	closeRow(r);
	r.row++;
	r.col = 0;
	r.inRow = true;
}

/** A `<table>` start or end tag: a top-level table is a sheet; nested tables are read as its cells' text. */
export function onTable(r: HtmlReading, closing: boolean): void {
	if (closing) {
		if (r.depth === 1 && r.sheet) finishSheet(r);
		if (r.depth > 0) r.depth--;
		return;
	}
	r.depth++;
	if (r.depth === 1) {
		r.sheet = { name: `Sheet${r.sheets.length + 1}`, state: 'visible', grid: createCellGrid() };
		r.row = -1;
		r.inRow = false;
		r.coveredTo = [];
	}
}

/** Closes the open top-level table, keeping it as a sheet. */
export function finishSheet(r: HtmlReading): void {
	if (!r.sheet) return;
	closeRow(r);
	r.sheets.push(r.sheet);
	r.sheet = undefined;
}

/**
 * Opens a `<td>` or `<th>` whose start tag is `tag`: it takes the first
 * column no rowspan from above covers, and its colspan and rowspan mark the
 * cells it covers (noted as a merged range, for filling when asked). Columns stop at the sheet's last; rowspans draw on the
 * file's budget of marked columns.
 *
 * @throws IntakeError `FILE_CORRUPT` when rowspans cover more than the budget
 */
export function openCell(r: HtmlReading, tag: string): void {
	if (!r.inRow) openRow(r);
	closeCell(r);
	while (r.col < MAX_COLUMNS && (r.coveredTo[r.col] ?? -1) >= r.row) r.col++;
	const col = r.col;
	const colspan = Math.min(span(tag, 'colspan'), Math.max(1, MAX_COLUMNS - col));
	const rowspan = span(tag, 'rowspan');
	r.cell = { row: r.row, col, parts: [], typed: typedValue(tag) };
	if (r.sheet && (colspan > 1 || rowspan > 1)) {
		const lastRow = Math.min(r.row + rowspan - 1, MAX_ROWS - 1);
		addMerge(r.sheet.grid, r.row, col, lastRow, col + colspan - 1);
	}
	if (rowspan > 1) {
		r.budget -= colspan;
		if (r.budget < 0) {
			throw new IntakeError(
				'FILE_CORRUPT',
				'The HTML table has cells spanning more rows and columns than a sheet can hold. Open it in a spreadsheet program and save it as .xlsx or CSV.',
			);
		}
		for (let c = col; c < col + colspan; c++)
			r.coveredTo[c] = Math.max(r.coveredTo[c] ?? -1, r.row + rowspan - 1);
	}
	r.col += colspan;
}
