import Papa from 'papaparse';
import { IntakeError } from '../../errors';
import type { IssueSink, RawRow } from '../rawRow';
import { sniffDelimiter } from '../sniffDelimiter';

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
const DEFAULT_MAX_RECORD_CHARS = 32 * 1024 * 1024;

type PapaResult = {
	data: string[][];
	errors: Array<{ code: string; row?: number; index?: number; message: string }>;
	meta: { cursor: number };
};

/**
 * The streaming CSV core: decodes byte chunks and yields batches of raw rows.
 *
 * Papa Parse's parser runs over text windows; a row cut by the end of a
 * window is carried into the next one. The carried text is re-parsed only once
 * at least as much new text has arrived, so a long quoted field costs linear,
 * not quadratic, time; one that grows past `maxRecordChars` is reported as an
 * unclosed quote instead of being buffered forever.
 */
export async function* readCsvRows(
	chunks: AsyncIterable<Uint8Array>,
	options: CsvCoreOptions,
): AsyncGenerator<RawRow[]> {
	const decoder = new TextDecoder(options.encoding);
	const maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
	let parser: InstanceType<typeof Papa.Parser> | undefined;
	let newline: '\n' | '\r' = '\n';
	let carry = '';
	let pending: string[] = [];
	let pendingLength = 0;
	let rowNumber = 0;
	let linesBefore = 0;
	let first = true;
	let reportedEncoding = false;

	const setup = (sample: string): string => {
		if (first && sample.charCodeAt(0) === 0xfeff) sample = sample.slice(1);
		first = false;
		newline = sample.includes('\n') || !sample.includes('\r') ? '\n' : '\r';
		let delimiter = options.delimiter;
		const sep = /^sep=(.)[ \t]*(\r\n|\n|\r)/i.exec(sample);
		if (sep) {
			// Excel's "sep=;" hint line: honour it and don't treat it as a row.
			if (delimiter === 'auto') delimiter = sep[1];
			sample = sample.slice(sep[0].length);
			linesBefore++;
		}
		if (delimiter === 'auto') delimiter = sniffDelimiter(sample.slice(0, SNIFF_CHARS), newline);
		options.onDialect({ delimiter, newline });
		parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', escapeChar: '"' });
		return sample;
	};

	const parseWindow = (text: string, final: boolean): RawRow[] => {
		const result = parser!.parse(text, 0, !final) as unknown as PapaResult;
		const data = result.data;
		const consumed = final ? text.length : result.meta.cursor;
		const lineChar = newline;
		const lineStarts = lineNumbersOf(data, text, consumed, lineChar, linesBefore, final);
		const out: RawRow[] = new Array(data.length);
		const hasReplacement = options.encodingGuessed && !reportedEncoding && text.includes('\uFFFD');
		for (let i = 0; i < data.length; i++) {
			const cells = data[i];
			if (lineChar === '\n') {
				const last = cells.length - 1;
				const v = cells[last];
				if (v.length > 0 && v.charCodeAt(v.length - 1) === 13) cells[last] = v.slice(0, -1);
			}
			rowNumber++;
			out[i] = { row: rowNumber, cells, line: lineStarts[i] };
			if (hasReplacement && !reportedEncoding && cells.some((c) => c.includes('\uFFFD'))) {
				reportedEncoding = true;
				options.onIssue({
					row: rowNumber,
					line: lineStarts[i],
					code: 'ENCODING_INVALID_BYTES',
					message: `Row ${rowNumber} holds bytes that are not valid ${options.encoding}; they were replaced with "\uFFFD". If accented letters look wrong, set the encoding to windows-1252.`,
				});
			}
		}
		for (const e of result.errors) {
			const idx = e.row ?? 0;
			const line = lineStarts[idx] ?? linesBefore + 1;
			const row = rowNumber - data.length + idx + 1;
			if (e.code === 'MissingQuotes') {
				throw new IntakeError(
					'CSV_UNCLOSED_QUOTE',
					`Row ${row} (line ${line}) opens a quoted field that is never closed. Check that row for a stray or missing " and save the file again.`,
					{ row, line },
				);
			}
			if (e.code === 'InvalidQuotes') {
				options.onIssue({
					row,
					line,
					code: 'CSV_MALFORMED_QUOTE',
					message: `Row ${row} (line ${line}) has text right after a closing quote; its fields may be split wrongly. Put the whole field in quotes and double any quote inside it ("").`,
				});
			}
		}
		linesBefore = lineStarts.next;
		if (!final) carry = text.slice(consumed);
		return out;
	};

	for await (const chunk of chunks) {
		const decoded = decoder.decode(chunk, { stream: true });
		// Parse in small windows: rows then die young, so memory stays flat
		// (1 MiB windows let the garbage collector's old space grow past 200 MB).
		for (let at = 0; at < decoded.length; at += WINDOW_CHARS) {
			const piece = decoded.slice(at, at + WINDOW_CHARS);
			pending.push(piece);
			pendingLength += piece.length;
			if (first) {
				if (pendingLength < SNIFF_CHARS) continue;
				pending = [setup(pending.join(''))];
			}
			// Re-parse a carried partial row only once as much new text has arrived.
			if (pendingLength < carry.length) continue;
			const text = carry + pending.join('');
			pending = [];
			pendingLength = 0;
			const rows = parseWindow(text, false);
			if (carry.length > maxRecordChars) {
				throw carry.includes('"')
					? unclosed(rowNumber + 1, linesBefore + 1, maxRecordChars)
					: tooLong(rowNumber + 1, linesBefore + 1, maxRecordChars);
			}
			if (rows.length > 0) yield rows;
		}
	}
	const tail = decoder.decode();
	if (tail) pending.push(tail);
	if (first) {
		if (pending.length === 0) return;
		pending = [setup(pending.join(''))];
	}
	const text = carry + pending.join('');
	carry = '';
	if (text.length > 0) {
		const rows = parseWindow(text, true);
		if (rows.length > 0) yield rows;
	}
}

function unclosed(row: number, line: number, max: number): IntakeError {
	const mb = Math.round(max / (1024 * 1024));
	return new IntakeError(
		'CSV_UNCLOSED_QUOTE',
		`Row ${row} (line ${line}) opens a quoted field that is not closed within ${mb} MB. Check that row for a stray or missing " and save the file again.`,
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

/**
 * Physical line numbers where each parsed row starts. Each row ends with one
 * line break, so when the window holds exactly as many breaks as rows no field
 * has an embedded one and the numbers are consecutive; otherwise cells are
 * scanned for embedded breaks.
 */
function lineNumbersOf(
	data: string[][],
	text: string,
	consumed: number,
	lineChar: string,
	linesBefore: number,
	final: boolean,
): number[] & { next: number } {
	let breaks = 0;
	for (let i = text.indexOf(lineChar); i !== -1 && i < consumed; i = text.indexOf(lineChar, i + 1)) breaks++;
	const starts = new Array<number>(data.length) as number[] & { next: number };
	let line = linesBefore + 1;
	// In the final window the last row has no closing break.
	if (breaks <= data.length - (final ? 1 : 0)) {
		for (let i = 0; i < data.length; i++) starts[i] = line + i;
	} else {
		for (let i = 0; i < data.length; i++) {
			starts[i] = line;
			line++;
			for (const cell of data[i]) {
				for (let j = cell.indexOf(lineChar); j !== -1; j = cell.indexOf(lineChar, j + 1)) line++;
			}
		}
	}
	starts.next = linesBefore + breaks;
	return starts;
}
