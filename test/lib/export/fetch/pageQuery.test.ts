import { createPageQuery, planPagingFields } from '../../../../lib/export/fetch/pageQuery';
import type { ResolvedFetch } from '../../../../lib/export/fetch/fetchOptions';

function options(over: Partial<ResolvedFetch> = {}): ResolvedFetch {
	return {
		run: {} as ResolvedFetch['run'],
		request: async () => ({}),
		sortBy: 'created_at',
		sortDir: 'desc',
		pageSize: 20,
		maxRecords: Number.MAX_SAFE_INTEGER,
		maxPages: 1000,
		idField: 'id',
		...over,
	};
}

describe('planPagingFields', () => {
	it("returns the id and sort fields added to the caller's list, once each", () => {
		expect(planPagingFields({ fields: ['name'], idField: 'id', sortBy: 'created_at' })).toEqual({
			asked: ['name', 'id', 'created_at'],
			added: ['id', 'created_at'],
		});
		expect(planPagingFields({ fields: ['id', 'name'], idField: 'id', sortBy: 'id' })).toEqual({
			asked: ['id', 'name'],
			added: [],
		});
	});

	it('returns no list when every field is asked for', () => {
		expect(planPagingFields({ idField: 'id', sortBy: 'created_at' })).toEqual({ added: [] });
	});
});

describe('createPageQuery', () => {
	describe('the first page', () => {
		it('returns the flat filter as its own parameters, the value as JSON when not text', () => {
			const query = createPageQuery(
				options({ filter: { filter_field: 'n', filter_operator: 'in', filter_value: [1, 2] } }),
				['name', 'id'],
			);
			expect(query(undefined)).toEqual({
				format: 'json',
				sort_by: 'created_at',
				sort_dir: 'desc',
				limit: '20',
				fields: 'name,id',
				filter_field: 'n',
				filter_operator: 'in',
				filter_value: '[1,2]',
			});
		});

		it('returns a group filter as `filters` JSON', () => {
			const filter = {
				operator: 'and' as const,
				conditions: [{ field: 'a', operator: 'eq' as const, value: 1 }],
			};
			expect(createPageQuery(options({ filter }), undefined)(undefined).filters).toBe(
				JSON.stringify(filter),
			);
		});
	});

	describe('later pages', () => {
		it("returns the caller's filter AND at-or-before the cursor, leaving out the tied ids", () => {
			const query = createPageQuery(
				options({
					filter: { filter_field: 'status', filter_operator: 'eq', filter_value: 'open' },
				}),
				undefined,
			);
			expect(JSON.parse(query({ value: '2025-01-01', ids: ['a', 'b'] }).filters)).toEqual({
				operator: 'and',
				conditions: [
					{ field: 'status', operator: 'eq', value: 'open' },
					{ field: 'created_at', operator: 'lte', value: '2025-01-01' },
					{ field: 'id', operator: 'not_in', value: ['a', 'b'] },
				],
			});
		});

		it('returns a strict gt past the cursor when sorting by the id (keyset paging)', () => {
			const query = createPageQuery(options({ sortBy: 'id', sortDir: 'asc' }), undefined);
			const q = query({ value: 40, ids: [] });
			expect(q.filter_field).toBeUndefined();
			expect(JSON.parse(q.filters)).toEqual({
				operator: 'and',
				conditions: [{ field: 'id', operator: 'gt', value: 40 }],
			});
		});
	});
});
