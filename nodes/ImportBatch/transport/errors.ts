import { parseRetryAfter, readTargetError } from '../../../lib';
import type { Answer, Redact } from './requester';

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

function headerOf(headers: Record<string, unknown>, name: string): unknown {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	return key === undefined ? undefined : headers[key];
}

/** The error for a non-2xx answer: the target's code and message, redacted, with the status and Retry-After. */
export function answerError(answer: Answer, redact: Redact): TransportError {
	const { code, message } = readTargetError(answer.body);
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
export function networkError(error: unknown): { code?: string; message?: string } {
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
