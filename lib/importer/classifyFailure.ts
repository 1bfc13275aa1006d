import { isIntakeError } from '../errors';
import { clipTargetText, MAX_CODE, MAX_MESSAGE } from './createRedactor';
import { MAY_HAVE_ARRIVED, NEVER_SENT, TLS_CODE } from './data/systemErrorCodes';

/** A failed try, sorted into what to do about it. */
export interface Failure {
	code: string;
	message: string;
	status?: number;
	/** 429, 408, 5xx, a network error or a timeout: worth another try. */
	retryable: boolean;
	/** 401 or 403: no request will succeed, whatever the policy. */
	auth: boolean;
	/** The target may have acted on the request (a timeout, a dropped connection, a 5xx). */
	mayHaveArrived: boolean;
	retryAfterMs?: number;
	/** The error's own text, as quoted in the message. */
	detail?: string;
}

/**
 * What the classifiers read from a thrown error, worked out once. The
 * target's texts are redacted before they are cut, so a secret is never
 * half-quoted.
 */
interface Thrown {
	error: unknown;
	/** The error's fields (a thrown non-object becomes `{ message }`). */
	fields: Record<string, unknown>;
	/** The HTTP status; undefined for a network error or a timeout. */
	status?: number;
	/** The error's message, redacted and cut. */
	text: string;
	/** The error's own code, redacted and cut. */
	rawCode?: string;
	retryAfterMs?: number;
	/** The object being imported, for the 403 message. */
	object?: string;
	/** Whether the run was cancelled while the request was in flight. */
	aborted: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

function readThrown(
	error: unknown,
	object: string | undefined,
	aborted: boolean,
	redact: (text: string) => string,
): Thrown {
	const fields = isObject(error) ? error : { message: String(error) };
	const { status, message, code, retryAfterMs } = fields;
	return {
		error,
		fields,
		status: typeof status === 'number' && Number.isInteger(status) ? status : undefined,
		text: clipTargetText(
			typeof message === 'string' && message !== '' ? message : 'no message',
			redact,
			MAX_MESSAGE,
		),
		rawCode:
			typeof code === 'string' && code !== '' ? clipTargetText(code, redact, MAX_CODE) : undefined,
		retryAfterMs:
			typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0
				? retryAfterMs
				: undefined,
		object,
		aborted,
	};
}

/** The run was cancelled mid-request: the target may have taken it, and a resume's same keys keep it from creating twice. */
function whenCancelled(t: Thrown): Failure | undefined {
	if (!t.aborted) return undefined;
	return {
		code: 'IMPORT_ABORTED',
		message: `The run was cancelled while this request was in flight; the target may have taken it. Run again with the report to resume: the same idempotency keys keep it from creating twice.`,
		retryable: false,
		auth: false,
		mayHaveArrived: true,
	};
}

/** The library's own refusal (a callback broke its contract): another try would fail the same way. */
function whenLibraryRefused(t: Thrown): Failure | undefined {
	if (!isIntakeError(t.error)) return undefined;
	return {
		code: t.rawCode ?? 'IMPORT_INVALID_OPTION',
		message: t.text,
		retryable: false,
		auth: false,
		mayHaveArrived: false,
	};
}

/** The system's code of a network error, wherever the HTTP client put it: `code`, its `cause` (fetch, n8n's NodeApiError), or `httpCode`. */
function systemCode(e: Record<string, unknown>): string | undefined {
	const cause = isObject(e.cause) ? e.cause : undefined;
	const inner = cause && isObject(cause.cause) ? cause.cause : undefined;
	for (const c of [e.code, cause?.code, inner?.code, e.httpCode]) {
		if (
			typeof c === 'string' &&
			(Object.hasOwn(NEVER_SENT, c) || TLS_CODE.test(c) || MAY_HAVE_ARRIVED.has(c))
		)
			return c;
	}
	return undefined;
}

/** What a system code says of a request that never left: whether to try again, and what to check. */
function neverSentHint(sys: string | undefined): { retryable: boolean; hint: string } | undefined {
	if (sys === undefined) return undefined;
	if (Object.hasOwn(NEVER_SENT, sys)) return NEVER_SENT[sys];
	if (TLS_CODE.test(sys))
		return {
			retryable: false,
			hint: "The target's TLS certificate was refused: check the Base URL, or the certificate.",
		};
	return undefined;
}

/**
 * No HTTP status: either the request never reached the target (nothing in it
 * was imported, safe to run again), or no answer came and the target may
 * have taken it.
 */
function whenNoStatus(t: Thrown): Failure | undefined {
	if (t.status !== undefined) return undefined;
	const sys = systemCode(t.fields);
	const never = neverSentHint(sys);
	if (t.fields.notSent === true || never) {
		const hint = never?.hint ?? 'Check the Base URL and that the target is up.';
		return {
			code: 'IMPORT_UNREACHABLE',
			message: `The request never reached the target (${t.text}), so nothing in it was imported: it is safe to run again. ${hint}`,
			retryable: never?.retryable ?? true,
			auth: false,
			mayHaveArrived: false,
			detail: t.text,
		};
	}
	// a system code is the client's, not the target's: the row gets the library's code, and the message keeps the system's
	return {
		code: sys !== undefined || t.rawCode === undefined ? 'IMPORT_NO_RESPONSE' : t.rawCode,
		message: `No answer (${t.text}); the target may have taken the request.`,
		retryable: true,
		auth: false,
		mayHaveArrived: true,
	};
}

/** 401 or 403: the credential was refused, so no request will succeed, whatever the policy. */
function whenCredentialRefused(t: Thrown): Failure | undefined {
	if (t.status === 401) {
		return {
			code: t.rawCode ?? 'UNAUTHORIZED',
			status: t.status,
			message: `The target rejected the API token (401): check the token in the credential (it may be wrong, expired or revoked). The target answered: ${t.text}`,
			retryable: false,
			auth: true,
			mayHaveArrived: false,
		};
	}
	if (t.status === 403) {
		const what = t.object ? `import ${t.object}` : 'import';
		return {
			code: t.rawCode ?? 'PERMISSION_DENIED',
			status: t.status,
			message: `The API token lacks permission to ${what} (admin rights required). The target answered 403: ${t.text}`,
			retryable: false,
			auth: true,
			mayHaveArrived: false,
		};
	}
	return undefined;
}

function httpHint(status: number): string {
	if (status === 404) return ' Check the base URL, the path and the object name.';
	if (status === 413) return ' The request was too large: lower the batch size.';
	if (status === 429)
		return ' The target kept asking to slow down: lower the concurrency or the rate limit.';
	if (status >= 500) return ' The target had an error; try again later, or ask its administrator.';
	return '';
}

/** Any other HTTP status: 408, 425, 429 and 5xx are worth another try; only a 5xx may have acted. */
function fromHttpStatus(t: Thrown & { status: number }): Failure {
	const { status } = t;
	return {
		code: t.rawCode ?? `HTTP_${status}`,
		status,
		message: `The target answered ${status}: ${t.text.replace(/\.$/, '')}.${httpHint(status)}`,
		retryable: status === 408 || status === 425 || status === 429 || status >= 500,
		auth: false,
		mayHaveArrived: status >= 500,
		retryAfterMs: t.retryAfterMs,
	};
}

/** The failure families, in the order they are told apart: the first that claims the error classifies it. */
const FAMILIES: ReadonlyArray<(t: Thrown) => Failure | undefined> = [
	whenCancelled,
	whenLibraryRefused,
	whenNoStatus,
	whenCredentialRefused,
];

/**
 * Sorts an error `send` threw: its HTTP status (undefined for a network error
 * or timeout), whether another try may help, whether the target may have
 * acted on it, and a message that says what to do. The target's text is
 * redacted before it is cut and quoted. Never throws, whatever was thrown.
 * Internal (not exported from the library's index).
 *
 * @param error - what `send` (or `remove`, `find`, a reader) threw
 * @param object - the object being imported, named in a 403's message
 * @param aborted - whether the run was cancelled while the request was in flight
 * @param redact - hides the transport's secrets in the error's texts
 * @returns the failure, sorted
 * @example
 * classifyFailure({ status: 503, message: 'Down' }, undefined, false)
 * //=> { code: 'HTTP_503', status: 503, message: 'The target answered 503: Down. The target had an error; try again later, or ask its administrator.', retryable: true, auth: false, mayHaveArrived: true, retryAfterMs: undefined }
 */
export function classifyFailure(
	error: unknown,
	object: string | undefined,
	aborted: boolean,
	redact: (text: string) => string = (t) => t,
): Failure {
	const thrown = readThrown(error, object, aborted, redact);
	for (const classify of FAMILIES) {
		const failure = classify(thrown);
		if (failure) return failure;
	}
	// every family before this one claims an error without a status
	return fromHttpStatus(thrown as Thrown & { status: number });
}
