import { dateToIso, numberText } from '../formatCell';
import { decodeOoxmlEscapes } from './decodeXmlText';

/** What turning a cell into text needs from the workbook. */
export interface CellContext {
	/** The shared strings table. */
	sharedStrings: readonly string[];
	/** Number format code by cell format index (`s`); undefined for General. */
	formats: ReadonlyArray<string | undefined>;
	/** Whether the workbook counts dates from 1904. */
	date1904: boolean;
	/** A cache of formatted numbers' text, by style and value, kept by the caller for one sheet. */
	formatted?: Map<string, string>;
}

const ISO_DATE =
	/^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

/**
 * The text of one cell, as the sheet shows it: shared, inline and formula
 * strings as written; numbers through the cell's number format (dates as ISO
 * 8601); booleans as TRUE/FALSE; a formula's saved result, whatever it is
 * (0 and FALSE included). What can't be read truthfully is reported: an
 * error value, a formula with no saved result, a shared string that does
 * not exist.
 *
 * @param ctx - shared strings, formats, date system
 * @param type - the cell's `t` attribute
 * @param style - the cell's `s` attribute (a cell format index), -1 for none
 * @param value - the text of its `<v>`, if it has one
 * @param inline - the text of its `<is>`, if it has one
 * @param formula - whether it has an `<f>`
 * @param report - receives the message of an issue
 * @returns the cell's text
 * @example
 * cellText({ sharedStrings: [], formats: [undefined, 'yyyy-mm-dd'], date1904: false }, undefined, 1, '45306', undefined, false, () => {})
 * //=> '2024-01-15'
 */
export function cellText(
	ctx: CellContext,
	type: string | undefined,
	style: number,
	value: string | undefined,
	inline: string | undefined,
	formula: boolean,
	report: (message: string) => void,
): string {
	if (type === 'inlineStr' || (inline !== undefined && value === undefined))
		return decodeOoxmlEscapes(inline ?? value ?? '');
	if (value === undefined) {
		if (formula)
			report(
				'the formula has no saved result, so it was read as empty. Open the workbook in Excel, let it recalculate, and save it.',
			);
		return '';
	}
	switch (type) {
		case undefined:
		case 'n':
			return numberCell(ctx, style, value);
		case 's':
			return sharedString(ctx, value, report);
		case 'str':
			return decodeOoxmlEscapes(value);
		case 'b':
			return booleanCell(value);
		case 'e':
			report(
				`the cell shows the error ${value}; it was kept as text. Fix the formula in the workbook.`,
			);
			return value;
		case 'd':
			return dateCell(ctx, style, value);
		default:
			return value;
	}
}

function numFmt(ctx: CellContext, style: number): string | undefined {
	return style >= 0 && style < ctx.formats.length ? ctx.formats[style] : undefined;
}

/** Whether text is a decimal number as XML Schema writes a double (no hex, no `Infinity`). */
function isDecimal(v: string): boolean {
	let digits = 0;
	for (let i = 0; i < v.length; i++) {
		const ch = v.charCodeAt(i);
		if (ch >= 48 && ch <= 57) digits++;
		else if (ch !== 46 && ch !== 45 && ch !== 43 && ch !== 101 && ch !== 69 && ch !== 32)
			return false;
	}
	return digits > 0;
}

function numberCell(ctx: CellContext, style: number, value: string): string {
	if (value === '') return '';
	const fmt = numFmt(ctx, style);
	// A General integer prints as written when written plainly (what formatNumber would return anyway).
	if (fmt === undefined && isPlainInteger(value)) return value;
	const n = Number(value);
	if (!isDecimal(value) || !Number.isFinite(n)) return value.trim();
	if (fmt === undefined || ctx.formatted === undefined) return numberText(n, fmt, ctx.date1904);
	// Formatted numbers (dates above all) repeat down a column; remember their text.
	const key = `${style}:${value}`;
	let text = ctx.formatted.get(key);
	if (text === undefined) {
		text = numberText(n, fmt, ctx.date1904);
		if (ctx.formatted.size >= FORMATTED_CACHE) ctx.formatted.clear();
		ctx.formatted.set(key, text);
	}
	return text;
}

const FORMATTED_CACHE = 10000;

/** Whether text is an integer of up to 15 digits written as JavaScript prints it (no sign but `-`, no leading zero, not -0). */
function isPlainInteger(v: string): boolean {
	const n = v.length;
	let i = v.charCodeAt(0) === 45 ? 1 : 0;
	if (n - i === 0 || n - i > 15) return false;
	const first = v.charCodeAt(i);
	if (first === 48) return n === 1;
	for (; i < n; i++) {
		const d = v.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return false;
	}
	return true;
}

function sharedString(ctx: CellContext, value: string, report: (message: string) => void): string {
	const i = stringIndex(value);
	if (i >= 0 && i < ctx.sharedStrings.length) return ctx.sharedStrings[i];
	const v = value.trim();
	report(
		`the cell points to shared string ${JSON.stringify(v)}, which the workbook does not have (it has ${ctx.sharedStrings.length}), so it was read as empty. The file is damaged; open it in Excel and save it again.`,
	);
	return '';
}

/** A shared string index: digits only, spaces around allowed; else -1. */
function stringIndex(value: string): number {
	let start = 0;
	let end = value.length;
	while (start < end && value.charCodeAt(start) <= 32) start++;
	while (end > start && value.charCodeAt(end - 1) <= 32) end--;
	if (end === start || end - start > 10) return -1;
	let n = 0;
	for (let i = start; i < end; i++) {
		const d = value.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return -1;
		n = n * 10 + d;
	}
	return n;
}

function booleanCell(value: string): string {
	const v = value.trim();
	if (v === '1' || v === 'true') return 'TRUE';
	if (v === '0' || v === 'false') return 'FALSE';
	return v;
}

/** A `t="d"` cell: an ISO 8601 date, time or both, written as the sheet shows it. */
function dateCell(ctx: CellContext, style: number, value: string): string {
	const v = value.trim();
	const fmt = numFmt(ctx, style);
	const d = ISO_DATE.exec(v);
	if (d) {
		const [, y, mo, da, h = '0', mi = '0', se = '0', frac = ''] = d;
		const ms = Date.UTC(
			Number(y),
			Number(mo) - 1,
			Number(da),
			Number(h),
			Number(mi),
			Number(se),
			Math.round(Number(`0${frac}`) * 1000),
		);
		const date = new Date(ms);
		// Date.UTC maps years 0–99 to 1900–1999.
		if (Number(y) >= 0 && Number(y) < 100) date.setUTCFullYear(Number(y));
		return Number.isNaN(date.getTime()) ? v : dateToIso(date, fmt);
	}
	const t = ISO_TIME.exec(v);
	if (t) {
		const [, h, mi, se = '0'] = t;
		return `${h}:${mi}:${se.padStart(2, '0')}`;
	}
	return v;
}
