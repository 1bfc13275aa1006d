import { nextCursor, type CursorContext } from '../../../../lib/export/fetch/nextCursor';

function context(over: Partial<CursorContext> = {}): CursorContext {
	return {
		page: 2,
		previous: undefined,
		sortBy: 'n',
		sortDir: 'desc',
		idField: 'id',
		sortValue: (r) => r.n,
		idValue: (r) => r.id,
		...over,
	};
}

describe('nextCursor', () => {
	describe('pages it can cut after', () => {
		it('returns the last sort value and the ids of the records at it', () => {
			const page = [
				{ id: 'a', n: 3 },
				{ id: 'b', n: 1 },
				{ id: 'c', n: 1 },
			];
			expect(nextCursor(page, context())).toEqual({ value: 1, ids: ['b', 'c'] });
		});

		it('returns the previous ids too when the value did not change', () => {
			const page = [{ id: 'd', n: 1 }];
			expect(nextCursor(page, context({ previous: { value: 1, ids: ['b', 'c'] } }))).toEqual({
				value: 1,
				ids: ['b', 'c', 'd'],
			});
		});

		it('returns no ids when sorting by the id field (keyset paging)', () => {
			const page = [{ id: 9 }, { id: 8 }];
			const x = context({ sortBy: 'id', sortValue: (r) => r.id });
			expect(nextCursor(page, x)).toEqual({ value: 8, ids: [] });
		});
	});

	describe('pages it cannot cut after', () => {
		it('returns FETCH_NO_SORT_VALUE when the last record has no sort value', () => {
			expect(nextCursor([{ id: 'a', n: 2 }, { id: 'b' }], context())).toMatchObject({
				code: 'FETCH_NO_SORT_VALUE',
			});
		});

		it('returns FETCH_NOT_SORTED when numbers go the wrong way', () => {
			const page = [
				{ id: 'a', n: 1 },
				{ id: 'b', n: 2 },
			];
			expect(nextCursor(page, context())).toEqual({
				code: 'FETCH_NOT_SORTED',
				message:
					'Page 2 is not sorted by n desc, so pages cut by it would miss records: check that the target honours sort_by and sort_dir, or sort by another field.',
			});
		});

		it('returns FETCH_PAGING_IGNORED when the page starts before the previous one ended', () => {
			const page = [{ id: 'a', n: 5 }];
			expect(nextCursor(page, context({ previous: { value: 3, ids: [] } }))).toMatchObject({
				code: 'FETCH_PAGING_IGNORED',
			});
		});

		it('returns FETCH_NO_ID when a record at the last value has no id', () => {
			expect(nextCursor([{ n: 1 }], context())).toMatchObject({ code: 'FETCH_NO_ID' });
		});

		it('returns FETCH_TOO_MANY_TIES past 500 records at one value', () => {
			const page = Array.from({ length: 501 }, (_, i) => ({ id: `r${i}`, n: 1 }));
			expect(nextCursor(page, context())).toMatchObject({ code: 'FETCH_TOO_MANY_TIES' });
		});
	});
});
