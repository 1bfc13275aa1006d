import type { IssueSink, RawRow } from '../rawRow';
import { sniffDelimiter } from '../sniffDelimiter';
import { createCsvParser, type CsvParser } from './createCsvParser';

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

const SNIFF_CHARS = 64 * 1024;
const WINDOW_CHARS = 64 * 1024;

/**
 * The streaming CSV core: decodes byte chunks and yields batches of raw rows.
 *
 * Bytes are decoded with a streaming `TextDecoder` (so a character cut
 * between chunks is whole), the dialect is settled on the first 64 KiB (a
 * BOM and Excel's `sep=` line are dropped, the delimiter sniffed when it is
 * `'auto'`), and the text goes to {@link createCsvParser} in 64 KiB windows:
 * rows then die young, so memory stays flat whatever the file size.
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
	let parser: CsvParser | undefined;
	let head: string[] = [];
	let headLength = 0;
	// Whether a NUL or a U+FFFD may be in rows not yet returned.
	let watchNul = false;
	let watchBad = false;
	let reportedEncoding = false;

	const setup = (sample: string, complete: boolean): string => {
		if (sample.charCodeAt(0) === 0xfeff) sample = sample.slice(1);
		const newline = sample.includes('\n') || !sample.includes('\r') ? '\n' : '\r';
		let delimiter = options.delimiter;
		let firstLine = 1;
		const sep = /^sep=([^"])[ \t]*(\r\n|\n|\r)/i.exec(sample);
		if (sep) {
			// Excel's "sep=;" hint line: honour it and don't treat it as a row.
			if (delimiter === 'auto') delimiter = sep[1];
			sample = sample.slice(sep[0].length);
			firstLine++;
		}
		if (delimiter === 'auto')
			delimiter = sniffDelimiter(
				sample.slice(0, SNIFF_CHARS),
				newline,
				complete && sample.length <= SNIFF_CHARS,
			);
		options.onDialect({ delimiter, newline });
		parser = createCsvParser({
			delimiter,
			newline,
			firstLine,
			maxRecordChars: options.maxRecordChars,
			onMalformedQuote: (row, line) =>
				options.onIssue({
					row,
					line,
					code: 'CSV_MALFORMED_QUOTE',
					message: `Row ${row} (line ${line}) has text right after a closing quote; its fields may be split wrongly. Put the whole field in quotes and double any quote inside it ("").`,
				}),
		});
		return sample;
	};

	/** Checks a batch for NULs and undecodable bytes, when its text may hold them. */
	const inspect = (rows: RawRow[], text: string): RawRow[] => {
		if (text.indexOf('\0') !== -1) watchNul = true;
		if (options.encodingGuessed && !reportedEncoding && text.indexOf('\uFFFD') !== -1)
			watchBad = true;
		if (rows.length === 0 || !(watchNul || watchBad)) return rows;
		for (const r of rows) {
			if (watchNul) scrubNul(r, options);
			if (watchBad && !reportedEncoding && r.cells.some((c) => c.includes('\uFFFD'))) {
				reportedEncoding = true;
				options.onIssue({
					row: r.row,
					line: r.line,
					code: 'ENCODING_INVALID_BYTES',
					message: `Row ${r.row} holds bytes that are not valid ${options.encoding}; they were replaced with "\uFFFD". If accented letters look wrong, set the encoding to windows-1252.`,
				});
			}
		}
		// What the parser still holds was in this text or earlier; keep watching while it may hold one.
		const rest = parser!.buffered();
		watchNul = rest.includes('\0');
		watchBad = !reportedEncoding && watchBad && rest.includes('\uFFFD');
		return rows;
	};

	for await (const chunk of chunks) {
		const decoded = decoder.decode(chunk, { stream: true });
		for (let at = 0; at < decoded.length; at += WINDOW_CHARS) {
			let piece =
				at === 0 && decoded.length <= WINDOW_CHARS ? decoded : decoded.slice(at, at + WINDOW_CHARS);
			if (!parser) {
				head.push(piece);
				headLength += piece.length;
				if (headLength < SNIFF_CHARS) continue;
				piece = setup(head.join(''), false);
				head = [];
			}
			const rows = inspect(parser!.write(piece), piece);
			if (rows.length > 0) yield rows;
		}
	}
	let tail = decoder.decode();
	if (!parser) {
		const all = head.join('') + tail;
		if (all.length === 0) return;
		tail = setup(all, true);
	}
	const rows = parser!.write(tail);
	rows.push(...parser!.end());
	inspect(rows, tail);
	if (rows.length > 0) yield rows;
}

/**
 * Removes NUL characters from a row's cells and reports the row. NULs in
 * about every other character are UTF-16 text read as 8-bit; removing them
 * recovers its ASCII letters, and the byte-order mark it started with is
 * dropped too.
 */
function scrubNul(r: RawRow, options: CsvCoreOptions): void {
	const cells = r.cells;
	let nuls = 0;
	let chars = 0;
	for (let i = 0; i < cells.length; i++) {
		const c = cells[i];
		chars += c.length;
		if (c.indexOf('\0') === -1) continue;
		const kept = c.split('\0').join('');
		nuls += c.length - kept.length;
		cells[i] = kept;
	}
	if (nuls === 0) return;
	const utf16 = nuls >= 2 && nuls >= chars * 0.35;
	if (utf16) cells[0] = cells[0].replace(/^(\u00ff\u00fe|\u00fe\u00ff|\uFFFD\uFFFD|\uFEFF)/, '');
	if (cells.every((c) => c.trim() === '')) return;
	options.onIssue({
		row: r.row,
		line: r.line,
		code: utf16 ? 'ENCODING_MIXED' : 'ENCODING_NUL_BYTE',
		message: utf16
			? `Row ${r.row} (line ${r.line}) looks like UTF-16 text inside a ${options.encoding} file: every other byte is zero, as when a UTF-16 export is appended to another file. The zero bytes were removed, which keeps plain letters and digits but not accented ones; save the whole file in one encoding (UTF-8) and read it again.`
			: `Row ${r.row} (line ${r.line}) holds ${nuls === 1 ? 'a NUL byte' : `${nuls} NUL bytes`} (character code 0), which text does not contain; ${nuls === 1 ? 'it was' : 'they were'} removed. Check that row in the source system.`,
	});
}
