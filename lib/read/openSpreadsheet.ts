import { openReader, type SpreadsheetReader } from './openReader';
import type { ReadOptions } from './options';
import type { SpreadsheetInput } from './takePrefix';

export type { SpreadsheetReader } from './openReader';
export type { SpreadsheetRow } from './readDataRows';
export type { SheetTable } from './openTable';
export type { HeaderDetection } from './detectHeaderRow';

/** Data rows of each table read ahead to decide which columns hold text decoded twice. */
export const REPAIR_WINDOW_ROWS = 1000;

/**
 * Opens a spreadsheet for streaming: detects format, encoding and delimiter,
 * finds the header row, and returns an async iterator over the data rows.
 * CSV and TSV are decoded and parsed chunk by chunk, so memory stays flat
 * whatever the file size; XLSX is streamed sheet row by sheet row.
 *
 * The format's reader is opened ({@link openRowSource}); for each table (the
 * file, or with `sheet: '*'` each worksheet) the header row is found among
 * the first rows, or taken from `headerRow`, and its cells named
 * ({@link openTable}); the rows under it are read as the reader is iterated
 * ({@link readDataRows}). Each table's first {@link REPAIR_WINDOW_ROWS} data
 * rows are read ahead to find columns whose text was decoded twice
 * (`JosÃ©`): those columns are repaired in every row, with a warning.
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
	return openReader(input, options, REPAIR_WINDOW_ROWS);
}
