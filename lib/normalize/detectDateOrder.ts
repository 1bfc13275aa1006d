import type { DateOrder } from './parseDate';

const NUMERIC = /^\s*(?:[a-z]+\.?,?\s+)?(\d{1,4})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,4})\b/i;
/** A month and day alone, as birthdays are often written: "05/13", "13/05". */
const MONTH_DAY = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/;

/**
 * Tells the day-month order of a whole column of dates, from the values that
 * settle it: a first part over 12 means DMY (25/12/2024), a second part over
 * 12 means MDY (12/25/2024), and a 4-digit first part means YMD. It says
 * `'ambiguous'` rather than guess when no value settles it, or when values
 * disagree, so the caller can ask for, or default, a format. Values with
 * month names settle nothing, and empty values are skipped. A month and day
 * without a year ("05/13", "13/05") settles the order only when the column's
 * full dates settle nothing, so it never changes what they decide.
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
 *
 * @example
 * detectDateOrder(['05/13', '04/08'])
 * //=> 'MDY'
 */
export function detectDateOrder(values: string[]): DateOrder | 'ambiguous' {
	let dmy = false;
	let mdy = false;
	let ymd = false;
	const list = Array.isArray(values) ? values : [];
	for (const value of list) {
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
	if (dmy || mdy) return 'ambiguous';
	return monthDayOrder(list);
}

/** The order months and days alone settle ("13/05" DMY, "05/13" MDY), for a column whose full dates settle none. */
function monthDayOrder(values: readonly unknown[]): DateOrder | 'ambiguous' {
	let dayFirst = false;
	let monthFirst = false;
	for (const value of values) {
		const m = typeof value === 'string' ? MONTH_DAY.exec(value) : null;
		if (m && Number(m[1]) > 12) dayFirst = true;
		if (m && Number(m[2]) > 12) monthFirst = true;
	}
	if (dayFirst && !monthFirst) return 'DMY';
	if (monthFirst && !dayFirst) return 'MDY';
	return 'ambiguous';
}
