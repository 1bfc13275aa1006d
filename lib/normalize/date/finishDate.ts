import { MONTH_NAMES, WEEKDAY_NAMES } from '../data/dateWords';
import { fail, pad, type DateResult } from './result';
import type { DateParts, MonthDay } from './parts';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1-12) of year `y`, by the Gregorian calendar. */
function daysIn(y: number, m: number): number {
	if (m !== 2) return DAYS_IN_MONTH[m - 1];
	return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** Day of the week (0 = Sunday) of a date, years 1 to 99 included. */
function weekdayOf(y: number, m: number, d: number): number {
	const date = new Date(Date.UTC(2000, m - 1, d));
	date.setUTCFullYear(y);
	return date.getUTCDay();
}

/** An offset as ISO 8601 writes it: "+00:00", "-05:30". */
function formatOffset(minutes: number): string {
	const abs = Math.abs(minutes);
	return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A month and day without a year: DATE_NO_YEAR with its `--MM-DD`, if the day exists in some year (--02-29 does). */
function finishMonthDay(parts: MonthDay, hasTime: boolean, shown: string): DateResult {
	const { m, d } = parts;
	if (hasTime) return fail('DATE_UNRECOGNIZED', `${shown} has a time but no year`);
	if (m < 1 || m > 12)
		return fail('DATE_IMPOSSIBLE', `${shown} is not a real date: there is no month ${m}`);
	if (d < 1 || d > DAYS_IN_MONTH[m - 1])
		return fail(
			'DATE_IMPOSSIBLE',
			`${shown} is not a real date: ${MONTH_NAMES[m - 1]} has no day ${d}`,
		);
	return {
		ok: false,
		code: 'DATE_NO_YEAR',
		message: `${shown} has a month and day but no year`,
		monthDay: `--${pad(m)}-${pad(d)}`,
	};
}

/**
 * Checks the parts read from a date and writes it in ISO 8601: the day,
 * then the time when there is one, then the UTC offset when one was
 * written. A date that does not exist is refused, never rolled over, and
 * so is a weekday that does not match it.
 */
export function finishDate(
	parts: (DateParts | MonthDay) & { weekday?: number },
	time: readonly [number, number, number] | undefined,
	offset: number | undefined,
	shown: string,
): DateResult {
	if ('yearless' in parts) return finishMonthDay(parts, time !== undefined, shown);
	const { y, m, d, weekday } = parts;
	if (y < 1 || y > 9999)
		return fail('DATE_OUT_OF_RANGE', `${shown} has year ${y}, outside 1 to 9999`);
	if (m < 1 || m > 12)
		return fail('DATE_IMPOSSIBLE', `${shown} is not a real date: there is no month ${m}`);
	if (d < 1 || d > daysIn(y, m))
		return fail(
			'DATE_IMPOSSIBLE',
			`${shown} is not a real date: ${MONTH_NAMES[m - 1]} ${y} has ${daysIn(y, m)} days`,
		);
	if (weekday !== undefined && weekdayOf(y, m, d) !== weekday) {
		return fail(
			'DATE_WEEKDAY_MISMATCH',
			`${shown}: ${pad(y, 4)}-${pad(m)}-${pad(d)} is not a ${WEEKDAY_NAMES[weekday]}; check the day or the weekday`,
		);
	}
	const value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
	if (!time) return { ok: true, value, hasTime: false };
	const zone = offset === undefined ? '' : formatOffset(offset);
	return {
		ok: true,
		value: `${value}T${pad(time[0])}:${pad(time[1])}:${pad(time[2])}${zone}`,
		hasTime: true,
	};
}
