import type { DateResult } from '../../normalize/createDateParser';
import type { FieldDef } from '../../schema/types';
import type { Plan } from './plan';
import type { RowWork } from './RowWork';

/** A date in its column's day-month order; a date field drops a time (a warning unless midnight). */
export function convertDate(work: RowWork, plan: Plan, field: FieldDef, text: string): void {
	const key = field.key;
	// decideDateOrders prepared a parser for every date field
	const parse = plan.dateParsers.get(key) as (input: string) => DateResult;
	const result = parse(text);
	if (!result.ok) {
		const ambiguous = result.code === 'DATE_AMBIGUOUS';
		work.issue(
			key,
			ambiguous ? 'DATE_AMBIGUOUS' : 'DATE_INVALID',
			ambiguous
				? `${work.where(key)}: ${result.message}. No value in the column settles the day-month order; set the Date Order option (MDY or DMY).`
				: `${work.where(key)}: ${result.message}. Use a date such as 2024-01-31 or 01/31/2024.`,
			text,
		);
		return;
	}
	if (field.type === 'date' && result.hasTime) {
		const [day, time] = result.value.split('T');
		work.record[key] = day;
		if (!/^00:00(:00)?$/.test(time))
			work.issue(
				key,
				'DATE_TIME_DROPPED',
				`${work.where(key)}: ${work.label(key)} holds a date only; the time ${time} was dropped.`,
				text,
				'warning',
			);
		return;
	}
	work.record[key] = result.value;
}
