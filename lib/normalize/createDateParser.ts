import { cleanDateText } from './date/cleanDateText';
import { finishDate } from './date/finishDate';
import { fromSerial } from './date/fromSerial';
import { readDatePart } from './date/readDatePart';
import { readCommonDate } from './date/readCommonDate';
import { readTime } from './date/readTime';
import { readTrailingZone } from './date/readTrailingZone';
import { readZone, type FoundZone } from './date/readZone';
import { fail, type DateResult } from './date/result';
import { usZoneOffset } from './date/usZoneOffset';
import { US_GENERIC_ZONES } from './data/dateWords';
import { normalizeParseDateOptions, type ParseDateOptions } from './options';

export type { DateErrorCode, DateResult } from './date/result';

const MAX_LENGTH = 100;
/** The spaces left where the time was taken out. */
const SPACES = /\s{2,}/g;
const SERIAL_TEXT = /^\d{5}(\.\d+)?$/;
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
	const fast = readCommonDate(text, opts, shown);
	if (fast) return fast;

	const s = cleanDateText(text);
	const found = readTime(s);
	if (found && 'error' in found)
		return fail('DATE_IMPOSSIBLE', `${shown} has an impossible time: ${found.error}`);
	let rest = s;
	let zone: FoundZone | undefined;
	if (found) {
		zone = readZone(s, found.end);
		rest = `${s.slice(0, found.start)} ${s.slice(zone?.end ?? found.end)}`
			.replace(SPACES, ' ')
			.trim();
	}
	if (!zone) {
		zone = readTrailingZone(rest, found !== undefined);
		if (zone) rest = rest.slice(0, zone.end);
	}
	const parts = readDatePart(rest, opts, shown);
	if ('ok' in parts) return parts;
	const time = found ? ([found.hour, found.minute, found.second] as const) : undefined;
	let offset = found ? zone?.offset : undefined;
	const standard = zone && US_GENERIC_ZONES[zone.zone];
	if (time && standard !== undefined && !('yearless' in parts))
		offset = usZoneOffset(parts, time, standard);
	if (found && zone && offset === undefined)
		return fail(
			'DATE_ZONE_UNKNOWN',
			`${shown} names the time zone "${zone.zone.toUpperCase()}", which is not one zone, not a real offset, or not one offset at that hour; write its UTC offset instead, such as -05:00`,
		);
	return finishDate(parts, time, offset, shown);
}

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
