import { IntakeError } from '../errors';
import type { ReadIssue, Row, SpreadsheetFormat } from '../types';
import { createRowBuilder } from './createRowBuilder';
import { readCsvRows } from './csv/readCsvRows';
import { detectFormat, unsupported } from './detectFormat';
import { normalizeHeaders } from './normalizeHeaders';
import { normalizeReadOptions, type NormalizedReadOptions, type ReadOptions } from './options';
import { isBlankRow, type IssueSink, type RawRow } from './rawRow';
import { sniffEncoding } from './sniffEncoding';
import { openXlsBook } from './xls/readXlsRows';
import { classifyZip } from './xlsx/classifyZip';
import { openXlsxPackage } from './xlsx/openXlsxPackage';
import { readXlsxRows } from './xlsx/readXlsxRows';
import { readZipDirectory } from './xlsx/readZipDirectory';
import { concatBytes } from '../bytes/concatBytes';

/** One data row from {@link openSpreadsheet}. */
export interface SpreadsheetRow {
	/** 1-based source row number, as a spreadsheet program shows it. */
	rowNumber: number;
	/** Header → cell text. */
	values: Row;
}

/** An opened spreadsheet: what was detected, and its rows as an async iterator. */
export interface SpreadsheetReader extends AsyncIterable<SpreadsheetRow> {
	/** Clean, unique headers. Grows if a later row has more cells than the header (`Column N`). */
	headers: string[];
	format: SpreadsheetFormat;
	/** Text encoding used (CSV/TSV only). */
	encoding?: string;
	/** Field delimiter used (CSV/TSV only). */
	delimiter?: string;
	/** Name of the sheet read (XLSX/XLS only). */
	sheet?: string;
	/** Every sheet in the workbook (XLSX/XLS only). */
	sheets?: string[];
	/** 1-based row number of the header row. */
	headerRowNumber: number;
	/** Row-level issues; filled as rows are read. */
	issues: ReadIssue[];
}

const MAX_COLUMNS = 16384;
const PREFIX_BYTES = 64 * 1024;

type Input = Uint8Array | AsyncIterable<Uint8Array>;

/**
 * Opens a spreadsheet for streaming: detects format, encoding and delimiter,
 * reads the header row, and returns an async iterator over the data rows.
 * CSV and TSV are decoded and parsed chunk by chunk, so memory stays flat
 * whatever the file size; XLSX is streamed sheet row by sheet row.
 *
 * @param input - the file's bytes, or an async iterable of chunks (a Node stream)
 * @param options - see {@link ReadOptions}
 * @returns a reader; iterate it once
 * @throws IntakeError for files that can't be read (`EMPTY_FILE`, `FILE_TOO_LARGE`,
 *   `UNSUPPORTED_FORMAT`, `FILE_CORRUPT`, `ZIP_BOMB`, `CSV_UNCLOSED_QUOTE`, …);
 *   `NO_DATA_ROWS` is thrown at the end of iteration when no row followed the header
 * @example
 * const reader = await openSpreadsheet(fs.createReadStream('contacts.csv'), { maxBytes: Infinity })
 * for await (const { rowNumber, values } of reader) rows.push([rowNumber, values.Email])
 * // rows: [[2, 'jane@example.com'], …]
 */
export async function openSpreadsheet(
	input: Input,
	options?: ReadOptions,
): Promise<SpreadsheetReader> {
	const opts = normalizeReadOptions(options);
	const issues: ReadIssue[] = [];
	const onIssue: IssueSink = (i) => issues.push(i);

	const source = await takePrefix(input, opts);
	if (source.prefix.length === 0) throw emptyFile(opts);
	const guess = detectFormat(source.prefix, opts.fileName);
	const meta: Partial<SpreadsheetReader> = {};
	let batches: AsyncIterator<RawRow[]> | Iterator<RawRow[]>;
	let format: SpreadsheetFormat = guess.format;

	if (guess.container === 'text') {
		checkChosenFormat(opts, 'csv', 'a CSV/TSV text file');
		const enc =
			opts.encoding !== 'auto'
				? { encoding: opts.encoding, guessed: false }
				: { encoding: sniffEncoding(source.prefix, !source.complete).encoding, guessed: true };
		let delimiter = opts.delimiter;
		if (delimiter === 'auto' && opts.format === 'tsv') delimiter = '\t';
		meta.encoding = enc.encoding;
		batches = readCsvRows(source.chunks(), {
			encoding: enc.encoding,
			delimiter,
			encodingGuessed: enc.guessed,
			onIssue,
			onDialect: (d) => {
				meta.delimiter = d.delimiter;
			},
		})[Symbol.asyncIterator]();
	} else {
		const bytes = await source.all();
		if (guess.container === 'zip') {
			const kind = classifyZip(readZipDirectory(bytes), bytes);
			if (kind !== 'xlsx') throw unsupported(kind, opts.fileName);
			checkChosenFormat(opts, 'xlsx', 'an XLSX workbook');
			const pkg = await openXlsxPackage(bytes, opts.sheet);
			meta.sheets = pkg.sheets.map((s) => s.name);
			meta.sheet = meta.sheets[pkg.sheetIndex];
			batches = readXlsxRows(pkg, onIssue)[Symbol.asyncIterator]();
		} else {
			if (guess.container === 'cfb' && hasStream(bytes, 'EncryptedPackage')) {
				throw new IntakeError(
					'FILE_ENCRYPTED',
					'The workbook is password-protected. Remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password), save it, and try again.',
				);
			}
			checkChosenFormat(opts, 'xls', 'a legacy Excel (XLS) workbook');
			const book = await openXlsBook(bytes, opts.sheet, onIssue);
			meta.sheets = book.sheets.map((s) => s.name);
			meta.sheet = meta.sheets[book.sheetIndex];
			batches = book.rows();
		}
	}

	// Find the header row: the first non-blank row at or below `headerRow`.
	let pending: RawRow[] = [];
	let header: RawRow | undefined;
	let sawAnyRow = false;
	while (!header) {
		const next = await batches.next();
		if (next.done) break;
		for (let i = 0; i < next.value.length; i++) {
			const r = next.value[i];
			if (isBlankRow(r.cells)) continue;
			sawAnyRow = true;
			if (r.row >= opts.headerRow) {
				header = r;
				pending = next.value.slice(i + 1);
				break;
			}
		}
	}
	if (!header) {
		if (!sawAnyRow) throw emptyFile(opts);
		throw new IntakeError(
			'HEADER_ROW_NOT_FOUND',
			`The header row is set to row ${opts.headerRow}, but the ${meta.sheet ? `sheet "${meta.sheet}"` : 'file'} has no content from that row on. Set the header row to the row that holds the column names.`,
			{ headerRow: opts.headerRow },
		);
	}
	if (format === 'csv' && meta.delimiter === '\t') format = 'tsv';
	let lastHeaderCell = header.cells.length;
	while (lastHeaderCell > 0 && header.cells[lastHeaderCell - 1].trim() === '') lastHeaderCell--;
	const rawHeaders =
		format === 'csv' || format === 'tsv' ? header.cells : header.cells.slice(0, lastHeaderCell);
	if (rawHeaders.length > MAX_COLUMNS) {
		throw new IntakeError(
			'TOO_MANY_COLUMNS',
			`Row ${header.row} has ${rawHeaders.length} columns, more than the ${MAX_COLUMNS} a spreadsheet can hold. Check the delimiter setting, or the file may not be a table.`,
		);
	}
	const { headers, renamed } = normalizeHeaders(rawHeaders);
	for (const r of renamed) {
		issues.push({
			row: header.row,
			code: 'HEADER_RENAMED',
			column: r.to,
			message:
				r.why === 'blank'
					? `Column ${r.index + 1} has no header; it was named "${r.to}".`
					: `The header "${r.from.trim()}" appears more than once; column ${r.index + 1} was named "${r.to}".`,
		});
	}
	const isText = format === 'csv' || format === 'tsv';
	const iterate = rowIterator({ headers, pending, batches, isText, onIssue });
	return Object.assign(meta, {
		headers,
		format,
		headerRowNumber: header.row,
		issues,
		[Symbol.asyncIterator]: iterate,
	}) as SpreadsheetReader;
}

function rowIterator(ctx: {
	headers: string[];
	pending: RawRow[];
	batches: AsyncIterator<RawRow[]> | Iterator<RawRow[]>;
	isText: boolean;
	onIssue: IssueSink;
}): () => AsyncGenerator<SpreadsheetRow> {
	let used = false;
	return async function* rows() {
		if (used)
			throw new IntakeError(
				'READ_ALREADY_ITERATED',
				'A spreadsheet reader can be iterated only once; open the file again to re-read it.',
			);
		used = true;
		const { headers, onIssue } = ctx;
		const width = headers.length;
		let build = createRowBuilder(headers);
		let count = 0;
		let batch: RawRow[] | undefined = ctx.pending;
		while (batch) {
			for (const r of batch) {
				const cells = r.cells;
				if (isBlankRow(cells)) continue;
				let values = build(cells);
				if (cells.length !== width) {
					const extra = widen(cells, headers);
					if (extra.length > 0) {
						build = createRowBuilder(headers);
						values = build(cells);
					}
					if (ctx.isText) {
						onIssue({
							row: r.row,
							line: r.line !== r.row ? r.line : undefined,
							code: 'CSV_RAGGED_ROW',
							message:
								cells.length > width
									? `Row ${r.row} has ${cells.length} fields but the header has ${width}; the extra values were kept as ${extra.length > 0 ? extra.map((h) => `"${h}"`).join(', ') : 'extra columns'}. A field with an unquoted delimiter inside is the usual cause.`
									: `Row ${r.row} has ${cells.length} field${cells.length === 1 ? '' : 's'} but the header has ${width}; the missing values were left empty.`,
						});
					} else if (extra.length > 0) {
						onIssue({
							row: r.row,
							code: 'SHEET_RAGGED_ROW',
							message: `Row ${r.row} has values beyond the last header; they were kept as ${extra.map((h) => `"${h}"`).join(', ')}.`,
						});
					}
				}
				count++;
				yield { rowNumber: r.row, values };
			}
			const next = await ctx.batches.next();
			batch = next.done ? undefined : next.value;
		}
		if (count === 0) {
			throw new IntakeError(
				'NO_DATA_ROWS',
				'The file has a header row but no data rows under it. Check that you picked the right file, sheet and header row.',
			);
		}
	};
}

/** Adds `Column N` headers for cells past the header's end; returns the names added. */
function widen(cells: readonly string[], headers: string[]): string[] {
	let last = cells.length;
	while (last > headers.length && cells[last - 1] === '') last--;
	if (last <= headers.length) return [];
	if (last > MAX_COLUMNS) {
		throw new IntakeError(
			'TOO_MANY_COLUMNS',
			`A row has ${last} fields, more than the ${MAX_COLUMNS} a spreadsheet can hold. Check the delimiter setting.`,
		);
	}
	const added: string[] = [];
	const taken = new Set(headers.map((h) => h.toLowerCase()));
	for (let i = headers.length; i < last; i++) {
		let name = `Column ${i + 1}`;
		for (let n = 2; taken.has(name.toLowerCase()); n++) name = `Column ${i + 1} (${n})`;
		taken.add(name.toLowerCase());
		headers.push(name);
		added.push(name);
	}
	return added;
}

function emptyFile(opts: NormalizedReadOptions): IntakeError {
	return new IntakeError(
		'EMPTY_FILE',
		`${opts.fileName ? `"${opts.fileName}"` : 'The file'} is empty: it has no rows. Check that the export finished and that you picked the right file.`,
	);
}

function checkChosenFormat(
	opts: NormalizedReadOptions,
	family: 'csv' | 'xlsx' | 'xls',
	what: string,
): void {
	if (opts.format === 'auto') return;
	const chosen = opts.format === 'tsv' ? 'csv' : opts.format;
	if (chosen !== family) {
		throw new IntakeError(
			'UNSUPPORTED_FORMAT',
			`The format is set to ${opts.format.toUpperCase()}, but the file is ${what}. Set the format to auto-detect, or to match the file.`,
			{ chosen: opts.format, detected: family },
		);
	}
}

/** Whether a compound file names a stream (directory names are UTF-16LE). */
function hasStream(bytes: Uint8Array, name: string): boolean {
	const needle = new Uint8Array(name.length * 2);
	for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
	const first = needle[0];
	outer: for (
		let at = bytes.indexOf(first);
		at >= 0 && at <= bytes.length - needle.length;
		at = bytes.indexOf(first, at + 1)
	) {
		for (let k = 1; k < needle.length; k++) if (bytes[at + k] !== needle[k]) continue outer;
		return true;
	}
	return false;
}

/** Reads the first bytes for sniffing, and offers the whole input again as chunks or as one buffer. */
async function takePrefix(
	input: Input,
	opts: NormalizedReadOptions,
): Promise<{
	prefix: Uint8Array;
	complete: boolean;
	chunks: () => AsyncIterable<Uint8Array>;
	all: () => Promise<Uint8Array>;
}> {
	if (input instanceof Uint8Array) {
		if (input.length > opts.maxBytes) throw tooLarge(input.length, opts, true);
		return {
			prefix: input,
			complete: true,
			chunks: async function* () {
				for (let i = 0; i < input.length; i += 1 << 16) yield input.subarray(i, i + (1 << 16));
			},
			all: async () => input,
		};
	}
	if (!input || typeof (input as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] !== 'function') {
		throw new IntakeError(
			'READ_INVALID_OPTION',
			'Invalid input: expected a Uint8Array/Buffer or an async iterable of them (a readable stream).',
		);
	}
	const it = input[Symbol.asyncIterator]();
	const head: Uint8Array[] = [];
	let size = 0;
	let done = false;
	while (size < PREFIX_BYTES) {
		const next = await it.next();
		if (next.done) {
			done = true;
			break;
		}
		const chunk: Uint8Array =
			typeof next.value === 'string' ? new TextEncoder().encode(next.value) : next.value;
		size += chunk.length;
		if (size > opts.maxBytes) throw tooLarge(size, opts, false);
		head.push(chunk);
	}
	const prefix = concatBytes(head);
	let total = size;
	async function* chunks(): AsyncGenerator<Uint8Array> {
		yield prefix;
		if (done) return;
		for (;;) {
			const next = await it.next();
			if (next.done) return;
			total += next.value.length;
			if (total > opts.maxBytes) throw tooLarge(total, opts, false);
			yield next.value;
		}
	}
	return {
		prefix,
		complete: done,
		chunks,
		all: async () => {
			const parts: Uint8Array[] = [];
			for await (const c of chunks()) parts.push(c);
			return concatBytes(parts);
		},
	};
}

function tooLarge(size: number, opts: NormalizedReadOptions, exact: boolean): IntakeError {
	const mb = (n: number) =>
		n >= 1048576
			? `${(n / 1048576).toFixed(1)} MB`
			: n >= 1024
				? `${(n / 1024).toFixed(1)} KB`
				: `${n} bytes`;
	return new IntakeError(
		'FILE_TOO_LARGE',
		`${exact ? `The file is ${mb(size)}, over` : 'The file is larger than'} the ${mb(opts.maxBytes)} limit. Split it into smaller files, or raise the maximum file size.`,
		{ size, maxBytes: opts.maxBytes },
	);
}
