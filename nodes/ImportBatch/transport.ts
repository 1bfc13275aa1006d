import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { readExtraHeaders } from '../../credentials/extraHeaders';
import {
	parseRetryAfter,
	readBulkAnswer,
	type BatchResult,
	type ImportBatchItem,
	type SendContext,
} from '../../lib';

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

	constructor(
		message: string,
		details: { status?: number; retryAfterMs?: number; code?: string; notSent?: boolean } = {},
	) {
		super(message);
		this.name = 'TransportError';
		for (const [key, value] of Object.entries(details))
			if (value !== undefined) Object.assign(this, { [key]: value });
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
	if (
		typeof credentials.user === 'string' &&
		typeof credentials.password === 'string' &&
		credentials.password !== ''
	) {
		secrets.add(`${credentials.user}:${credentials.password}`);
	}
	for (const v of Object.values(readExtraHeaders(credentials).headers)) secrets.add(v);
	return [...secrets];
}

/** The base URL and a path joined with one slash. */
export function joinUrl(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The placeholders of a path template: `{object}`, `{id}`, `{field}`, `{nested.field}`. */
const PLACEHOLDER = /\{([\w.-]+)\}/g;

/** The placeholder names a path template uses. */
export function placeholdersOf(template: string): string[] {
	return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/**
 * A path template with every placeholder filled in, URL-encoded; `value`
 * gives a placeholder's value. A placeholder whose value is blank or missing
 * is named instead, so the row fails rather than sending literal braces.
 */
export function fillPath(
	template: string,
	value: (name: string) => unknown,
): { path: string } | { missing: string } {
	let missing: string | undefined;
	const path = template.replace(PLACEHOLDER, (_whole, name: string) => {
		const v = value(name);
		const text =
			typeof v === 'string'
				? v.trim()
				: typeof v === 'number' && Number.isFinite(v)
					? String(v)
					: typeof v === 'boolean'
						? String(v)
						: '';
		if (text === '') missing ??= name;
		return encodeURIComponent(text);
	});
	return missing === undefined ? { path } : { missing };
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

/** A placeholder's value for a record: `{object}` the object, `{id}` the id of the record to update (else the record's id field), anything else the record's field. */
function valueFor(name: string, object: string, item: ImportBatchItem): unknown {
	if (name === 'object') return object;
	if (name === 'id' && item.id !== undefined) return item.id;
	return valueAt(item.record, name);
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
	const inner = (typeof b.error === 'object' && b.error !== null ? b.error : b) as Record<
		string,
		unknown
	>;
	const code = typeof inner.code === 'string' ? inner.code : undefined;
	// never cut here: a secret cut in two would escape the redactor; the library cuts after redacting
	const message =
		typeof inner.message === 'string'
			? inner.message
			: typeof b.error === 'string'
				? b.error
				: typeof body === 'string' && body.trim() !== ''
					? body
					: undefined;
	return { code, message };
}

/** The error for a non-2xx answer. */
function answerError(answer: Answer, redact: Redact): TransportError {
	const { code, message } = describeBody(answer.body);
	return new TransportError(redact(message ?? `HTTP ${answer.statusCode}`), {
		status: answer.statusCode,
		retryAfterMs: parseRetryAfter(headerOf(answer.headers, 'retry-after'), Date.now()),
		code: code === undefined ? undefined : redact(code),
	});
}

/**
 * The system's code and message of a failed request, wherever n8n put them.
 * n8n wraps axios's error in a NodeApiError, which keeps the code in
 * `httpCode`, the client's own message ("connect ECONNREFUSED 127.0.0.1:9")
 * in `messages`, and swaps its message for a generic one; a bare axios error
 * has `code`; fetch nests the code in `cause`.
 */
function networkError(error: unknown): { code?: string; message?: string } {
	const e = (
		typeof error === 'object' && error !== null ? error : { message: String(error) }
	) as Record<string, unknown>;
	const chain = [e];
	for (
		let at: unknown = e.cause;
		typeof at === 'object' && at !== null && chain.length < 4;
		at = (at as Record<string, unknown>).cause
	)
		chain.push(at as Record<string, unknown>);
	const isCode = (c: unknown): c is string =>
		typeof c === 'string' && /^[A-Z][A-Z0-9_]{2,}$/.test(c);
	const isText = (m: unknown): m is string => typeof m === 'string' && m !== '';
	const code =
		chain.map((c) => c.code).find(isCode) ?? (isCode(e.httpCode) ? e.httpCode : undefined);
	const original = Array.isArray(e.messages) ? e.messages.find(isText) : undefined;
	const inner = chain
		.slice(1)
		.map((c) => c.message)
		.find(isText);
	return { code, message: original ?? inner ?? (isText(e.message) ? e.message : undefined) };
}

/** How requests go out: through n8n's authenticated HTTP helper, with the node's timeout and the execution's cancel signal. */
export interface Requester {
	(
		method: IHttpRequestMethods,
		path: string,
		body?: IDataObject,
		headers?: IDataObject,
	): Promise<Answer>;
}

export function createRequester(
	ctx: IExecuteFunctions,
	baseUrl: string,
	timeoutMs: number,
	redact: Redact,
	signal?: AbortSignal,
): Requester {
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
			// importInBatches sorts it by the system's code (n8n keeps it as httpCode) and reports it per row. Only the
			// code and the redacted message go in: the original error may carry the request's headers.
			const text = redact([code, message].filter(Boolean).join(': ') || 'the request failed');
			const failure = new NodeApiError(
				ctx.getNode(),
				{ code: code ?? null, message: text },
				{ description: text },
			);
			// n8n swaps a known code's message for a generic one ("The service refused the connection"); the row keeps the system's
			failure.message = text;
			throw failure;
		}
		return {
			statusCode: Number(response.statusCode ?? 0),
			headers: response.headers ?? {},
			body: response.body,
		};
	};
}

const ok = (answer: Answer): boolean => answer.statusCode >= 200 && answer.statusCode < 300;

/** Where and how the import sends records: the node's endpoint settings. */
export interface SendSettings {
	object: string;
	mode: 'bulk' | 'perRecord';
	/** The bulk import path, `{object}` filled in. */
	bulkPath: string;
	/** The body field that holds a batch's records. */
	recordsProperty: string;
	/** One request per record: how creates go. */
	createMethod: IHttpRequestMethods;
	createPath: string;
	/** Where the new record's id is in a per-record answer. */
	idPath: string;
	/** How updates go when there is no bulk update path: one request each. */
	updateMethod: IHttpRequestMethods;
	updatePath: string;
	/** A bulk update endpoint, `{object}` filled in; empty when the target has none. */
	bulkUpdatePath: string;
	bulkUpdateMethod: IHttpRequestMethods;
	/** The field in which each record of a bulk update carries its id. */
	updateIdField: string;
}

/**
 * The importer's `send`: each batch goes where its operation says. Creates go
 * to the bulk endpoint, or one request per record; updates go to the bulk
 * update endpoint when there is one, else one request per record to the
 * update path.
 */
export function createSend(request: Requester, settings: SendSettings, redact: Redact) {
	return async (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
		if (context.operation === 'update') {
			if (settings.bulkUpdatePath !== '') {
				const records = batch.map(
					(b) => ({ ...b.record, [settings.updateIdField]: b.id }) as IDataObject,
				);
				return sendBatch(
					request,
					settings.bulkUpdateMethod,
					settings.bulkUpdatePath,
					{ [settings.recordsProperty]: records },
					context,
					redact,
				);
			}
			return sendEach(request, batch, context, settings, 'update', redact);
		}
		if (settings.mode === 'bulk') {
			return sendBatch(
				request,
				'POST',
				settings.bulkPath,
				{ [settings.recordsProperty]: batch.map((b) => b.record) as IDataObject[] },
				context,
				redact,
			);
		}
		return sendEach(request, batch, context, settings, 'create', redact);
	};
}

/** One request for a whole batch, keyed by Idempotency-Key, its answer read by readBulkAnswer. */
async function sendBatch(
	request: Requester,
	method: IHttpRequestMethods,
	path: string,
	body: IDataObject,
	context: SendContext,
	redact: Redact,
): Promise<BatchResult> {
	const answer = await request(method, path, body, { 'Idempotency-Key': context.batchKey });
	if (!ok(answer)) throw answerError(answer, redact);
	const read = readBulkAnswer(answer.body);
	if (!read) return answer.body as BatchResult;
	for (const r of read.results) if (r.message) r.message = redact(r.message);
	return read;
}

/**
 * One request per record. A create: 2xx is created (updated for PUT or
 * PATCH) with the id at `idPath`, 409 a duplicate. An update: 2xx is updated,
 * 404 or 410 a failed row saying the record to update is gone. A path
 * placeholder the record leaves blank fails its row unsent. Any other answer
 * fails the request, to be sorted and retried by the importer.
 */
async function sendEach(
	request: Requester,
	batch: ImportBatchItem[],
	context: SendContext,
	settings: SendSettings,
	operation: 'create' | 'update',
	redact: Redact,
): Promise<BatchResult> {
	const results: BatchResult['results'] = [];
	const [method, template, name] =
		operation === 'update'
			? [settings.updateMethod, settings.updatePath, 'Update Path']
			: [settings.createMethod, settings.createPath, 'Create Path'];
	for (const [index, item] of batch.entries()) {
		const filled = fillPath(template, (field) => valueFor(field, settings.object, item));
		if ('missing' in filled) {
			const what =
				filled.missing === 'id' && operation === 'update'
					? 'the id of the record to update'
					: `the record's field "${filled.missing}"`;
			results.push({
				index,
				status: 'failed',
				code: 'IMPORT_PATH_VALUE_MISSING',
				message: `The ${name} ${template} needs {${filled.missing}}, but ${what} is blank, so nothing was sent. Fill it in, or change the ${name}.`,
			});
			continue;
		}
		const answer = await request(method, filled.path, item.record as IDataObject, {
			'Idempotency-Key': batch.length === 1 ? context.batchKey : `${context.batchKey}-${index}`,
		});
		const id = idAt(answer.body, settings.idPath);
		if (operation === 'update') {
			if (ok(answer))
				results.push({
					index,
					status: 'updated',
					...(item.id !== undefined ? { id: item.id } : id !== undefined ? { id } : {}),
				});
			else if (answer.statusCode === 404 || answer.statusCode === 410) {
				const said = describeBody(answer.body).message;
				results.push({
					index,
					status: 'failed',
					code: 'IMPORT_UPDATE_NOT_FOUND',
					message: `The record to update (${settings.object} ${item.id ?? '?'}) is not in the target (${answer.statusCode}): it may have been deleted or merged since it was matched. Import the row as a new record, or drop it.${said ? ` The target said: ${redact(said)}` : ''}`,
				});
			} else throw answerError(answer, redact);
		} else if (ok(answer))
			results.push({
				index,
				status: method === 'POST' ? 'created' : 'updated',
				...(id !== undefined ? { id } : {}),
			});
		else if (answer.statusCode === 409)
			results.push({
				index,
				status: 'duplicate',
				...(id !== undefined ? { id } : {}),
				...describeBody(answer.body),
			});
		else throw answerError(answer, redact);
	}
	return { results };
}

/** The records of a search answer: `{ records: [...] }` as the documented export gives them, `{ data: [...] }`, or a bare list. */
function recordsOf(body: unknown): Array<Record<string, unknown>> | undefined {
	const list = Array.isArray(body)
		? body
		: typeof body === 'object' && body !== null
			? ((body as IDataObject).records ?? (body as IDataObject).data)
			: undefined;
	return Array.isArray(list) ? (list as Array<Record<string, unknown>>) : undefined;
}

/**
 * `find` for a revert: one page of the target's export API, filtered on the
 * tag field (`filter_field`, `filter_operator=eq`, `filter_value`), asking
 * for the id and the tag field only. The library checks each record's tag
 * before deleting it.
 */
export function createFind(request: Requester, path: string, pageSize: number, redact: Redact) {
	return async ({
		field,
		value,
	}: {
		field: string;
		value: string;
	}): Promise<Array<Record<string, unknown>>> => {
		const answer = await getExport(request, path, redact, {
			filter_field: field,
			filter_operator: 'eq',
			filter_value: value,
			fields: `id,${field}`,
			limit: String(pageSize),
		});
		const records = recordsOf(answer.body);
		if (!records)
			throw new TransportError(
				'the search answer has no list of records ({ "records": [...] }); check the Export Path',
				{ status: answer.statusCode, code: 'IMPORT_BAD_RESPONSE' },
			);
		return records;
	};
}

/** A GET of the export API at `path` with a query: the answer when 2xx, else the transport error the library sorts. */
async function getExport(
	request: Requester,
	path: string,
	redact: Redact,
	query: Record<string, string>,
): Promise<Answer> {
	const answer = await request(
		'GET',
		`${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams(query).toString()}`,
	);
	if (!ok(answer)) throw answerError(answer, redact);
	return answer;
}

/**
 * `request` for fetchAllRecords: a GET of the export API at `path` with the
 * library's query (fields, filters, sort, limit), the answer's body for a 2xx,
 * else the transport error the library sorts (retries, 401/403, redaction).
 */
export function createExportReader(request: Requester, path: string, redact: Redact) {
	return async (query: Record<string, string>): Promise<unknown> =>
		(await getExport(request, path, redact, query)).body;
}

/** `remove` for a revert: DELETE at the path, 2xx deleted, 404 or 410 already gone. */
export function createRemove(
	request: Requester,
	pathTemplate: string,
	object: string,
	redact: Redact,
) {
	return async (target: { id: string }): Promise<'deleted' | 'notFound'> => {
		const filled = fillPath(pathTemplate, (name) =>
			name === 'object' ? object : name === 'id' ? target.id : undefined,
		);
		// a path needing more than {object} and {id} is refused before the revert starts
		if ('missing' in filled)
			throw new TransportError(
				`The Delete Path ${pathTemplate} needs {${filled.missing}}, which a revert does not know`,
				{ notSent: true },
			);
		const answer = await request('DELETE', filled.path);
		if (ok(answer)) return 'deleted';
		if (answer.statusCode === 404 || answer.statusCode === 410) return 'notFound';
		throw answerError(answer, redact);
	};
}
