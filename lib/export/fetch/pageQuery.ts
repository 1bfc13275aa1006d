import type { FilterCondition, FilterGroup, FlatFilter } from '../types';
import type { ResolvedFetch } from './fetchOptions';
import type { PageCursor } from './nextCursor';

/** The fields asked of the target, and those added only for paging (taken out of the records again). */
export interface PagingFields {
	/** `fields=` of every query; undefined asks for every field. */
	asked?: string[];
	/** The id and sort fields when the caller's list lacks them. */
	added: string[];
}

/**
 * Paging reads the id and the sort field of every record: when the caller
 * names fields, those two are asked for too (once each), and remembered so
 * they can be taken out of the records.
 *
 * @example
 * planPagingFields({ fields: ['name'], idField: 'id', sortBy: 'created_at' })
 * //=> { asked: ['name', 'id', 'created_at'], added: ['id', 'created_at'] }
 */
export function planPagingFields(
	o: Pick<ResolvedFetch, 'fields' | 'idField' | 'sortBy'>,
): PagingFields {
	if (!o.fields) return { added: [] };
	const asked = [...o.fields];
	const added = [o.idField, o.sortBy].filter(
		(f, i, all) => all.indexOf(f) === i && !asked.includes(f),
	);
	return { asked: [...asked, ...added], added };
}

/** A query value: text as is, anything else as JSON (a list for `in`). */
function queryValue(value: unknown): string {
	return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/** The caller's filter as one condition or group, to be ANDed with a cursor's. */
function asCondition(filter: FilterGroup | FlatFilter): FilterGroup | FilterCondition {
	if (!('filter_field' in filter)) return filter;
	return {
		field: filter.filter_field,
		operator: filter.filter_operator,
		value: filter.filter_value,
	};
}

/** The caller's filter as the first page sends it: the flat parameters, or `filters` as JSON. */
function firstPageFilter(filter: FilterGroup | FlatFilter, q: Record<string, string>): void {
	if ('filter_field' in filter) {
		q.filter_field = filter.filter_field;
		q.filter_operator = filter.filter_operator;
		if (filter.filter_value !== undefined) q.filter_value = queryValue(filter.filter_value);
	} else q.filters = JSON.stringify(filter);
}

/**
 * Makes the query of each page. Every page asks for the same fields, sort and
 * limit. The first (no cursor) sends the caller's filter as given. A later one
 * sends `filters`: the caller's filter AND the cursor's conditions, which
 * start the page at the cursor's sort value: past it (`gt`/`lt`) when the sort
 * field is the unique id (keyset paging), else at or past it (`gte`/`lte`)
 * leaving out by id (`not_in`) the records at that value already fetched.
 *
 * @param o - the checked options
 * @param asked - the `fields=` list (see {@link planPagingFields})
 * @returns the query for a page, given the cursor left by the one before
 * @example
 * createPageQuery(o, undefined)({ value: '2025-01-01T00:00:09Z', ids: ['cli-9'] }).filters
 * //=> '{"operator":"and","conditions":[{"field":"created_at","operator":"lte","value":"2025-01-01T00:00:09Z"},{"field":"id","operator":"not_in","value":["cli-9"]}]}'
 */
export function createPageQuery(
	o: ResolvedFetch,
	asked: string[] | undefined,
): (cursor: PageCursor | undefined) => Record<string, string> {
	const caller = o.filter === undefined ? undefined : asCondition(o.filter);
	const desc = o.sortDir === 'desc';
	const keyset = o.sortBy === o.idField;
	return (cursor) => {
		const q: Record<string, string> = {
			format: 'json',
			sort_by: o.sortBy,
			sort_dir: o.sortDir,
			limit: String(o.pageSize),
		};
		if (asked) q.fields = asked.join(',');
		if (cursor === undefined) {
			if (o.filter !== undefined) firstPageFilter(o.filter, q);
			return q;
		}
		const conditions: Array<FilterCondition | FilterGroup> = caller ? [caller] : [];
		if (keyset)
			conditions.push({ field: o.sortBy, operator: desc ? 'lt' : 'gt', value: cursor.value });
		else {
			conditions.push({ field: o.sortBy, operator: desc ? 'lte' : 'gte', value: cursor.value });
			if (cursor.ids.length > 0)
				conditions.push({ field: o.idField, operator: 'not_in', value: cursor.ids });
		}
		q.filters = JSON.stringify({ operator: 'and', conditions });
		return q;
	};
}
