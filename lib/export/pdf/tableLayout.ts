/*
 * The geometry of a table report: the page, the type sizes and the columns.
 * Widths are in PDF points (1/72 inch); text measures from pdfText are in
 * 1/1000 em, so the font size can be chosen after measuring.
 */
import { measureCell } from './pdfText';

// US Letter: the reports go to US law firms, whose printers and filing are Letter.
// An A4 printer fits a Letter page with its margins intact ("fit to page" shrinks it 3%).
export const PAGE_SHORT = 612;
export const PAGE_LONG = 792;
export const MARGIN = 36;
export const BODY_SIZE = 8;
const MIN_BODY_SIZE = 6;
export const PAD_X = 4;
export const PAD_Y = 2.5;
/** A column wider than this (3 inches) wraps instead. */
const MAX_COLUMN = 216;
/** Below this a column breaks words rather than shrink further (unless nothing else fits). */
const MIN_COLUMN = 40;
const NUMERIC = /^[-+(]?[$€£¥]?\d[\d,. ]*%?\)?$/;

/** One column as drawn. */
export interface Column {
	/** Left edge, in points from the page's left. */
	x: number;
	width: number;
	/** Right-aligned: every non-empty body cell is a number (and there is one). */
	right: boolean;
}

/** Where everything goes: the page, the body type and the columns. */
export interface TableLayout {
	pageWidth: number;
	pageHeight: number;
	/** The body's font size, 6 to 8 points. */
	fontSize: number;
	lineHeight: number;
	/** Left to right, from the left margin, without gaps. */
	columns: Column[];
	/** The sum of the column widths; at most the width between the margins. */
	tableWidth: number;
}

/** What the cells of each column measure, in 1/1000 em. */
interface ColumnMeasures {
	/** The longest line (the header in bold). */
	natural: number[];
	/** The longest word, below which a column breaks words. */
	longestWord: number[];
	/** Every non-empty body cell looks like a number, and there is at least one. */
	right: boolean[];
}

function measureColumns(headers: readonly string[], rows: readonly string[][]): ColumnMeasures {
	const count = headers.length;
	const natural = new Array<number>(count).fill(0);
	const longestWord = new Array<number>(count).fill(0);
	const numeric = new Array<boolean>(count).fill(true);
	const seen = new Array<boolean>(count).fill(false);
	for (let c = 0; c < count; c++) {
		const m = measureCell(headers[c], true);
		natural[c] = m.line;
		longestWord[c] = m.word;
	}
	for (const row of rows) {
		for (let c = 0; c < count; c++) {
			const text = row[c];
			if (text === '') continue;
			const m = measureCell(text, false);
			if (m.line > natural[c]) natural[c] = m.line;
			if (m.word > longestWord[c]) longestWord[c] = m.word;
			if (numeric[c]) {
				seen[c] = true;
				if (!NUMERIC.test(text)) numeric[c] = false;
			}
		}
	}
	return { natural, longestWord, right: numeric.map((n, c) => n && seen[c]) };
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** A width in em/1000 as a column width in points at font size `s`, padding included. */
const widthAt =
	(s: number) =>
	(em: number): number =>
		(em * s) / 1000 + 2 * PAD_X;

/** What each column would like at size `s`: its longest line, capped at MAX_COLUMN. */
function wantedAt(s: number, m: ColumnMeasures): number[] {
	return m.natural.map((n) => Math.min(widthAt(s)(n), MAX_COLUMN));
}

/** The least each column gets at size `s`: its longest word, within MIN_COLUMN and MAX_COLUMN, never more than it wants. */
function floorsAt(s: number, m: ColumnMeasures): number[] {
	return wantedAt(s, m).map((w, c) =>
		Math.min(w, Math.max(MIN_COLUMN, Math.min(widthAt(s)(m.longestWord[c]), MAX_COLUMN))),
	);
}

/**
 * Column widths that fit `available`: each column its wanted width if they
 * all fit (spare width going to the columns that wrap, up to their natural
 * width); otherwise the wide columns give up width in proportion to what they
 * have above their floor; and if even the floors do not fit, everything
 * shrinks in proportion (words then break inside, nothing is cut).
 */
export function fitColumns(
	want: number[],
	floors: number[],
	natural: number[],
	available: number,
): number[] {
	const total = sum(want);
	if (total <= available) {
		// Room to spare: the capped (wrapping) columns take it, up to their natural width, so long notes use fewer lines.
		const extra = natural.map((n, c) => n - want[c]);
		const extraTotal = sum(extra);
		if (extraTotal <= 0) return want;
		const share = Math.min(1, (available - total) / extraTotal);
		return want.map((w, c) => w + extra[c] * share);
	}
	const floorTotal = sum(floors);
	if (floorTotal >= available) return floors.map((f) => (f * available) / floorTotal);
	const slack = total - floorTotal;
	const excess = total - available;
	return want.map((w, c) => w - ((w - floors[c]) * excess) / slack);
}

/**
 * Lays out a table on US Letter: landscape when asked, or with `auto` when
 * the columns' wanted widths pass the portrait width; a smaller body type
 * (down to 6 pt, in tenths) when even the columns' floors do not fit, before
 * words have to break; then the widths by {@link fitColumns}.
 *
 * @param headers - the header cells, one per column (cleaned)
 * @param rows - the body cells, as wide as `headers` (cleaned)
 * @param orientation - `auto`, `portrait` or `landscape` (checked by the caller)
 * @returns the page size, body type and columns
 * @example
 * layoutPdfTable(['Name'], [['José']], 'auto').pageWidth
 * //=> 612 (portrait)
 */
export function layoutPdfTable(
	headers: readonly string[],
	rows: readonly string[][],
	orientation: 'auto' | 'portrait' | 'landscape',
): TableLayout {
	const m = measureColumns(headers, rows);
	const portraitWidth = PAGE_SHORT - 2 * MARGIN;
	const landscape =
		orientation === 'landscape' ||
		(orientation === 'auto' && sum(wantedAt(BODY_SIZE, m)) > portraitWidth);
	const available = (landscape ? PAGE_LONG : PAGE_SHORT) - 2 * MARGIN;
	const floorTotal = sum(floorsAt(BODY_SIZE, m));
	const fontSize =
		floorTotal > available
			? Math.max(MIN_BODY_SIZE, Math.floor((BODY_SIZE * available * 10) / floorTotal) / 10)
			: BODY_SIZE;
	const widths = fitColumns(
		wantedAt(fontSize, m),
		floorsAt(fontSize, m),
		m.natural.map(widthAt(fontSize)),
		available,
	);
	const columns: Column[] = [];
	let x = MARGIN;
	for (let c = 0; c < widths.length; c++) {
		columns.push({ x, width: widths[c], right: m.right[c] });
		x += widths[c];
	}
	return {
		pageWidth: landscape ? PAGE_LONG : PAGE_SHORT,
		pageHeight: landscape ? PAGE_SHORT : PAGE_LONG,
		fontSize,
		lineHeight: fontSize * 1.22,
		columns,
		tableWidth: x - MARGIN,
	};
}
