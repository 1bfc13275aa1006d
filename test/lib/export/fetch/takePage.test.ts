import { resolveFetchOptions } from '../../../../lib/export/fetch/fetchOptions';
import { createFetchState, takePage, type PageRules } from '../../../../lib/export/fetch/takePage';
import { createPathReader } from '../../../../lib/export/values';

function rules(over: Record<string, unknown> = {}, added: string[] = []): PageRules {
	const o = resolveFetchOptions({
		request: async () => ({}),
		retry: { attempts: 1 },
		sortBy: 'n',
		pageSize: 2,
		...over,
	});
	return { o, added, sortValue: createPathReader(o.sortBy), idValue: createPathReader(o.idField) };
}

describe('takePage', () => {
	describe('records', () => {
		it('returns each record once, without the paging-only fields, counting the others', () => {
			const state = createFetchState();
			const r = rules({}, ['n']);
			takePage(state, { records: [{ id: 1, n: 9, a: 'x' }, 'junk'], total: 3 }, 1, r);
			takePage(state, { records: [{ id: 1, n: 9 }, { n: 8 }] }, 2, r);
			expect(state.records).toEqual([{ id: 1, a: 'x' }, {}]);
			expect(state.counts).toEqual({ notObjects: 1, withoutId: 1, repeated: 1 });
			expect([state.pages, state.total]).toEqual([2, 3]);
		});

		it('returns done and more when maxRecords is reached inside a page', () => {
			const state = createFetchState();
			takePage(
				state,
				{
					records: [
						{ id: 1, n: 2 },
						{ id: 2, n: 1 },
					],
				},
				1,
				rules({ maxRecords: 1 }),
			);
			expect([state.records.length, state.done, state.more]).toEqual([1, true, true]);
		});
	});

	describe('where the run goes next', () => {
		it('returns a cursor after a full page', () => {
			const state = createFetchState();
			expect(
				takePage(
					state,
					{
						records: [
							{ id: 1, n: 2 },
							{ id: 2, n: 1 },
						],
					},
					1,
					rules(),
				),
			).toBe(undefined);
			expect([state.done, state.cursor]).toEqual([false, { value: 1, ids: ['2'] }]);
		});

		it('returns done after a short page, unless the total says more', () => {
			const short = createFetchState();
			takePage(short, { records: [{ id: 1, n: 2 }] }, 1, rules());
			expect(short.done).toBe(true);
			const capped = createFetchState();
			takePage(capped, { records: [{ id: 1, n: 2 }], total: 5 }, 1, rules());
			expect([capped.done, capped.cursor]).toEqual([false, { value: 2, ids: ['1'] }]);
		});

		it('returns FETCH_PAGING_IGNORED for a page of records already fetched', () => {
			const state = createFetchState();
			const page = {
				records: [
					{ id: 1, n: 2 },
					{ id: 2, n: 1 },
				],
			};
			takePage(state, page, 1, rules());
			expect(takePage(state, page, 2, rules())?.code).toBe('FETCH_PAGING_IGNORED');
		});

		it('returns FETCH_PAGE_LIMIT after maxPages full pages', () => {
			const state = createFetchState();
			const problem = takePage(
				state,
				{
					records: [
						{ id: 1, n: 2 },
						{ id: 2, n: 1 },
					],
				},
				1,
				rules({ maxPages: 1 }),
			);
			expect(problem).toEqual({
				code: 'FETCH_PAGE_LIMIT',
				message:
					'Stopped after 1 pages (2 records), the most `maxPages` allows: raise it, or the page size (up to 10000).',
			});
		});
	});
});
