import type { RawRow } from '../rawRow';
import type { CsvParserOptions } from './createCsvParser';
import { unclosedQuote } from './csvLimits';

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** What follows a closing quote, beside a record end position (≥ 0): the text stops before it is known. */
const NEED_MORE = -1;
/** A delimiter follows the closing quote: the next field starts after it. */
const NEXT_FIELD = -2;
/** Text follows the closing quote (`"a"b`). */
const MALFORMED = -3;

/**
 * Finds the records in a text, for {@link createCsvParser}: the record
 * assembly (fields into rows, rows numbered, lines counted: {@link scan}) and
 * the quote state machine ({@link readQuoted}), on one scan of each text.
 * Limits and what is carried between texts are the parser's.
 *
 * Fields are found with `indexOf` for the next delimiter, line break and
 * quote, each remembered until the scan passes it (`q`, `d`, `n`), so a text
 * is searched once whatever the mix of quoted and unquoted fields; no field
 * is built character by character. (One indexOf per field beats splitting
 * each line: String.prototype.split runs in the runtime.)
 */
export class RecordScanner {
	private readonly delim: string;
	private readonly delimCode: number;
	private readonly nl: string;
	private readonly nlCode: number;
	/** Whether a CR right before the LF is part of the line break. */
	private readonly stripCr: boolean;
	private readonly onMalformedQuote: ((row: number, line: number) => void) | undefined;

	/** The row number of the last record returned. */
	row: number;
	/** The physical line the next record starts on. */
	line: number;
	/** Whether the last scan stopped inside a quoted field. */
	inQuote = false;

	// The text being scanned, its length, and whether it is the end of the input.
	private text = '';
	private len = 0;
	private final = false;
	// Next quote and line break at or after the scan position (-1: none left; -2: not searched
	// yet), shared by scan and readQuoted; the next delimiter is scan's own local `d`. Positions
	// only grow, so each is searched for once per occurrence.
	private q = -2;
	private n = -2;
	// What readQuoted found: the field's value (its closing quote is at `q`) and the line breaks
	// inside it.
	private lines = 0;
	private value = '';

	constructor(options: CsvParserOptions) {
		this.delim = options.delimiter;
		this.delimCode = this.delim.charCodeAt(0);
		this.nl = options.newline;
		this.nlCode = this.nl.charCodeAt(0);
		this.stripCr = this.nlCode === LF;
		this.onMalformedQuote = options.onMalformedQuote;
		this.row = (options.firstRow ?? 1) - 1;
		this.line = options.firstLine ?? 1;
	}

	/**
	 * Reads the whole records of `text` into `out`: the record assembly. Fields
	 * are cut at the next delimiter or line break, whichever comes first;
	 * a quoted field is read by {@link readQuoted}.
	 *
	 * @param text - the text to scan, starting at a record
	 * @param final - whether no text follows, so a last record needs no line break
	 * @param out - where the records go
	 * @returns how many characters the records used; the rest starts an open record
	 * @throws IntakeError `CSV_UNCLOSED_QUOTE` when `final` and a quoted field is open
	 */
	scan(text: string, final: boolean, out: RawRow[]): number {
		const len = text.length;
		this.text = text;
		this.len = len;
		this.final = final;
		this.q = this.n = -2;
		this.inQuote = false;
		const { delim, nl, stripCr } = this;
		// The cached delimiter and line break, and the counters, in locals: unquoted fields are the hot path.
		let d = -2;
		let n = -2;
		let pos = 0;
		let row = this.row;
		let line = this.line;
		record: while (pos < len) {
			const cells: string[] = [];
			let lines = 0;
			let malformed = false;
			let p = pos;
			for (;;) {
				let prefix: string | undefined;
				if (p < len && text.charCodeAt(p) === QUOTE) {
					// Locals out to the fields readQuoted uses (the break cache; row and line for its error), and back.
					this.n = n;
					this.row = row;
					this.line = line;
					const end = this.readQuoted(p);
					n = this.n;
					lines += this.lines;
					if (end === NEED_MORE) break record;
					if (end !== MALFORMED) {
						cells.push(this.value);
						if (end >= 0) {
							pos = end;
							break;
						}
						p = this.q + 2;
						continue;
					}
					// Text after the closing quote (`"a"b`): kept as written, up to
					// the next delimiter or line break, as spreadsheet programs do.
					malformed = true;
					prefix = this.value;
					p = this.q + 1;
				}
				// An unquoted field (or the rest of a malformed one): quotes in it are literal.
				if (n !== -1 && n < p) n = text.indexOf(nl, p);
				if (d !== -1 && d < p) d = text.indexOf(delim, p);
				if (d !== -1 && (d < n || (n === -1 && final))) {
					cells.push(prefix === undefined ? text.slice(p, d) : prefix + text.slice(p, d));
					p = d + 1;
					continue;
				}
				if (n === -1 && !final) break record;
				const lineEnd = n === -1 ? len : n;
				let e = lineEnd;
				if (stripCr && e > p && text.charCodeAt(e - 1) === CR) e--;
				cells.push(prefix === undefined ? text.slice(p, e) : prefix + text.slice(p, e));
				pos = lineEnd + 1;
				break;
			}
			out.push({ row: ++row, cells, line });
			if (malformed && this.onMalformedQuote) this.onMalformedQuote(row, line);
			line += 1 + lines;
		}
		this.row = row;
		this.line = line;
		this.text = '';
		return Math.min(pos, len);
	}

	/**
	 * The quote state machine: reads the quoted field opening at `p`. Inside
	 * quotes, a doubled `""` is one quote of the value; the first single quote
	 * closes the field, and what follows it decides the rest. Sets `value`,
	 * `q` (the closing quote), `n` and `lines` (the line breaks inside).
	 *
	 * @returns the record's end (≥ 0) when the field ends the record; NEXT_FIELD
	 *   after a delimiter; MALFORMED for text after the closing quote; NEED_MORE
	 *   when the closing quote, or what follows it, is in text not yet seen
	 *   (`inQuote` tells which)
	 * @throws IntakeError `CSV_UNCLOSED_QUOTE` when the text is final and the field never closes
	 */
	private readQuoted(p: number): number {
		const text = this.text;
		const len = this.len;
		const final = this.final;
		let value = '';
		let from = p + 1;
		let q = this.q;
		for (;;) {
			if (q !== -1 && q < from) q = text.indexOf('"', from);
			if (q === -1 || (q + 1 === len && !final)) {
				// The closing quote (or whether it is doubled) is in text not yet seen.
				if (final) throw unclosedQuote(this.row + 1, this.line);
				this.inQuote = true;
				return NEED_MORE;
			}
			if (text.charCodeAt(q + 1) !== QUOTE) break;
			value += text.slice(from, q + 1);
			from = q + 2;
		}
		this.q = q;
		this.value = value + text.slice(from, q);
		// Line breaks inside the field; the cached break is reused so a line
		// with many quoted fields is not searched to its end for each.
		let n = this.n;
		if (n !== -1 && n <= p) this.n = n = text.indexOf(this.nl, p + 1);
		let lines = 0;
		for (let i = n; i !== -1 && i < q; i = text.indexOf(this.nl, i + 1)) lines++;
		this.lines = lines;
		// What follows the closing quote.
		const at = q + 1;
		if (at === len) return final ? len : NEED_MORE;
		const c = text.charCodeAt(at);
		if (c === this.delimCode) return NEXT_FIELD;
		if (c === this.nlCode) return at + 1;
		if (this.stripCr && c === CR) {
			if (at + 1 === len) return final ? len : NEED_MORE;
			if (text.charCodeAt(at + 1) === LF) return at + 2;
		}
		return MALFORMED;
	}
}
