import { MONTHS, WEEKDAYS } from '../data/dateWords';
import type { ParseDateOptions } from '../options';
import { checkTime } from './checkTime';
import { finishDate } from './finishDate';
import { fullYear } from './parts';
import { readNumericDate } from './readNumericDate';
import { fail, type DateResult } from './result';

/** ISO 8601 without a zone: "2024-01-15", "2024-01-15T13:45:00", "2024-01-15 13:45:00.123". */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?$/;
/** "01/15/2024", "15.01.2024", "1-15-24", with a time or not: "1/15/2024 3:30 PM". */
const NUMERIC =
	/^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])[Mm])?)?$/;
/** "Jan 15, 2024", "Monday, January 15, 2024". */
const MONTH_FIRST = /^(?:([A-Za-z]+)\.?,? )?([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/;
/** "15 January 2024", "15-Jan-24". */
const DAY_FIRST = /^(\d{1,2})([ -])([A-Za-z]+)\.?\2(\d{2}|\d{4})$/;

/**
 * The forms most date columns hold, read before any free-form rule so that
 * those cost only when needed: ISO 8601 without a zone, numeric dates with
 * or without a simple time, and "Jan 15, 2024" or "15-Jan-24" with or
 * without a weekday. Undefined when the text is none of them; the
 * free-form rules then read it.
 */
export function readCommonDate(
	text: string,
	opts: Required<ParseDateOptions>,
	shown: string,
): DateResult | undefined {
	let m = ISO.exec(text);
	if (m) {
		const time = m[4] === undefined ? undefined : checkTime(m[4], m[5], m[6], undefined);
		if (time && 'error' in time)
			return fail('DATE_IMPOSSIBLE', `${shown} has an impossible time: ${time.error}`);
		return finishDate(
			{ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) },
			time,
			undefined,
			shown,
		);
	}
	if ((m = NUMERIC.exec(text))) {
		const time = m[5] === undefined ? undefined : checkTime(m[5], m[6], m[7], m[8]?.toLowerCase());
		if (time && 'error' in time)
			return fail('DATE_IMPOSSIBLE', `${shown} has an impossible time: ${time.error}`);
		const parts = readNumericDate(m[1], m[3], m[4], opts, shown);
		return 'ok' in parts ? parts : finishDate(parts, time, undefined, shown);
	}
	if ((m = MONTH_FIRST.exec(text))) {
		const month = MONTHS[m[2].toLowerCase()];
		const weekday = m[1] === undefined ? undefined : WEEKDAYS[m[1].toLowerCase()];
		if (month === undefined || (m[1] !== undefined && weekday === undefined)) return undefined;
		return finishDate(
			{ y: Number(m[4]), m: month, d: Number(m[3]), weekday },
			undefined,
			undefined,
			shown,
		);
	}
	if ((m = DAY_FIRST.exec(text))) {
		const month = MONTHS[m[3].toLowerCase()];
		if (month === undefined) return undefined;
		const y = fullYear(m[4], opts.twoDigitYearPivot);
		return finishDate({ y, m: month, d: Number(m[1]) }, undefined, undefined, shown);
	}
	return undefined;
}
