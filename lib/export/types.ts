/**
 * The export module's contract: what exportRecords, filterRecords,
 * createArchive and fetchAllRecords take and give. Records are plain objects
 * (nested objects allowed); fields are read by dotted paths.
 */

/** A record to export: any plain object, fields read by dotted path (`client.name`). */
export type ExportRecord = Record<string, unknown>;

/** The comparison operators of the documented export API's filters. */
export type FilterOperator =
	| 'eq'
	| 'neq'
	| 'contains'
	| 'not_contains'
	| 'starts_with'
	| 'ends_with'
	| 'gt'
	| 'gte'
	| 'lt'
	| 'lte'
	| 'in'
	| 'not_in'
	| 'is_empty'
	| 'is_not_empty';

/** One condition: a field (dotted path), an operator and a value (a list for `in` / `not_in`, none for the `is_…` ones). */
export interface FilterCondition {
	field: string;
	operator: FilterOperator;
	value?: unknown;
}

/** The documented API's FilterGroup: conditions and nested groups joined by `and` or `or`. */
export interface FilterGroup {
	operator: 'and' | 'or';
	conditions: Array<FilterCondition | FilterGroup>;
}

/** The flat form: `filter_field`, `filter_operator`, `filter_value`. */
export interface FlatFilter {
	filter_field: string;
	filter_operator: FilterOperator;
	filter_value?: unknown;
}

/** One sort key: a field (dotted path) and a direction. */
export interface SortKey {
	field: string;
	direction?: 'asc' | 'desc';
}

/** Output formats of {@link ExportOptions}. */
export type ExportFormat = 'csv' | 'tsv' | 'xlsx' | 'json' | 'ndjson' | 'pdf';

/** JSON shapes: the documented `{ format, records, total }`, or a plain array. */
export type JsonShape = 'envelope' | 'array';

/** Options of exportRecords and its streaming form. */
export interface ExportOptions {
	format: ExportFormat;
	/**
	 * Fields to write, in order; each a dotted path, optionally renamed with
	 * `path:Header` (`email:Email Address`). Default: every field of the
	 * records, in first-seen order. A field no record has is an
	 * `EXPORT_UNKNOWN_FIELD` error naming the fields that exist.
	 */
	fields?: string[];
	/** A FilterGroup or the flat form; records that do not match are left out. */
	filter?: FilterGroup | FlatFilter;
	/** Sort keys, applied in order (stable; empty values last). */
	sort?: SortKey[];
	/** Most records to write, after filtering and sorting. */
	limit?: number;
	/** The file name, without or with its extension. Default `export`. */
	fileName?: string;
	/** A title for PDF and XLSX (the sheet name and the report heading). */
	title?: string;
	/** CSV/TSV: write a UTF-8 byte-order mark so Excel reads accents. Default true. */
	bom?: boolean;
	/** CSV/TSV: line ending. Default `\r\n`. */
	lineEnding?: '\r\n' | '\n';
	/**
	 * CSV/TSV: prefix text a spreadsheet would run as a formula with `'`
	 * (see escapeFormula). Default true. XLSX text cells are never formulas,
	 * so XLSX needs no prefix and gets none.
	 */
	formulaGuard?: boolean;
	/** JSON: envelope or array. Default `envelope`. */
	jsonShape?: JsonShape;
	/** PDF: when the report was made (an injected clock, so output is reproducible). Default now. */
	generatedAt?: Date;
	/** PDF: page orientation. Default `auto` (landscape when the columns need it). */
	orientation?: 'auto' | 'portrait' | 'landscape';
	/**
	 * Filter and sort: day-month order of numeric dates (03/04/2025). `auto`
	 * detects it per field over the records (the streaming form, which sees
	 * one record at a time, reads each date on its own: a date that settles
	 * itself so, the rest month first). Default `auto`.
	 */
	dateOrder?: 'auto' | 'YMD' | 'MDY' | 'DMY';
}

/** What exportRecords returns. */
export interface ExportResult {
	data: Uint8Array;
	/** With its extension. */
	fileName: string;
	mimeType: string;
	/** Records written. */
	count: number;
	/** What the reader of the file should know: characters a PDF could not draw. */
	warnings?: string[];
}

/** A file to put in an archive. */
export interface ArchiveEntry {
	/** The file's name (sanitized on the way in: no `..`, absolute paths, drive letters, control characters or reserved Windows names). */
	name: string;
	data: Uint8Array;
	/** The folder to put it in (sanitized the same way), e.g. the case number. */
	folder?: string;
	/** Modification time written in the archive. Default the archive's `date`. */
	modified?: Date;
}

/** Options of createArchive. */
export interface ArchiveOptions {
	/** Add `manifest.csv`: every file's path, size and SHA-256. Default true. */
	manifest?: boolean;
	/** Deflate entries (default) or store them. */
	compression?: 'deflate' | 'store';
	/** Time written for entries without their own. Default now. */
	date?: Date;
}

/** What createArchive returns, besides the bytes. */
export interface ArchiveResult {
	data: Uint8Array;
	/** Each entry as written: its path in the archive, size and SHA-256 (hex). */
	files: Array<{ path: string; size: number; sha256: string; renamedFrom?: string }>;
}
