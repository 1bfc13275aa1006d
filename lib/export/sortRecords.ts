import { invalidOption } from '../errors';
import type { DateOrder } from '../normalize/parseDate';
import type { ExportRecord, SortKey } from './types';
import {
	compareDates,
	detectFieldDateOrder,
	isEmptyValue,
	readPath,
	textOf,
	toDateKey,
	toNumber,
	type DateKey,
} from './values';

/** Options of {@link sortRecords}. */
export interface SortRecordsOptions {
	/** Day-month order of numeric dates; `'auto'` detects it per field (see filterRecords). Default `'auto'`. */
	dateOrder?: 'auto' | DateOrder;
}

/** Checks sort keys once. */
export function normalizeSortKeys(sort: unknown): SortKey[] {
	if (!Array.isArray(sort))
		throw invalidOption('EXPORT_INVALID_OPTION', 'sort', 'a list of { field, direction }', sort);
	return sort.map((key, i) => {
		if (
			typeof key !== 'object' ||
			key === null ||
			typeof key.field !== 'string' ||
			key.field.trim() === ''
		) {
			throw invalidOption(
				'EXPORT_INVALID_OPTION',
				`sort[${i}]`,
				'{ field: "name", direction: "asc" | "desc" }',
				key,
			);
		}
		const direction = key.direction ?? 'asc';
		if (direction !== 'asc' && direction !== 'desc')
			throw invalidOption(
				'EXPORT_INVALID_OPTION',
				`sort[${i}].direction`,
				'"asc" or "desc"',
				key.direction,
			);
		return { field: key.field, direction };
	});
}

const collator = new Intl.Collator('en', { sensitivity: 'accent' });

type Key = { empty: true } | { empty: false; n?: number; d?: DateKey; t?: string };

/**
 * Sorts records by one or more fields, stably (records that tie keep their
 * order). Each field sorts by the kind of all its values: as numbers when
 * every value is a number (whatever its written form, `1,234.5`), as dates
 * when every value is a date (`2025-01-05`, `1/5/2025`, a Date), else as text
 * (case-insensitively, accents after the plain letter: Zoe, Zoë). Empty
 * values go last in either direction.
 *
 * @param records - the records (not changed)
 * @param sort - keys, in order of precedence
 * @param options - see {@link SortRecordsOptions}
 * @returns a new array, sorted
 * @throws IntakeError `EXPORT_INVALID_OPTION` for a bad key or direction
 *
 * @example
 * sortRecords([{ n: 'b', fee: '1,200' }, { n: 'a', fee: 90 }, { n: 'c' }], [{ field: 'fee', direction: 'desc' }])
 * //=> [ { n: 'b', fee: '1,200' }, { n: 'a', fee: 90 }, { n: 'c' } ]
 */
export function sortRecords(
	records: readonly ExportRecord[],
	sort: readonly SortKey[],
	options: SortRecordsOptions = {},
): ExportRecord[] {
	const keys = normalizeSortKeys(sort);
	const dateOrder = options.dateOrder ?? 'auto';
	if (!['auto', 'YMD', 'MDY', 'DMY'].includes(dateOrder))
		throw invalidOption(
			'EXPORT_INVALID_OPTION',
			'dateOrder',
			'"auto", "YMD", "MDY" or "DMY"',
			dateOrder,
		);
	const columns = keys.map((key) => {
		const values = records.map((r) => readPath(r, key.field).value);
		const order = dateOrder === 'auto' ? detectFieldDateOrder(records, key.field) : dateOrder;
		const nonEmpty = values.filter((v) => !isEmptyValue(v));
		const kind = nonEmpty.every((v) => toNumber(v) !== undefined)
			? 'number'
			: nonEmpty.every((v) => toDateKey(v, order) !== undefined)
				? 'date'
				: 'text';
		const sign = key.direction === 'desc' ? -1 : 1;
		const decorated: Key[] = values.map((v) => {
			if (isEmptyValue(v)) return { empty: true };
			if (kind === 'number') return { empty: false, n: toNumber(v) };
			if (kind === 'date') return { empty: false, d: toDateKey(v, order) };
			return { empty: false, t: textOf(v) };
		});
		const compare = (a: Key, b: Key): number => {
			if (a.empty || b.empty) return a.empty === b.empty ? 0 : a.empty ? 1 : -1;
			if (kind === 'number') return sign * ((a.n as number) - (b.n as number));
			if (kind === 'date') return sign * compareDates(a.d as DateKey, b.d as DateKey);
			return sign * collator.compare(a.t as string, b.t as string);
		};
		return { decorated, compare };
	});
	const index = records.map((_, i) => i);
	index.sort((i, j) => {
		for (const c of columns) {
			const r = c.compare(c.decorated[i], c.decorated[j]);
			if (r !== 0) return r;
		}
		return i - j;
	});
	return index.map((i) => records[i]);
}
