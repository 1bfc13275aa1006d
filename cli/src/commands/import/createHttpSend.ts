import {
	parseRetryAfter,
	readBulkAnswer,
	readRecordAnswer,
	readTargetError,
	type BatchResult,
	type BatchResultEntry,
	type ImportBatchItem,
	type SendContext,
} from '../../../../lib';

/** Where and how `intake import --target` sends. */
export interface HttpTarget {
	/** The target's base URL (`https://crm.example.com`). */
	url: string;
	/** The object imported (`clients`): the bulk path's `{object}`. */
	object: string;
	/** Sent as `Authorization: Bearer …` when given; never printed. */
	token?: string;
	/** Per request. */
	timeoutMs: number;
	/** Hides secrets in the target's texts. */
	redact: (text: string) => string;
}

/** A failed request in the shape the importer sorts (ImportTransportError). */
class TransportError extends Error {
	constructor(
		message: string,
		readonly status?: number,
		readonly code?: string,
		readonly retryAfterMs?: number,
	) {
		super(message);
		this.name = 'TransportError';
	}
}

interface Answer {
	statusCode: number;
	headers: Headers;
	body: unknown;
}

/** One request: JSON in and out, the batch's key, the token, a time limit joined to the run's cancel. */
async function request(
	target: HttpTarget,
	method: string,
	path: string,
	body: unknown,
	key: string,
	signal?: AbortSignal,
): Promise<Answer> {
	const timeout = AbortSignal.timeout(target.timeoutMs);
	const headers: Record<string, string> = {
		'Content-Type': 'application/json',
		Accept: 'application/json',
		'Idempotency-Key': key,
	};
	if (target.token) headers.Authorization = `Bearer ${target.token}`;
	let response: Response;
	let text: string;
	try {
		response = await fetch(`${target.url.replace(/\/+$/, '')}${path}`, {
			method,
			headers,
			body: JSON.stringify(body),
			signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
		});
		text = await response.text();
	} catch (error) {
		throw failedRequest(error, timeout.aborted, target);
	}
	let parsed: unknown = text;
	try {
		parsed = text === '' ? undefined : JSON.parse(text);
	} catch {
		// a body that is not JSON is kept as text, for the error's message
	}
	return { statusCode: response.status, headers: response.headers, body: parsed };
}

/**
 * A request that got no answer. fetch puts the system's code in `cause`; the
 * importer reads it there (ECONNREFUSED: never sent). A timeout is ETIMEDOUT
 * (the target may have acted). Only the code and the redacted message go in.
 */
function failedRequest(error: unknown, timedOut: boolean, target: HttpTarget): Error {
	if (timedOut)
		return new TransportError(
			`no answer within ${Math.round(target.timeoutMs / 1000)} s`,
			undefined,
			'ETIMEDOUT',
		);
	const e = error as { message?: string; cause?: { code?: string; message?: string } };
	const code = e.cause?.code;
	const message = target.redact(e.cause?.message ?? e.message ?? 'the request failed');
	return new TransportError(code ? `${code}: ${message}` : message, undefined, code);
}

/** The error for a non-2xx answer: the target's code and message, redacted, with the status and Retry-After. */
function answerError(answer: Answer, redact: (text: string) => string): TransportError {
	const { code, message } = readTargetError(answer.body);
	return new TransportError(
		redact(message ?? `HTTP ${answer.statusCode}`),
		answer.statusCode,
		code === undefined ? undefined : redact(code),
		parseRetryAfter(answer.headers.get('retry-after') ?? undefined, Date.now()),
	);
}

/** Creates: one POST of the whole batch to the bulk import API, its answer read by readBulkAnswer. */
async function sendCreates(
	target: HttpTarget,
	batch: ImportBatchItem[],
	context: SendContext,
): Promise<BatchResult> {
	const path = `/api/v1/import/${encodeURIComponent(target.object)}`;
	const body = { records: batch.map((b) => b.record) };
	const answer = await request(target, 'POST', path, body, context.batchKey, context.signal);
	if (answer.statusCode < 200 || answer.statusCode >= 300) throw answerError(answer, target.redact);
	const read = readBulkAnswer(answer.body);
	if (!read)
		throw new TransportError(
			`the target answered ${answer.statusCode} with a body that says nothing of the records (expected created, duplicates, failed, errors or results)`,
			answer.statusCode,
			'IMPORT_BAD_RESPONSE',
		);
	for (const r of read.results) if (r.message) r.message = target.redact(r.message);
	return read;
}

/** Updates: one PATCH per record to /api/{object}/{id}, as Import Batch sends them by default. */
async function sendUpdates(
	target: HttpTarget,
	batch: ImportBatchItem[],
	context: SendContext,
): Promise<BatchResult> {
	const results: BatchResultEntry[] = [];
	for (const [index, item] of batch.entries()) {
		const path = `/api/${encodeURIComponent(target.object)}/${encodeURIComponent(item.id ?? '')}`;
		const key = batch.length === 1 ? context.batchKey : `${context.batchKey}-${index}`;
		const answer = await request(target, 'PATCH', path, item.record, key, context.signal);
		const outcome = readRecordAnswer(answer, {
			operation: 'update',
			method: 'PATCH',
			idPath: 'id',
			id: item.id,
			object: target.object,
		});
		if (!outcome) throw answerError(answer, target.redact);
		if (outcome.message !== undefined) outcome.message = target.redact(outcome.message);
		results.push({ index, ...outcome });
	}
	return { results };
}

/**
 * The importer's `send` over Node's fetch, speaking the API the Import Batch
 * node speaks by default: creates as one `POST {url}/api/v1/import/{object}`
 * with `{ "records": [...] }` per batch, updates as `PATCH
 * {url}/api/{object}/{id}` per record; each request carries the batch's
 * Idempotency-Key and, when a token is given, `Authorization: Bearer`. A
 * failure is thrown in the shape the importer sorts (status, Retry-After,
 * code); the importer retries it.
 *
 * @param target - the URL, object, token, time limit and redactor
 * @returns the importer's `send`
 *
 * @example
 * const send = createHttpSend({ url: 'http://127.0.0.1:8080', object: 'clients', timeoutMs: 30_000, redact: (t) => t })
 * await importInBatches(records, { send, sleep: nodeSleep })
 */
export function createHttpSend(target: HttpTarget) {
	return (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> =>
		context.operation === 'update'
			? sendUpdates(target, batch, context)
			: sendCreates(target, batch, context);
}
