import { createDateParser, type DateResult } from './createDateParser';
import type { ParseDateOptions } from './options';

export type { DateErrorCode, DateResult } from './createDateParser';
export { DEFAULT_PARSE_DATE_OPTIONS, type DateOrder, type ParseDateOptions } from './options';

/**
 * Parses a date, with or without a time, into ISO 8601: 'YYYY-MM-DD', or
 * 'YYYY-MM-DDTHH:mm:ss' when the input has a time, followed by its UTC
 * offset ('+01:00'; 'Z', UTC, GMT and UT as '+00:00') when one is written.
 * A date without a zone stays without one: it is never converted.
 *
 * Reads ISO 8601 and RFC 3339 (fractions of a second are dropped), US and
 * EU numeric dates with "/", "-" or "." (see `order`), compact 20240115,
 * two-digit years (see `twoDigitYearPivot`), month names and abbreviations
 * ("Jan 15, 2024", "15-Jan-24", "Sept. 4, 2014", "the 3rd of March 2024",
 * "13NOV2017") with or without a weekday, and the free forms people and
 * systems write: a time before or after the date ("8:25 a.m. Dec. 12,
 * 2014", "December 12th, 2014 at 3pm", "at noon", "10h11", a dotted
 * "13.12" beside a date), RFC 2822 and HTTP dates, C's asctime, Unix
 * `date`, JavaScript's Date, Go's, Java's and .NET's layouts, SQL Server,
 * Oracle, Postgres, Apache and EXIF stamps, wrapped in brackets or quotes
 * or ending with a full stop. Zone names are read only where they mean one
 * zone (UTC, GMT, US EST … PDT, CET, BST …); any other is refused
 * (`DATE_ZONE_UNKNOWN`), never guessed. Excel serial numbers are read too
 * (45306 is 2024-01-15; serial 60, Excel's 1900-02-29, is refused).
 *
 * A date that does not exist (2023-02-29, 31/02/2024) is refused, never
 * rolled over; so is a weekday that does not match the date, and so are
 * relative dates ("tomorrow", "3 days ago"). A month and day without a
 * year ("May 13", "--05-13", "05/13") is refused with `DATE_NO_YEAR` and
 * its ISO yearless form in `monthDay` ('--05-13'), for birthdays.
 *
 * Pure and synchronous; never throws on any input. For many dates with the
 * same options, {@link createDateParser} checks the options once.
 *
 * @param input - the date as text, or an Excel serial number
 * @param options - see {@link ParseDateOptions}
 * @returns `{ ok: true, value, hasTime }`, or `{ ok: false, code, message }` with code
 *   `DATE_EMPTY`, `DATE_UNRECOGNIZED`, `DATE_IMPOSSIBLE`, `DATE_AMBIGUOUS`,
 *   `DATE_WEEKDAY_MISMATCH`, `DATE_OUT_OF_RANGE`, `DATE_ZONE_UNKNOWN` or
 *   `DATE_NO_YEAR` (with `monthDay`)
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
 * parseDate('Fri, 12 Dec 2014 10:55:50 +0000')
 * //=> { ok: true, value: '2014-12-12T10:55:50+00:00', hasTime: true }
 *
 * @example
 * parseDate('May 13')
 * //=> { ok: false, code: 'DATE_NO_YEAR', message: '"May 13" has a month and day but no year', monthDay: '--05-13' }
 *
 * @example
 * parseDate('2023-02-29')
 * //=> { ok: false, code: 'DATE_IMPOSSIBLE', message: '"2023-02-29" is not a real date: February 2023 has 28 days' }
 */
export function parseDate(input: string | number, options?: ParseDateOptions): DateResult {
	return createDateParser(options)(input);
}
