import type { ImportRowResult } from '../../../lib/importer';
import {
	describeCounts,
	readCounts,
	rowsText,
	shareOutCounts,
} from '../../../lib/importer/shareOutCounts';

const created: ImportRowResult = { row: 0, key: '', status: 'created' };

describe('readCounts', () => {
	it('returns the counts that are whole numbers ≥ 0 and notes the others', () => {
		const reasons: string[] = [];
		expect(readCounts({ created: 2, failed: -1, updated: 'x' }, reasons)).toEqual({ created: 2 });
		expect(reasons).toEqual(['it counted "x" updated', 'it counted -1 failed']);
	});

	it('returns undefined for no counts', () => {
		expect(readCounts(undefined, [])).toBeUndefined();
		expect(readCounts({}, [])).toBeUndefined();
	});
});

describe('describeCounts and rowsText', () => {
	it('describe counts in status order, and rows as one or a range', () => {
		expect(describeCounts({ failed: 1, created: 2 })).toBe('2 created, 1 failed');
		expect(describeCounts({})).toBe('nothing');
		expect(rowsText([4])).toBe('row 4');
		expect(rowsText([4, 5, 9])).toBe('rows 4–9');
	});
});

describe('shareOutCounts', () => {
	describe('without counts', () => {
		it('leaves every unlisted row accepted', () => {
			const share = shareOutCounts(undefined, [undefined], [2], 1, 'create', []);
			expect(share.apportioned).toEqual({});
			expect(share.unlistedResult()).toEqual({ row: 0, key: '', status: 'accepted' });
		});
	});

	describe('when the counts left over are all of one status', () => {
		it('gives each unlisted row that status', () => {
			const share = shareOutCounts(
				{ created: 3 },
				[created, undefined, undefined],
				[2, 3, 4],
				1,
				'create',
				[],
			);
			expect(share.apportioned).toEqual({});
			expect(share.unlistedResult()).toEqual({ row: 0, key: '', status: 'created' });
		});

		it('gives a row counted failed the IMPORT_REJECTED code', () => {
			const share = shareOutCounts({ failed: 1 }, [undefined], [2], 1, 'create', []);
			expect(share.unlistedResult()).toEqual({
				row: 0,
				key: '',
				status: 'failed',
				code: 'IMPORT_REJECTED',
				message: 'The target counted this row as failed without listing it, so it gave no reason.',
			});
		});
	});

	describe('when the counts left over are a mix', () => {
		it('leaves the rows accepted with IMPORT_COUNTS_ONLY and shares them out', () => {
			const reasons: string[] = [];
			const share = shareOutCounts(
				{ created: 1, duplicates: 1, failed: 0 },
				[undefined, undefined],
				[2, 3],
				4,
				'create',
				reasons,
			);
			expect(share.apportioned).toEqual({ created: 1, duplicate: 1 });
			expect(share.unlistedResult()).toEqual({
				row: 0,
				key: '',
				status: 'accepted',
				code: 'IMPORT_COUNTS_ONLY',
				message:
					'The target counted 1 created, 1 duplicate among the 2 rows of batch 4 it did not list (rows 2–3), without saying which.',
			});
			expect(reasons).toEqual([]);
		});

		it('never makes more rows created than can be, and says so', () => {
			const reasons: string[] = [];
			const share = shareOutCounts(
				{ created: 2, failed: 1 },
				[undefined, undefined],
				[2, 3],
				1,
				'create',
				reasons,
			);
			expect(share.apportioned).toEqual({ failed: 1, created: 1 });
			expect(reasons).toEqual(['it counted 3 rows (2 created, 1 failed) in a batch of 2']);
			expect(share.unlistedResult().message).toContain('Some of them failed');
		});
	});

	describe('contradictions', () => {
		it('takes listed duplicates out of the failed count, as the documented API counts them', () => {
			const dup: ImportRowResult = { row: 0, key: '', status: 'duplicate' };
			const reasons: string[] = [];
			const share = shareOutCounts(
				{ created: 1, duplicates: 0, failed: 1 },
				[dup, undefined],
				[2, 3],
				1,
				'create',
				reasons,
			);
			expect(reasons).toEqual([]);
			expect(share.unlistedResult().status).toBe('created');
		});

		it('notes fewer counted than listed, and a complete count that misses rows', () => {
			const reasons: string[] = [];
			shareOutCounts(
				{ created: 0, duplicates: 0, failed: 0 },
				[created, undefined],
				[2, 3],
				1,
				'create',
				reasons,
			);
			expect(reasons).toEqual([
				'it listed 1 created but counted 0',
				'it counted 0 of the 2 rows sent',
			]);
		});

		it('takes an update batch as completely counted with updated and failed', () => {
			const reasons: string[] = [];
			shareOutCounts(
				{ updated: 1, failed: 0 },
				[undefined, undefined],
				[2, 3],
				1,
				'update',
				reasons,
			);
			expect(reasons).toEqual(['it counted 1 of the 2 rows sent']);
		});
	});
});
