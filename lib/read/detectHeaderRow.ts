import { isBlankRow, type RawRow } from './rawRow';

/** How the header row was settled, in words a user can check. */
export interface HeaderDetection {
	/** 1-based row number of the header row; `0` when the file has no header row (columns are named `Column N`). */
	row: number;
	/** `'auto'` when detected from the rows, `'option'` when set by the `headerRow` option. */
	chosen: 'auto' | 'option';
	/** Plain English: which row, and why the rows above it were not the header. */
	reason: string;
	/** Row numbers above the header that hold something (titles, dates, notes); never read as data. */
	skipped: number[];
}

/** What a cell looks like, for telling labels from values. */
type CellKind = 'empty' | 'label' | 'value' | 'long';

/** Rows looked at under a row of labels for a wider one (then the first is a title over the header). */
const LOOKAHEAD = 3;

/** A label longer than this is a sentence (a note, a title), not a column name. */
const MAX_LABEL_LENGTH = 60;

const DATE_IN_TEXT = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}/;
const EMAIL = /\S@\S+\.\S/;
const URL = /^(https?:\/\/|www\.)/i;
const LETTER = /\p{L}/u;
/** A whole number of up to four digits: a year or a count, which may head a column. */
const BARE_NUMBER = /^\d{1,4}$/;
const DIGIT = /\d/g;

/**
 * A cell's kind: a label is short text with a letter and fewer digits than
 * other characters ("Address 2", "Phone 1 - Value", "Balance 2023"), or a
 * sign alone ("#"); anything with a date, a time, an email, a web address,
 * or mostly digits is a value; a long text is a note.
 */
function kindOf(cell: string): CellKind {
	const t = cell.trim();
	if (t === '') return 'empty';
	const digits = t.match(DIGIT)?.length ?? 0;
	// a sign alone ("#", "%") heads a column as a word does
	if (!LETTER.test(t)) return digits === 0 ? 'label' : 'value';
	if (EMAIL.test(t) || URL.test(t) || DATE_IN_TEXT.test(t)) return 'value';
	if (digits * 2 >= t.replace(/\s/g, '').length) return 'value';
	return t.length > MAX_LABEL_LENGTH ? 'long' : 'label';
}

/** A non-blank row described: its filled cells, how many are labels, and whether they are distinct. */
interface RowShape {
	row: RawRow;
	filled: number;
	labels: number;
	values: number;
	/** Values that can't be a column name: not a bare number of up to four digits (a year heading). */
	clear: number;
	/** Whether a cell ends with a colon: a `Key:` `value` line of a report's preamble, not column names. */
	keyed: boolean;
	distinct: boolean;
	first: string;
}

function shapeOf(row: RawRow): RowShape {
	let filled = 0;
	let labels = 0;
	let values = 0;
	let clear = 0;
	let keyed = false;
	let first = '';
	const seen = new Set<string>();
	for (const cell of row.cells) {
		const kind = kindOf(cell);
		if (kind === 'empty') continue;
		filled++;
		if (first === '') first = cell.trim();
		if (kind === 'label') labels++;
		if (kind === 'value') values++;
		if (kind === 'value' && !BARE_NUMBER.test(cell.trim())) clear++;
		if (cell.trimEnd().endsWith(':')) keyed = true;
		seen.add(cell.trim().toLowerCase());
	}
	// A header may repeat a name or two (nameHeaders renames them); a row of mostly repeats is a group line.
	return {
		row,
		filled,
		labels,
		values,
		clear,
		keyed,
		distinct: seen.size * 4 >= filled * 3,
		first,
	};
}

/**
 * Whether a row can be the header: every filled cell a label, mostly
 * distinct, and at least half as many filled cells as the widest row (so a
 * title or a group line over a wider table is not).
 */
function isLabelRow(s: RowShape, width: number): boolean {
	return s.filled > 0 && s.labels === s.filled && s.distinct && !s.keyed && s.filled * 2 >= width;
}

/**
 * Whether a row of labels under another makes the other a title: twice as
 * wide, or wider than a title of one or two cells. A header over a row of
 * text one cell wider (a blank header cell) stays the header.
 */
function isMuchWider(below: RowShape, above: RowShape): boolean {
	if (below.filled <= above.filled) return false;
	return below.filled >= above.filled * 2 || above.filled <= 2;
}

/**
 * Picks the header row among a file's first rows: the first row whose cells
 * are all short, distinct labels and that spans at least half the table's
 * width, unless one of the three rows under it is also all labels and much wider
 * (then the first is a title over the header). A row with a `Key:` cell is
 * a report's details, never the header. Ties go to the top, so a file whose
 * rows are all text keeps its first row as the header. When no row looks
 * like labels and the first row holds values (numbers, dates, emails), the
 * file has no header row (`row: 0`); otherwise the first row as wide as
 * the table is taken, and the reason says so.
 *
 * @param rows - the first rows read (blank rows included), in order; at least one non-blank
 * @returns the detection, and the index in `rows` of the header row (`-1` when there is none)
 * @example
 * detectHeaderRow([{ row: 1, cells: ['Client list'] }, { row: 2, cells: ['Name', 'Email'] }, { row: 3, cells: ['Ann', 'a@x.org'] }]).detection
 * //=> { row: 2, chosen: 'auto', skipped: [1], reason: 'row 2: the first row whose 2 cells are all labels, above rows of data; row 1 looks like a title' }
 */
export function detectHeaderRow(rows: readonly RawRow[]): {
	detection: HeaderDetection;
	index: number;
} {
	const shapes = rows.filter((r) => !isBlankRow(r.cells)).map(shapeOf);
	const width = shapes.reduce((w, s) => Math.max(w, s.filled), 0);
	let pick = -1;
	for (let i = 0; i < shapes.length && pick < 0; i++) {
		if (!isLabelRow(shapes[i], width)) continue;
		const near = shapes.slice(i + 1, i + 1 + LOOKAHEAD);
		if (near.some((s) => isLabelRow(s, width) && isMuchWider(s, shapes[i]))) continue;
		pick = i;
	}
	// values in a third or more of the first row's cells: data, not a header with an odd name
	if (
		pick < 0 &&
		shapes.length > 0 &&
		shapes[0].clear > 0 &&
		shapes[0].clear * 3 >= shapes[0].filled
	)
		return noHeader(shapes);
	let how = 'the first row whose';
	if (pick < 0) {
		const wide = (s: RowShape): boolean => s.filled * 2 >= width;
		pick = shapes.findIndex((s) => wide(s) && s.labels > s.values);
		if (pick < 0) pick = Math.max(0, shapes.findIndex(wide));
		how = 'no row is all labels; it is the first as wide as the table, and its';
	}
	const header = shapes[pick];
	const above = shapes.slice(0, pick);
	const below = shapes.slice(pick + 1);
	const kinds = below.some((s) => s.values > 0) ? 'rows of data' : 'rows of text';
	const cells = `${header.filled} cell${header.filled === 1 ? '' : 's'}`;
	const verb = how.startsWith('no row') ? 'were used as names' : 'are all labels';
	let reason = `row ${header.row.row}: ${how} ${cells} ${verb}`;
	if (below.length > 0) reason += `, above ${kinds}`;
	if (above.length > 0) reason += `; ${describeAbove(above)}`;
	return {
		detection: {
			row: header.row.row,
			chosen: 'auto',
			reason,
			skipped: above.map((s) => s.row.row),
		},
		index: rows.indexOf(header.row),
	};
}

/** No header: the first row holds values like the rows under it. */
function noHeader(shapes: RowShape[]): { detection: HeaderDetection; index: number } {
	const first = shapes[0];
	return {
		detection: {
			row: 0,
			chosen: 'auto',
			reason: `no header row: row ${first.row.row}, the first with content, holds values such as "${sample(first)}" rather than column names, and no row below looks like labels; the columns were named Column 1, Column 2, … and every row was read as data`,
			skipped: [],
		},
		index: -1,
	};
}

/** The first value-like cell of a row, shortened. */
function sample(s: RowShape): string {
	const values = s.row.cells.filter((c) => kindOf(c) === 'value');
	const cell = values.find((c) => !BARE_NUMBER.test(c.trim())) ?? values[0] ?? s.first;
	return shorten(cell.trim());
}

function shorten(text: string): string {
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** What the rows above the header look like: a title, a date line, notes, or rows of another table. */
function describeAbove(above: RowShape[]): string {
	const what = above.map((s) => {
		if (s.filled === 1 && s.values > 0) return s.first.length <= 30 ? 'a date line' : 'a title';
		if (s.filled === 1 && s.labels === 0) return 'a note';
		if (s.filled === 1) return 'a title';
		if (s.keyed) return 'report details';
		if (s.labels === s.filled) return 'a group line';
		return 'notes';
	});
	const numbers = above.map((s) => s.row.row);
	const span =
		numbers.length === 1
			? `row ${numbers[0]}`
			: isRun(numbers)
				? `rows ${numbers[0]}–${numbers[numbers.length - 1]}`
				: `rows ${numbers.join(', ')}`;
	const distinct = what.filter((w, i) => what.indexOf(w) === i);
	const verb = numbers.length === 1 ? 'looks' : 'look';
	return `${span} ${verb} like ${joinAnd(distinct)}`;
}

function isRun(n: number[]): boolean {
	return n.every((x, i) => i === 0 || x === n[i - 1] + 1);
}

function joinAnd(words: string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
