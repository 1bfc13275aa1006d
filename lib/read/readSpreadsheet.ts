import type { ReadIssue, Row } from '../types';
import { openReader, type SpreadsheetDetected } from './openReader';
import type { SheetTable } from './openTable';
import { createDoubleDecodingRepair } from './createDoubleDecodingRepair';
import { undoDoubleDecoding } from './doubleDecoded/undoDoubleDecoding';
import type { ReadOptions } from './options';

/** Everything {@link readSpreadsheet} read. */
export interface ReadResult extends SpreadsheetDetected {
	/** Clean, unique headers, one per column. */
	headers: string[];
	/** Data rows: header → cell text. Blank rows are left out. */
	rows: Row[];
	/** 1-based source row number of each entry of `rows` (parallel array); numbered per sheet. */
	rowNumbers: number[];
	/** With `sheet: '*'`: the sheet of each entry of `rows` (parallel array). */
	rowSheets?: string[];
	/** Row-level issues: ragged rows, malformed quotes, error cells, renamed headers, rows above the header, blank rows. */
	issues: ReadIssue[];
}

/**
 * Reads a CSV, TSV, XLSX, XLS or ODS file into rows of text keyed by header.
 *
 * The format is detected from the bytes; the encoding (UTF-8 with or without
 * BOM, UTF-16, Windows-1252) and the delimiter are sniffed; the header row
 * is found among the first rows (below a title, a date line or notes), or
 * set with `headerRow`; with `sheet: '*'` every worksheet is read; dates in
 * workbooks come out as ISO 8601, and numbers as the sheet shows them.
 * Columns whose text was decoded twice (`JosÃ©`) are found from all the rows
 * and repaired. Built on {@link openSpreadsheet}, which streams the same rows.
 *
 * @param input - the file's bytes
 * @param options - see {@link ReadOptions}
 * @returns headers, rows, their source row numbers, what was detected, and row-level issues
 * @throws IntakeError when the file can't be read at all (`EMPTY_FILE`, `NO_DATA_ROWS`,
 *   `FILE_TOO_LARGE`, `UNSUPPORTED_FORMAT`, `FILE_CORRUPT`, `ZIP_BOMB`, `CSV_UNCLOSED_QUOTE`, …)
 * @example
 * const result = await readSpreadsheet(new TextEncoder().encode('Name;City\nJosé;Köln\n'))
 * //=> { headers: ['Name', 'City'], rows: [{ Name: 'José', City: 'Köln' }], rowNumbers: [2],
 * //     format: 'csv', encoding: 'utf-8', delimiter: ';', headerRowNumber: 1,
 * //     headerDetection: { row: 1, chosen: 'auto', skipped: [],
 * //       reason: 'row 1: the first row whose 2 cells are all labels, above rows of text' },
 * //     tables: [{ headers: ['Name', 'City'], headerRowNumber: 1, headerDetection: … }], issues: [] }
 */
export async function readSpreadsheet(
	input: Uint8Array,
	options?: ReadOptions,
): Promise<ReadResult> {
	// no rows read ahead: the whole table decides which columns were decoded twice, once read
	const reader = await openReader(input, options, 0);
	const rows: Row[] = [];
	const rowNumbers: number[] = [];
	const rowSheets: string[] = [];
	for await (const r of reader) {
		rows.push(r.values);
		rowNumbers.push(r.rowNumber);
		if (r.sheet !== undefined) rowSheets.push(r.sheet);
	}
	const result: ReadResult = {
		headers: reader.headers,
		rows,
		rowNumbers,
		format: reader.format,
		headerRowNumber: reader.headerRowNumber,
		headerDetection: reader.headerDetection,
		tables: reader.tables,
		issues: reader.issues,
	};
	if (rowSheets.length > 0) result.rowSheets = rowSheets;
	if (!isAsciiText(input, result)) for (const table of reader.tables) repairTable(table, result);
	if (reader.encoding !== undefined) result.encoding = reader.encoding;
	if (reader.delimiter !== undefined) result.delimiter = reader.delimiter;
	if (reader.sheet !== undefined) result.sheet = reader.sheet;
	if (reader.sheets !== undefined) result.sheets = reader.sheets;
	return result;
}

const NOT_ASCII = /[^\u0000-\u007f]/;

/** Whether the file is text in an ASCII-compatible encoding with no byte past ASCII: nothing in it can be decoded twice. */
function isAsciiText(input: Uint8Array, result: ReadResult): boolean {
	if (result.encoding === undefined || result.encoding.startsWith('utf-16')) return false;
	for (let i = 0; i < input.length; i++) if (input[i] > 0x7f) return false;
	return true;
}

/**
 * Repairs the columns of one table whose text was decoded twice, decided
 * from all its rows as `findDoubleDecodedColumns` decides (every cell that
 * is not plain ASCII repairs, and one at least), with one warning per
 * column. A column is given up at its first cell that does not repair, so a
 * column of real accents costs one look at one cell.
 */
function repairTable(table: SheetTable, result: ReadResult): void {
	const { rows, rowNumbers, rowSheets } = result;
	const mine: number[] = [];
	for (let i = 0; i < rows.length; i++)
		if (rowSheets === undefined || rowSheets[i] === table.sheet) mine.push(i);
	const columns: number[] = [];
	const touched: number[][] = [];
	table.headers.forEach((header, c) => {
		const at: number[] = [];
		for (const i of mine) {
			const v = rows[i][header];
			if (v === undefined || !NOT_ASCII.test(v)) continue;
			if (undoDoubleDecoding(v) === undefined) return;
			at.push(i);
		}
		if (at.length === 0) return;
		columns.push(c);
		touched.push(at);
	});
	if (columns.length === 0) return;
	const fix = createDoubleDecodingRepair(columns, table.headers);
	const at = [...new Set(touched.flat())].sort((a, b) => a - b);
	for (const i of at) fix.repairRow(rows[i], rowNumbers[i]);
	fix.report((issue) =>
		result.issues.push(
			rowSheets && table.sheet !== undefined ? { ...issue, sheet: table.sheet } : issue,
		),
	);
}
