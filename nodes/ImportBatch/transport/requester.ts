import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { readExtraHeaders } from '../../../credentials/extraHeaders';
import { networkError } from './errors';

export const CREDENTIAL = 'intakeApi';

/** An HTTP answer, whatever its status. */
export interface Answer {
	statusCode: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/** Whether an answer is a 2xx. */
export const isOk = (answer: Answer): boolean =>
	answer.statusCode >= 200 && answer.statusCode < 300;

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

/** How requests go out: through n8n's authenticated HTTP helper, with the node's timeout and the execution's cancel signal. */
export interface Requester {
	(
		method: IHttpRequestMethods,
		path: string,
		body?: IDataObject,
		headers?: IDataObject,
	): Promise<Answer>;
}

/**
 * The error for a request that got no answer (a network error or a
 * timeout). The library tells a request that never left (ECONNREFUSED,
 * ENOTFOUND, a refused certificate) from one whose outcome is unknown by the
 * system's code, which n8n keeps as httpCode. Only the code and the redacted
 * message go in: the original error may carry the request's headers.
 */
function requestFailed(ctx: IExecuteFunctions, error: unknown, redact: Redact): NodeApiError {
	const { code, message } = networkError(error);
	const text = redact([code, message].filter(Boolean).join(': ') || 'the request failed');
	const failure = new NodeApiError(
		ctx.getNode(),
		{ code: code ?? null, message: text },
		{ description: text },
	);
	// n8n swaps a known code's message for a generic one ("The service refused the connection"); the row keeps the system's
	failure.message = text;
	return failure;
}

/** A requester through the credential, every answer returned whatever its status; no answer at all throws. */
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
			throw requestFailed(ctx, error, redact);
		}
		return {
			statusCode: Number(response.statusCode ?? 0),
			headers: response.headers ?? {},
			body: response.body,
		};
	};
}
