import { runRequests, type RequestOutcome } from '../importer/runRequests';
import type { HaltReason } from '../importer/types';
import { buildFetchResult } from './fetch/fetchResult';
import { resolveFetchOptions } from './fetch/fetchOptions';
import { createPageQuery, planPagingFields } from './fetch/pageQuery';
import { readPageAnswer, type PageAnswer } from './fetch/readPageAnswer';
import { rewordForReading } from './fetch/rewordForReading';
import { createFetchState, takePage } from './fetch/takePage';
import type { FetchOptions, FetchProblem, FetchResult } from './fetch/types';
import { createPathReader } from './values';

export { DEFAULT_FETCH_OPTIONS } from './fetch/fetchOptions';
export type { FetchContext, FetchOptions, FetchResult, FetchStatus } from './fetch/types';

/**
 * Reads every record of an object through the documented export API
 * (`GET /api/v1/export/{object}`, answering `{ format, records, total }`),
 * page after page, with the importer's retries and backoff (429, 5xx,
 * network errors; `Retry-After` honoured), its time limit, and a stop at the
 * first 401 or 403. The HTTP call is injected.
 *
 * The API has no offset, so pages are cut by their sort field (keyset
 * paging): each page after the first asks, besides the caller's filter, for
 * records at or past the last sort value seen (`gte`/`lte`), leaving out by
 * id those at that value already fetched (`not_in`); with `sortBy` the id
 * field, a plain `gt`/`lt`. Records are kept once each, by id. The run stops
 * when a page comes back short, empty, or with nothing new, and after
 * `maxPages` pages at most: a target that ignores the filter or returns the
 * same page forever ends the run with an error, never a loop. Every text
 * from the target is redacted (`secrets`) before it enters the result.
 *
 * The pieces, in `./fetch/`: fetchOptions (checking), pageQuery (each page's
 * query), readPageAnswer and rewordForReading (answers and failures),
 * takePage (records kept and when to stop), nextCursor (where the next page
 * starts, and the checks that make that safe), fetchResult (the result).
 *
 * @param options - see {@link FetchOptions}; `request` is required, and `sleep` when retries may wait
 * @returns the records, the target's total, pages read, and how it ended
 * @throws IntakeError `FETCH_INVALID_OPTION` for bad options (nothing is requested)
 *
 * @example
 * const result = await fetchAllRecords({
 *   request: (query) => api.get('/api/v1/export/clients', { query }),
 *   filter: { filter_field: 'status', filter_operator: 'eq', filter_value: 'open' },
 *   sleep: (ms, signal) => sleepWithAbort(ms, signal),
 * });
 * [result.status, result.records.length, result.total]
 * //=> ['Complete', 2500, 2500]
 */
export async function fetchAllRecords(options: FetchOptions): Promise<FetchResult> {
	const o = resolveFetchOptions(options);
	const { run } = o;
	const start = run.now();
	const state = createFetchState();
	const { asked, added } = planPagingFields(o);
	const queryFor = createPageQuery(o, asked);
	const rules = {
		o,
		added,
		sortValue: createPathReader(o.sortBy),
		idValue: createPathReader(o.idField),
	};
	let page = 0;

	/** Records the first problem (redacted) and hands it to runRequests as the reason to halt. */
	const fail = ({ code, message }: FetchProblem): HaltReason => {
		state.error ??= { code, message: run.redact(message) };
		state.more = true;
		return state.error;
	};

	const stop = await runRequests<PageAnswer>(run, start, {
		next: () => (state.done || state.error ? undefined : ++page),
		call: async (p) =>
			readPageAnswer(await o.request(queryFor(state.cursor), { page: p, signal: run.signal })),
		settle: (p, outcome: RequestOutcome<PageAnswer>) => {
			if (outcome.kind === 'notSent') return undefined;
			if (outcome.kind === 'failed') {
				const f = rewordForReading(outcome.failure, run.object);
				return fail({ code: f.code, message: `Page ${p}: ${f.message}` });
			}
			if ('bad' in outcome.value)
				return fail({
					code: 'FETCH_BAD_ANSWER',
					message: `Page ${p}: the target's answer is not the export API's: ${outcome.value.bad}. Check the path (/api/v1/export/{object}) and format=json.`,
				});
			const problem = takePage(state, outcome.value, p, rules);
			return problem && fail(problem);
		},
		describe: (p) => `page ${p}`,
	});
	return buildFetchResult(state, o, stop);
}
