/**
 * Every code an {@link IntakeError} can carry. Codes are part of the public
 * contract: callers branch on them, so they never change meaning.
 */
export type IntakeErrorCode =
	| 'READ_INVALID_OPTION'
	/** A spreadsheet reader's rows were iterated a second time; open the file again. */
	| 'READ_ALREADY_ITERATED'
	| 'EMPTY_FILE'
	| 'NO_DATA_ROWS'
	| 'FILE_TOO_LARGE'
	| 'UNSUPPORTED_FORMAT'
	| 'FILE_CORRUPT'
	| 'FILE_ENCRYPTED'
	| 'ZIP_BOMB'
	| 'SHEET_NOT_FOUND'
	| 'HEADER_ROW_NOT_FOUND'
	| 'TOO_MANY_COLUMNS'
	| 'CSV_UNCLOSED_QUOTE'
	| 'CSV_RECORD_TOO_LARGE'
	| 'ADDRESS_INVALID_OPTION'
	| 'NAME_INVALID_OPTION'
	| 'NUMBER_INVALID_OPTION'
	| 'PHONE_INVALID_OPTION'
	| 'DATE_INVALID_OPTION'
	| 'EMAIL_INVALID_OPTION'
	| 'SCHEMA_INVALID'
	| 'SCHEMA_NOT_FOUND'
	| 'MAP_INVALID_OPTION'
	| 'TRANSFORM_INVALID_OPTION'
	| 'TEMPLATE_INVALID_OPTION'
	| 'XLSX_INVALID_OPTION'
	| 'EXPORT_INVALID_OPTION'
	| 'EXPORT_INVALID_FILTER'
	| 'EXPORT_UNKNOWN_FIELD'
	| 'ARCHIVE_INVALID_OPTION'
	| 'ARCHIVE_TOO_LARGE'
	| 'FETCH_INVALID_OPTION'
	| 'DEDUPE_INVALID_OPTION'
	| 'MERGE_INVALID_OPTION'
	| 'IMPORT_INVALID_OPTION'
	| 'PIPELINE_INVALID_OPTION'
	| 'IMPORT_INVALID_REPORT';

/**
 * The one error type the library throws. It is thrown only for programmer
 * misuse (a bad option) and for files that cannot be read at all; problems in
 * single rows are reported as issues instead.
 *
 * @example
 * try { await readSpreadsheet(bytes) } catch (e) {
 *   if (e instanceof IntakeError && e.code === 'FILE_TOO_LARGE') { … }
 * }
 */
export class IntakeError extends Error {
	readonly code: IntakeErrorCode;
	readonly details: Record<string, unknown>;

	constructor(code: IntakeErrorCode, message: string, details: Record<string, unknown> = {}) {
		super(message);
		this.name = 'IntakeError';
		this.code = code;
		this.details = details;
	}
}

/**
 * Tells whether a value is an {@link IntakeError}, also across bundle copies
 * (an `instanceof` check fails when two copies of the library are loaded).
 *
 * @param value - anything caught
 * @returns whether it is an IntakeError
 * @example
 * isIntakeError(new IntakeError('EMPTY_FILE', 'The file is empty'))
 * //=> true
 */
export function isIntakeError(value: unknown): value is IntakeError {
	return (
		value instanceof IntakeError ||
		(value instanceof Error &&
			value.name === 'IntakeError' &&
			typeof (value as IntakeError).code === 'string')
	);
}

/** How a bad option value is quoted back: as JSON, or as text when JSON cannot say it (undefined, a function, a BigInt, a cycle). */
function quote(value: unknown): string {
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}

/**
 * The error for a bad option, in the one wording every option check uses:
 * "Invalid option `window`: expected a whole number, got 2.5". Internal to
 * the library (not exported from its index).
 *
 * @param code - the checking function's *_INVALID_OPTION code
 * @param name - the option, dotted for nested ones ("weights.email")
 * @param expected - what would have been accepted
 * @param got - what was given
 * @returns the error, to throw
 */
export function invalidOption(
	code: IntakeErrorCode,
	name: string,
	expected: string,
	got: unknown,
): IntakeError {
	return new IntakeError(
		code,
		`Invalid option \`${name}\`: expected ${expected}, got ${quote(got)}`,
		{ option: name },
	);
}
