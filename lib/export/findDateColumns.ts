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
export function findDateColumns(
	records: readonly ExportRecord[],
	fields: readonly FieldSpec[],
	dateOrder: 'auto' | DateOrder,
): Map<string, (value: unknown) => unknown> {
	const converters = new Map<string, (value: unknown) => unknown>();
	for (const { path } of fields) {
		if (converters.has(path)) continue;
		const order = dateOrder === 'auto' ? detectFieldDateOrder(records, path) : dateOrder;
		// each text's ISO form, found while the column is checked, so no date is parsed twice
		const iso = new Map<string, string>();
		let dates = 0;
		let all = true;
		let foreign = false;
		for (const record of records) {
			const value = readPath(record, path).value;
			if (isEmptyValue(value)) continue;
			if (value instanceof Date) {
				dates++;
				continue;
			}
			if (typeof value !== 'string') {
				all = false;
				break;
			}
			dates++;
			if (iso.has(value)) continue;
			const key = toDateKey(value, order);
			if (key === undefined) {
				all = false;
				break;
			}
			// ISO text is kept as written (with its zone); it only has to be a date
			const written = ISO.test(value.trim());
			if (!written) foreign = true;
			iso.set(value, written ? value : key.time ? `${key.day}T${key.time}` : key.day);
		}
		if (!all || dates === 0 || !foreign) continue;
		converters.set(path, (value) =>
			typeof value === 'string' ? (iso.get(value) ?? value) : value,
		);
	}
	return converters;
}
