import {
	parseRetryAfter,
	readBulkAnswer,
	type BatchResult,
	type ImportBatchItem,
	type SendContext,
} from '../../lib/importer';
import { TransportError } from '../../nodes/ImportBatch/transport';

/**
 * A bare `send` for library tests and the sample: POSTs a batch to the local
 * server's bulk endpoint with fetch, and reads its answer with the library's
 * readBulkAnswer (the documented counts and errors, or per-record results).
 * A failed fetch passes on the system's code (ECONNREFUSED, …), which tells
 * the library whether the request can have reached the target.
 */
export function bulkSender(
	url: string,
	options: { token?: string; object?: string; timeoutMs?: number } = {},
) {
	return async (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
		const signals = [
			AbortSignal.timeout(options.timeoutMs ?? 5000),
			...(context.signal ? [context.signal] : []),
		];
		let res: Response;
		try {
			res = await fetch(`${url}/api/v1/import/${options.object ?? 'clients'}`, {
				method: 'POST',
				headers: {
					authorization: `Bearer ${options.token ?? 'admin-token'}`,
					'content-type': 'application/json',
					'idempotency-key': context.batchKey,
				},
				body: JSON.stringify({ records: batch.map((b) => b.record) }),
				signal: AbortSignal.any(signals),
			});
		} catch (error) {
			const cause = (error as { cause?: { code?: unknown } }).cause;
			throw new TransportError(`request failed: ${(error as Error).message}`, {
				code: typeof cause?.code === 'string' ? cause.code : undefined,
			});
		}
		const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
		if (!res.ok) {
			throw new TransportError(String(body.message ?? res.statusText), {
				status: res.status,
				retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), Date.now()),
				code: body.code as string | undefined,
			});
		}
		return readBulkAnswer(body) ?? (body as never);
	};
}

/** A `remove` for revertImport: DELETE /api/{object}/{id} on the local server. */
export function remover(url: string, options: { token?: string; object?: string } = {}) {
	return async ({ id }: { id: string }): Promise<'deleted' | 'notFound'> => {
		const res = await fetch(`${url}/api/${options.object ?? 'clients'}/${encodeURIComponent(id)}`, {
			method: 'DELETE',
			headers: { authorization: `Bearer ${options.token ?? 'admin-token'}` },
		});
		if (res.status === 404) return 'notFound';
		if (!res.ok) throw new TransportError(res.statusText, { status: res.status });
		return 'deleted';
	};
}

/** A `find` for revertImport: the local server's export API, filtered by the tag, one page of `limit`. */
export function exportFinder(
	url: string,
	options: { token?: string; object?: string; limit?: number } = {},
) {
	return async ({
		field,
		value,
	}: {
		field: string;
		value: string;
	}): Promise<Array<Record<string, unknown>>> => {
		const query = new URLSearchParams({
			filter_field: field,
			filter_operator: 'eq',
			filter_value: value,
			fields: `id,${field}`,
			limit: String(options.limit ?? 1000),
		});
		const res = await fetch(`${url}/api/v1/export/${options.object ?? 'clients'}?${query}`, {
			headers: { authorization: `Bearer ${options.token ?? 'admin-token'}` },
		});
		if (!res.ok) throw new TransportError(res.statusText, { status: res.status });
		return ((await res.json()) as { records: Array<Record<string, unknown>> }).records;
	};
}
