import { checkFetchFilter } from '../../../../lib/export/fetch/checkFetchFilter';

function errorOf(fn: () => void): { code: string; message: string } | undefined {
	try {
		fn();
		return undefined;
	} catch (e) {
		return e as { code: string; message: string };
	}
}

describe('checkFetchFilter', () => {
	describe('accepted filters', () => {
		it('returns undefined for no filter, a flat filter and a nested group', () => {
			expect(checkFetchFilter(undefined)).toBeUndefined();
			expect(
				checkFetchFilter({ filter_field: 'status', filter_operator: 'eq', filter_value: 'open' }),
			).toBeUndefined();
			expect(
				checkFetchFilter({
					operator: 'or',
					conditions: [
						{ field: 'a', operator: 'is_empty' },
						{ operator: 'and', conditions: [{ field: 'b', operator: 'in', value: [1, 2] }] },
					],
				}),
			).toBeUndefined();
		});
	});

	describe('refused filters', () => {
		it('returns FETCH_INVALID_OPTION naming the flat field when it is empty', () => {
			const e = errorOf(() =>
				checkFetchFilter({ filter_field: '', filter_operator: 'eq', filter_value: 'x' }),
			);
			expect(e?.code).toBe('FETCH_INVALID_OPTION');
			expect(e?.message).toBe(
				'Invalid option `filter.filter_field`: expected a field name, got ""',
			);
		});

		it('returns the list of operators when a nested operator is unknown', () => {
			const e = errorOf(() =>
				checkFetchFilter({
					operator: 'and',
					conditions: [
						{ field: 'a', operator: 'eq' },
						{ field: 'b', operator: 'like' as 'eq' },
					],
				}),
			);
			expect(e?.message).toBe(
				'Invalid option `filter.conditions[1].operator`: expected one of eq, neq, contains, not_contains, starts_with, ends_with, gt, gte, lt, lte, in, not_in, is_empty, is_not_empty, got "like"',
			);
		});

		it('returns an error for groups nested deeper than 32', () => {
			let group: Record<string, unknown> = { operator: 'and', conditions: [] };
			for (let i = 0; i < 34; i++) group = { operator: 'and', conditions: [group] };
			const e = errorOf(() => checkFetchFilter(group as never));
			expect(e?.message).toMatch(/expected groups nested at most 32 deep, got "\(deeper\)"$/);
		});

		it('returns an error for a group without conditions', () => {
			const e = errorOf(() => checkFetchFilter({ operator: 'xor' } as never));
			expect(e?.message).toMatch(/^Invalid option `filter`: expected a FilterGroup/);
		});
	});
});
