import { WEEKDAYS } from '../data/dateWords';
import type { ParseDateOptions } from '../options';
import type { DateResult } from './result';
import type { DateParts, MonthDay } from './parts';
import { readIsoWeekDate } from './readIsoWeekDate';
import { readNumericDate } from './readNumericDate';
import { readWordDate } from './readWordDate';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC = /^(\d{1,4})\s?([/.\- ])\s?(\d{1,2})\s?\2\s?(\d{1,4})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** ISO 8601's yearless date (Google Contacts, vCard BDAY): "--05-13", "--0513". */
const YEARLESS = /^--(\d{2})-?(\d{2})$/;
/** A month and day in a date column: "05/13", "13/05". */
const MONTH_DAY = /^(\d{1,2}) ?\/ ?(\d{1,2})$/;
/** What joins a date to the time taken out of it: "Dec 12, 2014 at", "on July 4, 1976", "… 2014 -". */
const EDGE_START = /^(?:(?:on|at|the|this|à|le|am|[@|\-–—]) )+/;
const EDGE_END = /(?: (?:at|on|ad|ce|à|en|um|uhr|[@|\-–—]))+$/;
const COMMAS = / ?, ?/g;
const FIRST_WORD = /^(\p{L}+(?:-\p{L}+)?)\.? ?/u;
const LAST_WORD = / (\p{L}+(?:-\p{L}+)?)\.?$/u;

/**
 * The day, month and year of a date's cleaned text once its time and zone
 * are taken out, with the weekday written first or last; a month and day
 * without a year; or why it is not a date. Numeric dates follow the
 * options' day-month order (see readNumericDate), dates with a month name
 * readWordDate.
 */
export function readDatePart(
	text: string,
	opts: Required<ParseDateOptions>,
	shown: string,
): ((DateParts | MonthDay) & { weekday?: number }) | DateResult {
	let m = YEARLESS.exec(text);
	if (m) return { m: Number(m[1]), d: Number(m[2]), yearless: true };
	// cleanDateText left one space between words
	let rest = text.includes(',') ? text.replace(COMMAS, ' ').trim() : text;
	rest = rest.replace(EDGE_START, '').replace(EDGE_END, '');
	let weekday: number | undefined;
	const first = FIRST_WORD.exec(rest);
	if (first && WEEKDAYS[first[1]] !== undefined) {
		weekday = WEEKDAYS[first[1]];
		rest = rest.slice(first[0].length).replace(EDGE_START, '');
	} else {
		const last = LAST_WORD.exec(rest);
		if (last && WEEKDAYS[last[1]] !== undefined) {
			weekday = WEEKDAYS[last[1]];
			rest = rest.slice(0, last.index);
		}
	}
	let week: DateParts | DateResult | undefined;
	let parts: ((DateParts | MonthDay) & { weekday?: number }) | DateResult;
	if ((m = ISO.exec(rest) ?? COMPACT.exec(rest)))
		parts = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
	else if ((m = NUMERIC.exec(rest))) parts = readNumericDate(m[1], m[3], m[4], opts, shown);
	else if (rest.length <= 10 && (week = readIsoWeekDate(rest, shown))) parts = week;
	else if ((m = MONTH_DAY.exec(rest))) parts = readNumericDate(m[1], m[2], undefined, opts, shown);
	else parts = readWordDate(rest, opts, shown);
	if (!('ok' in parts) && weekday !== undefined) parts.weekday = weekday;
	return parts;
}
