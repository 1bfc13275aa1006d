import { dateToIso, numberText } from '../../formatCell';

/**
 * The text of a cell's `<Data ss:Type>`: String as written, Number as its
 * number format shows it (dates included), DateTime as ISO 8601, Boolean as
 * TRUE/FALSE, Error as its trimmed text (marked as an error unless empty).
 * A value that does not read as its type stays as written.
 *
 * @param type - the `ss:Type` (any case)
 * @param raw - the data's text, entities decoded
 * @param format - the cell's number format, from its style
 * @param date1904 - the workbook's date system
 * @returns the text and whether it is an error value
 * @example
 * mlDataText('Number', '45292', 'yyyy-mm-dd', false)
 * //=> { text: '2024-01-01', error: false }
 */
export function mlDataText(
	type: string,
	raw: string,
	format: string | undefined,
	date1904: boolean,
): { text: string; error: boolean } {
	switch (type.toLowerCase()) {
		case 'number': {
			const v = raw.trim() === '' ? NaN : Number(raw);
			return { text: Number.isFinite(v) ? numberText(v, format, date1904) : raw, error: false };
		}
		case 'datetime':
			return { text: dateTimeText(raw, format), error: false };
		case 'boolean':
			return { text: booleanText(raw), error: false };
		case 'error':
			return { text: raw.trim(), error: raw.trim() !== '' };
		default:
			return { text: raw, error: false };
	}
}

/** A DateTime value (`2024-01-31T09:30:00.000`) as ISO 8601, shown as its format asks; unreadable text stays. */
function dateTimeText(raw: string, format: string | undefined): string {
	const m = /^\s*(\d{4,})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?/.exec(raw);
	if (!m) return raw;
	const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
	const d = new Date(
		Date.UTC(
			Number(m[1]),
			Number(m[2]) - 1,
			Number(m[3]),
			Number(m[4] ?? 0),
			Number(m[5] ?? 0),
			Number(m[6] ?? 0),
			ms,
		),
	);
	return dateToIso(d, format);
}

/** A Boolean value: 1/true as TRUE, 0/false as FALSE; anything else stays. */
function booleanText(raw: string): string {
	if (/^\s*(1|true)\s*$/i.test(raw)) return 'TRUE';
	if (/^\s*(0|false)\s*$/i.test(raw)) return 'FALSE';
	return raw;
}
