import { isPlainRecord } from '../../isPlainRecord';
import type { ExportRecord } from '../types';
import { MAX_PAGE_SIZE, type ResolvedFetch } from './fetchOptions';
import { nextCursor, type PageCursor } from './nextCursor';
import { idOf } from './records';
import type { FetchProblem } from './types';

/**
 * A fetch run's state, changed only by {@link takePage} and the run's `fail`.
 * Invariants: `records` holds each record once (by id, or by content when it
 * has none), in the target's order, at most `maxRecords`; `seen` holds the key
 * of every record met, kept or not; once `done` or `error` is set no page is
 * asked for; `more` is true when the target is known to have records not in
 * `records`.
 */
export interface FetchState {
	readonly records: ExportRecord[];
	readonly seen: Set<string>;
	/** Pages answered and taken. */
	pages: number;
	/** The target's count, from the first page's answer. */
	total?: number;
	/** Where the next page starts; undefined before the first. */
	cursor?: PageCursor;
	done: boolean;
	more: boolean;
	/** The first problem that ended the run, redacted. */
	error?: FetchProblem;
	/** Entries that were not objects, records without an id, and records met again. */
	readonly counts: { notObjects: number; withoutId: number; repeated: number };
}

/** What taking a page needs: the checked options, the paging-only fields, and the field readers. */
export interface PageRules {
	o: ResolvedFetch;
	/** Fields asked for paging only, taken out of each record kept. */
	added: readonly string[];
	sortValue: (record: Record<string, unknown>) => unknown;
	idValue: (record: Record<string, unknown>) => unknown;
}

/** The state before the first page. */
export function createFetchState(): FetchState {
	return {
		records: [],
		seen: new Set(),
		pages: 0,
		done: false,
		more: false,
		counts: { notObjects: 0, withoutId: 0, repeated: 0 },
	};
}

/**
 * Keeps the page's records not met before (without the paging-only fields),
 * up to `maxRecords`; one past it sets `done` and `more`.
 *
 * @returns how many records were new, kept or not
 */
function collectRecords(state: FetchState, list: readonly unknown[], rules: PageRules): number {
	let fresh = 0;
	for (const r of list) {
		if (!isPlainRecord(r)) {
			state.counts.notObjects++;
			continue;
		}
		const id = idOf(rules.idValue(r));
		if (id === undefined) state.counts.withoutId++;
		const key = id === undefined ? `json:${JSON.stringify(r)}` : `id:${id}`;
		if (state.seen.has(key)) {
			state.counts.repeated++;
			continue;
		}
		state.seen.add(key);
		fresh++;
		if (state.records.length >= rules.o.maxRecords) {
			state.more = true;
			state.done = true;
			continue;
		}
		const out = { ...r };
		for (const f of rules.added) delete out[f];
		state.records.push(out);
	}
	return fresh;
}

/** `12 of 257`, or `12` when the target gave no total. */
function soFar(state: FetchState): string {
	return `${state.records.length}${state.total === undefined ? '' : ` of ${state.total}`}`;
}

/**
 * Whether the run goes on after a page: `last` (enough records, an empty or
 * short page, or nothing new once the total is reached), `next`, or the
 * problem that stops it (a page of only repeats: the target ignores the
 * paging filter; `maxPages` reached). A short page is the last unless the
 * target counts more than it sent (it caps pages below the limit asked).
 */
function pageVerdict(
	state: FetchState,
	answer: { records: unknown[]; total?: number },
	fresh: number,
	page: number,
	o: ResolvedFetch,
): 'last' | 'next' | FetchProblem {
	const size = answer.records.length;
	const countsMore = answer.total !== undefined && answer.total > size;
	if (state.done || size === 0) return 'last';
	if (fresh === 0) {
		if (state.total !== undefined && state.records.length >= state.total) return 'last';
		return {
			code: 'FETCH_PAGING_IGNORED',
			message: `Page ${page} brought only records already fetched (${soFar(state)} so far): the target seems to ignore the filter that pages through the records (${o.sortBy} ${o.sortDir === 'desc' ? 'at or before' : 'at or after'} the last one, other ids). Check that its export API supports the "filters" parameter with gte/lte and not_in, or fetch one page with a limit of up to ${MAX_PAGE_SIZE}.`,
		};
	}
	if (state.records.length >= o.maxRecords) {
		state.more = size >= o.pageSize || countsMore;
		return 'last';
	}
	if (size < o.pageSize && !countsMore) return 'last';
	if (page >= o.maxPages)
		return {
			code: 'FETCH_PAGE_LIMIT',
			message: `Stopped after ${o.maxPages} pages (${state.records.length} records${state.total === undefined ? '' : ` of ${state.total}`}), the most \`maxPages\` allows: raise it, or the page size (up to ${MAX_PAGE_SIZE}).`,
		};
	return 'next';
}

/**
 * Takes one answered page into the state: counts it, keeps its new records,
 * then either ends the run (`done`), sets the cursor of the next page, or
 * returns the problem that stops the run (the caller records it).
 *
 * @param state - the run's state, changed in place
 * @param answer - the page's entries and total, as read by readPageAnswer
 * @param page - the page's number, 1 for the first
 * @param rules - options, paging-only fields and field readers
 * @returns the problem that stops the run, or undefined to go on (or end, if `state.done`)
 * @example
 * const state = createFetchState();
 * takePage(state, { records: [{ id: 1 }], total: 1 }, 1, rules);
 * [state.records, state.done]
 * //=> [[{ id: 1 }], true]
 */
export function takePage(
	state: FetchState,
	answer: { records: unknown[]; total?: number },
	page: number,
	rules: PageRules,
): FetchProblem | undefined {
	state.pages++;
	if (page === 1) state.total = answer.total;
	const fresh = collectRecords(state, answer.records, rules);
	const verdict = pageVerdict(state, answer, fresh, page, rules.o);
	if (verdict === 'last') {
		state.done = true;
		return undefined;
	}
	if (verdict !== 'next') return verdict;
	const cursor = nextCursor(answer.records.filter(isPlainRecord), {
		page,
		previous: state.cursor,
		sortBy: rules.o.sortBy,
		sortDir: rules.o.sortDir,
		idField: rules.o.idField,
		sortValue: rules.sortValue,
		idValue: rules.idValue,
	});
	if ('code' in cursor) return cursor;
	state.cursor = cursor;
	return undefined;
}
