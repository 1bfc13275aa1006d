import { invalidOption } from '../errors';
import type { DateOrder } from '../normalize/parseDate';
import { checkFilter, compileFilter, filterFields } from './compileFilter';
import type { ExportRecord, FilterGroup, FlatFilter } from './types';
import { detectFieldDateOrder } from './values';

/** Options of {@link filterRecords}. */
export interface FilterRecordsOptions {
	/**
	 * Day-month order of numeric dates such as 03/04/2025. `'auto'` detects it
	 * per field from all the records' values (detectDateOrder); when they do
	 * not settle it, each date that settles itself (13/04/2025) is read so and
	 * the rest month first (US). Default `'auto'`.
	 */
	dateOrder?: 'auto' | DateOrder;
}

/** Default {@link FilterRecordsOptions}. */
export const DEFAULT_FILTER_RECORDS_OPTIONS: Readonly<Required<FilterRecordsOptions>> =
	Object.freeze({ dateOrder: 'auto' });

/** Checks the options once. */
export function normalizeFilterRecordsOptions(
	options: FilterRecordsOptions | undefined,
): Required<FilterRecordsOptions> {
	const merged = { ...DEFAULT_FILTER_RECORDS_OPTIONS, ...options };
	if (!['auto', 'YMD', 'MDY', 'DMY'].includes(merged.dateOrder))
		throw invalidOption(
			'EXPORT_INVALID_OPTION',
			'dateOrder',
			'"auto", "YMD", "MDY" or "DMY"',
			merged.dateOrder,
		);
	return merged;
}

/**
 * Keeps the records that match a filter: the export API's FilterGroup
 * (`{ operator: 'and' | 'or', conditions: [...] }`, nested up to 32 deep) or
 * its flat form (`filter_field`, `filter_operator`, `filter_value`).
 *
 * How values compare:
 * - numbers as numbers, whatever their written form: `1,234.5`, `"1234.5"`
 *   and 1234.5 are equal;
 * - dates as dates: `2025-01-05`, `1/5/2025`, `Jan 5, 2025` and a Date of
 *   that day are equal (a date without a time equals any time that day);
 * - text case-insensitively, after Unicode composition (NFC), with leading
 *   and trailing spaces ignored by eq/in/starts_with/ends_with. Accents
 *   count: "Jose" does not equal "José" (they may be different people, and
 *   the target's own filters keep them apart too);
 * - a list value (tags) matches when one of its items does; `neq`,
 *   `not_contains` and `not_in` match when none does, and match empty values;
 * - `gt`/`gte`/`lt`/`lte` need a number or a date, and a record whose value
 *   is not one does not match;
 * - `is_empty` is true for a missing field, null, blank text or an empty list.
 *
 * Field names are dotted paths over own properties only: `__proto__` or
 * `constructor` never reach a prototype.
 *
 * @param records - the records
 * @param filter - a FilterGroup or the flat form
 * @param options - see {@link FilterRecordsOptions}
 * @returns the matching records, in their order (the same objects)
 * @throws IntakeError `EXPORT_INVALID_FILTER` for an unknown operator, a malformed group, nesting past 32, or a value gt/gte/lt/lte cannot compare with, naming where (`filters.conditions[1].conditions[0]`)
 *
 * @example
 * filterRecords(
 *   [{ name: 'José', since: '1/5/2025', fee: '1,234.50' }, { name: 'Zoë', since: '2024-12-01', fee: 90 }],
 *   { operator: 'and', conditions: [{ field: 'since', operator: 'gte', value: '2025-01-01' }, { field: 'fee', operator: 'gt', value: 1000 }] },
 * )
 * //=> [ { name: 'José', since: '1/5/2025', fee: '1,234.50' } ]
 *
 * @example
 * filterRecords([{ city: 'Boston' }, { city: 'Denver' }], { filter_field: 'city', filter_operator: 'eq', filter_value: 'boston' })
 * //=> [ { city: 'Boston' } ]
 */
export function filterRecords(
	records: readonly ExportRecord[],
	filter: FilterGroup | FlatFilter,
	options?: FilterRecordsOptions,
): ExportRecord[] {
	const opts = normalizeFilterRecordsOptions(options);
	const group = checkFilter(filter);
	const orders = new Map<string, DateOrder | undefined>();
	if (opts.dateOrder === 'auto')
		for (const field of filterFields(group))
			orders.set(field, detectFieldDateOrder(records, field));
	const test = compileFilter(group, (field) =>
		opts.dateOrder === 'auto' ? orders.get(field) : opts.dateOrder,
	);
	return records.filter(test);
}
