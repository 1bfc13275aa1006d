import { parseRetryAfter, readBulkAnswer, type BatchResult, type ImportBatchItem, type SendContext } from '../../lib/importer';
import { TransportError } from '../../nodes/ImportBatch/transport';

/**
 * A bare `send` for library tests and the sample: POSTs a batch to the local
 * server's bulk endpoint with fetch, and reads its answer with the library's
 * readBulkAnswer (the documented counts and errors, or per-record results).
 * A failed fetch passes on the system's code (ECONNREFUSED, …), which tells
 * the library whether the request can have reached the target.
 */
export function bulkSender(url: string, options: { token?: string; object?: string; timeoutMs?: number } = {}) {
	return async (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
		const signals = [AbortSignal.timeout(options.timeoutMs ?? 5000), ...(context.signal ? [context.signal] : [])];
		let res: Response;
		try {
			res = await fetch(`${url}/api/v1/import/${options.object ?? 'clients'}`, {
				method: 'POST',
				headers: { authorization: `Bearer ${options.token ?? 'admin-token'}`, 'content-type': 'application/json', 'idempotency-key': context.batchKey },
				body: JSON.stringify({ records: batch.map((b) => b.record) }),
				signal: AbortSignal.any(signals),
			});
		} catch (error) {
			const cause = (error as { cause?: { code?: unknown } }).cause;
			throw new TransportError(`request failed: ${(error as Error).message}`, { code: typeof cause?.code === 'string' ? cause.code : undefined });
		}
		const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
		if (!res.ok) {
			throw new TransportError(String(body.message ?? res.statusText), { status: res.status, retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), Date.now()), code: body.code as string | undefined });
		}
		return readBulkAnswer(body) ?? (body as never);
	};
}
