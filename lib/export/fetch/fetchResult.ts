import type { RunStop } from '../../importer/runRequests';
import type { ResolvedFetch } from './fetchOptions';
import type { FetchState } from './takePage';
import type { FetchProblem, FetchResult } from './types';

/**
 * Problems that did not stop the run: entries that were not records, records
 * without an id, records sent twice (unless the run failed, which explains
 * them), and fewer records than the target counted when the run ended well.
 */
function fetchIssues(
	state: FetchState,
	o: ResolvedFetch,
	stop: RunStop | undefined,
): FetchProblem[] {
	const { records, total, counts } = state;
	const issues: FetchProblem[] = [];
	if (counts.notObjects > 0)
		issues.push({
			code: 'FETCH_NOT_RECORDS',
			message: `${counts.notObjects} entries of the target's answers were not records (objects) and were left out.`,
		});
	if (counts.withoutId > 0)
		issues.push({
			code: 'FETCH_NO_ID',
			message: `${counts.withoutId} records came without ${o.idField}; they were told apart by their content.`,
		});
	if (counts.repeated > 0 && state.error === undefined)
		issues.push({
			code: 'FETCH_REPEATED',
			message: `${counts.repeated} records came back on more than one page and were kept once.`,
		});
	const endedWell = !state.error && !state.more && stop === undefined;
	if (endedWell && total !== undefined && records.length < total && o.maxRecords > records.length)
		issues.push({
			code: 'FETCH_FEWER_THAN_TOTAL',
			message: `The target counted ${total} records but ${records.length} came back: records may have been deleted meanwhile, or lack ${o.sortBy}. Fetch again to check.`,
		});
	return issues;
}

/**
 * The result of a run from its final state and how runRequests ended: status
 * `Complete`, `Halted (time limit)` (with `FETCH_TIME_LIMIT`), or `Error` (the
 * run's own problem, else the stop's reason under a `FETCH_` code). A run that
 * stopped early always has `more`.
 *
 * @param state - the run's final state
 * @param o - the checked options
 * @param stop - why runRequests stopped early, if it did
 * @returns what fetchAllRecords returns
 */
export function buildFetchResult(
	state: FetchState,
	o: ResolvedFetch,
	stop: RunStop | undefined,
): FetchResult {
	const issues = fetchIssues(state, o, stop);
	const { records } = state;
	let more = state.more;
	const result: FetchResult = { records, pages: state.pages, status: 'Complete' };
	if (state.total !== undefined) result.total = state.total;
	if (stop?.kind === 'timeLimit') {
		result.status = 'Halted (time limit)';
		result.error = {
			code: 'FETCH_TIME_LIMIT',
			message: `${stop.reason.message} ${records.length} records were fetched; fetch again with a longer time limit or a filter.`,
		};
		more = true;
	} else if (state.error !== undefined || stop !== undefined) {
		result.status = 'Error';
		result.error = state.error ?? {
			code: stop!.reason.code.replace(/^IMPORT_/, 'FETCH_'),
			message: stop!.reason.message,
		};
		more = true;
	}
	if (issues.length > 0) result.issues = issues;
	if (more) result.more = true;
	return result;
}
