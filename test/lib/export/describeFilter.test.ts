import { describeFilter } from '../../../lib/export/describeFilter';

describe('describeFilter', () => {
	it('returns nested groups in parentheses, text quoted, numbers bare, dates with after/before', () => {
		expect(
			describeFilter({
				operator: 'and',
				conditions: [
					{ field: 'status', operator: 'neq', value: 'closed' },
					{
						operator: 'or',
						conditions: [
							{ field: 'opened', operator: 'lt', value: '1/5/2025' },
							{ field: 'fee', operator: 'gt', value: '1,000' },
							{ field: 'email', operator: 'is_empty' },
						],
					},
					{ field: 'city', operator: 'not_in', value: [] },
				],
			}),
		).toBe(
			'Filter: status is not "closed" and (opened is before "1/5/2025" or fee is greater than 1,000 or email is empty) and city is none of (nothing)',
		);
	});

	it('returns the flat form and "All records" without a filter', () => {
		expect(
			describeFilter({ filter_field: 'name', filter_operator: 'starts_with', filter_value: 'Zoë' }),
		).toBe('Filter: name starts with "Zoë"');
		expect(describeFilter()).toBe('All records');
	});

	it('throws EXPORT_INVALID_FILTER for a filter filterRecords refuses', () => {
		expect(() =>
			describeFilter({ operator: 'and', conditions: [{ field: 'a', operator: 'gt', value: 'x' }] }),
		).toThrow(expect.objectContaining({ code: 'EXPORT_INVALID_FILTER' }));
	});
});
