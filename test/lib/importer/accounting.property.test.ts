import fc from 'fast-check';
import { importInBatches, type BatchResult, type ImportBatchItem, type SendContext } from '../../../lib/importer';

type Fault = 'ok' | 'timeoutAfterCommit' | 'noAnswer' | 429 | 500 | 503 | 400 | 422 | 403 | 'garbage';

/**
 * A target in memory that honours batch keys: a retried batch gets its first
 * answer again. Each call takes the next fault from the script.
 */
function fakeTarget(script: Fault[], rowStatuses: string[]) {
	const answers = new Map<string, BatchResult>();
	const createdByKey = new Map<string, number>();
	const sentRows: number[][] = [];
	let call = 0;
	let nextId = 1;
	const send = async (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
		const fault = script[call++ % script.length] ?? 'ok';
		if (typeof fault === 'number' && fault !== 429) {
			if (fault !== 500 && fault !== 503) throw Object.assign(new Error(`status ${fault}`), { status: fault });
		}
		if (fault === 429) throw Object.assign(new Error('slow down'), { status: 429, retryAfterMs: 10 });
		if (fault === 'noAnswer') throw new Error('socket hang up');
		if (fault === 'garbage') return { nonsense: true } as never;
		if (fault === 500 || fault === 503) throw Object.assign(new Error('boom'), { status: fault });
		sentRows.push(batch.map((b) => b.row));
		let answer = answers.get(context.batchKey);
		if (!answer) {
			answer = {
				results: batch.flatMap((item, index): BatchResult['results'] => {
					const status = rowStatuses[item.row % rowStatuses.length];
					if (status === 'unlisted') return [];
					if (status === 'created') {
						createdByKey.set(item.key, (createdByKey.get(item.key) ?? 0) + 1);
						return [{ index, status: 'created' as const, id: `id-${nextId++}` }];
					}
					if (status === 'badIndex') return [{ index: index + 1000, status: 'created' as const }];
					return [{ index, status: status as 'updated' | 'duplicate' | 'failed' }];
				}),
			};
			answers.set(context.batchKey, answer);
		}
		if (fault === 'timeoutAfterCommit') throw new Error('timeout');
		return answer;
	};
	return { send, createdByKey, sentRows, calls: () => call };
}

const faultArb = fc.constantFrom<Fault>('ok', 'ok', 'ok', 'timeoutAfterCommit', 'noAnswer', 429, 500, 503, 400, 422, 403, 'garbage');
const statusArb = fc.constantFrom('created', 'created', 'created', 'updated', 'duplicate', 'failed', 'unlisted', 'badIndex');

describe('importInBatches accounting', () => {
	it('accounts for every row exactly once, whatever the target does', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: 230 }),
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: 1, max: 5 }),
				fc.constantFrom<'halt' | 'skip'>('halt', 'skip'),
				fc.array(faultArb, { minLength: 1, maxLength: 20 }),
				fc.array(statusArb, { minLength: 1, maxLength: 7 }),
				fc.integer({ min: 1, max: 4 }),
				async (n, batchSize, concurrency, onError, script, rowStatuses, attempts) => {
					const records = Array.from({ length: n }, (_, i) => ({ row: i + 2, record: { lastName: `L${i % 97}`, i } }));
					const target = fakeTarget(script, rowStatuses);
					const report = await importInBatches(records, { send: target.send, batchSize, concurrency, onError, retry: { attempts }, sleep: async () => undefined });
					const t = report.totals;
					expect(t.created + t.updated + t.duplicate + t.accepted + t.failed + t.notAttempted).toBe(n);
					expect(report.results.map((r) => r.row)).toEqual(records.map((r) => r.row));
					expect(report.createdIds).toEqual(report.results.filter((r) => r.status === 'created').map((r) => r.id));
					expect(report.exceptions).toHaveLength(t.failed);
					// never created twice, even when an answer was lost and the batch was sent again
					for (const count of target.createdByKey.values()) expect(count).toBe(1);
					// a row that was never delivered is notAttempted or failed, never imported
					const delivered = new Set(target.sentRows.flat());
					for (const r of report.results) if (['created', 'updated', 'accepted'].includes(r.status)) expect(delivered.has(r.row)).toBe(true);
					// and a row the target took is never left as notAttempted (a resume would send it again)
					for (const r of report.results) if (r.status === 'notAttempted') expect(delivered.has(r.row)).toBe(false);
					expect(report.status === 'Complete').toBe(t.failed === 0 && t.notAttempted === 0);
					if (onError === 'skip' && report.status !== 'Error') expect(t.notAttempted).toBe(0);
					if (concurrency === 1 && onError === 'halt' && t.failed > 0) {
						// nothing after the batch that failed was sent
						const lastSent = report.batches.filter((b) => b.outcome !== 'notSent').at(-1)!;
						expect(report.batches.slice(lastSent.batch).every((b) => b.outcome === 'notSent')).toBe(true);
						expect(report.results.some((r) => r.status === 'failed' && r.row >= lastSent.rows[0] && r.row <= lastSent.rows[1])).toBe(true);
					}
				},
			),
			{ numRuns: 300, seed: 20261121 },
		);
	});
});
