import type { DateResult } from '../../normalize/createDateParser';
import type { RecordIssueCode } from '../../types';
import type { FieldDef } from '../../schema/types';
import { dateParserFor } from './decisions';
import type { Plan } from './plan';
import type { RowWork } from './RowWork';

/** A month and day kept without a year (a birthday). */
const DATE_NO_YEAR: RecordIssueCode = 'DATE_NO_YEAR';
/** The UTC offset at the end of a time: "+01:00". */
const OFFSET = /[+-]\d\d:\d\d$/;

const ORDER_WORDS = { MDY: 'month first (MDY)', DMY: 'day first (DMY)' } as const;

/**
 * A date that is no date in its column's day-month order but is one the
 * other way round ("25/03/1980" in a column read month first): an error
 * that says so and what it would be, never a date read the other way.
 * Returns whether it reported one.
 */
function reportOtherOrder(work: RowWork, plan: Plan, key: string, text: string): boolean {
	const order = plan.dateOrders.get(key);
	if (order !== 'MDY' && order !== 'DMY') return false;
	const other = order === 'MDY' ? 'DMY' : 'MDY';
	const swapped = dateParserFor(plan, other)(text);
	if (!swapped.ok) return false;
	const why =
		plan.opts.dateOrder === 'auto'
			? "as the column's other dates are written"
			: 'as the Date Order option says';
	work.issue(
		key,
		'DATE_INVALID',
		`${work.where(key)}: ${JSON.stringify(text)} is not a date read ${ORDER_WORDS[order]}, ${why}; read ${ORDER_WORDS[other]} it would be ${swapped.value.slice(0, 10)}. Check this date; if the column mixes both orders, fix the dates or set the Date Order option.`,
		text,
	);
	return true;
}

/**
 * A date in its column's day-month order. A date field drops a time (a
 * warning unless midnight) and its offset, and keeps a month and day
 * written without a year as ISO's `--MM-DD`, with a warning; a datetime
 * field keeps the written offset, and refuses a date without a year.
 */
export function convertDate(work: RowWork, plan: Plan, field: FieldDef, text: string): void {
	const key = field.key;
	// decideDateOrders prepared a parser for every date field
	const parse = plan.dateParsers.get(key) as (input: string) => DateResult;
	const result = parse(text);
	if (!result.ok) {
		if (result.code === 'DATE_NO_YEAR' && field.type === 'date') {
			work.record[key] = result.monthDay;
			work.issue(
				key,
				DATE_NO_YEAR,
				`${work.where(key)}: "${text}" has no year; kept as month and day (${result.monthDay}). Add the year if it is known.`,
				text,
				'warning',
			);
			return;
		}
		if (reportOtherOrder(work, plan, key, text)) return;
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
		const [day, timeAndZone] = result.value.split('T');
		work.record[key] = day;
		const time = timeAndZone.replace(OFFSET, '');
		if (time !== '00:00:00')
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
