/*
 * How the export module reads record values: by dotted path (own properties
 * only, so `__proto__` or `constructor` never reach a prototype), as numbers
 * and dates whatever their written form, and as text. Internal to the library.
 */
import { parseDate, type DateOrder } from '../normalize/parseDate';
import { detectDateOrder } from '../normalize/detectDateOrder';
import type { ExportRecord } from './types';

const hasOwn = Object.prototype.hasOwnProperty;

/** Whether `value` has an own property `key` (true for arrays' indexes, false for anything inherited). */
function own(value: unknown, key: string): boolean {
	return typeof value === 'object' && value !== null && hasOwn.call(value, key);
}

/**
 * Reads a field by its path: the whole path as one key first (a field may be
 * named `e.mail`), else step by step through nested objects (`client.name`).
 * Own properties only.
 */
export function readPath(record: unknown, path: string): { found: boolean; value: unknown } {
	if (own(record, path)) return { found: true, value: (record as Record<string, unknown>)[path] };
	if (!path.includes('.')) return { found: false, value: undefined };
	let current: unknown = record;
	for (const key of path.split('.')) {
		if (!own(current, key)) return { found: false, value: undefined };
		current = (current as Record<string, unknown>)[key];
	}
	return { found: true, value: current };
}

/**
 * A reader for one path, made once per export: the same answer as
 * readPath(record, path).value, with the path's steps split beforehand.
 */
export function createPathReader(path: string): (record: unknown) => unknown {
	if (!path.includes('.'))
		return (record) =>
			typeof record === 'object' && record !== null && hasOwn.call(record, path)
				? (record as Record<string, unknown>)[path]
				: undefined;
	const steps = path.split('.');
	return (record) => {
		if (typeof record !== 'object' || record === null) return undefined;
		// a key that holds the dot itself wins, as in readPath
		if (hasOwn.call(record, path)) return (record as Record<string, unknown>)[path];
		let current: unknown = record;
		for (const key of steps) {
			if (typeof current !== 'object' || current === null || !hasOwn.call(current, key))
				return undefined;
			current = (current as Record<string, unknown>)[key];
		}
		return current;
	};
}

/** Whether a value is empty: missing, null, blank text, an empty list or an invalid Date. */
export function isEmptyValue(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.length === 0;
	if (value instanceof Date) return Number.isNaN(value.getTime());
	if (typeof value === 'number') return Number.isNaN(value);
	return false;
}

/** A plain decimal number as text: sign, digits (thousands grouped by commas or not), decimals, exponent. */
export const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** A value as a number: a finite JS number, or text that is a plain decimal number (`1,234.5`, `-12`); else undefined. */
export function toNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (text === '' || !/\d/.test(text) || !NUMBER_TEXT.test(text)) return undefined;
	const n = Number(text.replace(/,/g, ''));
	return Number.isFinite(n) ? n : undefined;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A Date as ISO 8601 in UTC: the day alone at midnight, else with the time to the second (and milliseconds when there are some). */
export function isoOfDate(date: Date): string {
	const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	if (date.getTime() % 86_400_000 === 0) return day;
	return date.toISOString().replace('.000Z', 'Z');
}

/** A date as a comparable key: `YYYY-MM-DD` and, when it has one, the time `HH:mm:ss`. */
export interface DateKey {
	day: string;
	time?: string;
}

/**
 * A value as a date: a valid Date (in UTC), or text that parseDate reads
 * (`2025-01-05`, `1/5/2025`, `Jan 5, 2025`, with or without a time; a
 * zone offset is dropped, the wall time kept). Text that is a plain number
 * is a number, never a date. `order` settles 03/04/2025; with none, a date
 * that settles itself (13/04/2025) is read so and the others as month first.
 */
export function toDateKey(value: unknown, order?: DateOrder): DateKey | undefined {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return undefined;
		const iso = value.toISOString();
		return value.getTime() % 86_400_000 === 0
			? { day: iso.slice(0, 10) }
			: { day: iso.slice(0, 10), time: iso.slice(11, 19) };
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (text === '' || text.length > 100 || !/\d/.test(text) || NUMBER_TEXT.test(text))
		return undefined;
	// YMD settles only dates that start with their year, which parseDate reads so anyway
	const settled = order === 'YMD' ? undefined : order;
	let result = parseDate(text, { order: settled ?? 'auto' });
	if (!result.ok && result.code === 'DATE_AMBIGUOUS' && settled === undefined)
		result = parseDate(text, { order: 'MDY' });
	if (!result.ok) return undefined;
	return result.hasTime
		? { day: result.value.slice(0, 10), time: result.value.slice(11, 19) }
		: { day: result.value };
}

/** Compares two dates; when one has no time, by day alone (`2025-01-05` equals `2025-01-05T10:00`). */
export function compareDates(a: DateKey, b: DateKey): number {
	if (a.day !== b.day) return a.day < b.day ? -1 : 1;
	if (a.time === undefined || b.time === undefined || a.time === b.time) return 0;
	return a.time < b.time ? -1 : 1;
}

/**
 * The day-month order of a field's dates across records (detectDateOrder
 * over its text values), or undefined when they do not settle it.
 */
export function detectFieldDateOrder(
	records: readonly ExportRecord[],
	path: string,
	extra: readonly unknown[] = [],
): DateOrder | undefined {
	const texts: string[] = [];
	for (const r of records) {
		const v = readPath(r, path).value;
		if (typeof v === 'string') texts.push(v);
	}
	for (const v of extra) if (typeof v === 'string') texts.push(v);
	const order = detectDateOrder(texts);
	return order === 'DMY' || order === 'MDY' ? order : undefined;
}

/** A value as text: itself if text, ISO for a Date, `true`/`false`, JSON for objects and lists. */
export function textOf(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'bigint') return String(value);
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoOfDate(value);
	try {
		return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? '';
	} catch {
		// a cycle
		return String(value);
	}
}

/** Text as compared by filters and sorts: Unicode-composed (NFC) and lower-cased; accents count. */
export function foldText(text: string): string {
	return text.normalize('NFC').toLowerCase();
}
