import { revertTagged } from '../../../lib/importer/revertTagged';
import { startRevert } from './revertHelpers';

describe('revertTagged', () => {
	it('deletes the tagged records not seen before, and asks again until nothing new comes', async () => {
		const pages = [
			[
				{ id: 'a', importId: 'imp-1' },
				{ id: 'n', importId: 'imp-1' },
			],
			[{ id: 'n', importId: 'imp-1' }],
		];
		const revert = startRevert({}, ['a']);
		const found = await revertTagged(
			revert,
			'importId',
			async () => pages.shift() ?? [],
			new Set(),
			[],
		);
		expect(found).toEqual({
			search: { field: 'importId', value: 'imp-1', requests: 2, found: 1, ignored: 0 },
			issues: [],
		});
		expect(revert.targets).toEqual([{ id: 'a' }, { id: 'n', via: 'tag' }]);
		expect(revert.results[1]).toEqual({ id: 'n', via: 'tag', status: 'deleted' });
	});

	it('deletes no record without this import tag, none that existed before, and none without an id, and says so', async () => {
		const revert = startRevert({ results: [{ row: 2, status: 'duplicate', id: 'old' }] }, []);
		const found = await revertTagged(
			revert,
			'importId',
			async () => [
				{ id: 'x', importId: 'imp-0' },
				{ id: 'old', importId: 'imp-1' },
				{ id: 'u', importId: 'imp-1' },
				{ importId: 'imp-1' },
			],
			new Set(['u']),
			[],
		);
		expect(revert.targets).toEqual([]);
		expect(found.search).toEqual({
			field: 'importId',
			value: 'imp-1',
			requests: 1,
			found: 0,
			ignored: 1,
		});
		expect(found.issues.map((i) => i.code)).toEqual([
			'IMPORT_TAG_FILTER_IGNORED',
			'IMPORT_TAG_NO_ID',
			'IMPORT_REVERT_SPARED',
		]);
		expect(found.issues[2].message).toContain('2 records (old, u)');
	});

	it('stops before deleting anything when the search leaves the tag field out', async () => {
		const revert = startRevert({}, []);
		const found = await revertTagged(revert, 'importId', async () => [{ id: 'a' }], new Set(), []);
		expect(found.stop?.reason.code).toBe('IMPORT_TAG_NOT_RETURNED');
		expect(revert.targets).toEqual([]);
	});

	it('stops with the failure of a search that fails', async () => {
		const revert = startRevert({}, []);
		const found = await revertTagged(
			revert,
			'importId',
			async () => {
				throw Object.assign(new Error('Forbidden'), { status: 403 });
			},
			new Set(),
			[],
		);
		expect(found.stop).toMatchObject({ kind: 'auth', reason: { code: 'PERMISSION_DENIED' } });
		expect(found.search.requests).toBe(0);
	});
});
