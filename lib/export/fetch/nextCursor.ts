import { DEFAULT_FETCH_OPTIONS, MAX_PAGE_SIZE, type ResolvedFetch } from './fetchOptions';
import { compareKnown, idOf } from './records';
import type { FetchProblem } from './types';

/**
 * Where the next page starts: at the last sort value seen, leaving out by id
 * the records at that value already fetched (on this page and, when the value
 * did not change, the pages before). Keyset paging (sort by the id) needs no
 * ids.
 */
export interface PageCursor {
	/** The last record's sort value: a number, or non-empty text. */
	value: unknown;
	/** Ids of the records fetched at `value`, at most `DEFAULT_FETCH_OPTIONS.maxTiedIds`. */
	ids: string[];
}

/** What cutting pages needs to know of the run and of the page at hand. */
export interface CursorContext extends Pick<ResolvedFetch, 'sortBy' | 'sortDir' | 'idField'> {
	/** The page just taken (1 for the first). */
	page: number;
	/** The cursor this page was asked with; undefined on the first page. */
	previous: PageCursor | undefined;
	/** Reads a record's sort field. */
	sortValue: (record: Record<string, unknown>) => unknown;
	/** Reads a record's id field. */
	idValue: (record: Record<string, unknown>) => unknown;
}

/** Whether `c` (a comparison of an earlier to a later value) breaks the sort direction. */
function outOfOrder(c: number | undefined, sortDir: 'asc' | 'desc'): boolean {
	return c !== undefined && (sortDir === 'desc' ? c < 0 : c > 0);
}

/** Why the page cannot be cut after, if it cannot: no usable sort value, or not in sort order. */
function checkPageOrder(
	objects: Array<Record<string, unknown>>,
	value: unknown,
	x: CursorContext,
): FetchProblem | undefined {
	if (value === undefined || value === null || value === '' || typeof value === 'object') {
		return {
			code: 'FETCH_NO_SORT_VALUE',
			message: `The last record of page ${x.page} has no ${x.sortBy}, so the next page cannot start after it: sort by a field every record has (\`sortBy\`, e.g. "${x.idField}").`,
		};
	}
	for (let i = 1; i < objects.length; i++) {
		if (outOfOrder(compareKnown(x.sortValue(objects[i - 1]), x.sortValue(objects[i])), x.sortDir))
			return {
				code: 'FETCH_NOT_SORTED',
				message: `Page ${x.page} is not sorted by ${x.sortBy} ${x.sortDir}, so pages cut by it would miss records: check that the target honours sort_by and sort_dir, or sort by another field.`,
			};
	}
	if (
		x.previous !== undefined &&
		outOfOrder(compareKnown(x.previous.value, x.sortValue(objects[0])), x.sortDir)
	) {
		return {
			code: 'FETCH_PAGING_IGNORED',
			message: `Page ${x.page} starts before where page ${x.page - 1} ended (${x.sortBy}): the target seems to ignore the filter that pages through the records. Check that its export API supports the "filters" parameter with gte/lte and not_in.`,
		};
	}
	return undefined;
}

/** The ids to leave out next: this page's records at `value`, and the previous cursor's when at the same value. */
function tiedIds(
	objects: Array<Record<string, unknown>>,
	value: unknown,
	x: CursorContext,
): string[] | FetchProblem {
	const tied = objects.filter((r) => String(x.sortValue(r)) === String(value));
	const ids = tied.map((r) => idOf(x.idValue(r)));
	if (ids.some((id) => id === undefined)) {
		return {
			code: 'FETCH_NO_ID',
			message: `Records of page ${x.page} have no ${x.idField}, so the next page cannot leave them out: make the target return the id field (\`idField\`), or fetch one page with a limit of up to ${MAX_PAGE_SIZE}.`,
		};
	}
	const carried =
		x.previous !== undefined && String(x.previous.value) === String(value) ? x.previous.ids : [];
	const all = [...new Set([...carried, ...(ids as string[])])];
	if (all.length > DEFAULT_FETCH_OPTIONS.maxTiedIds) {
		return {
			code: 'FETCH_TOO_MANY_TIES',
			message: `More than ${DEFAULT_FETCH_OPTIONS.maxTiedIds} records share ${x.sortBy} = ${String(value)}, too many to leave out by id on the next page: sort by a unique field (\`sortBy: "${x.idField}"\`).`,
		};
	}
	return all;
}

/**
 * The cursor after a full page, or why the pages cannot go on safely. Checks,
 * in order: the last record has a sort value (a number or text); the page is
 * in sort order, and starts no earlier than the previous page ended (numbers
 * and ISO dates are compared; other text is trusted); the records at the last
 * value have ids, and at most `maxTiedIds` of them. When the sort field is the
 * id field, no ids are needed (keyset paging).
 *
 * @param objects - the page's records, in the target's order (at least one)
 * @param x - the run's sort and id fields, the page number and the previous cursor
 * @returns the next page's cursor, or the problem (code and message) that ends the run
 * @example
 * nextCursor([{ id: 'a', n: 2 }, { id: 'b', n: 1 }], { page: 1, previous: undefined, sortBy: 'n', sortDir: 'desc', idField: 'id', sortValue: (r) => r.n, idValue: (r) => r.id })
 * //=> { value: 1, ids: ['b'] }
 */
export function nextCursor(
	objects: Array<Record<string, unknown>>,
	x: CursorContext,
): PageCursor | FetchProblem {
	const last = objects[objects.length - 1];
	const value = last === undefined ? undefined : x.sortValue(last);
	const disorder = checkPageOrder(objects, value, x);
	if (disorder) return disorder;
	if (x.sortBy === x.idField) return { value, ids: [] };
	const ids = tiedIds(objects, value, x);
	return Array.isArray(ids) ? { value, ids } : ids;
}
