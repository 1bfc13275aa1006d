import { findRevertTargets, someRecords } from '../../../lib/importer/findRevertTargets';
import type { ImportReport } from '../../../lib/importer';

const reportOf = (over: Partial<ImportReport>): ImportReport =>
	({ importId: 'imp-1', results: [], createdIds: [], ...over }) as ImportReport;

describe('findRevertTargets', () => {
	it('returns each created id once, with its row when the report gives it', () => {
		const plan = findRevertTargets(
			reportOf({
				createdIds: ['a', 'b', 'a'],
				results: [{ row: 2, status: 'created', id: 'a' }],
			}),
		);
		expect(plan.targets).toEqual([{ id: 'a', row: 2 }, { id: 'b' }]);
		expect(plan.created).toEqual(['a', 'b']);
		expect(plan.issues).toEqual([]);
	});

	it('never targets a record the import updated, and says so', () => {
		const plan = findRevertTargets(
			reportOf({
				createdIds: ['a', 'u'],
				results: [
					{ row: 2, status: 'created', id: 'a' },
					{ row: 3, status: 'created', id: 'u', operation: 'update' },
				],
			}),
		);
		expect(plan.targets).toEqual([{ id: 'a', row: 2 }]);
		expect([...plan.updatedIds]).toEqual(['u']);
		expect(plan.issues).toEqual([
			{
				code: 'IMPORT_REVERT_SPARED',
				message:
					'The report lists record u as created and also as updated by this import; a revert never deletes a record an import updated, so it was left alone. Check it in the target.',
			},
		]);
	});
});

describe('someRecords', () => {
	it('names one record, or up to five of many', () => {
		expect(someRecords(['a'])).toBe('record a');
		expect(someRecords(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('6 records (a, b, c, d, e, …)');
	});
});
