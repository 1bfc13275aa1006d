import { resolveAnswer } from '../../../lib/importer/resolveAnswer';
import type { BatchResult } from '../../../lib/importer';

const same = (t: string): string => t;

describe('resolveAnswer', () => {
	it('returns undefined for an answer without a results list', () => {
		expect(
			resolveAnswer({ counts: { created: 1 } } as unknown as BatchResult, [2], 1, 'create', same),
		).toBeUndefined();
		expect(resolveAnswer(null as unknown as BatchResult, [2], 1, 'create', same)).toBeUndefined();
	});

	it('reads listed rows and works out the unlisted ones from the counts', () => {
		const out = resolveAnswer(
			{ results: [{ index: 0, status: 'created', id: 'c1' }], counts: { created: 2 } },
			[2, 3],
			1,
			'create',
			same,
		)!;
		expect(out.results).toEqual([
			{ row: 0, key: '', status: 'created', id: 'c1' },
			{ row: 0, key: '', status: 'created' },
		]);
		expect(out.totals).toEqual({ created: 2, updated: 0, duplicate: 0, accepted: 0, failed: 0 });
		expect(out.counts).toEqual({ created: 2 });
		expect(out.apportioned).toEqual({});
		expect(out.issues).toEqual([]);
	});

	it('counts rows shared out by the counts under their status in the totals, not as accepted', () => {
		const out = resolveAnswer(
			{ results: [], counts: { created: 1, duplicates: 1 } },
			[2, 3],
			1,
			'create',
			same,
		)!;
		expect(out.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
		expect(out.totals).toEqual({ created: 1, updated: 0, duplicate: 1, accepted: 0, failed: 0 });
	});

	it('gives an answer that contradicts itself one IMPORT_COUNTS_MISMATCH issue, and warns its failures', () => {
		const out = resolveAnswer(
			{
				results: [{ index: 0, status: 'failed', message: 'bad' }],
				counts: { created: 2, failed: 1 },
			},
			[2, 3],
			7,
			'create',
			same,
		)!;
		expect(out.issues).toEqual([
			{
				code: 'IMPORT_COUNTS_MISMATCH',
				batch: 7,
				message:
					"Batch 7 (rows 2–3): the target's answer contradicts itself: it counted 3 rows (2 created, 1 failed) in a batch of 2. The report counts no more than can be true (1 created, 1 failed); check these rows in the target before importing any of them again.",
			},
		]);
		expect(out.results[0].message).toBe(
			"bad The target's answer for batch 7 contradicts itself, so it may have created this row after all: check it in the target before importing it again.",
		);
	});
});
