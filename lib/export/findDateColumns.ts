/*
 * Columns of dates written in several forms, to be written as one. Internal to the library.
 */
import type { DateOrder } from '../normalize/parseDate';
import type { FieldSpec } from './fields';
import type { ExportRecord } from './types';
import { detectFieldDateOrder, isEmptyValue, readPath, toDateKey } from './values';

/** ISO 8601 as people and systems write it: kept as it is (with its zone, if any). */
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The fields whose every filled value is a date (a Date, or text parseDate
 * reads: `2025-01-05`, `1/5/2025`, `Jan 5, 2025`) and at least one is written
 * another way than ISO 8601, each with a converter to ISO text
 * (`2025-01-05`, `2025-01-05T10:30:00`); the day-month order is read per
 * column. A column with one value that is not a date is left as written, so
 * notes, case numbers and phone numbers are never rewritten. CSV and TSV then
 * write the column's dates ISO, and XLSX as real date cells.
 */
export function findDateColumns(records: readonly ExportRecord[], fields: readonly FieldSpec[], dateOrder: 'auto' | DateOrder): Map<string, (value: unknown) => unknown> {
	const converters = new Map<string, (value: unknown) => unknown>();
	for (const { path } of fields) {
		if (converters.has(path)) continue;
		const order = dateOrder === 'auto' ? detectFieldDateOrder(records, path) : dateOrder;
		let foreign = false;
		let dates = 0;
		let all = true;
		for (const record of records) {
			const value = readPath(record, path).value;
			if (isEmptyValue(value)) continue;
			if (value instanceof Date) {
				dates++;
				continue;
			}
			if (typeof value !== 'string' || toDateKey(value, order) === undefined) {
				all = false;
				break;
			}
			dates++;
			if (!ISO.test(value.trim())) foreign = true;
		}
		if (!all || dates === 0 || !foreign) continue;
		converters.set(path, (value) => {
			if (typeof value !== 'string' || ISO.test(value.trim())) return value;
			const key = toDateKey(value, order);
			return key ? (key.time ? `${key.day}T${key.time}` : key.day) : value;
		});
	}
	return converters;
}
