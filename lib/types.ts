/** One row of a spreadsheet: header → cell text. Built so that hostile headers
 * such as `__proto__` are plain own properties and never touch a prototype. */
export type Row = Record<string, string>;

/** A problem with one row that did not stop the read. */
export interface ReadIssue {
	/** 1-based source row number, as a spreadsheet program shows it. */
	row: number;
	/** Machine-readable code, e.g. `CSV_RAGGED_ROW`. */
	code: ReadIssueCode;
	/** What happened and what to do about it. */
	message: string;
	/** 1-based physical line in a text file, where it differs from `row`. */
	line?: number;
	/** The header of the column concerned, when there is one. */
	column?: string;
}

/** Row-level issue codes reported by the readers. */
export type ReadIssueCode =
	| 'CSV_RAGGED_ROW'
	| 'CSV_MALFORMED_QUOTE'
	| 'ENCODING_INVALID_BYTES'
	| 'CELL_ERROR_VALUE'
	| 'HEADER_RENAMED';

/** Formats the reader understands. */
export type SpreadsheetFormat = 'csv' | 'tsv' | 'xlsx' | 'xls';
