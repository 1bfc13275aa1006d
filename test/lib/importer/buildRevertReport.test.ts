import { buildRevertReport } from '../../../lib/importer/buildRevertReport';
import { startRevert } from './revertHelpers';

describe('buildRevertReport', () => {
	it('accounts for every target: those never deleted are notAttempted, saying why', () => {
		const revert = startRevert({}, ['a', 'b']);
		revert.results[0] = { id: 'a', status: 'deleted' };
		const out = buildRevertReport(revert, {
			revertId: 'r-1',
			stop: { kind: 'timeLimit', reason: { code: 'IMPORT_TIME_LIMIT', message: 'Time.' } },
			search: undefined,
			issues: [],
		});
		expect(out.totals).toEqual({ ids: 2, deleted: 1, alreadyGone: 0, failed: 0, notAttempted: 1 });
		expect(out.results[1]).toEqual({
			id: 'b',
			status: 'notAttempted',
			code: 'NOT_ATTEMPTED',
			message:
				'Not deleted: the time limit was reached. Revert again: records already deleted are skipped.',
		});
		expect(out).toMatchObject({
			revertId: 'r-1',
			importId: 'imp-1',
			status: 'Halted (time limit)',
			durationMs: 0,
		});
	});

	it('counts updates and id-less rows as not reverted, unless a full search covered their tag', () => {
		const report = {
			results: [
				{ row: 2, status: 'updated' as const, id: 'u' },
				{ row: 3, status: 'accepted' as const, batch: 1 },
				{ row: 4, status: 'accepted' as const, batch: 2 },
			],
			batches: [
				{ batch: 1, tag: 'imp-1' },
				{ batch: 2, tag: 'imp-0' },
			],
		} as never;
		const search = { field: 'importId', value: 'imp-1', requests: 1, found: 0, ignored: 0 };
		const out = buildRevertReport(startRevert(report, []), {
			revertId: 'r',
			stop: undefined,
			search,
			issues: [],
		});
		expect(out.notReverted).toEqual({ updated: 1, acceptedWithoutId: 1 });
		expect(out.issues).toEqual([
			{
				code: 'IMPORT_TAGGED_BY_EARLIER_IMPORT',
				message:
					'1 rows were sent again exactly as import imp-0 first sent them, with its tag, and the target gave no ids for them: whatever it created from them carries imp-0. Revert import imp-0 too to remove those records.',
			},
		]);
		expect(out.status).toBe('Completed with errors');
	});
});
