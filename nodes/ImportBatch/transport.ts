import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';
import { readExtraHeaders } from '../../credentials/extraHeaders';
import { parseRetryAfter, readBulkAnswer, type BatchResult, type ImportBatchItem, type SendContext } from '../../lib';

export const CREDENTIAL = 'intakeApi';

/** An HTTP answer, whatever its status. */
interface Answer {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/** A transport failure in the shape the importer sorts (ImportTransportError): HTTP status (none for a network error or timeout), Retry-After, the target's or the system's code, and whether it never reached the target. */
export class TransportError extends Error {
	readonly status?: number;
	readonly retryAfterMs?: number;
	readonly code?: string;
	readonly notSent?: boolean;

	constructor(message: string, details: { status?: number; retryAfterMs?: number; code?: string; notSent?: boolean } = {}) {
		super(message);
		this.name = 'TransportError';
		for (const [key, value] of Object.entries(details)) if (value !== undefined) Object.assign(this, { [key]: value });
	}
}

/** Replaces every secret of the credential in a text, so none reaches an output, an error or a log. */
export type Redact = (text: string) => string;

/**
 * The secrets the credential sends: the token, the API key, the password,
 * the basic-auth user:password pair and the Extra Headers' values. The
 * library's redactor also hides their URL-encoded and base64 forms, in any
 * case.
 */
export function secretsOf(credentials: ICredentialDataDecryptedObject): string[] {
	const secrets = new Set<string>();
	for (const name of ['token', 'apiKey', 'password']) {
		const value = credentials[name];
		if (typeof value === 'string' && value !== '') secrets.add(value);
	}
	if (typeof credentials.user === 'string' && typeof credentials.password === 'string' && credentials.password !== '') {
		secrets.add(`${credentials.user}:${credentials.password}`);
	}
	try {
		for (const v of Object.values(readExtraHeaders(credentials))) secrets.add(v);
	} catch {
		// the credential's own authenticate reports bad JSON
	}
	return [...secrets];
}

/** The base URL and a path joined with one slash. */
export function joinUrl(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** A path template with `{object}` and `{id}` filled in, each URL-encoded. */
export function fillPath(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? encodeURIComponent(values[name]) : whole));
}

/** A value at a dotted path ("data.id") of a parsed body. */
function valueAt(body: unknown, path: string): unknown {
	let at: unknown = body;
	for (const part of path.split('.').filter(Boolean)) {
		if (typeof at !== 'object' || at === null || !Object.hasOwn(at, part)) return undefined;
		at = (at as Record<string, unknown>)[part];
	}
	return at;
}

function idAt(body: unknown, path: string): string | undefined {
	const id = valueAt(body, path) ?? valueAt(body, 'id');
	return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function headerOf(headers: Record<string, unknown>, name: string): unknown {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	return key === undefined ? undefined : headers[key];
}

/** The target's error code and message, from the usual body shapes ({ code, message }, { error: { code, message } }, text). */
function describeBody(body: unknown): { code?: string; message?: string } {
	const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
	const inner = (typeof b.error === 'object' && b.error !== null ? b.error : b) as Record<string, unknown>;
	const code = typeof inner.code === 'string' ? inner.code : undefined;
	// never cut here: a secret cut in two would escape the redactor; the library cuts after redacting
	const message = typeof inner.message === 'string' ? inner.message : typeof b.error === 'string' ? b.error : typeof body === 'string' && body.trim() !== '' ? body : undefined;
	return { code, message };
}

/** The error for a non-2xx answer. */
function answerError(answer: Answer, redact: Redact): TransportError {
	const { code, message } = describeBody(answer.body);
	return new TransportError(redact(message ?? `HTTP ${answer.statusCode}`), { status: answer.statusCode, retryAfterMs: parseRetryAfter(headerOf(answer.headers, 'retry-after'), Date.now()), code: code === undefined ? undefined : redact(code) });
}

/**
 * The system's code and message of a failed request, wherever n8n put them.
 * n8n wraps axios's error in a NodeApiError, which keeps the code in
 * `httpCode`, the client's own message ("connect ECONNREFUSED 127.0.0.1:9")
 * in `messages`, and swaps its message for a generic one; a bare axios error
 * has `code`; fetch nests the code in `cause`.
 */
function networkError(error: unknown): { code?: string; message?: string } {
	const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as Record<string, unknown>;
	const chain = [e];
	for (let at: unknown = e.cause; typeof at === 'object' && at !== null && chain.length < 4; at = (at as Record<string, unknown>).cause) chain.push(at as Record<string, unknown>);
	const isCode = (c: unknown): c is string => typeof c === 'string' && /^[A-Z][A-Z0-9_]{2,}$/.test(c);
	const isText = (m: unknown): m is string => typeof m === 'string' && m !== '';
	const code = chain.map((c) => c.code).find(isCode) ?? (isCode(e.httpCode) ? e.httpCode : undefined);
	const original = Array.isArray(e.messages) ? e.messages.find(isText) : undefined;
	const inner = chain.slice(1).map((c) => c.message).find(isText);
	return { code, message: original ?? inner ?? (isText(e.message) ? e.message : undefined) };
}

/** How requests go out: through n8n's authenticated HTTP helper, with the node's timeout and the execution's cancel signal. */
export interface Requester {
	(method: IHttpRequestMethods, path: string, body?: IDataObject, headers?: IDataObject): Promise<Answer>;
}

export function createRequester(ctx: IExecuteFunctions, baseUrl: string, timeoutMs: number, redact: Redact, signal?: AbortSignal): Requester {
	return async (method, path, body, headers) => {
		const options: IHttpRequestOptions = {
			method,
			url: joinUrl(baseUrl, path),
			headers: { Accept: 'application/json', ...headers },
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: timeoutMs,
		};
		if (body !== undefined) options.body = body;
		if (signal) options.abortSignal = signal;
		let response: { statusCode?: number; headers?: Record<string, unknown>; body?: unknown };
		try {
			response = await ctx.helpers.httpRequestWithAuthentication.call(ctx, CREDENTIAL, options);
		} catch (error) {
			// a network error or a timeout: the library tells a request that never left (ECONNREFUSED, ENOTFOUND, a refused
			// certificate) from one whose outcome is unknown by the system's code; the error may carry the request's
			// headers, so only its code and message are kept
			const { code, message } = networkError(error);
			// caught by importInBatches, which sorts it by its code and reports it per row; it never reaches n8n
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
			throw new TransportError(redact([code, message].filter(Boolean).join(': ') || 'the request failed'), { code });
		}
		return { statusCode: Number(response.statusCode ?? 0), headers: response.headers ?? {}, body: response.body };
	};
}

const ok = (answer: Answer): boolean => answer.statusCode >= 200 && answer.statusCode < 300;

/** `send` for the bulk endpoint: one POST of `{ records: [...] }` per batch, keyed by Idempotency-Key. */
export function createBulkSend(request: Requester, path: string, recordsProperty: string, redact: Redact) {
	return async (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
		const answer = await request('POST', path, { [recordsProperty]: batch.map((b) => b.record) as IDataObject[] }, { 'Idempotency-Key': context.batchKey });
		if (!ok(answer)) throw answerError(answer, redact);
		const read = readBulkAnswer(answer.body);
		if (!read) return answer.body as BatchResult;
		for (const r of read.results) if (r.message) r.message = redact(r.message);
		return read;
	};
}

/** `send` for one request per record: 2xx is created (or updated for PUT/PATCH) with the id at `idPath`; 409 is a duplicate. */
export function createRecordSend(request: Requester, method: IHttpRequestMethods, path: string, idPath: string, redact: Redact) {
	return async (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
		const results: BatchResult['results'] = [];
		for (const [index, item] of batch.entries()) {
			const answer = await request(method, path, item.record as IDataObject, { 'Idempotency-Key': batch.length === 1 ? context.batchKey : `${context.batchKey}-${index}` });
			const id = idAt(answer.body, idPath);
			if (ok(answer)) results.push({ index, status: method === 'POST' ? 'created' : 'updated', ...(id !== undefined ? { id } : {}) });
			else if (answer.statusCode === 409) results.push({ index, status: 'duplicate', ...(id !== undefined ? { id } : {}), ...describeBody(answer.body) });
			else throw answerError(answer, redact);
		}
		return { results };
	};
}

/** `remove` for a revert: DELETE at the path, 2xx deleted, 404 or 410 already gone. */
export function createRemove(request: Requester, pathTemplate: string, object: string, redact: Redact) {
	return async (target: { id: string }): Promise<'deleted' | 'notFound'> => {
		const answer = await request('DELETE', fillPath(pathTemplate, { object, id: target.id }));
		if (ok(answer)) return 'deleted';
		if (answer.statusCode === 404 || answer.statusCode === 410) return 'notFound';
		throw answerError(answer, redact);
	};
}
