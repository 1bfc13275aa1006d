import { SNIFF_BYTES } from '../../bytes/sizes';
import type { RawRow } from '../rawRow';
import { sniffDelimiter } from '../sniffDelimiter';
import { createCsvParser, type CsvParser } from './createCsvParser';
import type { CsvCoreOptions } from './readCsvRows';

/** Characters of text collected before the dialect is settled (the delimiter sniffed on them). */
export const SNIFF_CHARS = SNIFF_BYTES;

/**
 * What {@link readCsvRows} knows between one window of text and the next.
 * It moves through two stages, and its invariants are:
 *
 * - **Collecting** (`parser` undefined): the dialect is not settled yet.
 *   `head` holds every piece of text decoded so far and `headLength` their
 *   total length, under {@link SNIFF_CHARS}; no row has been returned.
 * - **Parsing** (`parser` set, once, by {@link settleDialect}): `head` is
 *   empty and `headLength` 0, and stay so; all text goes to the parser.
 * - `watchNul` is true whenever a NUL may be in text not yet returned as
 *   inspected rows (the window being read, or what the parser still buffers);
 *   false means no row to come can hold one from text seen so far.
 * - `watchBad` is the same for U+FFFD (undecodable bytes), and is only ever
 *   true while the encoding was guessed and `reportedEncoding` is false.
 * - `reportedEncoding` turns true at the first `ENCODING_INVALID_BYTES`
 *   issue and never back: that issue is reported once per file.
 */
export interface CsvReadState {
	parser: CsvParser | undefined;
	head: string[];
	headLength: number;
	watchNul: boolean;
	watchBad: boolean;
	reportedEncoding: boolean;
}

/** A state in its first stage: collecting text, nothing watched, nothing reported. */
export function createCsvReadState(): CsvReadState {
	return {
		parser: undefined,
		head: [],
		headLength: 0,
		watchNul: false,
		watchBad: false,
		reportedEncoding: false,
	};
}

/**
 * Reads one window of decoded text: collected until {@link SNIFF_CHARS} are
 * in, then the dialect is settled on all of them; once parsing, the window
 * goes to the parser.
 *
 * @param state - the reading state; updated
 * @param piece - the next window of text
 * @param options - the CSV core's options
 * @returns the rows the window completed, inspected (possibly none)
 * @example
 * const state = createCsvReadState()
 * feedWindow(state, 'a;b\n1;2\n', options)
 * //=> [] (still collecting: state.headLength is 8)
 */
export function feedWindow(state: CsvReadState, piece: string, options: CsvCoreOptions): RawRow[] {
	if (state.parser)
		return inspectRows(state, state.parser, state.parser.write(piece), piece, options);
	state.head.push(piece);
	state.headLength += piece.length;
	if (state.headLength < SNIFF_CHARS) return [];
	const { parser, text } = settleDialect(state, state.head.join(''), false, options);
	return inspectRows(state, parser, parser.write(text), text, options);
}

/**
 * Reads the end of the text: the dialect is settled on whatever was collected
 * (a file under {@link SNIFF_CHARS}) and the parser ended.
 *
 * @param state - the reading state; updated
 * @param tail - the decoder's last text (possibly empty)
 * @param options - the CSV core's options
 * @returns the last rows, inspected; none for an empty file
 * @throws IntakeError `CSV_UNCLOSED_QUOTE` when a quoted field is still open
 * @example
 * const state = createCsvReadState()
 * feedWindow(state, 'a;b\n1;2', options)
 * finishText(state, '', options).map((r) => r.cells)
 * //=> [['a', 'b'], ['1', '2']]
 */
export function finishText(state: CsvReadState, tail: string, options: CsvCoreOptions): RawRow[] {
	let parser = state.parser;
	let text = tail;
	if (!parser) {
		const all = state.head.join('') + tail;
		if (all.length === 0) return [];
		({ parser, text } = settleDialect(state, all, true, options));
	}
	const rows = parser.write(text);
	rows.push(...parser.end());
	return inspectRows(state, parser, rows, text, options);
}

/**
 * Settles the dialect on the first text and starts parsing: a BOM is dropped;
 * the line break is LF unless the text has only CRs; an Excel `sep=;` line
 * sets the delimiter (when it is `'auto'`) and is not a row; otherwise an
 * `'auto'` delimiter is sniffed. Calls `options.onDialect`.
 *
 * @param state - a collecting state; moves to parsing
 * @param sample - all the text collected
 * @param complete - whether `sample` is the whole text
 * @param options - the CSV core's options
 * @returns the parser (also set on `state`), and the sample without its BOM
 *   and `sep=` line, to be parsed
 * @example
 * settleDialect(createCsvReadState(), '\uFEFFsep=|\r\na|b\r\n', true, options).text
 * //=> 'a|b\r\n' (and onDialect got { delimiter: '|', newline: '\n' })
 */
export function settleDialect(
	state: CsvReadState,
	sample: string,
	complete: boolean,
	options: CsvCoreOptions,
): { parser: CsvParser; text: string } {
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
	const parser = createCsvParser({
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
	state.parser = parser;
	state.head = [];
	state.headLength = 0;
	return { parser, text: sample };
}

/**
 * Checks rows for NULs and undecodable bytes, when the text they came from
 * may hold them (one `indexOf` per window when it is clean), then sets the
 * watch flags for what the parser still buffers.
 *
 * @param state - the reading state; its watch flags are updated
 * @param parser - the state's parser
 * @param rows - the rows `text` completed; their cells are cleaned in place
 * @param text - the window the rows came from
 * @param options - the CSV core's options
 * @returns `rows`
 * @example
 * inspectRows(state, parser, [{ row: 2, cells: ['a\0b'], line: 2 }], 'a\0b\n', options)
 * //=> [{ row: 2, cells: ['ab'], line: 2 }] (and an ENCODING_NUL_BYTE issue)
 */
export function inspectRows(
	state: CsvReadState,
	parser: CsvParser,
	rows: RawRow[],
	text: string,
	options: CsvCoreOptions,
): RawRow[] {
	if (text.indexOf('\0') !== -1) state.watchNul = true;
	if (options.encodingGuessed && !state.reportedEncoding && text.indexOf('\uFFFD') !== -1)
		state.watchBad = true;
	if (rows.length === 0 || !(state.watchNul || state.watchBad)) return rows;
	for (const r of rows) {
		if (state.watchNul) scrubNul(r, options);
		if (state.watchBad && !state.reportedEncoding && r.cells.some((c) => c.includes('\uFFFD'))) {
			state.reportedEncoding = true;
			options.onIssue({
				row: r.row,
				line: r.line,
				code: 'ENCODING_INVALID_BYTES',
				message: `Row ${r.row} holds bytes that are not valid ${options.encoding}; they were replaced with "\uFFFD". If accented letters look wrong, set the encoding to windows-1252.`,
			});
		}
	}
	// What the parser still holds was in this text or earlier; keep watching while it may hold one.
	const rest = parser.buffered();
	state.watchNul = rest.includes('\0');
	state.watchBad = !state.reportedEncoding && state.watchBad && rest.includes('\uFFFD');
	return rows;
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
