import type { RawRow } from '../rawRow';
import { DEFAULT_MAX_RECORD_CHARS, recordTooLarge, unclosedQuote } from './csvLimits';
import { RecordScanner } from './recordScanner';

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

/**
 * Creates a streaming parser for delimited text (RFC 4180 and what real files
 * do): fields may be quoted, `""` inside quotes is one quote, quoted fields
 * may hold delimiters and line breaks, and a quote inside an unquoted field is
 * an ordinary character. Text may be fed in pieces cut anywhere: inside a
 * quoted field, between CR and LF, or between a quote and its double.
 *
 * The records are found by a {@link RecordScanner}, which searches each text
 * once. This function keeps what the scanner could not finish: a record cut
 * by the end of a piece is scanned again only once as much new text has
 * arrived as is carried, so a long quoted field costs linear time, and one
 * longer than `maxRecordChars` is refused.
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
	const maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
	const scanner = new RecordScanner(options);
	// `carry`: the start of an open record, left by the last scan (empty when the
	// last scan ended on a record's end). `pending`: text written since, not yet
	// scanned, `pendingLength` characters; it is scanned with `carry` once it is
	// as long, or the two would outgrow the limit.
	let carry = '';
	let pending: string[] = [];
	let pendingLength = 0;

	/** Everything not yet scanned, as one text; the buffers are emptied. */
	const takeAll = (): string => {
		const whole = carry + (pending.length === 1 ? pending[0] : pending.join(''));
		carry = '';
		pending = [];
		pendingLength = 0;
		return whole;
	};

	const refuse = () =>
		scanner.inQuote
			? unclosedQuote(scanner.row + 1, scanner.line, maxRecordChars)
			: recordTooLarge(scanner.row + 1, scanner.line, maxRecordChars);

	return {
		write(text: string): RawRow[] {
			pending.push(text);
			pendingLength += text.length;
			if (
				carry.length > 0 &&
				pendingLength < carry.length &&
				carry.length + pendingLength <= maxRecordChars
			)
				return [];
			const whole = takeAll();
			const out: RawRow[] = [];
			const used = scanner.scan(whole, false, out);
			carry = used === 0 ? whole : whole.slice(used);
			if (carry.length > maxRecordChars) throw refuse();
			return out;
		},
		end(): RawRow[] {
			const whole = takeAll();
			if (whole.length === 0) return [];
			const out: RawRow[] = [];
			scanner.scan(whole, true, out);
			return out;
		},
		buffered(): string {
			return carry + pending.join('');
		},
	};
}
