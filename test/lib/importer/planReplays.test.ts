import type { CheckedRow } from '../../../lib/importer/checkRow';
import { hashBatch } from '../../../lib/importer/hashBatch';
import { findUnknownBatches, planReplays } from '../../../lib/importer/planReplays';
import type { ImportBatchSummary, ImportReport } from '../../../lib/importer';

const checked: CheckedRow[] = [
	{ row: 2, record: { x: 1 }, key: 'a', operation: 'create' },
	{ row: 3, record: { x: 2 }, key: 'b', operation: 'create' },
];

/** The rows a plan works from: each row's key, and the row itself on demand. */
function rowsOf(rows: Array<CheckedRow | null>, alreadyImported = new Set<string>()) {
	return {
		keys: rows.map((r) => r?.key ?? null),
		rowAt: (i: number) => rows[i]!,
		alreadyImported,
		tagField: undefined,
	};
}

function unknownBatch(over: Partial<ImportBatchSummary> = {}): ImportBatchSummary {
	return {
		batch: 1,
		rows: [2, 3],
		size: 2,
		operation: 'create',
		key: 'K',
		attempts: 1,
		outcome: 'failed',
		outcomeUnknown: true,
		bodyHash: hashBatch(
			'create',
			checked.map(({ row, record, key, operation }) => ({ row, record, key, operation })),
		),
		...over,
	};
}

function reportWith(batches: ImportBatchSummary[]): ImportReport {
	return {
		importId: 'imp-1',
		results: [
			{ row: 2, key: 'a', batch: 1, status: 'failed' },
			{ row: 3, key: 'b', batch: 1, status: 'failed' },
		],
		createdIds: [],
		batches,
	} as unknown as ImportReport;
}

describe('findUnknownBatches', () => {
	it('returns the unknown-outcome batches with a key and a body hash, in batch order', () => {
		const report = reportWith([
			unknownBatch({ batch: 3 }),
			unknownBatch({ batch: 2, outcomeUnknown: undefined }),
			unknownBatch({ batch: 1 }),
			unknownBatch({ batch: 4, bodyHash: undefined }),
		]);
		expect(findUnknownBatches(report).map((b) => b.batch)).toEqual([1, 3]);
	});
});

describe('planReplays', () => {
	it('rebuilds a batch exactly as it was, under its old key', () => {
		const report = reportWith([unknownBatch()]);
		const plan = planReplays(report, findUnknownBatches(report), rowsOf(checked));
		expect(plan.issues).toEqual([]);
		expect(plan.replays).toEqual([
			{
				items: [
					{ row: 2, record: { x: 1 }, key: 'a', operation: 'create' },
					{ row: 3, record: { x: 2 }, key: 'b', operation: 'create' },
				],
				indexes: [0, 1],
				operation: 'create',
				key: 'K',
				replayOf: { importId: 'imp-1', batch: 1 },
			},
		]);
	});

	it('keeps the origin of a batch that was itself a replay', () => {
		const report = reportWith([unknownBatch({ replayOf: { importId: 'imp-0', batch: 5 } })]);
		const plan = planReplays(report, findUnknownBatches(report), rowsOf(checked));
		expect(plan.replays[0].replayOf).toEqual({ importId: 'imp-0', batch: 5 });
	});

	describe('a batch that cannot be sent again as it was', () => {
		const whyOf = (plan: ReturnType<typeof planReplays>): string =>
			/\(([^()]*(?:\([^()]*\)[^()]*)*)\), so its rows/.exec(plan.issues[0].message)![1];

		it('is not replayed when a record changed', () => {
			const report = reportWith([unknownBatch()]);
			const changed = [checked[0], { ...checked[1], record: { x: 3 } }];
			const plan = planReplays(report, findUnknownBatches(report), rowsOf(changed));
			expect(plan.replays).toEqual([]);
			expect(plan.issues[0].code).toBe('IMPORT_RESUME_REBATCHED');
			expect(whyOf(plan)).toBe('a record in it, its id or its tag is not as it was');
		});

		it('is not replayed when a row is gone', () => {
			const report = reportWith([unknownBatch()]);
			const plan = planReplays(report, findUnknownBatches(report), rowsOf([checked[0], null]));
			expect(whyOf(plan)).toBe('row 3 is not in the input as it was sent (changed, or gone)');
		});

		it('is not replayed when a row is listed as imported', () => {
			const report = reportWith([unknownBatch()]);
			const plan = planReplays(report, findUnknownBatches(report), rowsOf(checked, new Set(['a'])));
			expect(whyOf(plan)).toBe('row 2 is listed as imported');
		});

		it('is not replayed when the report does not list all its rows', () => {
			const report = reportWith([unknownBatch({ size: 3 })]);
			const plan = planReplays(report, findUnknownBatches(report), rowsOf(checked));
			expect(plan.issues[0].message).toBe(
				'Rows 2–3 were batch 1 of import imp-1, whose outcome is unknown (no answer came). It could not be sent again exactly as it was (the report does not list all of its rows), so its rows go out in new batches under new keys: if the target took that batch, they may be created twice. Check those rows in the target.',
			);
		});
	});
});
