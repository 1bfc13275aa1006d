import type { ReadIssue } from '../../types';
import type { IssueSink, RawRow } from '../rawRow';
import { cellText, type CellContext } from './cellText';
import { decodeXmlText } from './decodeXmlText';
import { corrupt } from './readZipDirectory';
import {
	findTag,
	INCOMPLETE,
	isLocalName,
	isSelfClosing,
	nextTag,
	skipElement,
	tag,
} from './scanXml';
import { detachText, readElementText, readRichText, readText, scanned } from './scanXmlText';
import { readIndex, readShortAttrs, shortAttrs } from './scanXmlAttributes';

/** Excel's last column, XFD. */
const MAX_COLUMN = 16384;
const SLASH = 47;
const LT = 60;
const GT = 62;
const C = 99;
const V = 118;

/** Whether a char ends an element name: whitespace, `/` or `>`. */
const isNameEnd = (ch: number): boolean => ch <= 32 || ch === SLASH || ch === GT;

/** What a worksheet scan needs besides the text. */
export interface SheetScanOptions extends CellContext {
	/** The sheet part's name, for errors. */
	part: string;
	/** Where row-level problems go. */
	onIssue: IssueSink;
}

/** A worksheet scan in progress: feed it text with `scan`, take rows from `rows`. */
export interface SheetScanner {
	/** Reads complete rows from the text; returns where it stopped (see `createTextWindow`). */
	scan(s: string, final: boolean): number;
	/** Rows read so far and not yet taken; the caller empties it. */
	rows: RawRow[];
	/** Whether `</sheetData>` has been read: the rest of the part holds no cells. */
	done: boolean;
}

const BEFORE = 0;
const DATA = 1;
const AFTER = 2;

/**
 * The letters of a column number.
 *
 * @example
 * columnLetters(28)
 * //=> 'AB'
 */
export function columnLetters(col: number): string {
	let s = '';
	for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
		s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

/**
 * A hand-written, incremental scanner for a worksheet's XML: it reads the
 * `<row>` elements of `<sheetData>` as they complete and skips everything
 * else. Cells go in the column their `r` reference names, or the one after
 * the previous cell when it has none; rows take their `r` number, or the one
 * after the previous row. Rows come out in file order, even when numbers
 * repeat or go backwards. A row cut short by the end of the text is read
 * again, whole, from its start on the next scan, so its issues are reported
 * once it completes.
 *
 * @param options - shared strings, cell formats, date system and the issue sink
 * @returns the scanner
 * @example
 * const scanner = createSheetScanner({ part: 'sheet1.xml', sharedStrings: ['Name'], formats: [], date1904: false, onIssue })
 * scanner.scan('<worksheet><sheetData><row r="1"><c r="B1" t="s"><v>0</v></c></row></sheetData></worksheet>', true)
 * scanner.rows
 * //=> [{ row: 1, cells: ['', 'Name'] }]
 */
export function createSheetScanner(options: SheetScanOptions): SheetScanner {
	return new Scanner(options);
}

class Scanner implements SheetScanner {
	rows: RawRow[] = [];
	done = false;
	private phase = BEFORE;
	private lastRow = 0;
	private readonly issues: ReadIssue[] = [];

	private readonly options: SheetScanOptions;

	constructor(options: SheetScanOptions) {
		this.options = { ...options, formatted: options.formatted ?? new Map() };
	}

	scan(s: string, final: boolean): number {
		let p = 0;
		for (;;) {
			if (this.phase === AFTER) return s.length;
			const i = findTag(s, p);
			if (i < 0) return final || tag.start < 0 ? s.length : tag.start;
			// Fast path: an unprefixed <row …> once inside sheetData, read before its end is looked for.
			if (this.phase === DATA && s.startsWith('row', i + 1) && isNameEnd(s.charCodeAt(i + 4))) {
				const e = this.readRow(s, i + 4);
				if (e === INCOMPLETE) {
					if (!final) return i;
					throw corrupt(
						`the sheet ${this.options.part} ends in the middle of row ${this.lastRow + 1}`,
					);
				}
				p = e;
				continue;
			}
			if (nextTag(s, i) < 0) return final ? s.length : i;
			const { end: te, nameEnd: ne } = tag;
			if (tag.closing) {
				if (this.phase === DATA && isLocalName(s, i + 2, ne, 'sheetData')) this.finish();
				p = te + 1;
				continue;
			}
			if (this.phase === BEFORE) {
				if (isLocalName(s, i + 1, ne, 'sheetData')) {
					if (isSelfClosing(s, te)) this.finish();
					else this.phase = DATA;
				}
				p = te + 1;
				continue;
			}
			if (!isLocalName(s, i + 1, ne, 'row')) {
				p = te + 1;
				continue;
			}
			const e = this.readRow(s, ne);
			if (e === INCOMPLETE) {
				if (!final) return i;
				throw corrupt(
					`the sheet ${this.options.part} ends in the middle of row ${this.lastRow + 1}`,
				);
			}
			p = e;
		}
	}

	private finish(): void {
		this.phase = AFTER;
		this.done = true;
	}

	/** Reads the row whose start tag's name ends at `ne`; returns the position after the row. */
	private readRow(s: string, ne: number): number {
		const te = readShortAttrs(s, ne);
		if (te < 0) return INCOMPLETE;
		const r = readIndex(s, shortAttrs.rStart, shortAttrs.rEnd);
		const row = r >= 1 ? r : this.lastRow + 1;
		const cells: string[] = [];
		this.issues.length = 0;
		let p = te + 1;
		if (!isSelfClosing(s, te)) {
			let col = 0;
			for (;;) {
				const k = findTag(s, p);
				if (k < 0) return INCOMPLETE;
				// Fast path: an unprefixed <c …> start tag, whose attributes readCell reads in the one pass.
				if (s.charCodeAt(k + 1) === C && isNameEnd(s.charCodeAt(k + 2))) {
					p = this.readCell(s, k + 2, row, col, cells);
					if (p < 0) return INCOMPLETE;
					col = this.col;
					continue;
				}
				if (nextTag(s, k) < 0) return INCOMPLETE;
				const { end: tk, nameEnd: kn } = tag;
				if (tag.closing) {
					if (isLocalName(s, k + 2, kn, 'row')) {
						p = tk + 1;
						break;
					}
					// A missing </row>: the sheet's end closes the row.
					if (isLocalName(s, k + 2, kn, 'sheetData')) {
						p = k;
						break;
					}
					p = tk + 1;
					continue;
				}
				if (isLocalName(s, k + 1, kn, 'c')) {
					p = this.readCell(s, kn, row, col, cells);
					if (p < 0) return INCOMPLETE;
					col = this.col;
					continue;
				}
				if (isLocalName(s, k + 1, kn, 'row')) {
					p = k;
					break;
				}
				p = skipElement(s, tk);
				if (p < 0) return INCOMPLETE;
			}
		}
		for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = '';
		if (cells.length > 0) this.rows.push({ row, cells });
		this.lastRow = row;
		for (const issue of this.issues) this.options.onIssue(issue);
		this.issues.length = 0;
		return p;
	}

	/** The column (1-based) of the cell last read. */
	private col = 0;
	/** The row of the cell being read, and where its reference lies in `cellText` (-1: it has none), for its issues. */
	private cellRow = 0;
	private cellText = '';
	private refStart = -1;
	private refEnd = -1;

	/** Holds an issue of the cell being read until its row is complete. */
	private readonly report = (message: string): void => {
		const ref =
			this.refStart >= 0
				? decodeXmlText(this.cellText.slice(this.refStart, this.refEnd))
				: `${this.col > MAX_COLUMN ? `column ${this.col} of row ` : columnLetters(this.col)}${this.cellRow}`;
		this.issues.push({
			row: this.cellRow,
			code: 'CELL_ERROR_VALUE',
			message: `Row ${this.cellRow}, cell ${ref}: ${message}`,
		});
	};

	/** What the cell being read holds: its `<v>` text, its inline string, whether it has a formula. */
	private value: string | undefined = undefined;
	private inline: string | undefined = undefined;
	private formula = false;
	/** Whether the cell's element is still open (its `</c>` not yet read). */
	private open = false;
	/** Whether the fast path has put the cell already (a shared string by its index). */
	private put = false;

	/** Reads the cell whose start tag's name ends at `ne` into `cells`; returns the position after the cell. */
	private readCell(s: string, ne: number, row: number, prevCol: number, cells: string[]): number {
		const te = readShortAttrs(s, ne);
		if (te < 0) return INCOMPLETE;
		const { rStart, rEnd, tStart, tEnd } = shortAttrs;
		const style = readIndex(s, shortAttrs.sStart, shortAttrs.sEnd);
		// One-letter types (s, n, b, e, d) come from the single-character string cache, costing nothing.
		const type = tStart < 0 ? undefined : s.slice(tStart, tEnd);
		let col = rStart < 0 ? 0 : refColumn(s, rStart, rEnd);
		if (col === 0) col = prevCol + 1;
		this.value = this.inline = undefined;
		this.formula = this.put = false;
		this.open = !isSelfClosing(s, te);
		let p = te + 1;
		// Fast path for the usual shape, <c …><v>…</v></c>; anything else goes the long way.
		if (
			this.open &&
			s.charCodeAt(p) === LT &&
			s.charCodeAt(p + 1) === V &&
			s.charCodeAt(p + 2) === GT
		) {
			const shared = tEnd - tStart === 1 && s.charCodeAt(tStart) === 115 && col <= MAX_COLUMN;
			p = this.readPlainValue(s, p, shared ? col : 0, cells);
			if (p < 0) return INCOMPLETE;
			if (this.put) {
				this.col = col;
				return p;
			}
		}
		if (this.open) {
			p = this.readCellChildren(s, p);
			if (p < 0) return INCOMPLETE;
		}
		this.col = col;
		this.cellRow = row;
		// The reference is sliced out only if an issue needs it.
		this.cellText = s;
		this.refStart = rStart;
		this.refEnd = rEnd;
		if (col > MAX_COLUMN) {
			this.report(
				'the cell lies beyond column XFD, the last a sheet can have, so it was left out. Check where the file comes from; Excel would not open it.',
			);
			return p;
		}
		const { value, inline, formula } = this;
		if (value === undefined && inline === undefined && !formula) return p;
		const text = cellText(this.options, type, style, value, inline, formula, this.report);
		if (text !== '') cells[col - 1] = text;
		return p;
	}

	/**
	 * Reads `<v>…</v>` at `p`, right after a cell's start tag, and the `</c>`
	 * after it if it is there (then the cell is no longer open). With
	 * `sharedCol` (a shared-string cell's column; 0 for any other) and the
	 * cell closed, a valid index puts the string in `cells` from its digits,
	 * with no string made for the index: most cells of most sheets. Returns
	 * the position after what it read, `p` itself when `<v>` holds markup
	 * (the long way reads it), or INCOMPLETE.
	 */
	private readPlainValue(s: string, p: number, sharedCol: number, cells: string[]): number {
		const k = s.indexOf('<', p + 3);
		if (k < 0) return INCOMPLETE;
		if (s.charCodeAt(k + 1) !== SLASH || s.charCodeAt(k + 2) !== V || s.charCodeAt(k + 3) !== GT)
			return p;
		const end = k + 4;
		const closed =
			s.charCodeAt(end) === LT &&
			s.charCodeAt(end + 1) === SLASH &&
			s.charCodeAt(end + 2) === C &&
			s.charCodeAt(end + 3) === GT;
		if (closed && sharedCol > 0) {
			const index = readIndex(s, p + 3, k);
			const strings = this.options.sharedStrings;
			if (index >= 0 && index < strings.length) {
				if (strings[index] !== '') cells[sharedCol - 1] = strings[index];
				this.put = true;
				return end + 4;
			}
		}
		const raw = decodeXmlText(s.slice(p + 3, k));
		this.value = k - p > 15 ? detachText(raw) : raw;
		if (!closed) return end;
		this.open = false;
		return end + 4;
	}

	/**
	 * Reads a cell's children from `p` to its `</c>`: `<v>`, `<f>` (only
	 * that there is one) and `<is>`; anything else is skipped whole. A
	 * missing `</c>` is closed by the next cell, the row's end or the sheet's
	 * end, which are left to be read. Returns the position after the cell, or
	 * INCOMPLETE.
	 */
	private readCellChildren(s: string, p: number): number {
		for (;;) {
			const k = nextTag(s, p);
			if (k < 0) return INCOMPLETE;
			const { end: tk, nameEnd: kn } = tag;
			if (tag.closing) {
				if (isLocalName(s, k + 2, kn, 'c')) return tk + 1;
				if (isLocalName(s, k + 2, kn, 'row') || isLocalName(s, k + 2, kn, 'sheetData')) return k;
				p = tk + 1;
				continue;
			}
			if (isLocalName(s, k + 1, kn, 'v')) {
				p = readElementText(s, tk, readText);
				if (p < 0) return INCOMPLETE;
				this.value = detachText(scanned.text);
			} else if (isLocalName(s, k + 1, kn, 'f')) {
				this.formula = true;
				p = skipElement(s, tk);
			} else if (isLocalName(s, k + 1, kn, 'is')) {
				p = readElementText(s, tk, readRichText);
				if (p < 0) return INCOMPLETE;
				this.inline = detachText(scanned.text);
			} else if (isLocalName(s, k + 1, kn, 'c') || isLocalName(s, k + 1, kn, 'row')) {
				return k;
			} else {
				p = skipElement(s, tk);
			}
			if (p < 0) return INCOMPLETE;
		}
	}
}

/**
 * The column (1-based) a cell reference names (`B7` → 2), MAX_COLUMN + 1 for
 * letters past XFD, or 0 when the reference has no letters to read.
 */
function refColumn(s: string, start: number, end: number): number {
	let col = 0;
	let i = start;
	for (; i < end; i++) {
		const ch = s.charCodeAt(i) | 32;
		if (ch < 97 || ch > 122) break;
		if (i - start >= 3) return MAX_COLUMN + 1;
		col = col * 26 + (ch - 96);
	}
	if (i === start) return 0;
	// A dollar sign or stray character after the letters leaves the reference unreadable.
	const next = s.charCodeAt(i);
	if (i < end && (next < 48 || next > 57)) return 0;
	return col > MAX_COLUMN ? MAX_COLUMN + 1 : col;
}
