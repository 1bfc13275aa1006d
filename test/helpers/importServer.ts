import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local target system for import tests, on node:http. It speaks both API
 * shapes the importer meets:
 * - `POST /api/v1/import/{object}` with `{ records: [...] }` (at most 50),
 *   answering `{ object_name, created, duplicates, failed, errors: [{ index, code, message }] }`,
 *   plus `results: [{ index, status, id }]` when `detailed` is on;
 * - `POST /api/{object}` with one record (201 `{ id }`, 409 duplicate, 422 invalid);
 * - `DELETE /api/{object}/{id}` (204, or 404 when gone), `GET /api/{object}`, `GET /api/v1/me`.
 *
 * It keeps records in memory, finds duplicates by email and phone digits,
 * validates fields, and honours `Idempotency-Key` (a repeated key gets the
 * first answer again). Faults are set on `faults` between or during runs.
 */
export interface ImportServer {
	url: string;
	/** Records by object, then id. */
	store: Map<string, Map<string, Record<string, unknown>>>;
	/** Every request seen: method, path, headers, and the record count of imports. */
	log: Array<{ n: number; method: string; path: string; headers: IncomingMessage['headers']; records?: number }>;
	faults: Faults;
	/** Tokens: admin ones may import; read-only ones get 403. Anything else gets 401. */
	tokens: { admin: Set<string>; readOnly: Set<string> };
	/** Whether batch answers list every record's status and id (else counts and errors only, as documented). */
	detailed: boolean;
	createdTotal(): number;
	close(): Promise<void>;
}

export interface Faults {
	/** Request numbers (1-based, every request counts) answered 500. */
	fail500: Set<number>;
	/** Request numbers answered 429 with this Retry-After (seconds). */
	rateLimit: Map<number, number>;
	/** Request numbers that are carried out, then never answered (the client times out). */
	hangAfterCommit: Set<number>;
	/** Reject records for which this says a reason (code VALIDATION_FAILED). */
	reject?: (record: Record<string, unknown>) => string | undefined;
	/** Milliseconds to wait before answering each request. */
	delayMs: number;
	/** Request numbers answered with this status and body instead (after the token check; nothing is done). */
	answer: Map<number, { status: number; body: unknown }>;
}

function digits(value: unknown): string {
	return typeof value === 'string' ? value.replace(/\D/g, '').slice(-10) : '';
}

async function readBody(req: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const text = Buffer.concat(chunks).toString('utf8');
	if (text === '') return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return Symbol.for('bad-json');
	}
}

/** Starts the server on a free local port. */
export async function startImportServer(options: { adminTokens?: string[]; readOnlyTokens?: string[]; detailed?: boolean } = {}): Promise<ImportServer> {
	const store = new Map<string, Map<string, Record<string, unknown>>>();
	const idempotent = new Map<string, { status: number; body: unknown }>();
	const hanging = new Set<ServerResponse>();
	let nextId = 1;
	let created = 0;
	let n = 0;
	const state: Omit<ImportServer, 'url' | 'close'> = {
		store,
		log: [],
		faults: { fail500: new Set(), rateLimit: new Map(), hangAfterCommit: new Set(), delayMs: 0, answer: new Map() },
		tokens: { admin: new Set(options.adminTokens ?? ['admin-token']), readOnly: new Set(options.readOnlyTokens ?? ['read-only-token']) },
		detailed: options.detailed ?? false,
		createdTotal: () => created,
	};

	const objectStore = (object: string): Map<string, Record<string, unknown>> => {
		let s = store.get(object);
		if (!s) store.set(object, (s = new Map()));
		return s;
	};
	// object → email or phone digits → id, so finding a duplicate costs the same at 100,000 records as at 10
	const index = new Map<string, Map<string, string>>();
	const matchKeys = (record: Record<string, unknown>): string[] => {
		const keys: string[] = [];
		if (typeof record.email === 'string' && record.email !== '') keys.push(`e:${record.email.toLowerCase()}`);
		const phone = digits(record.phone);
		if (phone.length >= 7) keys.push(`p:${phone}`);
		return keys;
	};
	const objectIndex = (object: string): Map<string, string> => {
		let i = index.get(object);
		if (!i) index.set(object, (i = new Map()));
		return i;
	};
	const findDuplicate = (object: string, record: Record<string, unknown>): string | undefined => {
		const i = objectIndex(object);
		for (const key of matchKeys(record)) {
			const id = i.get(key);
			if (id !== undefined && objectStore(object).has(id)) return id;
		}
		return undefined;
	};
	const validate = (record: unknown): { code: string; message: string } | undefined => {
		if (typeof record !== 'object' || record === null || Array.isArray(record)) return { code: 'VALIDATION_FAILED', message: 'record must be an object' };
		const r = record as Record<string, unknown>;
		if (!r.lastName && !r.company && !r.name) return { code: 'REQUIRED_FIELD', message: 'lastName is required' };
		if (r.email !== undefined && (typeof r.email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(r.email))) return { code: 'INVALID_EMAIL', message: `email "${String(r.email)}" is not valid` };
		const reason = state.faults.reject?.(r);
		return reason ? { code: 'VALIDATION_FAILED', message: reason } : undefined;
	};
	/** Creates one record, or says why not. */
	const createOne = (object: string, record: unknown): { status: 'created'; id: string } | { status: 'duplicate'; id: string } | { status: 'failed'; code: string; message: string } => {
		const invalid = validate(record);
		if (invalid) return { status: 'failed', ...invalid };
		const dup = findDuplicate(object, record as Record<string, unknown>);
		if (dup !== undefined) return { status: 'duplicate', id: dup };
		const id = `${object.slice(0, 3)}-${nextId++}`;
		objectStore(object).set(id, { ...(record as Record<string, unknown>), id });
		for (const key of matchKeys(record as Record<string, unknown>)) objectIndex(object).set(key, id);
		created++;
		return { status: 'created', id };
	};

	const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		const number = ++n;
		const url = new URL(req.url ?? '/', 'http://localhost');
		const body = await readBody(req);
		const entry: ImportServer['log'][number] = { n: number, method: req.method ?? '', path: url.pathname, headers: req.headers };
		if (typeof body === 'object' && body !== null && Array.isArray((body as { records?: unknown }).records)) entry.records = (body as { records: unknown[] }).records.length;
		state.log.push(entry);
		const send = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
			if (state.faults.hangAfterCommit.has(number)) {
				hanging.add(res);
				return;
			}
			res.writeHead(status, { 'content-type': 'application/json', ...headers });
			res.end(payload === undefined ? undefined : JSON.stringify(payload));
		};
		if (state.faults.delayMs > 0) await new Promise((r) => setTimeout(r, state.faults.delayMs));

		const auth = req.headers.authorization ?? '';
		// basic auth: the password is the token
		const basic = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':').slice(1).join(':') : undefined;
		const token = auth.startsWith('Bearer ') ? auth.slice(7) : basic ?? (req.headers['x-api-key'] as string | undefined) ?? '';
		// a careless target echoes the token it refused: the importer must not pass it on
		if (!state.tokens.admin.has(token) && !state.tokens.readOnly.has(token)) return send(401, { code: 'UNAUTHORIZED', message: `invalid token ${token}` });
		if (url.pathname === '/api/v1/me' && req.method === 'GET') return send(200, { user: 'test', admin: state.tokens.admin.has(token) });
		if (!state.tokens.admin.has(token) && req.method !== 'GET') return send(403, { code: 'PERMISSION_DENIED', message: 'admin rights required' });
		const canned = state.faults.answer.get(number);
		if (canned) return send(canned.status, canned.body);
		if (state.faults.fail500.has(number)) return send(500, { code: 'INTERNAL', message: 'something broke' });
		const wait = state.faults.rateLimit.get(number);
		if (wait !== undefined) return send(429, { code: 'RATE_LIMITED', message: 'slow down' }, { 'retry-after': String(wait) });
		if (body === Symbol.for('bad-json')) return send(400, { code: 'BAD_JSON', message: 'body is not JSON' });

		const key = req.headers['idempotency-key'];
		if (typeof key === 'string' && idempotent.has(key)) {
			const first = idempotent.get(key)!;
			return send(first.status, first.body, { 'idempotent-replayed': 'true' });
		}
		const remember = (status: number, payload: unknown): void => {
			if (typeof key === 'string') idempotent.set(key, { status, body: payload });
			send(status, payload);
		};

		const batch = /^\/api\/v1\/import\/([\w-]+)$/.exec(url.pathname);
		if (batch && req.method === 'POST') {
			const records = (body as { records?: unknown })?.records;
			if (!Array.isArray(records)) return send(400, { code: 'BAD_REQUEST', message: 'records must be a list' });
			if (records.length > 50) return send(413, { code: 'BATCH_TOO_LARGE', message: 'at most 50 records per request' });
			const answer = { object_name: batch[1], created: 0, duplicates: 0, failed: 0, errors: [] as unknown[], results: [] as unknown[] };
			records.forEach((record, index) => {
				const r = createOne(batch[1], record);
				if (r.status === 'created') answer.created++;
				else if (r.status === 'duplicate') answer.duplicates++;
				else {
					answer.failed++;
					answer.errors.push({ index, code: r.code, message: r.message });
				}
				answer.results.push(r.status === 'failed' ? { index, status: 'failed', code: r.code, message: r.message } : { index, status: r.status, id: r.id });
			});
			const { results, ...counts } = answer;
			return remember(200, state.detailed ? answer : (void results, counts));
		}
		const one = /^\/api\/([\w-]+)$/.exec(url.pathname);
		if (one && req.method === 'POST') {
			const r = createOne(one[1], body);
			if (r.status === 'created') return remember(201, { data: { id: r.id } });
			if (r.status === 'duplicate') return remember(409, { code: 'DUPLICATE', message: `duplicate of ${r.id}`, id: r.id });
			return remember(422, { code: r.code, message: r.message });
		}
		if (one && req.method === 'GET') return send(200, { data: [...objectStore(one[1]).values()] });
		const del = /^\/api\/([\w-]+)\/([\w-]+)$/.exec(url.pathname);
		if (del && req.method === 'DELETE') {
			const s = objectStore(del[1]);
			if (!s.delete(del[2])) return send(404, { code: 'NOT_FOUND', message: `no record ${del[2]}` });
			return send(204);
		}
		return send(404, { code: 'NOT_FOUND', message: `no route ${req.method} ${url.pathname}` });
	};

	const server: Server = createServer((req, res) => {
		handle(req, res).catch((error: unknown) => {
			res.writeHead(500);
			res.end(String(error));
		});
	});
	server.keepAliveTimeout = 60_000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const api = state as ImportServer;
	api.url = `http://127.0.0.1:${port}`;
	api.close = () =>
		new Promise<void>((resolve) => {
			for (const res of hanging) res.destroy();
			server.closeAllConnections();
			server.close(() => resolve());
		});
	return api;
}
