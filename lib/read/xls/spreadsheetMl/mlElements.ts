import { NAMED_NUMBER_FORMATS } from '../data/namedNumberFormats';
import { MAX_COLUMNS, MAX_ROWS } from '../../../xlsx/excelLimits';
import { addMerge } from '../addMerge';
import { createCellGrid, type GridSheet } from '../createCellGrid';
import { mlDataText } from './mlDataText';
import { attr, indexAttr, intAttr, type MlTag } from './mlMarkup';

/** A `<Style>`: its parent style and its number format, when it sets one. */
interface MlStyle {
	parent?: string;
	format?: string;
}

/** Styles kept per workbook: far beyond any real one, and a bound on what a hostile file can make us hold. */
const MAX_STYLES = 100_000;
/** Parent links followed to find a style's format: never a loop. */
const MAX_STYLE_DEPTH = 16;

/** Where a SpreadsheetML read stands: the sheets so far and the elements open. */
export interface MlReading {
	sheets: GridSheet[];
	styles: Map<string, MlStyle>;
	/** The `<Style>` open, whose `<NumberFormat>` sets its format. */
	style: MlStyle | undefined;
	date1904: boolean;
	/** The `<Worksheet>` open. */
	sheet: GridSheet | undefined;
	/** The row the next cell goes to, and the column. */
	row: number;
	col: number;
	/** Whether a `<Row>` is open (its end moves to the next row). */
	inRow: boolean;
	/** The `<Cell>` open: its column and style. */
	cell: { col: number; styleId?: string } | undefined;
	/** The `<Data>` open: its type and the text read so far. */
	data: { type: string; parts: string[] } | undefined;
	/** The text of an open `<Visible>`. */
	visible: string[] | undefined;
	/** How deep inside `<Comment>` elements the read is: their `<Data>` is a note, not the cell's value. */
	comment: number;
}

/**
 * A fresh read, before the first tag.
 *
 * @example
 * createMlReading().sheets
 * //=> []
 */
export function createMlReading(): MlReading {
	return {
		sheets: [],
		styles: new Map(),
		style: undefined,
		date1904: false,
		sheet: undefined,
		row: 0,
		col: 0,
		inRow: false,
		cell: undefined,
		data: undefined,
		visible: undefined,
		comment: 0,
	};
}

/** A style's number format, inherited from its parents. */
function formatOf(r: MlReading, id: string | undefined): string | undefined {
	for (let k = 0; id !== undefined && k < MAX_STYLE_DEPTH; k++) {
		const s = r.styles.get(id);
		if (!s) return undefined;
		if (s.format !== undefined) return s.format;
		id = s.parent;
	}
	return undefined;
}

/** Puts the open `<Data>` in the open cell, and closes the data. */
function finishData(r: MlReading): void {
	if (!r.data || !r.cell || !r.sheet) return;
	const raw = r.data.parts.join('');
	const { text, error } = mlDataText(r.data.type, raw, formatOf(r, r.cell.styleId), r.date1904);
	r.sheet.grid.put(r.row, r.cell.col, text, error);
	r.data = undefined;
}

function onComment(r: MlReading, t: MlTag): void {
	if (!t.selfClosing) r.comment = t.closing ? Math.max(0, r.comment - 1) : r.comment + 1;
}

function onDate1904(r: MlReading, t: MlTag): void {
	if (!t.closing) r.date1904 = true;
}

function onStyle(r: MlReading, t: MlTag): void {
	if (t.closing) {
		r.style = undefined;
		return;
	}
	const id = attr(t.attrs, 'ID');
	const style: MlStyle = { parent: attr(t.attrs, 'Parent') };
	if (id !== undefined && r.styles.size < MAX_STYLES) r.styles.set(id, style);
	r.style = t.selfClosing ? undefined : style;
}

function onNumberFormat(r: MlReading, t: MlTag): void {
	if (!r.style || t.closing) return;
	const f = attr(t.attrs, 'Format');
	r.style.format = f === undefined ? 'General' : (NAMED_NUMBER_FORMATS[f] ?? f);
}

function onWorksheet(r: MlReading, t: MlTag): void {
	if (t.closing) {
		r.sheet = undefined;
		return;
	}
	const name = attr(t.attrs, 'Name') ?? `Sheet${r.sheets.length + 1}`;
	const sheet: GridSheet = { name, state: 'visible', grid: createCellGrid() };
	r.sheets.push(sheet);
	r.row = 0;
	r.inRow = false;
	r.sheet = t.selfClosing ? undefined : sheet;
}

function onTable(r: MlReading, t: MlTag): void {
	if (!t.closing) r.row = 0;
}

/** `<Visible>SheetHidden</Visible>` or `SheetVeryHidden` in a sheet's options. */
function onVisible(r: MlReading, t: MlTag): void {
	if (t.selfClosing) return;
	if (!t.closing) {
		r.visible = [];
		return;
	}
	if (!r.visible || !r.sheet) return;
	const v = r.visible.join('').trim();
	if (v === 'SheetHidden') r.sheet.state = 'hidden';
	else if (v === 'SheetVeryHidden') r.sheet.state = 'veryHidden';
	r.visible = undefined;
}

/** A `<Row>` goes to its `ss:Index` or the next row; a self-closing one (with `ss:Span`) is empty rows. */
function onRow(r: MlReading, t: MlTag): void {
	if (!r.sheet) return;
	if (t.closing) {
		if (r.inRow) r.row++;
		r.inRow = false;
		return;
	}
	r.row = indexAttr(t.attrs, MAX_ROWS, r.row);
	r.col = 0;
	r.inRow = true;
	if (t.selfClosing) {
		r.row += 1 + (intAttr(t.attrs, 'Span', MAX_ROWS) ?? 0);
		r.inRow = false;
	}
}

/** A `<Cell>` goes to its `ss:Index` or the next column; one merged across columns leaves them empty, and its range (`ss:MergeAcross`, `ss:MergeDown`) is noted for filling when asked. */
function onCell(r: MlReading, t: MlTag): void {
	if (!r.sheet) return;
	if (t.closing) {
		finishData(r);
		r.cell = undefined;
		return;
	}
	r.col = indexAttr(t.attrs, MAX_COLUMNS, r.col);
	r.cell = t.selfClosing ? undefined : { col: r.col, styleId: attr(t.attrs, 'StyleID') };
	const across = intAttr(t.attrs, 'MergeAcross', MAX_COLUMNS) ?? 0;
	const down = intAttr(t.attrs, 'MergeDown', MAX_ROWS) ?? 0;
	if (across > 0 || down > 0) {
		const lastCol = Math.min(r.col + across, MAX_COLUMNS - 1);
		addMerge(r.sheet.grid, r.row, r.col, Math.min(r.row + down, MAX_ROWS - 1), lastCol);
	}
	r.col += 1 + across;
}

function onData(r: MlReading, t: MlTag): void {
	if (!r.cell) return;
	if (!t.closing) r.data = { type: attr(t.attrs, 'Type') ?? 'String', parts: [] };
	if (t.closing || t.selfClosing) finishData(r);
}

/** What each element does to the read, by local name; other elements are passed over. A Map, so no name reaches Object's own methods. */
export const ML_ELEMENTS: ReadonlyMap<string, (r: MlReading, t: MlTag) => void> = new Map([
	['Comment', onComment],
	['Date1904', onDate1904],
	['Style', onStyle],
	['NumberFormat', onNumberFormat],
	['Worksheet', onWorksheet],
	['Table', onTable],
	['Visible', onVisible],
	['Row', onRow],
	['Cell', onCell],
	['Data', onData],
]);
