import { getDay, isExists } from 'date-fns';
import { MONTHS, WEEKDAYS } from './data/dateWords';
import { normalizeParseDateOptions, type ParseDateOptions } from './options';

/** Why a date was refused. */
export type DateErrorCode =
	| 'DATE_EMPTY'
	| 'DATE_UNRECOGNIZED'
	| 'DATE_IMPOSSIBLE'
	| 'DATE_AMBIGUOUS'
	| 'DATE_WEEKDAY_MISMATCH'
	| 'DATE_OUT_OF_RANGE';

/** What {@link parseDate} returns. */
export type DateResult =
	| { ok: true; value: string; hasTime: boolean }
	| { ok: false; code: DateErrorCode; message: string };

/** Excel's largest serial, 9999-12-31. */
const MAX_SERIAL = 2958465;
/** Serial 60 is 1900-02-29, a day that never was: Excel kept Lotus 1-2-3's leap-year bug. */
const FAKE_LEAP_DAY = 60;
const MS_PER_DAY = 86400000;
/** Serials after the fake leap day count from 1899-12-30; those before it from 1899-12-31. */
const EPOCH = Date.UTC(1899, 11, 30);
const MAX_LENGTH = 100;

const TIME =
	/(?:^|\s|T|,|\bat\b)\s*(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(a\.?m\.?|p\.?m\.?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?$/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC = /^(\d{1,4})\s*([/.\- ])\s*(\d{1,2})\s*\2\s*(\d{1,4})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL_TEXT = /^\d{5}(\.\d+)?$/;

function fail(code: DateErrorCode, message: string): DateResult {
	return { ok: false, code, message };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Turns an Excel serial day number (with an optional fraction of a day) into a date. */
function fromSerial(serial: number): DateResult {
	if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) {
		return fail('DATE_OUT_OF_RANGE', `${serial} is not an Excel date serial (1 to ${MAX_SERIAL})`);
	}
	const day = Math.floor(serial);
	if (day === FAKE_LEAP_DAY)
		return fail('DATE_IMPOSSIBLE', 'Excel serial 60 is 1900-02-29, a day that never existed');
	const seconds = Math.round((serial - day) * 86400);
	const date = new Date(
		EPOCH + (day < FAKE_LEAP_DAY ? day + 1 : day) * MS_PER_DAY + seconds * 1000,
	);
	const value = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	if (seconds === 0) return { ok: true, value, hasTime: false };
	return {
		ok: true,
		value: `${value}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`,
		hasTime: true,
	};
}

function fullYear(text: string, pivot: number): number {
	const n = Number(text);
	if (text.length > 2) return n;
	return n < pivot ? 2000 + n : 1900 + n;
}

/** Reads the day, month and year out of the date part of the text. */
function readDatePart(
	text: string,
	opts: Required<ParseDateOptions>,
	shown: string,
): { y: number; m: number; d: number; weekday?: number } | DateResult {
	let rest = text.toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
	let weekday: number | undefined;
	const first = /^([a-z]+)\.?\s*/.exec(rest);
	if (first && WEEKDAYS[first[1]] !== undefined) {
		weekday = WEEKDAYS[first[1]];
		rest = rest.slice(first[0].length);
	}
	let m = ISO.exec(rest) ?? COMPACT.exec(rest);
	if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), weekday };
	m = NUMERIC.exec(rest);
	if (m) {
		const [a, b, c] = [m[1], m[3], m[4]];
		if (a.length === 4) return { y: Number(a), m: Number(b), d: Number(c), weekday };
		if (a.length > 2 || (c.length !== 2 && c.length !== 4))
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
		const y = fullYear(c, opts.twoDigitYearPivot);
		return order === 'MDY'
			? { y, m: Number(a), d: Number(b), weekday }
			: { y, m: Number(b), d: Number(a), weekday };
	}
	// month names: "Jan 15 2024", "15-Jan-24", "15th of January 2024", "2024 Jan 15"
	const words = rest
		.replace(/(\d)(st|nd|rd|th)\b/g, '$1')
		.replace(/\bof\b/g, ' ')
		.split(/[\s/.\-]+/)
		.filter(Boolean);
	if (words.length !== 3)
		return fail(
			'DATE_UNRECOGNIZED',
			`${shown} is not a date in a known format (such as 2024-01-15, 01/15/2024 or Jan 15, 2024)`,
		);
	const monthAt = words.findIndex((w) => MONTHS[w] !== undefined);
	if (monthAt < 0)
		return fail(
			'DATE_UNRECOGNIZED',
			`${shown} is not a date in a known format (such as 2024-01-15, 01/15/2024 or Jan 15, 2024)`,
		);
	const month = MONTHS[words[monthAt]];
	const others = words.filter((_, i) => i !== monthAt);
	if (!others.every((w) => /^\d{1,4}$/.test(w)))
		return fail('DATE_UNRECOGNIZED', `${shown} is not a date in a known format`);
	// the year is the 4-digit number, else the last number ("15-Jan-24")
	let yearAt = others.findIndex((w) => w.length >= 3);
	if (yearAt < 0) yearAt = monthAt === 0 || monthAt === 1 ? 1 : 0;
	const dayText = others[1 - yearAt];
	if (dayText.length > 2)
		return fail('DATE_UNRECOGNIZED', `${shown} is not a date in a known format`);
	return {
		y: fullYear(others[yearAt], opts.twoDigitYearPivot),
		m: month,
		d: Number(dayText),
		weekday,
	};
}

/** One date, with checked options: see {@link parseDate}. */
function parseWith(input: string | number, opts: Required<ParseDateOptions>): DateResult {
	if (typeof input === 'number') return fromSerial(input);
	if (typeof input !== 'string' || input.trim() === '')
		return fail('DATE_EMPTY', 'The date is empty');
	const text = input.trim();
	const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
	if (text.length > MAX_LENGTH)
		return fail('DATE_UNRECOGNIZED', `${shown} is too long to be a date`);
	if (SERIAL_TEXT.test(text)) return fromSerial(Number(text));

	// split off a time at the end: "… 13:45", "… 1:45 pm", "…T08:15:30Z", "… at 9am"
	let datePart = text;
	let time: [number, number, number] | undefined;
	const t = TIME.exec(text);
	if (t && (t[2] !== undefined || t[5] !== undefined) && t.index > 0) {
		let hour = Number(t[1]);
		const minute = Number(t[2] ?? 0);
		const second = Number(t[3] ?? 0);
		const meridiem = t[5]?.toLowerCase().replace(/\./g, '');
		if (meridiem) {
			if (hour < 1 || hour > 12)
				return fail(
					'DATE_IMPOSSIBLE',
					`${shown} has an impossible time: ${hour} o'clock with ${meridiem.toUpperCase()}`,
				);
			hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
		}
		if (hour > 23 || minute > 59 || second > 59)
			return fail('DATE_IMPOSSIBLE', `${shown} has an impossible time`);
		time = [hour, minute, second];
		datePart = text
			.slice(0, t.index)
			.replace(/(\bat|[T,])\s*$/i, '')
			.trim();
	}

	const parts = readDatePart(datePart, opts, shown);
	if ('ok' in parts) return parts;
	const { y, m, d, weekday } = parts;
	if (y < 1 || y > 9999)
		return fail('DATE_OUT_OF_RANGE', `${shown} has year ${y}, outside 1 to 9999`);
	if (m < 1 || m > 12)
		return fail('DATE_IMPOSSIBLE', `${shown} is not a real date: there is no month ${m}`);
	if (!isExists(y, m - 1, d)) {
		const days = new Date(Date.UTC(2000, m, 0)).getUTCDate();
		const inYear = m === 2 ? new Date(Date.UTC(y, 2, 0)).getUTCDate() : days;
		return fail(
			'DATE_IMPOSSIBLE',
			`${shown} is not a real date: ${MONTH_NAMES[m - 1]} ${y} has ${inYear} days`,
		);
	}
	if (weekday !== undefined && getDay(new Date(y, m - 1, d)) !== weekday) {
		return fail(
			'DATE_WEEKDAY_MISMATCH',
			`${shown}: ${pad(y, 4)}-${pad(m)}-${pad(d)} is not a ${WEEKDAY_NAMES[weekday]}; check the day or the weekday`,
		);
	}
	const value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
	if (!time) return { ok: true, value, hasTime: false };
	return {
		ok: true,
		value: `${value}T${pad(time[0])}:${pad(time[1])}:${pad(time[2])}`,
		hasTime: true,
	};
}

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const WEEKDAY_NAMES = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
];

/**
 * Prepares {@link parseDate} for many dates: checks the options once, here,
 * and returns a function that reads one date with them, as
 * parseDate(input, options) does. Use it for a column of dates.
 *
 * The returned function is pure and synchronous and never throws on any input.
 *
 * @param options - see {@link ParseDateOptions}
 * @returns a function from a date as written (or an Excel serial) to a {@link DateResult}
 * @throws IntakeError `DATE_INVALID_OPTION` for a bad option, when preparing
 *
 * @example
 * const parse = createDateParser({ order: 'DMY' })
 * parse('03/07/2024')
 * //=> { ok: true, value: '2024-07-03', hasTime: false }
 * parse(45000)
 * //=> { ok: true, value: '2023-03-15', hasTime: false }
 */
export function createDateParser(
	options?: ParseDateOptions,
): (input: string | number) => DateResult {
	const opts = normalizeParseDateOptions(options);
	return (input) => parseWith(input, opts);
}
