import type { DateOrder } from './parseDate';

const NUMERIC = /^\s*(?:[a-z]+\.?,?\s+)?(\d{1,4})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,4})\b/i;

/**
 * Tells the day-month order of a whole column of dates, from the values that
 * settle it: a first part over 12 means DMY (25/12/2024), a second part over
 * 12 means MDY (12/25/2024), and a 4-digit first part means YMD. It says
 * `'ambiguous'` rather than guess when no value settles it, or when values
 * disagree, so the caller can ask for, or default, a format. Values with
 * month names settle nothing, and empty values are skipped.
 *
 * Pure and synchronous; never throws.
 *
 * @param values - the column's values
 * @returns the order, or `'ambiguous'`
 *
 * @example
 * detectDateOrder(['03/07/2024', '25/12/2024'])
 * //=> 'DMY'
 *
 * @example
 * detectDateOrder(['03/07/2024', '04/08/2024'])
 * //=> 'ambiguous'
 */
export function detectDateOrder(values: string[]): DateOrder | 'ambiguous' {
	let dmy = false;
	let mdy = false;
	let ymd = false;
	for (const value of Array.isArray(values) ? values : []) {
		if (typeof value !== 'string') continue;
		const m = NUMERIC.exec(value);
		if (!m) continue;
		if (m[1].length >= 3) {
			ymd = true;
			continue;
		}
		if (Number(m[1]) > 12) dmy = true;
		if (Number(m[2]) > 12) mdy = true;
	}
	if (dmy && !mdy) return 'DMY';
	if (mdy && !dmy) return 'MDY';
	if (ymd && !dmy && !mdy) return 'YMD';
	return 'ambiguous';
}
