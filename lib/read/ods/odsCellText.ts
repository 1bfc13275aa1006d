import { dateToIso } from '../formatCell';
import { plainNumberText } from '../numberFormat';
import type { OdsAttributes } from './readOdsAttributes';

/** A cell's text, and whether it shows an error value. */
export interface OdsCellText {
	text: string;
	error: boolean;
}

const DATE =
	/^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const DURATION =
	/^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
/** What a format adds to a number's digits: currency symbols, grouping, spaces, the percent sign. */
const DECORATION = /[\p{Sc},%\s\u00a0\u202f]/gu;
const PLAIN_NUMBER = /^-?\d*\.?\d+$/;
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The text of one ODS cell, as the XLSX reader gives the same cell saved
 * as XLSX: a float, currency or percentage as the sheet shows it when that
 * is the value written the English way (`$1,234.50`, `00123`, `25%`), else
 * in full as General shows it (`1234.5`; a percentage as `25%`); a date as ISO 8601
 * (`2024-05-01`, or `2024-05-01T13:45:00` with a time, to the second); a
 * time as `HH:mm:ss`, its hours running past 24 as an elapsed time does; a
 * boolean as TRUE/FALSE; a string, or a cell with no type, as its
 * paragraphs joined by line breaks. LibreOffice's error values (`#DIV/0!`,
 * `Err:502`) are kept as shown and marked.
 *
 * @param a - the cell's attributes
 * @param shown - the cell's paragraphs, joined by `\n`: the text the sheet shows
 * @returns the text, and whether it is an error value
 * @example
 * odsCellText({ valueType: 'date', dateValue: '2024-05-01T00:00:00' } as OdsAttributes, '05/01/24').text
 * //=> '2024-05-01'
 */
export function odsCellText(a: OdsAttributes, shown: string): OdsCellText {
	if (a.calcType === 'error') return { text: shown, error: shown !== '' };
	return { text: typedText(a, shown), error: false };
}

function typedText(a: OdsAttributes, shown: string): string {
	switch (a.valueType) {
		case 'float':
		case 'currency':
			return numberValue(a.value, shown, 1, '') ?? shown;
		case 'percentage':
			return numberValue(a.value, shown, 100, '%') ?? shown;
		case 'date':
			return (a.dateValue && dateText(a.dateValue)) || shown;
		case 'time':
			return (a.timeValue && timeText(a.timeValue)) || shown;
		case 'boolean': {
			const b = (a.booleanValue ?? '').trim().toLowerCase();
			return b === 'true' ? 'TRUE' : b === 'false' ? 'FALSE' : shown;
		}
		case 'string':
			return a.stringValue ?? shown;
		default:
			return shown;
	}
}

/**
 * The shown text when it is the value as a format would show it in English
 * (`$1,234.50`, `00123`, `25.00%`: what the XLSX reader gives for the same
 * cell); else the value in full (`1234.5`), times `scale`, with `suffix`.
 * Text shown in another language's style (`1.234,50 €`) is not the value read
 * the English way, so it gives the value in full.
 */
function numberValue(
	value: string | undefined,
	shown: string,
	scale: number,
	suffix: string,
): string | undefined {
	const n = value === undefined ? NaN : Number(value) * scale;
	if (!Number.isFinite(n)) return undefined;
	const full = plainNumberText(n);
	const digits = shown.replace(DECORATION, '');
	if (PLAIN_NUMBER.test(digits) && Number(digits) === Number(full)) return shown;
	return full + suffix;
}

/** `office:date-value` as ISO 8601, rounded to the second; undefined when unreadable. */
function dateText(v: string): string | undefined {
	const m = DATE.exec(v.trim());
	if (!m) return undefined;
	const d = new Date(0);
	d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
	d.setUTCHours(Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms);
	return dateToIso(d) || undefined;
}

/** `office:time-value` (`PT13H45M00S`, `P1DT2H`, `-PT1H`) as `HH:mm:ss`; undefined when unreadable. */
function timeText(v: string): string | undefined {
	const m = DURATION.exec(v.trim());
	if (!m) return undefined;
	const [, minus, days, hours, minutes, seconds] = m;
	const total = Math.round(
		Number(days ?? 0) * 86400 +
			Number(hours ?? 0) * 3600 +
			Number(minutes ?? 0) * 60 +
			Number(seconds ?? 0),
	);
	if (!Number.isFinite(total)) return undefined;
	const text = `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
	return minus && total > 0 ? `-${text}` : text;
}
