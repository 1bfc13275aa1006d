import { createDateParser, type DateResult } from './createDateParser';
import type { ParseDateOptions } from './options';

export type { DateErrorCode, DateResult } from './createDateParser';
export { DEFAULT_PARSE_DATE_OPTIONS, type DateOrder, type ParseDateOptions } from './options';

/**
 * Parses a date, with or without a time, into ISO 8601: 'YYYY-MM-DD', or
 * 'YYYY-MM-DDTHH:mm:ss' when the input has a time.
 *
 * Reads ISO 8601 (a zone offset is dropped: the wall time is kept as
 * written), US and EU numeric dates with "/", "-" or "." (see `order`),
 * compact 20240115, two-digit years (see `twoDigitYearPivot`), month names
 * and abbreviations ("Jan 15, 2024", "15-Jan-24", "Sept 4, 2014", "3rd of
 * March 2024") with or without a weekday, 12- and 24-hour times, and Excel
 * serial numbers (45306 is 2024-01-15; serial 60, Excel's 1900-02-29, is
 * refused). A date that does not exist (2023-02-29, 31/02/2024) is refused,
 * never rolled over; so is a weekday that does not match the date.
 *
 * Pure and synchronous; never throws on any input. For many dates with the
 * same options, {@link createDateParser} checks the options once.
 *
 * @param input - the date as text, or an Excel serial number
 * @param options - see {@link ParseDateOptions}
 * @returns `{ ok: true, value, hasTime }`, or `{ ok: false, code, message }` with code
 *   `DATE_EMPTY`, `DATE_UNRECOGNIZED`, `DATE_IMPOSSIBLE`, `DATE_AMBIGUOUS`,
 *   `DATE_WEEKDAY_MISMATCH` or `DATE_OUT_OF_RANGE`
 * @throws IntakeError `DATE_INVALID_OPTION` for a bad option
 *
 * @example
 * parseDate('Jan 15, 2024 3:30 PM')
 * //=> { ok: true, value: '2024-01-15T15:30:00', hasTime: true }
 *
 * @example
 * parseDate('03/07/85', { order: 'DMY' })
 * //=> { ok: true, value: '1985-07-03', hasTime: false }
 *
 * @example
 * parseDate('2023-02-29')
 * //=> { ok: false, code: 'DATE_IMPOSSIBLE', message: '"2023-02-29" is not a real date: February 2023 has 28 days' }
 */
export function parseDate(input: string | number, options?: ParseDateOptions): DateResult {
	return createDateParser(options)(input);
}
