import type { ParseDateOptions } from '../options';
import { fail, type DateResult } from './result';
import { fullYear, type DateParts, type MonthDay } from './parts';

/**
 * A numeric date's parts from its three numbers as written ("03/07/2024":
 * "03", "07", "2024"), in the day-month order of the options; a year first
 * (4 digits) is always YMD. With `'auto'` (or `'YMD'`), the date must
 * settle its own order (25/12/2024), else DATE_AMBIGUOUS: never a guess.
 * Without a year (`c` undefined: "05/13"), a month and day in that order.
 */
export function readNumericDate(
	a: string,
	b: string,
	c: string | undefined,
	opts: Required<ParseDateOptions>,
	shown: string,
): DateParts | MonthDay | DateResult {
	if (c !== undefined && a.length === 4) return { y: Number(a), m: Number(b), d: Number(c) };
	if (a.length > 2 || (c !== undefined && c.length !== 2 && c.length !== 4))
		return fail('DATE_UNRECOGNIZED', `${shown} is not a date: the year must have 2 or 4 digits`);
	let order = opts.order;
	if (order === 'auto' || order === 'YMD') {
		if (Number(a) > 12) order = 'DMY';
		else if (Number(b) > 12) order = 'MDY';
		else if (a === b) order = 'MDY';
		else {
			return fail(
				'DATE_AMBIGUOUS',
				`${shown} could be month ${Number(a)} day ${Number(b)} (MDY) or day ${Number(a)} month ${Number(b)} (DMY); set the date order for this column`,
			);
		}
	}
	const [m, d] = order === 'MDY' ? [Number(a), Number(b)] : [Number(b), Number(a)];
	if (c === undefined) return { m, d, yearless: true };
	return { y: fullYear(c, opts.twoDigitYearPivot), m, d };
}
