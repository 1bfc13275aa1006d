import type { BatchResult, ImportBatchItem, SendContext } from '../../lib/importer';

/** An error as the importer expects a transport to throw it. */
export class TransportError extends Error {
	constructor(message: string, readonly status?: number, readonly retryAfterMs?: number, readonly code?: string) {
		super(message);
	}
}

/**
 * A bare `send` for library tests: POSTs a batch to the local server's bulk
 * endpoint with fetch, and reads its documented answer (counts and errors,
 * or per-record results when the server gives them).
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
			const after = Number(res.headers.get('retry-after'));
			throw new TransportError(String(body.message ?? res.statusText), res.status, Number.isFinite(after) && res.headers.has('retry-after') ? after * 1000 : undefined, body.code as string | undefined);
		}
		if (Array.isArray(body.results)) return { results: body.results as BatchResult['results'] };
		const errors = (body.errors ?? []) as Array<{ index: number; code: string; message: string }>;
		return {
			results: errors.map((e) => ({ index: e.index, status: 'failed' as const, code: e.code, message: e.message })),
			counts: { created: body.created as number, duplicates: body.duplicates as number, failed: body.failed as number },
		};
	};
}
