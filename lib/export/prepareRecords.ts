/*
 * Filter, sort and limit over records held in memory, with the date order
 * of each field detected over all of them. Internal to the library.
 */
import type { DateOrder } from '../normalize/parseDate';
import { compileFilter, filterFields } from './compileFilter';
import type { CheckedExportOptions } from './options';
import { sortRecords } from './sortRecords';
import type { ExportRecord } from './types';
import { detectFieldDateOrder } from './values';

export function prepareRecords(
	records: readonly ExportRecord[],
	opts: CheckedExportOptions,
): ExportRecord[] {
	let kept: readonly ExportRecord[] = records;
	if (opts.filter) {
		const orders = new Map<string, DateOrder | undefined>();
		if (opts.dateOrder === 'auto')
			for (const field of filterFields(opts.filter))
				orders.set(field, detectFieldDateOrder(records, field));
		const test = compileFilter(opts.filter, (field) =>
			opts.dateOrder === 'auto' ? orders.get(field) : (opts.dateOrder as DateOrder),
		);
		kept = records.filter(test);
	}
	if (opts.sort) kept = sortRecords(kept, opts.sort, { dateOrder: opts.dateOrder });
	if (opts.limit !== undefined && kept.length > opts.limit) kept = kept.slice(0, opts.limit);
	return kept === records ? records.slice() : (kept as ExportRecord[]);
}
