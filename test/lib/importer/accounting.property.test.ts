import fc from 'fast-check';
import {
	importInBatches,
	type BatchResult,
	type ImportBatchItem,
	type ImportRecord,
	type SendContext,
} from '../../../lib/importer';

type Fault =
	'ok' | 'timeoutAfterCommit' | 'noAnswer' | 429 | 500 | 503 | 400 | 422 | 403 | 'garbage';
type Outcome = 'created' | 'updated' | 'duplicate' | 'failed';
/** How the target reports: per-record results only, or counts too (true ones, or ones that contradict its list). */
type CountsMode = 'none' | 'truthful' | 'lying';

/**
 * A target in memory that honours batch keys: a retried batch gets its first
 * answer again. Each call takes the next fault from the script. What it does
 * with a row is `outcomes[row % …]`; whether it lists the row is
 * `listing[row % …]`; it may add counts.
 */
function fakeTarget(
	script: Fault[],
	outcomes: Outcome[],
	listing: Array<'listed' | 'unlisted' | 'badIndex'>,
	countsMode: CountsMode,
	noise: number,
) {
	const answers = new Map<string, { answer: BatchResult; truth: Record<Outcome, number> }>();
	const createdByKey = new Map<string, number>();
	const sentRows: number[][] = [];
	/** What the target really did, by batch number, for the answer it gave last. */
	const truthOfBatch = new Map<number, Record<Outcome, number>>();
	let call = 0;
	let nextId = 1;
	const send = async (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
		const fault = script[call++ % script.length] ?? 'ok';
		if (typeof fault === 'number' && fault !== 429) {
			if (fault !== 500 && fault !== 503)
				throw Object.assign(new Error(`status ${fault}`), { status: fault });
		}
		if (fault === 429)
			throw Object.assign(new Error('slow down'), { status: 429, retryAfterMs: 10 });
		if (fault === 'noAnswer') throw new Error('socket hang up');
		if (fault === 'garbage') return { nonsense: true } as never;
		if (fault === 500 || fault === 503) throw Object.assign(new Error('boom'), { status: fault });
		sentRows.push(batch.map((b) => b.row));
		// batches are all creates or all updates, and an update always names its record
		if (
			batch.some(
				(b) =>
					b.operation !== context.operation || (b.operation === 'update') !== (b.id !== undefined),
			)
		)
			throw new Error('mixed batch');
		let stored = answers.get(context.batchKey);
		if (!stored) {
			const truth: Record<Outcome, number> = { created: 0, updated: 0, duplicate: 0, failed: 0 };
			const results = batch.flatMap((item, index): BatchResult['results'] => {
				const outcome = outcomes[item.row % outcomes.length];
				truth[outcome]++;
				let id: string | undefined;
				if (outcome === 'created') {
					createdByKey.set(item.key, (createdByKey.get(item.key) ?? 0) + 1);
					id = `id-${nextId++}`;
				}
				const listed = listing[item.row % listing.length];
				if (listed === 'unlisted') return [];
				if (listed === 'badIndex') return [{ index: index + 1000, status: 'created' as const }];
				return [{ index, status: outcome, ...(id ? { id } : {}) }];
			});
			const answer: BatchResult = { results };
			if (countsMode !== 'none') {
				answer.counts = {
					created: truth.created,
					updated: truth.updated,
					duplicates: truth.duplicate,
					failed: truth.failed,
				};
				if (countsMode === 'lying') answer.counts.created! += noise;
			}
			stored = { answer, truth };
			answers.set(context.batchKey, stored);
		}
		truthOfBatch.set(context.batch, stored.truth);
		if (fault === 'timeoutAfterCommit') throw new Error('timeout');
		return stored.answer;
	};
	return { send, createdByKey, sentRows, truthOfBatch, calls: () => call };
}

const faultArb = fc.constantFrom<Fault>(
	'ok',
	'ok',
	'ok',
	'timeoutAfterCommit',
	'noAnswer',
	429,
	500,
	503,
	400,
	422,
	403,
	'garbage',
);
const outcomeArb = fc.constantFrom<Outcome>(
	'created',
	'created',
	'created',
	'updated',
	'duplicate',
	'failed',
);
const listingArb = fc.constantFrom<'listed' | 'unlisted' | 'badIndex'>(
	'listed',
	'listed',
	'unlisted',
	'unlisted',
	'badIndex',
);

describe('importInBatches accounting', () => {
	it('accounts for every row exactly once, whatever the target does or counts', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					n: fc.integer({ min: 0, max: 230 }),
					batchSize: fc.integer({ min: 1, max: 60 }),
					concurrency: fc.integer({ min: 1, max: 5 }),
					onError: fc.constantFrom<'halt' | 'skip'>('halt', 'skip'),
					script: fc.array(faultArb, { minLength: 1, maxLength: 20 }),
					outcomes: fc.array(outcomeArb, { minLength: 1, maxLength: 7 }),
					listing: fc.array(listingArb, { minLength: 1, maxLength: 5 }),
					countsMode: fc.constantFrom<CountsMode>('none', 'truthful', 'lying'),
					noise: fc.integer({ min: -3, max: 60 }),
					attempts: fc.integer({ min: 1, max: 4 }),
					updateEvery: fc.integer({ min: 0, max: 4 }),
					updateBatchSize: fc.integer({ min: 1, max: 60 }),
				}),
				async ({
					n,
					batchSize,
					concurrency,
					onError,
					script,
					outcomes,
					listing,
					countsMode,
					noise,
					attempts,
					updateEvery,
					updateBatchSize,
				}) => {
					// every updateEvery-th record an update, every other one of them without an id
					const records = Array.from({ length: n }, (_, i): ImportRecord => {
						const record = { row: i + 2, record: { lastName: `L${i % 97}`, i } };
						if (updateEvery === 0 || i % updateEvery !== 0) return record;
						return {
							...record,
							operation: 'update',
							...(i % (2 * updateEvery) === 0 ? {} : { id: `c-${i}` }),
						};
					});
					const target = fakeTarget(script, outcomes, listing, countsMode, noise);
					const report = await importInBatches(records, {
						send: target.send,
						batchSize,
						updateBatchSize,
						concurrency,
						onError,
						retry: { attempts },
						sleep: async () => undefined,
					});
					const t = report.totals;
					expect(t.created + t.updated + t.duplicate + t.accepted + t.failed + t.notAttempted).toBe(
						n,
					);
					expect(report.results.map((r) => r.row)).toEqual(records.map((r) => r.row));
					expect(report.createdIds).toEqual(
						report.results
							.filter((r) => r.status === 'created' && r.id !== undefined)
							.map((r) => r.id),
					);
					const rowsWith = (status: string) =>
						report.results.filter((r) => r.status === status).length;
					expect(report.exceptions).toHaveLength(rowsWith('failed'));
					// rows a target counted without listing stay accepted, and the totals count them as it counted: never more than there are such rows
					for (const status of ['created', 'updated', 'duplicate', 'failed'] as const)
						expect(t[status]).toBeGreaterThanOrEqual(rowsWith(status));
					expect(t.accepted).toBeLessThanOrEqual(rowsWith('accepted'));
					expect(t.notAttempted).toBe(rowsWith('notAttempted'));
					// never more rows created than the target can have created: rows it did not refuse, and had at all
					expect(t.created).toBeLessThanOrEqual(rowsWith('created') + rowsWith('accepted'));
					for (const summary of report.batches) {
						if (summary.outcome === 'notSent') continue;
						const bt = summary.totals!;
						expect(bt.created + bt.updated + bt.duplicate + bt.accepted + bt.failed).toBe(
							summary.size,
						);
						expect(summary.size).toBeLessThanOrEqual(
							summary.operation === 'update' ? updateBatchSize : batchSize,
						);
						// a target whose counts are true: its batch totals are the truth, and nothing is flagged
						if (
							countsMode === 'truthful' &&
							summary.outcome === 'answered' &&
							!listing.includes('badIndex')
						) {
							const truth = target.truthOfBatch.get(summary.batch)!;
							expect([bt.created, bt.updated, bt.duplicate, bt.failed]).toEqual([
								truth.created,
								truth.updated,
								truth.duplicate,
								truth.failed,
							]);
							expect(summary.issues).toBeUndefined();
						}
					}
					// an update without an id fails, and is never sent
					for (const [i, r] of report.results.entries())
						if (records[i].operation === 'update' && records[i].id === undefined)
							expect(r).toMatchObject({ status: 'failed', code: 'IMPORT_UPDATE_NO_ID' });
					// never created twice, even when an answer was lost and the batch was sent again
					for (const count of target.createdByKey.values()) expect(count).toBe(1);
					// a row that was never delivered is notAttempted or failed, never imported
					const delivered = new Set(target.sentRows.flat());
					for (const r of report.results)
						if (['created', 'updated', 'accepted'].includes(r.status))
							expect(delivered.has(r.row)).toBe(true);
					// and a row the target took is never left as notAttempted (a resume would send it again)
					for (const r of report.results)
						if (r.status === 'notAttempted') expect(delivered.has(r.row)).toBe(false);
					expect(report.status === 'Complete').toBe(
						t.failed === 0 && t.notAttempted === 0 && report.issues === undefined,
					);
					if (onError === 'skip' && report.status !== 'Error') expect(t.notAttempted).toBe(0);
					if (
						concurrency === 1 &&
						onError === 'halt' &&
						t.failed > 0 &&
						report.status === 'Error'
					) {
						// nothing after the batch that failed was sent
						const lastSent = report.batches.filter((b) => b.outcome !== 'notSent').at(-1)!;
						expect(report.batches.slice(lastSent.batch).every((b) => b.outcome === 'notSent')).toBe(
							true,
						);
					}
				},
			),
			{ numRuns: 300, seed: 20261121 },
		);
	});
});
