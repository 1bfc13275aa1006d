import { extname } from 'node:path';
import { openSpreadsheet, isIntakeError } from '../../../../lib';
import { fail, readInput } from '../../common';
import { scanJsonRecords } from './scanJsonRecords';

/** Records read from a file, one at a time; `count` is how many were read so far. */
export interface RecordReader extends AsyncIterable<Record<string, unknown>> {
	readonly count: number;
	/** The file's size, and the bytes read so far (for a progress bar). */
	readonly size: number;
	bytesRead(): number;
}

/** The bytes as text, decoded as UTF-8 across chunk edges (TextDecoder drops a byte-order mark). */
async function* textOf(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
	const decoder = new TextDecoder('utf-8');
	for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
	yield decoder.decode();
}

async function* linesOf(texts: AsyncIterable<string>): AsyncGenerator<string> {
	let rest = '';
	for await (const text of texts) {
		const lines = (rest + text).split('\n');
		rest = lines.pop() ?? '';
		yield* lines;
	}
	if (rest !== '') yield rest;
}

async function* ndjsonRecords(
	chunks: AsyncIterable<Uint8Array>,
	name: string,
): AsyncGenerator<Record<string, unknown>> {
	let line = 0;
	for await (const text of linesOf(textOf(chunks))) {
		line++;
		if (text.trim() === '') continue;
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (error) {
			fail(`${name} line ${line}: not valid JSON (${(error as Error).message})`);
		}
		if (value === null || typeof value !== 'object' || Array.isArray(value))
			fail(`${name} line ${line}: expected a record (a JSON object)`);
		yield value as Record<string, unknown>;
	}
}

async function* spreadsheetRecords(
	chunks: AsyncIterable<Uint8Array>,
	name: string,
	sheet: string | undefined,
): AsyncGenerator<Record<string, unknown>> {
	const reader = await openSpreadsheet(chunks, { maxBytes: Infinity, fileName: name, sheet });
	try {
		for await (const row of reader) yield row.values;
	} catch (error) {
		// a file with headers and no rows exports as no records
		if (!(isIntakeError(error) && error.code === 'NO_DATA_ROWS')) throw error;
	}
}

/**
 * Streams the records of a file, by its extension: `.json` (a list of
 * objects, or the `{ records: […] }` envelope of a JSON export), `.ndjson`
 * or `.jsonl` (one object a line), anything else as a spreadsheet read by
 * the library (CSV, TSV, XLSX, XLS, ODS, detected from the bytes; each row
 * a record of header → text). Nothing is held but the record being read.
 *
 * @param path - the file
 * @param sheet - the worksheet of a workbook (default: the first with data)
 * @returns the records, and how many were read so far
 * @throws CliError (exit 64) when the file is missing, unreadable or not records; IntakeError from the spreadsheet reader
 *
 * @example
 * const records = readRecords('clients.ndjson')
 * for await (const record of records) console.log(record.email)
 * records.count //=> 2
 */
export function readRecords(path: string, sheet?: string): RecordReader {
	const input = readInput(path);
	const ext = extname(input.name).toLowerCase();
	const source =
		ext === '.json'
			? scanJsonRecords(textOf(input.chunks), input.name)
			: ext === '.ndjson' || ext === '.jsonl'
				? ndjsonRecords(input.chunks, input.name)
				: spreadsheetRecords(input.chunks, input.name, sheet);
	let count = 0;
	return {
		get count() {
			return count;
		},
		size: input.size,
		bytesRead: input.bytesRead,
		async *[Symbol.asyncIterator]() {
			try {
				for await (const record of source) {
					count++;
					yield record;
				}
			} finally {
				await (input.chunks as AsyncGenerator<Uint8Array>).return(undefined);
			}
		},
	};
}
