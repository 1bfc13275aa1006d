import { checkFilter, type CheckedCondition, type CheckedGroup } from './compileFilter';
import type { FilterGroup, FilterOperator, FlatFilter } from './types';
import { textOf, toDateKey, toNumber } from './values';

const WORDS: Record<FilterOperator, string> = {
	eq: 'is',
	neq: 'is not',
	contains: 'contains',
	not_contains: 'does not contain',
	starts_with: 'starts with',
	ends_with: 'ends with',
	gt: 'is greater than',
	gte: 'is at least',
	lt: 'is less than',
	lte: 'is at most',
	in: 'is one of',
	not_in: 'is none of',
	is_empty: 'is empty',
	is_not_empty: 'is not empty',
};

const DATE_WORDS: Partial<Record<FilterOperator, string>> = {
	gt: 'is after',
	gte: 'is on or after',
	lt: 'is before',
	lte: 'is on or before',
};

function quoted(value: unknown): string {
	return typeof value === 'number' || (typeof value === 'string' && toNumber(value) !== undefined)
		? textOf(value)
		: `"${textOf(value)}"`;
}

function condition(c: CheckedCondition): string {
	if (c.operator === 'is_empty' || c.operator === 'is_not_empty')
		return `${c.field} ${WORDS[c.operator]}`;
	if (c.operator === 'in' || c.operator === 'not_in') {
		const list = c.value as unknown[];
		return `${c.field} ${WORDS[c.operator]} ${list.length ? list.map(quoted).join(', ') : '(nothing)'}`;
	}
	const asDate =
		DATE_WORDS[c.operator] !== undefined &&
		toNumber(c.value) === undefined &&
		toDateKey(c.value) !== undefined;
	return `${c.field} ${asDate ? DATE_WORDS[c.operator] : WORDS[c.operator]} ${quoted(c.value)}`;
}

function group(g: CheckedGroup, top: boolean): string {
	if (g.conditions.length === 0) return g.operator === 'and' ? 'all records' : 'no records';
	const parts = g.conditions.map((c) => ('conditions' in c ? group(c, false) : condition(c)));
	const text = parts.join(` ${g.operator} `);
	return top || parts.length === 1 ? text : `(${text})`;
}

/**
 * Says a filter in plain English, for a report's heading: conditions joined
 * by "and" / "or", nested groups in parentheses, text quoted, numbers bare,
 * dates compared with "after" / "before".
 *
 * @param filter - a FilterGroup or the flat form; none for all records
 * @returns the sentence, starting "Filter: ", or "All records" without a filter
 * @throws IntakeError `EXPORT_INVALID_FILTER` for a filter filterRecords would refuse
 *
 * @example
 * describeFilter({ operator: 'and', conditions: [
 *   { field: 'status', operator: 'eq', value: 'active' },
 *   { operator: 'or', conditions: [{ field: 'city', operator: 'in', value: ['Boston', 'Denver'] }, { field: 'opened', operator: 'gte', value: '2025-01-01' }] },
 * ] })
 * //=> 'Filter: status is "active" and (city is one of "Boston", "Denver" or opened is on or after "2025-01-01")'
 */
export function describeFilter(filter?: FilterGroup | FlatFilter): string {
	if (filter === undefined || filter === null) return 'All records';
	return `Filter: ${group(checkFilter(filter), true)}`;
}
