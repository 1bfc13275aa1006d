import { isPlainRecord } from '../../isPlainRecord';
import { invalidOption } from '../../errors';
import { FILTER_OPERATORS, MAX_FILTER_DEPTH } from '../compileFilter';
import type { FilterGroup, FilterOperator, FlatFilter } from '../types';

const OPERATOR_LIST = `one of ${FILTER_OPERATORS.join(', ')}`;

function isOperator(value: unknown): boolean {
	return FILTER_OPERATORS.includes(value as FilterOperator);
}

/** Checks a FilterGroup and the groups in it, to `MAX_FILTER_DEPTH` deep; `path` names it in the error. */
function checkGroup(group: unknown, path: string, depth: number): void {
	if (
		!isPlainRecord(group) ||
		(group.operator !== 'and' && group.operator !== 'or') ||
		!Array.isArray(group.conditions)
	) {
		throw invalidOption(
			'FETCH_INVALID_OPTION',
			path,
			'a FilterGroup { operator: "and" | "or", conditions: [...] } or { filter_field, filter_operator, filter_value }',
			group,
		);
	}
	if (depth > MAX_FILTER_DEPTH)
		throw invalidOption(
			'FETCH_INVALID_OPTION',
			path,
			`groups nested at most ${MAX_FILTER_DEPTH} deep`,
			'(deeper)',
		);
	group.conditions.forEach((c, i) => {
		const at = `${path}.conditions[${i}]`;
		if (isPlainRecord(c) && 'conditions' in c) return checkGroup(c, at, depth + 1);
		if (!isPlainRecord(c) || typeof c.field !== 'string' || c.field === '')
			throw invalidOption('FETCH_INVALID_OPTION', at, 'a condition { field, operator, value }', c);
		if (!isOperator(c.operator))
			throw invalidOption('FETCH_INVALID_OPTION', `${at}.operator`, OPERATOR_LIST, c.operator);
	});
}

/**
 * Checks the `filter` option of fetchAllRecords before anything is requested:
 * the flat form needs a field name and a known operator; a FilterGroup needs
 * `and`/`or`, a list of conditions with a field and a known operator each, and
 * at most {@link MAX_FILTER_DEPTH} levels of nesting. Values are the target's
 * to judge.
 *
 * @param filter - the option as given (undefined passes)
 * @throws IntakeError `FETCH_INVALID_OPTION` naming the bad part (`filter.conditions[1].operator`)
 * @example
 * checkFetchFilter({ filter_field: 'status', filter_operator: 'eq', filter_value: 'open' })
 * //=> undefined (no error)
 */
export function checkFetchFilter(filter: FilterGroup | FlatFilter | undefined): void {
	if (filter === undefined) return;
	if (!isPlainRecord(filter) || !('filter_field' in filter)) return checkGroup(filter, 'filter', 0);
	const flat = filter as FlatFilter;
	if (typeof flat.filter_field !== 'string' || flat.filter_field === '')
		throw invalidOption(
			'FETCH_INVALID_OPTION',
			'filter.filter_field',
			'a field name',
			flat.filter_field,
		);
	if (!isOperator(flat.filter_operator))
		throw invalidOption(
			'FETCH_INVALID_OPTION',
			'filter.filter_operator',
			OPERATOR_LIST,
			flat.filter_operator,
		);
}
