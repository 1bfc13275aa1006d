import { parseRetryAfter, readBulkAnswer, type BatchResult, type ImportBatchItem, type SendContext } from '../../lib/importer';
import { TransportError } from '../../nodes/ImportBatch/transport';

/**
 * A bare `send` for library tests and the sample: POSTs a batch to the local
 * server's bulk endpoint with fetch, and reads its answer with the library's
 * readBulkAnswer (the documented counts and errors, or per-record results).
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
			throw new TransportError(`request failed: ${(error as Error).message}`);
		}
		const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
		if (!res.ok) {
			throw new TransportError(String(body.message ?? res.statusText), res.status, parseRetryAfter(res.headers.get('retry-after'), Date.now()), body.code as string | undefined);
		}
		return readBulkAnswer(body) ?? (body as never);
	};
}
