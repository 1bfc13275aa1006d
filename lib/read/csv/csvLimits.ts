import { MIB } from '../../bytes/sizes';
import { IntakeError } from '../../errors';

/** Characters a record may buffer before it is refused: 32 Mi, far past any real row. */
export const DEFAULT_MAX_RECORD_CHARS = 32 * MIB;

/**
 * `CSV_UNCLOSED_QUOTE`: a quoted field that is never closed, or (given `max`)
 * not within `max` characters.
 *
 * @param row - the record's row number
 * @param line - the physical line it starts on
 * @param max - the limit it outgrew, when it was refused before the end
 * @returns the error, to throw
 * @example
 * unclosedQuote(3, 4).message
 * //=> 'Row 3 (line 4) opens a quoted field that is never closed. Check that row for a stray or missing " and save the file again.'
 */
export function unclosedQuote(row: number, line: number, max?: number): IntakeError {
	const within =
		max === undefined ? 'is never closed' : `is not closed within ${Math.round(max / MIB)} MB`;
	return new IntakeError(
		'CSV_UNCLOSED_QUOTE',
		`Row ${row} (line ${line}) opens a quoted field that ${within}. Check that row for a stray or missing " and save the file again.`,
		{ row, line },
	);
}

/**
 * `CSV_RECORD_TOO_LARGE`: a record (not in quotes) that runs past `max`
 * characters without a line break.
 *
 * @param row - the record's row number
 * @param line - the physical line it starts on
 * @param max - the limit it outgrew
 * @returns the error, to throw
 * @example
 * recordTooLarge(2, 2, 32 * MIB).message.startsWith('Row 2 (line 2) runs past 32 MB without a line break.')
 * //=> true
 */
export function recordTooLarge(row: number, line: number, max: number): IntakeError {
	return new IntakeError(
		'CSV_RECORD_TOO_LARGE',
		`Row ${row} (line ${line}) runs past ${Math.round(max / MIB)} MB without a line break. The file may not be a table, or its line breaks may be missing; check the file and the delimiter setting.`,
		{ row, line },
	);
}
