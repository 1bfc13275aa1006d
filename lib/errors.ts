/**
 * Every code an {@link IntakeError} can carry. Codes are part of the public
 * contract: callers branch on them, so they never change meaning.
 */
export type IntakeErrorCode =
	| 'READ_INVALID_OPTION'
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
	| 'PHONE_INVALID_OPTION'
	| 'DATE_INVALID_OPTION'
	| 'EMAIL_INVALID_OPTION'
	| 'SCHEMA_INVALID'
	| 'SCHEMA_NOT_FOUND'
	| 'MAP_INVALID_OPTION'
	| 'TRANSFORM_INVALID_OPTION'
	| 'TEMPLATE_INVALID_OPTION'
	| 'DEDUPE_INVALID_OPTION'
	| 'MERGE_INVALID_OPTION';

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
		(value instanceof Error && value.name === 'IntakeError' && typeof (value as IntakeError).code === 'string')
	);
}
