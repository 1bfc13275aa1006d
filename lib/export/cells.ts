/*
 * One value as a CSV/TSV field, an XLSX cell and PDF text. Internal to the library.
 */
import type { XlsxCell, XlsxValue } from '../xlsx/writeXlsx';
import { parseDate } from '../normalize/parseDate';
import { escapeFormula } from './escapeFormula';
import { textOf } from './values';

/**
 * A value as CSV/TSV text: numbers as JS writes them, booleans `true` /
 * `false`, Dates ISO 8601 (the day alone at midnight UTC), objects and lists
 * as JSON; text as it is, guarded against formulas when `guard`, quoted
 * (RFC 4180) when it holds the delimiter, a quote or a line break.
 */
export function delimitedField(value: unknown, delimiter: string, guard: boolean): string {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = typeof value === 'string' ? value : textOf(value);
	// only = + - @ tab CR (all below 'A') can start a formula; most text starts higher
	if (guard && text.charCodeAt(0) < 65 && typeof value !== 'boolean') text = escapeFormula(text);
	if ((delimiter === ',' ? NEEDS_QUOTES_CSV : NEEDS_QUOTES_TSV).test(text))
		return `"${text.replace(/"/g, '""')}"`;
	return text;
}

const NEEDS_QUOTES_CSV = /[",\r\n]/;
const NEEDS_QUOTES_TSV = /["\t\r\n]/;

const ISO_DATE =
	/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Decimal text that is safe to store as a number: no leading zero (ZIP codes), at most 15 digits (Excel's precision), optional thousands commas. */
const NUMERIC_TEXT = /^-?(?:0|[1-9]\d{0,2}(?:,\d{3}){1,4}|[1-9]\d{0,14})(?:\.\d+)?$/;
const DAY = { numberFormat: 'yyyy-mm-dd' } as const;
const DAY_TIME = { numberFormat: 'yyyy-mm-dd hh:mm:ss' } as const;

/**
 * A value as an XLSX cell: numbers and booleans typed, Dates and ISO date
 * text (`2025-01-05`, `2025-01-05T10:30:00Z`) real date cells with a date
 * format (the wall time kept, as Excel has no zones), plain decimal text
 * (`1,234.5`, not `02134`) a number, anything else text, which the writer
 * never lets be a formula.
 */
export function xlsxCell(value: unknown): XlsxValue | XlsxCell {
	if (value === undefined || value === null) return null;
	if (typeof value === 'number' || typeof value === 'boolean') return value;
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return null;
		return { value, style: value.getTime() % 86_400_000 === 0 ? DAY : DAY_TIME };
	}
	if (typeof value === 'string') {
		const text = value.trim();
		if (ISO_DATE.test(text)) {
			const parsed = parseDate(text);
			if (parsed.ok) {
				const [y, m, d, hh = 0, mm = 0, ss = 0] = parsed.value
					.slice(0, 19)
					.split(/[-T:]/)
					.map(Number);
				return {
					value: new Date(Date.UTC(y, m - 1, d, hh, mm, ss)),
					style: parsed.hasTime ? DAY_TIME : DAY,
				};
			}
		}
		if (NUMERIC_TEXT.test(text)) return Number(text.replace(/,/g, ''));
		return value;
	}
	return textOf(value);
}
