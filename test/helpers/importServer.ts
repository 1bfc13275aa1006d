import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local target system for import tests, on node:http. It speaks the API
 * shapes the importer meets:
 * - `POST /api/v1/import/{object}` with `{ records: [...] }` (at most 50),
 *   answering `{ object_name, created, duplicates, failed, errors: [{ index, code, message }] }`,
 *   plus `results: [{ index, status, id }]` when `detailed` is on;
 * - `POST|PATCH|PUT /api/v1/update/{object}` with `{ records: [{ id, ... }] }`
 *   (at most 50), answering `{ object_name, updated, failed, errors }` (plus `results`);
 * - `POST /api/{object}` with one record (201 `{ data: { id } }`, 409 duplicate, 422 invalid);
 * - `PATCH|PUT /api/{object}/{id}` (200 `{ data: record }`, 404 when there is no such record, 422 invalid);
 * - `GET /api/{object}/{id}` (200 `{ data: record }` or 404), `GET /api/{object}`, `GET /api/v1/me`;
 * - `DELETE /api/{object}/{id}` (204, or 404 when gone);
 * - `GET /api/v1/export/{object}?filter_field&filter_operator&filter_value&filters&fields&limit&sort_by&sort_dir`
 *   answering `{ format: 'json', records, total }` (limit at most 10,000);
 * - `PUT /api/{object}/{id}/content` with a file's bytes as the body (its Content-Type kept; the
 *   file name from `X-File-Name`, else the record's `name`): a document's file, for a record that
 *   exists (200 `{ data: { id, fileName, contentType, size, sha256 } }`, 404 without the record);
 * - `GET /api/{object}/{id}/content`: the file's bytes, with its Content-Type and a
 *   Content-Disposition naming it (404 when the record has no file).
 *
 * It keeps records in memory, finds duplicates by email and phone digits,
 * validates fields, and honours `Idempotency-Key` strictly: a repeated key
 * with the same body gets the first answer again (with `Idempotent-Replayed`),
 * with another body a 422. Faults are set on `faults` between or during runs.
 */
export interface ImportServer {
	url: string;
	/** Records by object, then id. */
	store: Map<string, Map<string, Record<string, unknown>>>;
	/** Files of records (documents), by `object/id`. */
	files: Map<string, StoredFile>;
	/** Every request seen: method, path, query, headers, and the record count of bulk requests. */
	log: Array<{
		n: number;
		method: string;
		path: string;
		query: string;
		headers: IncomingMessage['headers'];
		records?: number;
		replayed?: boolean;
	}>;
	faults: Faults;
	/** Tokens: admin ones may import; read-only ones get 403. Anything else gets 401. */
	tokens: { admin: Set<string>; readOnly: Set<string> };
	/** Whether batch answers list every record's status and id (else counts and errors only, as documented). */
	detailed: boolean;
	/** Records created in all (deleting does not lower it). */
	createdTotal(): number;
	close(): Promise<void>;
}

/** A record's file, as `PUT /api/{object}/{id}/content` stored it. */
export interface StoredFile {
	data: Buffer;
	contentType: string;
	fileName: string;
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
	/** The export ignores its filter and returns every record (a careless target). */
	exportIgnoresFilter: boolean;
	/** The export returns only `id`, whatever `fields` asks for. */
	exportOnlyIds: boolean;
}

type Stored = Record<string, unknown>;
type Created =
	| { status: 'created'; id: string }
	| { status: 'duplicate'; id: string }
	| { status: 'failed'; code: string; message: string };
type Updated =
	| { status: 'updated'; record: Stored }
	| { status: 'failed'; code: string; message: string; httpStatus: number };

/** A FilterGroup of the export API: conditions joined by `and` or `or` (documented as `operator`; `logic` read too), groups nested. */
interface FilterGroup {
	operator?: 'and' | 'or';
	logic?: 'and' | 'or';
	conditions?: Array<{ field: string; operator?: string; value?: unknown } | FilterGroup>;
}

function digits(value: unknown): string {
	return typeof value === 'string' ? value.replace(/\D/g, '').slice(-10) : '';
}

async function readBody(
	req: IncomingMessage,
): Promise<{ text: string; body: unknown; raw: Buffer }> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const raw = Buffer.concat(chunks);
	const text = raw.toString('utf8');
	if (text === '') return { text, body: undefined, raw };
	try {
		return { text, body: JSON.parse(text), raw };
	} catch {
		return { text, body: Symbol.for('bad-json'), raw };
	}
}

/** A Content-Disposition header naming a file: an ASCII fallback and the UTF-8 name (RFC 6266). */
function attachmentHeader(fileName: string): string {
	const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function matches(record: Stored, field: string, operator: string, value: unknown): boolean {
	const v = record[field];
	switch (operator) {
		case 'eq':
			return v !== undefined && String(v) === String(value);
		case 'neq':
			return v === undefined || String(v) !== String(value);
		case 'contains':
			return typeof v === 'string' && v.toLowerCase().includes(String(value).toLowerCase());
		case 'gt':
			return v !== undefined && String(v) > String(value);
		case 'gte':
			return v !== undefined && String(v) >= String(value);
		case 'lt':
			return v !== undefined && String(v) < String(value);
		case 'lte':
			return v !== undefined && String(v) <= String(value);
		case 'in':
		case 'not_in': {
			const list = (Array.isArray(value) ? value : String(value).split(',')).map(String);
			return (v !== undefined && list.includes(String(v))) === (operator === 'in');
		}
		case 'empty':
			return v === undefined || v === null || v === '';
		default:
			throw new Error(`unknown operator ${operator}`);
	}
}

function matchesGroup(record: Stored, group: FilterGroup): boolean {
	const tests = (group.conditions ?? []).map((c) =>
		'conditions' in c
			? matchesGroup(record, c as FilterGroup)
			: matches(
					record,
					String((c as { field: string }).field),
					(c as { operator?: string }).operator ?? 'eq',
					(c as { value?: unknown }).value,
				),
	);
	return (group.operator ?? group.logic) === 'or' ? tests.some(Boolean) : tests.every(Boolean);
}

/** Starts the server on a free local port. */
export async function startImportServer(
	options: { adminTokens?: string[]; readOnlyTokens?: string[]; detailed?: boolean } = {},
): Promise<ImportServer> {
	const store = new Map<string, Map<string, Stored>>();
	const files = new Map<string, StoredFile>();
	const idempotent = new Map<string, { hash: string; status: number; body: unknown }>();
	const hanging = new Set<ServerResponse>();
	let nextId = 1;
	let created = 0;
	let n = 0;
	const state: Omit<ImportServer, 'url' | 'close'> = {
		store,
		files,
		log: [],
		faults: {
			fail500: new Set(),
			rateLimit: new Map(),
			hangAfterCommit: new Set(),
			delayMs: 0,
			answer: new Map(),
			exportIgnoresFilter: false,
			exportOnlyIds: false,
		},
		tokens: {
			admin: new Set(options.adminTokens ?? ['admin-token']),
			readOnly: new Set(options.readOnlyTokens ?? ['read-only-token']),
		},
		detailed: options.detailed ?? false,
		createdTotal: () => created,
	};

	const objectStore = (object: string): Map<string, Stored> => {
		let s = store.get(object);
		if (!s) store.set(object, (s = new Map()));
		return s;
	};
	// object → email or phone digits → id, so finding a duplicate costs the same at 100,000 records as at 10
	const index = new Map<string, Map<string, string>>();
	const matchKeys = (record: Stored): string[] => {
		const keys: string[] = [];
		if (typeof record.email === 'string' && record.email !== '')
			keys.push(`e:${record.email.toLowerCase()}`);
		const phone = digits(record.phone);
		if (phone.length >= 7) keys.push(`p:${phone}`);
		return keys;
	};
	const objectIndex = (object: string): Map<string, string> => {
		let i = index.get(object);
		if (!i) index.set(object, (i = new Map()));
		return i;
	};
	const findDuplicate = (object: string, record: Stored, except?: string): string | undefined => {
		const i = objectIndex(object);
		for (const key of matchKeys(record)) {
			const id = i.get(key);
			if (id !== undefined && id !== except && objectStore(object).has(id)) return id;
		}
		return undefined;
	};
	const validate = (record: unknown): { code: string; message: string } | undefined => {
		if (typeof record !== 'object' || record === null || Array.isArray(record))
			return { code: 'VALIDATION_FAILED', message: 'record must be an object' };
		const r = record as Stored;
		if (!r.lastName && !r.company && !r.name)
			return { code: 'REQUIRED_FIELD', message: 'lastName is required' };
		if (
			r.email !== undefined &&
			(typeof r.email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(r.email))
		)
			return { code: 'INVALID_EMAIL', message: `email "${String(r.email)}" is not valid` };
		const reason = state.faults.reject?.(r);
		return reason ? { code: 'VALIDATION_FAILED', message: reason } : undefined;
	};
	/** Creates one record, or says why not. */
	const createOne = (object: string, record: unknown): Created => {
		const invalid = validate(record);
		if (invalid) return { status: 'failed', ...invalid };
		const dup = findDuplicate(object, record as Stored);
		if (dup !== undefined) return { status: 'duplicate', id: dup };
		const id = `${object.slice(0, 3)}-${nextId++}`;
		objectStore(object).set(id, { ...(record as Stored), id });
		for (const key of matchKeys(record as Stored)) objectIndex(object).set(key, id);
		created++;
		return { status: 'created', id };
	};
	/** Changes one record: PATCH merges the fields given, PUT replaces them (the id stays). */
	const updateOne = (object: string, id: string, fields: unknown, replace: boolean): Updated => {
		const s = objectStore(object);
		const had = s.get(id);
		if (!had)
			return {
				status: 'failed',
				code: 'NOT_FOUND',
				message: `no ${object} record ${id}`,
				httpStatus: 404,
			};
		if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
			return {
				status: 'failed',
				code: 'VALIDATION_FAILED',
				message: 'record must be an object',
				httpStatus: 422,
			};
		const next: Stored = { ...(replace ? {} : had), ...(fields as Stored), id };
		const invalid = validate(next);
		if (invalid) return { status: 'failed', ...invalid, httpStatus: 422 };
		const dup = findDuplicate(object, next, id);
		if (dup !== undefined)
			return {
				status: 'failed',
				code: 'DUPLICATE',
				message: `the change makes it a duplicate of ${dup}`,
				httpStatus: 409,
			};
		s.set(id, next);
		for (const key of matchKeys(next)) objectIndex(object).set(key, id);
		return { status: 'updated', record: next };
	};
	const exportRecords = (
		object: string,
		query: URLSearchParams,
	): { status: number; body: unknown } => {
		let records = [...objectStore(object).values()];
		const limit = Number(query.get('limit') ?? 1000);
		if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
			return {
				status: 400,
				body: { code: 'BAD_LIMIT', message: 'limit must be a whole number from 1 to 10000' },
			};
		if (!state.faults.exportIgnoresFilter) {
			const field = query.get('filter_field');
			if (field !== null)
				records = records.filter((r) =>
					matches(r, field, query.get('filter_operator') ?? 'eq', query.get('filter_value') ?? ''),
				);
			const filters = query.get('filters');
			if (filters !== null) {
				let group: FilterGroup;
				try {
					group = JSON.parse(filters) as FilterGroup;
				} catch {
					return { status: 400, body: { code: 'BAD_FILTERS', message: 'filters is not JSON' } };
				}
				records = records.filter((r) => matchesGroup(r, group));
			}
		}
		const sortBy = query.get('sort_by');
		if (sortBy !== null) {
			const dir = query.get('sort_dir') === 'desc' ? -1 : 1;
			records.sort((a, b) =>
				String(a[sortBy] ?? '') < String(b[sortBy] ?? '')
					? -dir
					: String(a[sortBy] ?? '') > String(b[sortBy] ?? '')
						? dir
						: 0,
			);
		}
		const total = records.length;
		const fields = state.faults.exportOnlyIds
			? ['id']
			: query
					.get('fields')
					?.split(',')
					.map((f) => f.trim())
					.filter(Boolean);
		const out = records
			.slice(0, limit)
			.map((r) =>
				fields ? Object.fromEntries(fields.filter((f) => f in r).map((f) => [f, r[f]])) : r,
			);
		return { status: 200, body: { format: 'json', records: out, total } };
	};

	const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		const number = ++n;
		const url = new URL(req.url ?? '/', 'http://localhost');
		const { text, body, raw } = await readBody(req);
		const entry: ImportServer['log'][number] = {
			n: number,
			method: req.method ?? '',
			path: url.pathname,
			query: url.search,
			headers: req.headers,
		};
		if (
			typeof body === 'object' &&
			body !== null &&
			Array.isArray((body as { records?: unknown }).records)
		)
			entry.records = (body as { records: unknown[] }).records.length;
		state.log.push(entry);
		const send = (
			status: number,
			payload?: unknown,
			headers: Record<string, string> = {},
		): void => {
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
		const basic = auth.startsWith('Basic ')
			? Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':').slice(1).join(':')
			: undefined;
		const token = auth.startsWith('Bearer ')
			? auth.slice(7)
			: (basic ?? (req.headers['x-api-key'] as string | undefined) ?? '');
		// a careless target echoes the token it refused: the importer must not pass it on
		if (!state.tokens.admin.has(token) && !state.tokens.readOnly.has(token))
			return send(401, { code: 'UNAUTHORIZED', message: `invalid token ${token}` });
		if (url.pathname === '/api/v1/me' && req.method === 'GET')
			return send(200, { user: 'test', admin: state.tokens.admin.has(token) });
		if (!state.tokens.admin.has(token) && req.method !== 'GET')
			return send(403, { code: 'PERMISSION_DENIED', message: 'admin rights required' });
		const canned = state.faults.answer.get(number);
		if (canned) return send(canned.status, canned.body);
		if (state.faults.fail500.has(number))
			return send(500, { code: 'INTERNAL', message: 'something broke' });
		const wait = state.faults.rateLimit.get(number);
		if (wait !== undefined)
			return send(
				429,
				{ code: 'RATE_LIMITED', message: 'slow down' },
				{ 'retry-after': String(wait) },
			);
		// a record's file: its bytes are the body, so this comes before the JSON check
		const content = /^\/api\/([\w-]+)\/([^/]+)\/content$/.exec(url.pathname);
		if (content) {
			const [object, id] = [content[1], decodeURIComponent(content[2])];
			const record = objectStore(object).get(id);
			if (!record) return send(404, { code: 'NOT_FOUND', message: `no ${object} record ${id}` });
			const key = `${object}/${id}`;
			if (req.method === 'GET') {
				const file = files.get(key);
				if (!file)
					return send(404, { code: 'NOT_FOUND', message: `${object} record ${id} has no file` });
				res.writeHead(200, {
					'content-type': file.contentType,
					'content-length': String(file.data.length),
					'content-disposition': attachmentHeader(file.fileName),
				});
				res.end(file.data);
				return;
			}
			if (req.method === 'PUT') {
				const header = req.headers['x-file-name'];
				const fileName =
					(typeof header === 'string' && header !== '' ? decodeURIComponent(header) : '') ||
					String(record.name ?? id);
				const file: StoredFile = {
					data: raw,
					contentType: req.headers['content-type'] ?? 'application/octet-stream',
					fileName,
				};
				files.set(key, file);
				return send(200, {
					data: {
						id,
						fileName,
						contentType: file.contentType,
						size: raw.length,
						sha256: createHash('sha256').update(raw).digest('hex'),
					},
				});
			}
			return send(405, { code: 'METHOD_NOT_ALLOWED', message: `${req.method} ${url.pathname}` });
		}
		if (body === Symbol.for('bad-json'))
			return send(400, { code: 'BAD_JSON', message: 'body is not JSON' });

		const key = req.headers['idempotency-key'];
		const hash = createHash('sha256')
			.update(`${req.method} ${url.pathname}\n${text}`)
			.digest('hex');
		if (typeof key === 'string' && idempotent.has(key)) {
			const first = idempotent.get(key)!;
			// a strict target: the same key with another request is refused, never answered as if it were the first
			if (first.hash !== hash)
				return send(422, {
					code: 'IDEMPOTENCY_KEY_REUSED',
					message: 'this Idempotency-Key was used with another request',
				});
			entry.replayed = true;
			return send(first.status, first.body, { 'idempotent-replayed': 'true' });
		}
		const remember = (status: number, payload: unknown): void => {
			if (typeof key === 'string') idempotent.set(key, { hash, status, body: payload });
			send(status, payload);
		};

		const batch = /^\/api\/v1\/import\/([\w-]+)$/.exec(url.pathname);
		if (batch && req.method === 'POST') {
			const records = (body as { records?: unknown })?.records;
			if (!Array.isArray(records))
				return send(400, { code: 'BAD_REQUEST', message: 'records must be a list' });
			if (records.length > 50)
				return send(413, { code: 'BATCH_TOO_LARGE', message: 'at most 50 records per request' });
			const answer = {
				object_name: batch[1],
				created: 0,
				duplicates: 0,
				failed: 0,
				errors: [] as unknown[],
				results: [] as unknown[],
			};
			records.forEach((record, index) => {
				const r = createOne(batch[1], record);
				if (r.status === 'created') answer.created++;
				else if (r.status === 'duplicate') answer.duplicates++;
				else {
					answer.failed++;
					answer.errors.push({ index, code: r.code, message: r.message });
				}
				answer.results.push(
					r.status === 'failed'
						? { index, status: 'failed', code: r.code, message: r.message }
						: { index, status: r.status, id: r.id },
				);
			});
			const { results, ...counts } = answer;
			return remember(200, state.detailed ? answer : (void results, counts));
		}
		const bulkUpdate = /^\/api\/v1\/update\/([\w-]+)$/.exec(url.pathname);
		if (bulkUpdate && ['POST', 'PATCH', 'PUT'].includes(req.method ?? '')) {
			const records = (body as { records?: unknown })?.records;
			if (!Array.isArray(records))
				return send(400, { code: 'BAD_REQUEST', message: 'records must be a list' });
			if (records.length > 50)
				return send(413, { code: 'BATCH_TOO_LARGE', message: 'at most 50 records per request' });
			const answer = {
				object_name: bulkUpdate[1],
				updated: 0,
				failed: 0,
				errors: [] as unknown[],
				results: [] as unknown[],
			};
			records.forEach((record, index) => {
				const id =
					typeof record === 'object' && record !== null ? (record as Stored).id : undefined;
				const r: Updated =
					typeof id === 'string' && id !== ''
						? updateOne(bulkUpdate[1], id, record, req.method === 'PUT')
						: {
								status: 'failed',
								code: 'ID_REQUIRED',
								message: 'each record needs its id',
								httpStatus: 422,
							};
				if (r.status === 'updated') {
					answer.updated++;
					answer.results.push({ index, status: 'updated', id });
				} else {
					answer.failed++;
					answer.errors.push({ index, code: r.code, message: r.message });
					answer.results.push({ index, status: 'failed', code: r.code, message: r.message });
				}
			});
			const { results, ...counts } = answer;
			return remember(200, state.detailed ? answer : (void results, counts));
		}
		const exported = /^\/api\/v1\/export\/([\w-]+)$/.exec(url.pathname);
		if (exported && req.method === 'GET') {
			const answer = exportRecords(exported[1], url.searchParams);
			return send(answer.status, answer.body);
		}
		const one = /^\/api\/([\w-]+)$/.exec(url.pathname);
		if (one && req.method === 'POST') {
			const r = createOne(one[1], body);
			if (r.status === 'created') return remember(201, { data: { id: r.id } });
			if (r.status === 'duplicate')
				return remember(409, { code: 'DUPLICATE', message: `duplicate of ${r.id}`, id: r.id });
			return remember(422, { code: r.code, message: r.message });
		}
		if (one && req.method === 'GET') return send(200, { data: [...objectStore(one[1]).values()] });
		const byId = /^\/api\/([\w-]+)\/([^/]+)$/.exec(url.pathname);
		if (byId) {
			const [object, id] = [byId[1], decodeURIComponent(byId[2])];
			const s = objectStore(object);
			if (req.method === 'GET')
				return s.has(id)
					? send(200, { data: s.get(id) })
					: send(404, { code: 'NOT_FOUND', message: `no ${object} record ${id}` });
			if (req.method === 'DELETE')
				return s.delete(id)
					? send(204)
					: send(404, { code: 'NOT_FOUND', message: `no record ${id}` });
			if (req.method === 'PATCH' || req.method === 'PUT') {
				const r = updateOne(object, id, body, req.method === 'PUT');
				if (r.status === 'updated') return remember(200, { data: r.record });
				return remember(r.httpStatus, { code: r.code, message: r.message });
			}
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
