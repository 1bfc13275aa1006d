import { deleteTargets } from '../../../lib/importer/deleteTargets';
import { startRevert } from './revertHelpers';

describe('deleteTargets', () => {
	it('deletes each target once, under a key per record, and counts a record gone as alreadyGone', async () => {
		const calls: Array<[string, string]> = [];
		const revert = startRevert({}, ['a', 'b'], async ({ id }, context) => {
			calls.push([id, context.batchKey]);
			return id === 'a' ? 'deleted' : 'notFound';
		});
		expect(await deleteTargets(revert, 0)).toBeUndefined();
		expect(calls).toEqual([
			['a', 'revert:imp-1:a'],
			['b', 'revert:imp-1:b'],
		]);
		expect(revert.results).toEqual([
			{ id: 'a', status: 'deleted' },
			{ id: 'b', status: 'alreadyGone' },
		]);
		expect(revert.tally.totals).toEqual({ deleted: 1, alreadyGone: 1, failed: 0 });
	});

	it('starts from the position given', async () => {
		const revert = startRevert({}, ['a', 'b']);
		await deleteTargets(revert, 1);
		expect(revert.results[0]).toBeUndefined();
		expect(revert.results[1]).toEqual({ id: 'b', status: 'deleted' });
	});

	it('fails a target whose remove answers something else, without retrying it', async () => {
		let tries = 0;
		const revert = startRevert({}, ['a'], (async () => {
			tries++;
			return 'gone';
		}) as never);
		await deleteTargets(revert, 0);
		expect(tries).toBe(1);
		expect(revert.results[0]).toEqual({
			id: 'a',
			status: 'failed',
			code: 'IMPORT_INVALID_OPTION',
			message: '`remove` must resolve "deleted" or "notFound", got "gone"',
		});
	});
});
