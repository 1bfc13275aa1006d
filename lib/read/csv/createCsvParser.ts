import { IntakeError } from '../../errors';
import type { RawRow } from '../rawRow';

/** Settings of {@link createCsvParser}. */
export interface CsvParserOptions {
	/** The one character that separates fields (never `"`, CR or LF). */
	delimiter: string;
	/**
	 * The line break that ends a record: `'\n'` (a CR right before it is
	 * dropped too, so CRLF and LF files read alike) or `'\r'` (old Mac files).
	 */
	newline: '\n' | '\r';
	/** Row number of the first record. Default 1. */
	firstRow?: number;
	/** Physical line the first record starts on (2 after a `sep=` line). Default 1. */
	firstLine?: number;
	/**
	 * A record still open after this many buffered characters is refused:
	 * `CSV_UNCLOSED_QUOTE` inside a quoted field, `CSV_RECORD_TOO_LARGE`
	 * otherwise. Default 33554432 (32 Mi characters).
	 */
	maxRecordChars?: number;
	/** Called once for each record with text right after a closing quote (`"a"b`). */
	onMalformedQuote?: (row: number, line: number) => void;
}

/** A streaming CSV parser made by {@link createCsvParser}. */
export interface CsvParser {
	/** Feeds more text; returns the records it completes (possibly none). */
	write(text: string): RawRow[];
	/**
	 * Ends the input; returns the last record when the text does not end with
	 * a line break.
	 * @throws IntakeError `CSV_UNCLOSED_QUOTE` when a quoted field is still open
	 */
	end(): RawRow[];
	/** The text fed but not yet returned as records (the start of an open record). */
	buffered(): string;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const DEFAULT_MAX_RECORD_CHARS = 32 * 1024 * 1024;

/**
 * Creates a streaming parser for delimited text (RFC 4180 and what real files
 * do): fields may be quoted, `""` inside quotes is one quote, quoted fields
 * may hold delimiters and line breaks, and a quote inside an unquoted field is
 * an ordinary character. Text may be fed in pieces cut anywhere: inside a
 * quoted field, between CR and LF, or between a quote and its double.
 *
 * Fields are found with `indexOf` for the next delimiter, line break and
 * quote, each remembered until the scan passes it, so the text is searched
 * once whatever the mix of quoted and unquoted fields; no field is built
 * character by character. A record cut by the end of a piece is parsed again once as
 * much new text has arrived as is carried, so a long quoted field costs
 * linear time, and one longer than `maxRecordChars` is refused.
 *
 * Each record carries its row number and the physical line it starts on;
 * line breaks inside quoted fields count as lines.
 *
 * @param options - the dialect and limits, see {@link CsvParserOptions}
 * @returns a parser: `write` text, then `end`
 * @example
 * const parser = createCsvParser({ delimiter: ';', newline: '\n' })
 * parser.write('name;note\r\nAnn;"two\nlines"\nBo')
 * //=> [{ row: 1, cells: ['name', 'note'], line: 1 }, { row: 2, cells: ['Ann', 'two\nlines'], line: 2 }]
 * parser.end()
 * //=> [{ row: 3, cells: ['Bo'], line: 4 }]
 */
export function createCsvParser(options: CsvParserOptions): CsvParser {
	const delim = options.delimiter;
	const delimCode = delim.charCodeAt(0);
	const nl = options.newline;
	const nlCode = nl.charCodeAt(0);
	const stripCr = nlCode === LF;
	const maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
	const onMalformedQuote = options.onMalformedQuote;
	let row = (options.firstRow ?? 1) - 1;
	let line = options.firstLine ?? 1;
	let carry = '';
	let pending: string[] = [];
	let pendingLength = 0;
	// Whether the carried record stopped inside a quoted field.
	let inQuote = false;

	/** Parses whole records from `text`; returns how many characters they used. */
	const parse = (text: string, final: boolean, out: RawRow[]): number => {
		const len = text.length;
		let pos = 0;
		// Next quote, delimiter and line break at or after the scan position
		// (-1: none left). Positions only grow, so each is searched for once per
		// occurrence, however the records are cut. (One indexOf per field beats
		// splitting each line: String.prototype.split runs in the runtime.)
		let q = -2;
		let d = -2;
		let n = -2;
		inQuote = false;
		while (pos < len) {
			const cells: string[] = [];
			let p = pos;
			let lines = 0;
			let malformed = false;
			let next = -1;
			for (;;) {
				let prefix: string | undefined;
				if (p < len && text.charCodeAt(p) === QUOTE) {
					let value = '';
					let from = p + 1;
					for (;;) {
						if (q !== -1 && q < from) q = text.indexOf('"', from);
						if (q === -1 || (q + 1 === len && !final)) {
							// The closing quote (or whether it is doubled) is in text not yet seen.
							if (!final) {
								inQuote = true;
								return pos;
							}
							throw unclosedQuote(row + 1, line);
						}
						if (text.charCodeAt(q + 1) === QUOTE) {
							value += text.slice(from, q + 1);
							from = q + 2;
							continue;
						}
						value += text.slice(from, q);
						break;
					}
					// Line breaks inside the field; the cached break is reused so a line
					// with many quoted fields is not searched to its end for each.
					if (n !== -1 && n <= p) n = text.indexOf(nl, p + 1);
					for (let i = n; i !== -1 && i < q; i = text.indexOf(nl, i + 1)) lines++;
					p = q + 1;
					if (p === len) {
						if (!final) return pos;
						cells.push(value);
						next = len;
						break;
					}
					const c = text.charCodeAt(p);
					if (c === delimCode) {
						cells.push(value);
						p++;
						continue;
					}
					if (c === nlCode) {
						cells.push(value);
						next = p + 1;
						break;
					}
					if (stripCr && c === CR) {
						if (p + 1 === len) {
							if (!final) return pos;
							cells.push(value);
							next = len;
							break;
						}
						if (text.charCodeAt(p + 1) === LF) {
							cells.push(value);
							next = p + 2;
							break;
						}
					}
					// Text after the closing quote (`"a"b`): kept as written, up to
					// the next delimiter or line break, as spreadsheet programs do.
					malformed = true;
					prefix = value;
				}
				// An unquoted field (or the rest of a malformed one): quotes in it are literal.
				if (n !== -1 && n < p) n = text.indexOf(nl, p);
				if (d !== -1 && d < p) d = text.indexOf(delim, p);
				if (d !== -1 && d < n) {
					cells.push(prefix === undefined ? text.slice(p, d) : prefix + text.slice(p, d));
					p = d + 1;
					continue;
				}
				if (n === -1) {
					if (!final) return pos;
					if (d !== -1) {
						cells.push(prefix === undefined ? text.slice(p, d) : prefix + text.slice(p, d));
						p = d + 1;
						continue;
					}
				}
				const lineEnd = n === -1 ? len : n;
				let e = lineEnd;
				if (stripCr && e > p && text.charCodeAt(e - 1) === CR) e--;
				cells.push(prefix === undefined ? text.slice(p, e) : prefix + text.slice(p, e));
				next = lineEnd + 1;
				break;
			}
			out.push({ row: ++row, cells, line });
			if (malformed && onMalformedQuote) onMalformedQuote(row, line);
			line += 1 + lines;
			pos = next;
		}
		return len;
	};

	const refuse = (): IntakeError =>
		inQuote ? unclosedQuote(row + 1, line, maxRecordChars) : tooLong(row + 1, line, maxRecordChars);

	return {
		write(text: string): RawRow[] {
			pending.push(text);
			pendingLength += text.length;
			// Parse a carried record again only once as much new text has arrived
			// (or the record would outgrow the limit).
			if (
				carry.length > 0 &&
				pendingLength < carry.length &&
				carry.length + pendingLength <= maxRecordChars
			)
				return [];
			const whole = carry + (pending.length === 1 ? pending[0] : pending.join(''));
			pending = [];
			pendingLength = 0;
			const out: RawRow[] = [];
			const used = parse(whole, false, out);
			carry = used === 0 ? whole : whole.slice(used);
			if (carry.length > maxRecordChars) throw refuse();
			return out;
		},
		end(): RawRow[] {
			const whole = carry + pending.join('');
			carry = '';
			pending = [];
			pendingLength = 0;
			if (whole.length === 0) return [];
			const out: RawRow[] = [];
			parse(whole, true, out);
			return out;
		},
		buffered(): string {
			return carry + pending.join('');
		},
	};
}

function unclosedQuote(row: number, line: number, max?: number): IntakeError {
	const within =
		max === undefined
			? 'is never closed'
			: `is not closed within ${Math.round(max / (1024 * 1024))} MB`;
	return new IntakeError(
		'CSV_UNCLOSED_QUOTE',
		`Row ${row} (line ${line}) opens a quoted field that ${within}. Check that row for a stray or missing " and save the file again.`,
		{ row, line },
	);
}

function tooLong(row: number, line: number, max: number): IntakeError {
	return new IntakeError(
		'CSV_RECORD_TOO_LARGE',
		`Row ${row} (line ${line}) runs past ${Math.round(max / (1024 * 1024))} MB without a line break. The file may not be a table, or its line breaks may be missing; check the file and the delimiter setting.`,
		{ row, line },
	);
}
