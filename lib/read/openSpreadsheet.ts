import { IntakeError } from '../errors';
import type { ReadIssue, SpreadsheetFormat } from '../types';
import { findHeaderRow } from './findHeaderRow';
import { nameHeaders } from './nameHeaders';
import { openRowSource, type RowSource } from './openRowSource';
import { normalizeReadOptions, type NormalizedReadOptions, type ReadOptions } from './options';
import type { RawRow } from './rawRow';
import { readDataRows, type SpreadsheetRow } from './readDataRows';
import { takePrefix, type SpreadsheetInput } from './takePrefix';

export type { SpreadsheetRow } from './readDataRows';

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

/**
 * Opens a spreadsheet for streaming: detects format, encoding and delimiter,
 * reads the header row, and returns an async iterator over the data rows.
 * CSV and TSV are decoded and parsed chunk by chunk, so memory stays flat
 * whatever the file size; XLSX is streamed sheet row by sheet row.
 *
 * Three phases, each its own function: the format's reader is opened
 * ({@link openRowSource}), the header row is found ({@link findHeaderRow})
 * and its cells named ({@link nameHeaders}); the rows under it are read as
 * the reader is iterated ({@link readDataRows}).
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
	input: SpreadsheetInput,
	options?: ReadOptions,
): Promise<SpreadsheetReader> {
	const opts = normalizeReadOptions(options);
	const issues: ReadIssue[] = [];
	const onIssue = (i: ReadIssue): void => {
		issues.push(i);
	};
	const source = await takePrefix(input, opts);
	if (source.prefix.length === 0) throw emptyFile(opts);
	const rows = await openRowSource(source, opts, onIssue);
	const header = await headerRowOf(rows, opts);
	const delimiter = rows.delimiter();
	const format = rows.format === 'csv' && delimiter === '\t' ? 'tsv' : rows.format;
	const isText = format === 'csv' || format === 'tsv';
	const named = nameHeaders(header.row, isText);
	issues.push(...named.issues);
	const headers = named.headers;
	return {
		...(rows.encoding !== undefined && { encoding: rows.encoding }),
		...(delimiter !== undefined && { delimiter }),
		...(rows.sheets !== undefined && { sheets: rows.sheets, sheet: rows.sheet }),
		headers,
		format,
		headerRowNumber: header.row.row,
		issues,
		[Symbol.asyncIterator]: readDataRows({
			headers,
			pending: header.pending,
			batches: rows.batches,
			isText,
			onIssue,
		}),
	};
}

/** The header row and the rows after it in its batch, or the error that says why there is none. */
async function headerRowOf(
	rows: RowSource,
	opts: NormalizedReadOptions,
): Promise<{ row: RawRow; pending: RawRow[] }> {
	const found = await findHeaderRow(rows.batches, opts.headerRow);
	if (found.header) return { row: found.header, pending: found.pending };
	if (!found.sawAnyRow) throw emptyFile(opts);
	throw new IntakeError(
		'HEADER_ROW_NOT_FOUND',
		`The header row is set to row ${opts.headerRow}, but the ${rows.sheet ? `sheet "${rows.sheet}"` : 'file'} has no content from that row on. Set the header row to the row that holds the column names.`,
		{ headerRow: opts.headerRow },
	);
}

function emptyFile(opts: NormalizedReadOptions): IntakeError {
	return new IntakeError(
		'EMPTY_FILE',
		`${opts.fileName ? `"${opts.fileName}"` : 'The file'} is empty: it has no rows. Check that the export finished and that you picked the right file.`,
	);
}
