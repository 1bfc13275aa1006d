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
	/** The worksheet the row is on, when every sheet is read (`sheet: '*'`). */
	sheet?: string;
}

/** Row-level issue codes reported by the readers. */
export type ReadIssueCode =
	/** A CSV or TSV line has more or fewer fields than the header. */
	| 'CSV_RAGGED_ROW'
	/** An XLSX, XLS or ODS row has values beyond the last header. */
	| 'SHEET_RAGGED_ROW'
	/** A sheet has more merged ranges or merged cells than a real sheet; the rest were left unfilled. */
	| 'SHEET_MERGE_LIMIT'
	| 'CSV_MALFORMED_QUOTE'
	| 'ENCODING_INVALID_BYTES'
	/** A text file holds NUL bytes in a row; they were removed. */
	| 'ENCODING_NUL_BYTE'
	/** A row is in another encoding than the file (UTF-16 text appended to a UTF-8 or Windows file). */
	| 'ENCODING_MIXED'
	| 'CELL_ERROR_VALUE'
	/** A workbook part fails its CRC-32 but otherwise reads: it was read, and may hold changed values. */
	| 'XLSX_CHECKSUM_MISMATCH'
	| 'HEADER_RENAMED'
	/** Rows with content above the header row (a title, a date line, notes): not read as data. */
	| 'ROWS_ABOVE_HEADER'
	/** No row looks like column names: the columns were named `Column N` and every row read as data. */
	| 'HEADER_ROW_MISSING'
	/** A run of empty rows (or rows of empty quoted fields) among the data, or at its end: no record. */
	| 'ROW_BLANK'
	/** A hidden worksheet was not read when every sheet was asked for. */
	| 'SHEET_SKIPPED'
	/** A column whose text was decoded twice (`JosÃ©`) was repaired (`José`). */
	| 'TEXT_DOUBLE_DECODED_REPAIRED';

/** Formats the reader understands. */
export type SpreadsheetFormat = 'csv' | 'tsv' | 'xlsx' | 'xls' | 'ods';

/**
 * A problem with one value of one source row, found while transforming it
 * into a record. `row` is the row number the user sees in their spreadsheet.
 */
export interface RecordIssue {
	/** 1-based source row number. */
	row: number;
	/** Canonical field key ("email"), or `'*'` for the row as a whole. */
	field: string;
	/** Stable, machine-readable code. */
	code: RecordIssueCode;
	/** What is wrong and how to fix it, naming the column. */
	message: string;
	/** The offending value as it was in the file (absent for a missing one). */
	value?: unknown;
	/** `error` makes the row invalid; `warning` is kept with the record. */
	severity: 'error' | 'warning';
	/** The source column's header, when one column is concerned. */
	column?: string;
}

/** Codes of {@link RecordIssue}. They never change meaning. */
export type RecordIssueCode =
	| 'VALUE_REQUIRED'
	| 'EMAIL_INVALID'
	| 'EMAIL_TYPO_SUGGESTED'
	| 'PHONE_INVALID'
	| 'PHONE_EXTENSION_KEPT'
	| 'DATE_INVALID'
	| 'DATE_AMBIGUOUS'
	| 'DATE_TIME_DROPPED'
	/** A month and day without a year (a birthday: `--05-13`), kept as such. */
	| 'DATE_NO_YEAR'
	| 'NUMBER_INVALID'
	/** A number that reads two ways (`1,234`) in a column whose decimal mark nothing settles. */
	| 'NUMBER_AMBIGUOUS'
	| 'BOOLEAN_INVALID'
	| 'ENUM_UNKNOWN_VALUE'
	| 'VALUE_UNMAPPED'
	| 'VALUE_TOO_LONG'
	| 'NAME_NOT_SPLIT'
	/** A full name's word order (given name or surname first) was not settled by its column; read in the written order. */
	| 'NAME_ORDER_UNDECIDED'
	/** Part of a full name could not be placed in a name part; the words left out are named. */
	| 'NAME_PARTLY_SPLIT'
	| 'ADDRESS_NOT_SPLIT'
	| 'ADDRESS_RECIPIENT_KEPT'
	| 'VALUE_EXTRA'
	| 'VALUE_REPLACED'
	/** A part split out of a full name or address differs from the value its own column gave; the column's value was kept. */
	| 'VALUE_CONFLICT'
	| 'ROW_EMPTY';
