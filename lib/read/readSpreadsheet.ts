import type { ReadIssue, Row, SpreadsheetFormat } from '../types';
import { openSpreadsheet } from './openSpreadsheet';
import type { ReadOptions } from './options';

/** Everything {@link readSpreadsheet} read. */
export interface ReadResult {
	/** Clean, unique headers, one per column. */
	headers: string[];
	/** Data rows: header → cell text. Blank rows are left out. */
	rows: Row[];
	/** 1-based source row number of each entry of `rows` (parallel array). */
	rowNumbers: number[];
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
	/** Row-level issues: ragged rows, malformed quotes, error cells, renamed headers. */
	issues: ReadIssue[];
}

/**
 * Reads a CSV, TSV, XLSX or XLS file into rows of text keyed by header.
 *
 * The format is detected from the bytes; the encoding (UTF-8 with or without
 * BOM, UTF-16, Windows-1252) and the delimiter are sniffed; dates in
 * workbooks come out as ISO 8601, and numbers as the sheet shows them.
 * Built on {@link openSpreadsheet}, which streams the same rows.
 *
 * @param input - the file's bytes
 * @param options - see {@link ReadOptions}
 * @returns headers, rows, their source row numbers, what was detected, and row-level issues
 * @throws IntakeError when the file can't be read at all (`EMPTY_FILE`, `NO_DATA_ROWS`,
 *   `FILE_TOO_LARGE`, `UNSUPPORTED_FORMAT`, `FILE_CORRUPT`, `ZIP_BOMB`, `CSV_UNCLOSED_QUOTE`, …)
 * @example
 * const result = await readSpreadsheet(new TextEncoder().encode('Name;City\nJosé;Köln\n'))
 * //=> { headers: ['Name', 'City'], rows: [{ Name: 'José', City: 'Köln' }], rowNumbers: [2],
 * //     format: 'csv', encoding: 'utf-8', delimiter: ';', headerRowNumber: 1, issues: [] }
 */
export async function readSpreadsheet(
	input: Uint8Array,
	options?: ReadOptions,
): Promise<ReadResult> {
	const reader = await openSpreadsheet(input, options);
	const rows: Row[] = [];
	const rowNumbers: number[] = [];
	for await (const r of reader) {
		rows.push(r.values);
		rowNumbers.push(r.rowNumber);
	}
	const result: ReadResult = {
		headers: reader.headers,
		rows,
		rowNumbers,
		format: reader.format,
		headerRowNumber: reader.headerRowNumber,
		issues: reader.issues,
	};
	if (reader.encoding !== undefined) result.encoding = reader.encoding;
	if (reader.delimiter !== undefined) result.delimiter = reader.delimiter;
	if (reader.sheet !== undefined) result.sheet = reader.sheet;
	if (reader.sheets !== undefined) result.sheets = reader.sheets;
	return result;
}
