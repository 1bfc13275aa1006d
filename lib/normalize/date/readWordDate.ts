import { DATE_FILLERS, MONTHS } from '../data/dateWords';
import type { ParseDateOptions } from '../options';
import { fail, type DateResult } from './result';
import { fullYear, type DateParts, type MonthDay } from './parts';

/** A letter beside a digit, to split "13nov2017" and "22DEC78" into words. */
const HAS_GLUED = /[a-z]\d|\d[a-z]/;
const GLUED = /([a-z])(?=\d)|(\d)(?=[a-z])/g;
/** "Mar-12", "Dec-14": Excel's month and two-digit year, not a day. */
const MONTH_DASH_NUMBER = /^[a-z]+\.?\s?-/;

/**
 * A date written with a month name: "Jan 15 2024", "15-Jan-24", "15 of
 * January 2024", "2024 Jan 15", "13NOV2017", "July 10 '96"; or a month and
 * day without a year ("May 13", "13 May", "14-Mar"). The year is the
 * 4-digit number (or the one after an apostrophe), else the last number. A
 * month with a year alone ("June 2009", "Mar-12") is not a date.
 */
export function readWordDate(
	rest: string,
	opts: Required<ParseDateOptions>,
	shown: string,
): DateParts | MonthDay | DateResult {
	const unknown = () =>
		fail(
			'DATE_UNRECOGNIZED',
			`${shown} is not a date in a known format (such as 2024-01-15, 01/15/2024 or Jan 15, 2024)`,
		);
	const words = (HAS_GLUED.test(rest) ? rest.replace(GLUED, '$1$2 ') : rest)
		.split(/[\s/.\-]+/)
		.filter((w) => w !== '' && !DATE_FILLERS.has(w));
	if (words.length < 2 || words.length > 3) return unknown();
	const monthAt = words.findIndex((w) => MONTHS[w] !== undefined);
	if (monthAt < 0) return unknown();
	const month = MONTHS[words[monthAt]];
	const others = words.filter((_, i) => i !== monthAt);
	if (!others.every((w) => /^'?\d{1,4}$/.test(w))) return unknown();
	if (others.length === 1) {
		const day = others[0];
		if (day.length > 2 || day.startsWith("'") || (monthAt === 0 && MONTH_DASH_NUMBER.test(rest)))
			return fail('DATE_UNRECOGNIZED', `${shown} has a month and a year but no day`);
		return { m: month, d: Number(day), yearless: true };
	}
	let yearAt = others.findIndex((w) => w.startsWith("'"));
	if (yearAt < 0) yearAt = others.findIndex((w) => w.length >= 3);
	if (yearAt < 0) yearAt = monthAt === 0 || monthAt === 1 ? 1 : 0;
	const dayText = others[1 - yearAt];
	if (dayText.length > 2 || dayText.startsWith("'")) return unknown();
	return {
		y: fullYear(others[yearAt].replace("'", ''), opts.twoDigitYearPivot),
		m: month,
		d: Number(dayText),
	};
}
