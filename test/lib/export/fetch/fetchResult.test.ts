import { resolveFetchOptions } from '../../../../lib/export/fetch/fetchOptions';
import { buildFetchResult } from '../../../../lib/export/fetch/fetchResult';
import { createFetchState } from '../../../../lib/export/fetch/takePage';

const o = resolveFetchOptions({ request: async () => ({}), retry: { attempts: 1 } });

describe('buildFetchResult', () => {
	it('returns Complete with the records, pages and total of a run that ended well', () => {
		const state = createFetchState();
		state.records.push({ id: 1 });
		Object.assign(state, { pages: 1, total: 1, done: true });
		expect(buildFetchResult(state, o, undefined)).toEqual({
			records: [{ id: 1 }],
			pages: 1,
			total: 1,
			status: 'Complete',
		});
	});

	it('returns FETCH_FEWER_THAN_TOTAL and the counted problems as issues', () => {
		const state = createFetchState();
		Object.assign(state, { pages: 1, total: 2, done: true });
		Object.assign(state.counts, { notObjects: 1, withoutId: 0, repeated: 2 });
		expect(buildFetchResult(state, o, undefined).issues?.map((i) => i.code)).toEqual([
			'FETCH_NOT_RECORDS',
			'FETCH_REPEATED',
			'FETCH_FEWER_THAN_TOTAL',
		]);
	});

	it('returns Halted (time limit) with more when time ran out', () => {
		const r = buildFetchResult(createFetchState(), o, {
			kind: 'timeLimit',
			reason: { code: 'IMPORT_TIME_LIMIT', message: 'Time is up.' },
		});
		expect(r).toMatchObject({
			status: 'Halted (time limit)',
			more: true,
			error: {
				code: 'FETCH_TIME_LIMIT',
				message:
					'Time is up. 0 records were fetched; fetch again with a longer time limit or a filter.',
			},
		});
	});

	it('returns Error with the stop reason under a FETCH_ code when the run has no own error', () => {
		const r = buildFetchResult(createFetchState(), o, {
			kind: 'auth',
			reason: { code: 'IMPORT_UNAUTHORIZED', message: 'Refused.' },
		});
		expect(r).toMatchObject({
			status: 'Error',
			more: true,
			error: { code: 'FETCH_UNAUTHORIZED', message: 'Refused.' },
		});
	});
});
