/** Why a date was refused. */
export type DateErrorCode =
	| 'DATE_EMPTY'
	| 'DATE_UNRECOGNIZED'
	| 'DATE_IMPOSSIBLE'
	| 'DATE_AMBIGUOUS'
	| 'DATE_WEEKDAY_MISMATCH'
	| 'DATE_OUT_OF_RANGE'
	| 'DATE_NO_YEAR'
	| 'DATE_ZONE_UNKNOWN';

/**
 * What {@link parseDate} returns. A month and day without a year ("May 13",
 * "--05-13") is refused with `DATE_NO_YEAR` and carries `monthDay`, the
 * ISO 8601 yearless form (`--05-13`), for a caller that keeps birthdays.
 */
export type DateResult =
	| { ok: true; value: string; hasTime: boolean }
	| { ok: false; code: Exclude<DateErrorCode, 'DATE_NO_YEAR'>; message: string }
	| { ok: false; code: 'DATE_NO_YEAR'; message: string; monthDay: string };

/** A refusal with its reason. */
export function fail(code: Exclude<DateErrorCode, 'DATE_NO_YEAR'>, message: string): DateResult {
	return { ok: false, code, message };
}

/** A number with leading zeros. */
export const pad = (n: number, width = 2): string =>
	width === 2 && n >= 0 && n < 10 ? `0${n}` : String(n).padStart(width, '0');
