import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the target does with one request (by its number, from 1). */
export type Fault =
	| { kind: 'ok' }
	| { kind: 'status'; status: number; retryAfter?: string; body?: unknown }
	/** acts on the request, then answers after `ms` (past the client's time limit: a lost answer) */
	| { kind: 'slow'; ms: number };

export interface FakeTarget {
	url: string;
	/** Every record created, in order. */
	created: Array<Record<string, unknown>>;
	/** Every update (PATCH /api/{object}/{id}): the id and the record. */
	updated: Array<{ id: string; record: Record<string, unknown> }>;
	/** Requests received (retries included). */
	requests: Array<{ key?: string; authorization?: string; records: number }>;
	close(): Promise<void>;
}

interface Settings {
	faults?: (request: number) => Fault;
	/** Every answer waits this long (a slow target, to kill the run half way). */
	delayMs?: number;
	/** Records with this email fail, and the message echoes the Authorization header (a careless target). */
	failEmail?: string;
}

function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve) => {
		let text = '';
		req.on('data', (d: Buffer) => (text += d.toString()));
		req.on('end', () => resolve(text));
	});
}

function send(
	res: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
) {
	if (res.destroyed) return;
	res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
	res.end(JSON.stringify(body));
}

/**
 * A target on 127.0.0.1 speaking the documented bulk import API
 * (POST /api/v1/import/{object} with { records }), honouring Idempotency-Key
 * as a real target does (a request with a key it has seen gets the first
 * answer again, and creates nothing), with injected faults.
 */
export async function startFakeTarget(settings: Settings = {}): Promise<FakeTarget> {
	const created: Array<Record<string, unknown>> = [];
	const updated: FakeTarget['updated'] = [];
	const requests: FakeTarget['requests'] = [];
	const answers = new Map<string, { status: number; body: unknown }>();
	const server: Server = createServer(async (req, res) => {
		const text = await readBody(req);
		const key = req.headers['idempotency-key'] as string | undefined;
		if (req.method === 'PATCH') {
			const id = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
			updated.push({ id, record: JSON.parse(text) as Record<string, unknown> });
			return send(res, 200, { id });
		}
		const authorization = req.headers.authorization;
		const records = ((JSON.parse(text || '{}') as { records?: unknown[] }).records ?? []) as Array<
			Record<string, unknown>
		>;
		requests.push({ key, authorization, records: records.length });
		const fault = settings.faults?.(requests.length) ?? { kind: 'ok' };
		if (fault.kind === 'status') {
			const headers: Record<string, string> = fault.retryAfter
				? { 'Retry-After': fault.retryAfter }
				: {};
			return send(res, fault.status, fault.body ?? { code: 'BOOM', message: 'try later' }, headers);
		}
		let answer = key ? answers.get(key) : undefined;
		if (!answer) {
			const errors: unknown[] = [];
			records.forEach((r, index) => {
				if (settings.failEmail && r.email === settings.failEmail)
					errors.push({ index, code: 'REJECTED', message: `refused for ${authorization}` });
				else created.push(r);
			});
			answer = {
				status: 200,
				body: {
					created: records.length - errors.length,
					duplicates: 0,
					failed: errors.length,
					errors,
				},
			};
			if (key) answers.set(key, answer);
		}
		const wait = fault.kind === 'slow' ? fault.ms : (settings.delayMs ?? 0);
		const reply = answer;
		if (wait > 0) setTimeout(() => send(res, reply.status, reply.body), wait);
		else send(res, reply.status, reply.body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		created,
		updated,
		requests,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
