import { seeded } from '../../helpers/seeded';
import {
	createIdempotencyKey,
	importInBatches,
	revertImport,
	type BatchResult,
	type ImportBatchItem,
	type ImportRecord,
	type ImportReport,
	type SendContext,
} from '../../../lib/importer';

type Fault = 'ok' | 'lostAnswer' | 'timeoutBefore' | 'unavailable' | 'refused';

/**
 * A target in memory that honours Idempotency-Key strictly, as a careful
 * production API does: a key seen before with the same body gets its first
 * answer again, with another body a 422; nothing is done twice under one key.
 * Faults are drawn from `random`: an answer lost after the work was done, a
 * timeout or a 503 before it, a refused connection. It answers with ids
 * (`detailed`) or with the documented counts only.
 */
function keyHonouringTarget(random: () => number, detailed: boolean) {
	const records = new Map<string, Record<string, unknown>>();
	/** How many records were ever created per content (the record without the tag). */
	const createdPerContent = new Map<string, number>();
	const answers = new Map<string, { body: string; answer: BatchResult }>();
	let faulty = true;
	let nextId = 1;
	const draw = (): Fault => {
		if (!faulty) return 'ok';
		const r = random();
		return r < 0.1
			? 'lostAnswer'
			: r < 0.16
				? 'timeoutBefore'
				: r < 0.22
					? 'unavailable'
					: r < 0.25
						? 'refused'
						: 'ok';
	};
	const send = async (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
		const fault = draw();
		if (fault === 'timeoutBefore')
			throw Object.assign(new Error('timeout of 30000ms exceeded'), { code: 'ECONNABORTED' });
		if (fault === 'unavailable') throw Object.assign(new Error('unavailable'), { status: 503 });
		if (fault === 'refused')
			throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
		const body = JSON.stringify([context.operation, batch.map((b) => b.record)]);
		const seen = answers.get(context.batchKey);
		let answer: BatchResult;
		if (seen) {
			if (seen.body !== body)
				throw Object.assign(new Error('this Idempotency-Key was used with another request'), {
					status: 422,
					code: 'IDEMPOTENCY_KEY_REUSED',
				});
			answer = seen.answer;
		} else {
			const results: BatchResult['results'] = [];
			for (const [index, item] of batch.entries()) {
				const id = `r-${nextId++}`;
				records.set(id, { ...item.record, id });
				const content = { ...item.record };
				delete content.importId;
				const key = createIdempotencyKey(content);
				createdPerContent.set(key, (createdPerContent.get(key) ?? 0) + 1);
				results.push({ index, status: 'created', id });
			}
			answer = detailed
				? { results }
				: { results: [], counts: { created: batch.length, duplicates: 0, failed: 0 } };
			answers.set(context.batchKey, { body, answer });
		}
		if (fault === 'lostAnswer')
			throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
		return answer;
	};
	const find = async ({ field, value }: { field: string; value: string }) =>
		[...records.values()]
			.filter((r) => r[field] === value)
			.slice(0, 1000)
			.map((r) => ({ id: r.id, [field]: r[field] }));
	const remove = async ({ id }: { id: string }) =>
		records.delete(id) ? ('deleted' as const) : ('notFound' as const);
	return { send, find, remove, records, createdPerContent, calm: () => void (faulty = false) };
}

const clients = (n: number): ImportRecord[] =>
	Array.from({ length: n }, (_, i) => ({
		row: i + 2,
		record: { firstName: `F${i}`, lastName: `L${i}`, email: `c${i}@example.com` },
	}));

describe('resume after faults, then revert', () => {
	// 48 seeded runs of 1,200 records: the same mix that created records twice before a resume re-sent unknown batches as they were
	const runs = Array.from({ length: 48 }, (_, i) => ({
		seed: 1000 + i,
		detailed: i % 2 === 0,
		onError: i % 3 === 0 ? ('halt' as const) : ('skip' as const),
	}));
	let replayed = 0;
	afterAll(() => {
		// the runs did meet unknown outcomes: the property above is not vacuous
		expect(replayed).toBeGreaterThan(48);
	});

	it.each(runs)(
		'creates nothing twice and leaves nothing after reverting both reports (seed $seed, detailed $detailed, $onError)',
		async ({ seed, detailed, onError }) => {
			const random = seeded(seed);
			const target = keyHonouringTarget(random, detailed);
			const records = clients(1200);
			const options = {
				send: target.send,
				tagField: 'importId',
				onError,
				retry: { attempts: 2 },
				sleep: async () => undefined,
				random,
			};
			const first = await importInBatches(records, options);
			target.calm();
			const second = await importInBatches(records, {
				...options,
				resumeFrom: JSON.parse(JSON.stringify(first)) as ImportReport,
			});

			// every batch whose outcome was unknown went again as it was, first, under its old key
			const unknown = first.batches.filter((b) => b.outcomeUnknown);
			expect(second.batches.filter((b) => b.replayOf).map((b) => [b.key, b.replayOf])).toEqual(
				unknown.map((b) => [b.key, { importId: first.importId, batch: b.batch }]),
			);
			expect(second.issues).toBeUndefined();
			replayed += unknown.length;
			const twice = [...target.createdPerContent.values()].filter((n) => n > 1).length;
			expect(twice).toBe(0);
			expect(target.records.size).toBe(1200);
			expect(second.totals.failed + second.totals.notAttempted).toBe(0);

			const revertSecond = await revertImport(second, {
				remove: target.remove,
				find: target.find,
				sleep: async () => undefined,
			});
			// records created by a batch sent again under the first import's tag, without ids, are the first import's revert's to find: it says so
			const taggedByFirst = !detailed && unknown.length > 0;
			expect(revertSecond.issues?.map((i) => i.code)).toEqual(
				taggedByFirst ? ['IMPORT_TAGGED_BY_EARLIER_IMPORT'] : undefined,
			);
			await revertImport(first, {
				remove: target.remove,
				find: target.find,
				sleep: async () => undefined,
			});
			expect(target.records.size).toBe(0);
		},
	);

	it('sends a fresh import (not a resume) under fresh batch keys, so a target never replays a reverted import', async () => {
		const target = keyHonouringTarget(seeded(7), true);
		target.calm();
		const records = clients(120);
		const first = await importInBatches(records, { send: target.send, retry: { attempts: 1 } });
		await revertImport(first, { remove: target.remove, retry: { attempts: 1 } });
		const again = await importInBatches(records, { send: target.send, retry: { attempts: 1 } });
		expect(again.totals.created).toBe(120);
		expect(target.records.size).toBe(120);
	});
});
