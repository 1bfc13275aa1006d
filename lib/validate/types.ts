import type { ZipFormat } from '../normalize/splitAddress';
import type { RecordIssue } from '../types';

/** A value a transform can put in a field: defaults, fixed values, value-map targets. */
export type FixedValue = string | number | boolean;

/**
 * Options of {@link transformRecords}. Plain JSON, so they can be saved in a
 * {@link MappingProfile} and reused for next month's file.
 */
export interface TransformOptions {
	/**
	 * Day-month order of the file's dates. `'auto'` decides per column from the
	 * values that settle it (25/12/2024 is DMY) with `detectDateOrder`; a value
	 * no column order settles ("03/04/2024" in an undecided column) is an
	 * `DATE_AMBIGUOUS` error rather than a guess. Default `'auto'`.
	 */
	dateOrder?: 'auto' | 'MDY' | 'DMY' | 'YMD';
	/**
	 * Decimal mark of the file's numbers: `'.'` (1,234.56) or `','`
	 * (1.234,56, 9,99). `'auto'` decides per column from the values that
	 * settle it, as `dateOrder` does; a column no value settles ("1,234"
	 * alone) gets an issue rather than a guess. Default `'auto'`.
	 */
	decimalMark?: 'auto' | '.' | ',';
	/**
	 * Order of the words of a full-name column written without a comma:
	 * `'givenFirst'` (Anna Kowalski) or `'surnameFirst'` (Kowalski Anna, as
	 * government and legal systems export). `'auto'` decides per column from
	 * how often each word is a given name or a surname; a column it cannot
	 * decide is read in the written order with an issue. Default `'auto'`.
	 */
	nameOrder?: 'auto' | 'givenFirst' | 'surnameFirst';
	/** ISO 3166-1 alpha-2 country for phone numbers written without "+". Default `'US'`. */
	phoneCountry?: string;
	/** Values for fields left blank in a row: `{ country: 'US', status: 'open' }`. The schema's own defaults apply too; these win. */
	defaults?: Record<string, FixedValue>;
	/**
	 * Values for every record of the import, whatever the file says: "this
	 * file is all Personal Injury cases for client Acme". A differing value in
	 * the file is replaced, with a `VALUE_REPLACED` warning.
	 */
	fixedValues?: Record<string, FixedValue>;
	/**
	 * Per field, the source system's values and ours: `{ caseType: { PI:
	 * 'Personal Injury' }, status: { 'Open - Active': 'open' } }`. Matched
	 * without regard to case, spacing or punctuation.
	 */
	valueMaps?: Record<string, Record<string, FixedValue>>;
	/**
	 * A value of a mapped field that its value map lacks: `'error'` makes the
	 * row invalid (`VALUE_UNMAPPED`), `'keep'` keeps it as written with a
	 * warning. Never guessed. Default `'error'`.
	 */
	unmappedValues?: 'error' | 'keep';
	/**
	 * `'collapse'`: trim and turn runs of whitespace into one space (multiline
	 * fields, such as notes and descriptions, keep their line breaks, as \n); `'trim'`: ends only;
	 * `'keep'`: as is. Default `'collapse'`.
	 */
	whitespace?: 'collapse' | 'trim' | 'keep';
	/** A row with no value at all: `'skip'` it (reported as skipped) or report it as an `ROW_EMPTY` error. Default `'skip'`. */
	emptyRows?: 'skip' | 'error';
	/** How a full-address column is read: see `splitAddress`. Default `'auto'`. */
	addressLayout?: 'auto' | 'positional';
	/** How ZIPs split out of a full address are written: see `splitAddress`. Default `'asWritten'`. */
	zipFormat?: ZipFormat;
	/** Whether to suggest fixes for mistyped email domains ("gmial.com"), as warnings. Default `true`. */
	emailSuggestions?: boolean;
	/** Source row number of the first row, when rows carry none: 2, below a header row. Default `2`. */
	firstRowNumber?: number;
	/** Property of a row that holds its source row number, as Spreadsheet to Records writes it. Default `'_row'`. */
	rowNumberField?: string;
}

/** What became of one source row. */
export interface RowResult {
	/** 1-based source row number. */
	row: number;
	/** Position of the row in the input. */
	index: number;
	/** `valid`: `record` is clean; `invalid`: see the errors in `issues`; `skipped`: an empty row or a template's notes or example row. */
	status: 'valid' | 'invalid' | 'skipped';
	/** The clean record: canonical keys, E.164 phones, ISO dates. Present unless skipped; partial when invalid. */
	record?: Record<string, unknown>;
	/** Errors and warnings, in column order. */
	issues: RecordIssue[];
	/** Why a row was skipped. */
	skipReason?: string;
}

/** What {@link transformRecords} returns. */
export interface TransformResult {
	/** One result per input row, in order. */
	rows: RowResult[];
	/** Counts; `valid + invalid + skipped` is the number of input rows. */
	totals: { rows: number; valid: number; invalid: number; skipped: number; warnings: number };
	/** The day-month order used for each date field's column. */
	dateOrders: Record<string, 'MDY' | 'DMY' | 'YMD' | 'ambiguous'>;
	/** The decimal mark used for each number field's column. */
	decimalMarks: Record<string, '.' | ',' | 'ambiguous'>;
	/** The word order used for each full-name field's column. */
	nameOrders: Record<string, 'givenFirst' | 'surnameFirst' | 'undecided'>;
}

/**
 * A mapping as {@link transformRecords} reads it: a {@link MappingResult} or a
 * {@link MappingProfile}. One column per field, except typed columns: a
 * column with `typedBy` (the header of its type column, as Google Contacts
 * writes "Phone 1 - Value" beside "Phone 1 - Type") has its value placed row
 * by row by the type cell (Mobile → mobilePhone, Home → homePhone, Work →
 * workPhone, Fax → fax, else `field`, the kind's first free field; emails in
 * turn, the one marked primary "*" first; the primary, else Home, address
 * block fills the address fields), so several typed columns may name one
 * field. A value with no free field is a `VALUE_EXTRA` warning holding it,
 * never dropped silently. Mappings without `typedBy` read as they always did.
 */
export interface MappingLike {
	columns: ReadonlyArray<{ header: string; field: string | null; typedBy?: string }>;
}

/**
 * The per-column decisions of a transform, as plain JSON: made once from a
 * sample ({@link RecordTransformer.decide}), reused for every later batch
 * (and by worker threads, through `options.decided`). A field a column did
 * not settle is left out (its ambiguous values are reported, never guessed).
 */
export interface TransformDecisions {
	/** Date field → the day-month order of its column (as {@link TransformResult.dateOrders}). */
	dateOrders: Record<string, 'MDY' | 'DMY' | 'YMD'>;
	/** Number field → the decimal mark of its column (as {@link TransformResult.decimalMarks}). */
	decimalMarks: Record<string, '.' | ','>;
	/** Full-name field → the word order of its column (as {@link TransformResult.nameOrders}). */
	nameOrders: Record<string, 'givenFirst' | 'surnameFirst'>;
	/**
	 * Full-name field → the given names its column writes with a hyphen
	 * ("anna maria" from "Anna-Maria Nowak"), so the same names written with
	 * a space stay one given name. Left out when there are none.
	 */
	compoundGivenNames?: Record<string, string[]>;
}

/** A transform prepared once (options checked, normalizers built) for rows that come in batches: see {@link createRecordTransformer}. */
export interface RecordTransformer {
	/** Decides the per-column orders from sample rows (call once, before transform; later calls, and calls with `options.decided`, are ignored). Returns them. */
	decide(sample: ReadonlyArray<Record<string, unknown>>): TransformDecisions;
	/** The decisions in force (after decide, or given in `options.decided`). */
	readonly decisions: TransformDecisions;
	/** Transforms rows; `firstIndex` is the index of rows[0] in the whole input (RowResult.index). Same results as transformRecords gives for the same rows and decisions. */
	transform(rows: ReadonlyArray<Record<string, unknown>>, firstIndex: number): RowResult[];
}
