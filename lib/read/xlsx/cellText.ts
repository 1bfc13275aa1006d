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
}

const ISO_DATE = /^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
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
 * @param style - the cell's `s` attribute
 * @param value - the text of its `<v>`, if it has one
 * @param inline - the text of its `<is>`, if it has one
 * @param formula - whether it has an `<f>`
 * @param report - receives the message of an issue
 * @returns the cell's text
 * @example
 * cellText({ sharedStrings: [], formats: [undefined, 'yyyy-mm-dd'], date1904: false }, undefined, '1', '45306', undefined, false, () => {})
 * //=> '2024-01-15'
 */
export function cellText(
	ctx: CellContext,
	type: string | undefined,
	style: string | undefined,
	value: string | undefined,
	inline: string | undefined,
	formula: boolean,
	report: (message: string) => void,
): string {
	if (type === 'inlineStr' || (inline !== undefined && value === undefined)) return decodeOoxmlEscapes(inline ?? value ?? '');
	if (value === undefined) {
		if (formula) report('the formula has no saved result, so it was read as empty. Open the workbook in Excel, let it recalculate, and save it.');
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
			report(`the cell shows the error ${value}; it was kept as text. Fix the formula in the workbook.`);
			return value;
		case 'd':
			return dateCell(ctx, style, value);
		default:
			return value;
	}
}

function numFmt(ctx: CellContext, style: string | undefined): string | undefined {
	if (style === undefined) return undefined;
	const i = Number(style);
	return Number.isInteger(i) && i >= 0 && i < ctx.formats.length ? ctx.formats[i] : undefined;
}

/** Whether text is a decimal number as XML Schema writes a double (no hex, no `Infinity`). */
function isDecimal(v: string): boolean {
	let digits = 0;
	for (let i = 0; i < v.length; i++) {
		const ch = v.charCodeAt(i);
		if (ch >= 48 && ch <= 57) digits++;
		else if (ch !== 46 && ch !== 45 && ch !== 43 && ch !== 101 && ch !== 69 && ch !== 32) return false;
	}
	return digits > 0;
}

function numberCell(ctx: CellContext, style: string | undefined, value: string): string {
	if (value === '') return '';
	const n = Number(value);
	if (!isDecimal(value) || !Number.isFinite(n)) return value.trim();
	return numberText(n, numFmt(ctx, style), ctx.date1904);
}

function sharedString(ctx: CellContext, value: string, report: (message: string) => void): string {
	const v = value.trim();
	const i = /^\d{1,10}$/.test(v) ? Number(v) : -1;
	if (i >= 0 && i < ctx.sharedStrings.length) return ctx.sharedStrings[i];
	report(
		`the cell points to shared string ${JSON.stringify(v)}, which the workbook does not have (it has ${ctx.sharedStrings.length}), so it was read as empty. The file is damaged; open it in Excel and save it again.`,
	);
	return '';
}

function booleanCell(value: string): string {
	const v = value.trim();
	if (v === '1' || v === 'true') return 'TRUE';
	if (v === '0' || v === 'false') return 'FALSE';
	return v;
}

/** A `t="d"` cell: an ISO 8601 date, time or both, written as the sheet shows it. */
function dateCell(ctx: CellContext, style: string | undefined, value: string): string {
	const v = value.trim();
	const fmt = numFmt(ctx, style);
	const d = ISO_DATE.exec(v);
	if (d) {
		const [, y, mo, da, h = '0', mi = '0', se = '0', frac = ''] = d;
		const ms = Date.UTC(Number(y), Number(mo) - 1, Number(da), Number(h), Number(mi), Number(se), Math.round(Number(`0${frac}`) * 1000));
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
