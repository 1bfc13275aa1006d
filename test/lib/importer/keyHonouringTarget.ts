import {
	createIdempotencyKey,
	type BatchResult,
	type ImportBatchItem,
	type SendContext,
} from '../../../lib/importer';

export type Fault = 'ok' | 'lostAnswer' | 'timeoutBefore' | 'unavailable' | 'refused';

export interface TargetOptions {
	/** Answers with ids per record (else the documented counts only). */
	detailed: boolean;
	/** While faulty, a record this returns a message for is rejected (a 422 per record). */
	reject?: (record: Record<string, unknown>) => string | undefined;
}

/**
 * A target in memory that honours Idempotency-Key strictly, as a careful
 * production API does: a key seen before with the same body gets its first
 * answer again, with another body a 422; nothing is done twice under one key.
 * Faults are drawn from `random`: an answer lost after the work was done, a
 * timeout or a 503 before it, a refused connection. It answers with ids
 * (`detailed`) or with the documented counts only. `calm()` ends the faults
 * (and the rejections), `storm()` brings them back.
 */
export function keyHonouringTarget(random: () => number, options: TargetOptions) {
	const { detailed, reject } = options;
	const records = new Map<string, Record<string, unknown>>();
	/** How many records were ever created per content (the record without the tag). */
	const createdPerContent = new Map<string, number>();
	const answers = new Map<string, { body: string; answer: BatchResult }>();
	/** Requests refused because their key came with another body. */
	const keyReused: string[] = [];
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
	/** Takes one record: a create makes a record, an update writes one (once per content, either way). */
	const create = (item: ImportBatchItem, index: number): BatchResult['results'][number] => {
		const why = faulty ? reject?.(item.record) : undefined;
		if (why !== undefined) return { index, status: 'failed', code: 'REJECTED', message: why };
		const id = `r-${nextId++}`;
		records.set(id, { ...item.record, id });
		const content = { ...item.record };
		delete content.importId;
		const key = createIdempotencyKey(content);
		createdPerContent.set(key, (createdPerContent.get(key) ?? 0) + 1);
		return { index, status: item.operation === 'update' ? 'updated' : 'created', id };
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
			if (seen.body !== body) {
				keyReused.push(context.batchKey);
				throw Object.assign(new Error('this Idempotency-Key was used with another request'), {
					status: 422,
					code: 'IDEMPOTENCY_KEY_REUSED',
				});
			}
			answer = seen.answer;
		} else {
			const results = batch.map(create);
			const failed = results.filter((r) => r.status === 'failed');
			answer = detailed
				? { results }
				: {
						results: failed,
						counts:
							context.operation === 'update'
								? { updated: batch.length - failed.length, failed: failed.length }
								: { created: batch.length - failed.length, duplicates: 0, failed: failed.length },
					};
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
	return {
		send,
		find,
		remove,
		records,
		createdPerContent,
		keyReused,
		calm: () => void (faulty = false),
		storm: () => void (faulty = true),
	};
}
