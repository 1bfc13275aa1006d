import { KIB } from '../../bytes/sizes';
import type { IssueSink, RawRow } from '../rawRow';
import { createCsvReadState, feedWindow, finishText } from './csvReadState';

/** Settings of the CSV core; the caller has already chosen the encoding. */
export interface CsvCoreOptions {
	encoding: string;
	/** A delimiter, or `'auto'` to sniff it from the first 64 KiB. */
	delimiter: string;
	onIssue: IssueSink;
	/** Called once, before the first batch, with the dialect in use. */
	onDialect: (dialect: { delimiter: string; newline: '\n' | '\r' }) => void;
	/** Whether the encoding was guessed, so that undecodable bytes deserve a hint. */
	encodingGuessed: boolean;
	/** A quoted field (or record) longer than this many characters is treated as a broken quote. */
	maxRecordChars?: number;
}

/** Characters handed to the parser at a time: rows die young, so memory stays flat. */
const WINDOW_CHARS = 64 * KIB;

/**
 * The streaming CSV core: decodes byte chunks and yields batches of raw rows.
 *
 * Bytes are decoded with a streaming `TextDecoder` (so a character cut
 * between chunks is whole), the dialect is settled on the first 64 KiB (a
 * BOM and Excel's `sep=` line are dropped, the delimiter sniffed when it is
 * `'auto'`), and the text goes to {@link createCsvParser} in 64 KiB windows:
 * rows then die young, so memory stays flat whatever the file size. What it
 * knows between windows is one {@link CsvReadState}, whose invariants are
 * stated there.
 *
 * Rows are checked for text that is not text: a NUL character is removed and
 * its row gets an `ENCODING_INVALID_BYTES` issue (one that looks like UTF-16
 * inside an 8-bit file says so), and the first row with undecodable bytes
 * gets one when the encoding was guessed. Both checks cost one `indexOf` per
 * window when the text is clean.
 *
 * @param chunks - the file's bytes, in pieces of any size
 * @param options - encoding, delimiter and where issues go, see {@link CsvCoreOptions}
 * @returns batches of rows, in order
 * @throws IntakeError `CSV_UNCLOSED_QUOTE` or `CSV_RECORD_TOO_LARGE` for a record that never ends
 * @example
 * const batches = readCsvRows(chunksOf('a;b\n1;2\n'), { encoding: 'utf-8', delimiter: 'auto', encodingGuessed: true, onIssue, onDialect })
 * const rows = []
 * for await (const batch of batches) rows.push(...batch)
 * rows
 * //=> [{ row: 1, cells: ['a', 'b'], line: 1 }, { row: 2, cells: ['1', '2'], line: 2 }]
 */
export async function* readCsvRows(
	chunks: AsyncIterable<Uint8Array>,
	options: CsvCoreOptions,
): AsyncGenerator<RawRow[]> {
	const decoder = new TextDecoder(options.encoding);
	const state = createCsvReadState();
	for await (const chunk of chunks) {
		const decoded = decoder.decode(chunk, { stream: true });
		for (let at = 0; at < decoded.length; at += WINDOW_CHARS) {
			const window =
				at === 0 && decoded.length <= WINDOW_CHARS ? decoded : decoded.slice(at, at + WINDOW_CHARS);
			const rows = feedWindow(state, window, options);
			if (rows.length > 0) yield rows;
		}
	}
	const rows = finishText(state, decoder.decode(), options);
	if (rows.length > 0) yield rows;
}
