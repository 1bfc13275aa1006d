import { isIntakeError } from '../errors';
import { clipTargetText } from './createRedactor';
import type { ResolvedRunOptions } from './options';
import type { HaltReason } from './types';

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

/** How one request ended, after its tries. */
export type RequestOutcome<R> =
	| { kind: 'answered'; value: R; attempts: number }
	| { kind: 'failed'; failure: Failure; attempts: number }
	/** Never reached the target: a stop came first, or only 429s came back before it. */
	| { kind: 'notSent'; attempts: number };

/** Why a run stopped early: the policy halted it, a credential was refused, time ran out, or it was cancelled. */
export interface RunStop {
	kind: 'halt' | 'auth' | 'timeLimit' | 'aborted';
	reason: HaltReason;
}

/** What the run does per request. */
export interface RunHooks<R> {
	/** The next request to start, or undefined when there is none. */
	next(): number | undefined;
	/** Makes one try of request `job`. */
	call(job: number, attempt: number): Promise<R>;
	/** Takes a request's outcome; returns a reason to halt the run, or nothing to go on. */
	settle(job: number, outcome: RequestOutcome<R>): HaltReason | undefined;
	/** Names the request in messages ("rows 2–51"). */
	describe(job: number): string;
}

/** Retry-After is honoured up to this long; a longer wait fails the request instead. */
const MAX_RETRY_AFTER_MS = 15 * 60_000;

function httpHint(status: number): string {
	if (status === 404) return ' Check the base URL, the path and the object name.';
	if (status === 413) return ' The request was too large: lower the batch size.';
	if (status === 429)
		return ' The target kept asking to slow down: lower the concurrency or the rate limit.';
	if (status >= 500) return ' The target had an error; try again later, or ask its administrator.';
	return '';
}

/**
 * System error codes that mean the request never reached the target, so
 * nothing in it can have been imported, with whether another try may help and
 * what to check.
 */
const NEVER_SENT: Readonly<Record<string, { retryable: boolean; hint: string }>> = {
	ECONNREFUSED: {
		retryable: true,
		hint: 'Check the Base URL (host and port) and that the target is up.',
	},
	EHOSTUNREACH: {
		retryable: true,
		hint: 'Check the Base URL and the network between n8n and the target.',
	},
	ENETUNREACH: {
		retryable: true,
		hint: 'Check the Base URL and the network between n8n and the target.',
	},
	EAI_AGAIN: {
		retryable: true,
		hint: 'The host name could not be looked up just now; check the Base URL, or try again later.',
	},
	ENOTFOUND: { retryable: false, hint: 'No such host: check the host name in the Base URL.' },
	EAI_NONAME: { retryable: false, hint: 'No such host: check the host name in the Base URL.' },
	ERR_INVALID_URL: { retryable: false, hint: 'Check the Base URL.' },
};

/** TLS failures during the handshake, before anything is sent. */
const TLS_CODE =
	/^(?:CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_(?:VERIFY|GET)_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|EPROTO$)/;

/** System codes of a request that may have reached the target before it failed: its outcome is unknown. */
const MAY_HAVE_ARRIVED = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'ERR_CANCELED',
	'UND_ERR_SOCKET',
	'UND_ERR_HEADERS_TIMEOUT',
	'UND_ERR_BODY_TIMEOUT',
]);

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
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

/**
 * Sorts an error `send` threw: its HTTP status (undefined for a network error
 * or timeout), whether another try may help, whether the target may have
 * acted on it, and a message that says what to do. The target's text is
 * redacted before it is cut and quoted. Never throws, whatever was thrown.
 */
export function classifyFailure(
	error: unknown,
	object: string | undefined,
	aborted: boolean,
	redact: (text: string) => string = (t) => t,
): Failure {
	const e = (
		typeof error === 'object' && error !== null ? error : { message: String(error) }
	) as Record<string, unknown>;
	const status = typeof e.status === 'number' && Number.isInteger(e.status) ? e.status : undefined;
	const text = clipTargetText(
		typeof e.message === 'string' && e.message !== '' ? e.message : 'no message',
		redact,
		500,
	);
	const rawCode =
		typeof e.code === 'string' && e.code !== '' ? clipTargetText(e.code, redact, 100) : undefined;
	const retryAfterMs =
		typeof e.retryAfterMs === 'number' && Number.isFinite(e.retryAfterMs) && e.retryAfterMs >= 0
			? e.retryAfterMs
			: undefined;
	if (aborted) {
		return {
			code: 'IMPORT_ABORTED',
			message: `The run was cancelled while this request was in flight; the target may have taken it. Run again with the report to resume: the same idempotency keys keep it from creating twice.`,
			retryable: false,
			auth: false,
			mayHaveArrived: true,
		};
	}
	if (isIntakeError(error)) {
		// the library's own refusal (a callback broke its contract): another try would fail the same way
		return {
			code: rawCode ?? 'IMPORT_INVALID_OPTION',
			message: text,
			retryable: false,
			auth: false,
			mayHaveArrived: false,
		};
	}
	if (status === undefined) {
		const sys = systemCode(e);
		const never =
			sys === undefined
				? undefined
				: Object.hasOwn(NEVER_SENT, sys)
					? NEVER_SENT[sys]
					: TLS_CODE.test(sys)
						? {
								retryable: false,
								hint: "The target's TLS certificate was refused: check the Base URL, or the certificate.",
							}
						: undefined;
		if (e.notSent === true || never) {
			const hint = never?.hint ?? 'Check the Base URL and that the target is up.';
			return {
				code: 'IMPORT_UNREACHABLE',
				message: `The request never reached the target (${text}), so nothing in it was imported: it is safe to run again. ${hint}`,
				retryable: never?.retryable ?? true,
				auth: false,
				mayHaveArrived: false,
				detail: text,
			};
		}
		// a system code is the client's, not the target's: the row gets the library's code, and the message keeps the system's
		const code = sys !== undefined || rawCode === undefined ? 'IMPORT_NO_RESPONSE' : rawCode;
		return {
			code,
			message: `No answer (${text}); the target may have taken the request.`,
			retryable: true,
			auth: false,
			mayHaveArrived: true,
		};
	}
	if (status === 401) {
		return {
			code: rawCode ?? 'UNAUTHORIZED',
			status,
			message: `The target rejected the API token (401): check the token in the credential (it may be wrong, expired or revoked). The target answered: ${text}`,
			retryable: false,
			auth: true,
			mayHaveArrived: false,
		};
	}
	if (status === 403) {
		const what = object ? `import ${object}` : 'import';
		return {
			code: rawCode ?? 'PERMISSION_DENIED',
			status,
			message: `The API token lacks permission to ${what} (admin rights required). The target answered 403: ${text}`,
			retryable: false,
			auth: true,
			mayHaveArrived: false,
		};
	}
	const retryable = status === 408 || status === 425 || status === 429 || status >= 500;
	return {
		code: rawCode ?? `HTTP_${status}`,
		status,
		message: `The target answered ${status}: ${text.replace(/\.$/, '')}.${httpHint(status)}`,
		retryable,
		auth: false,
		mayHaveArrived: status >= 500,
		retryAfterMs,
	};
}

/**
 * The wait before try `attempt + 1`: the target's Retry-After when it gave
 * one, else exponential backoff from `baseMs`, capped at `maxMs`, with jitter
 * over its upper half so that parallel workers do not retry in step.
 */
export function retryDelay(attempt: number, failure: Failure, run: ResolvedRunOptions): number {
	if (failure.retryAfterMs !== undefined) return failure.retryAfterMs;
	const cap = Math.min(run.retry.maxMs, run.retry.baseMs * 2 ** (attempt - 1));
	return cap / 2 + (cap / 2) * run.random();
}

/**
 * A request's last failure, as its outcome: the target may have acted on it
 * if any try may have arrived, not only the last (a timeout, then a refused
 * connection, still leaves the first try's outcome unknown).
 */
function settledFailure(last: Failure, arrived: boolean): Failure {
	if (!arrived || last.mayHaveArrived) return last;
	if (last.code !== 'IMPORT_UNREACHABLE') return { ...last, mayHaveArrived: true };
	return {
		...last,
		code: 'IMPORT_NO_RESPONSE',
		mayHaveArrived: true,
		message: `No answer: the last try never reached the target (${last.detail ?? 'no message'}), but an earlier one may have, so the target may have taken the request.`,
	};
}

/**
 * Runs the requests `hooks.next` hands out, with the run's concurrency, rate limit, retries, time
 * limit and cancellation, handing each outcome to `hooks.settle` as it ends.
 * Requests start in order; once a stop comes, no new request starts, and
 * those in flight end (a policy halt lets them finish their retries; a
 * refused credential, the time limit or a cancel does not).
 *
 * @returns why it stopped early, if it did
 */
export async function runRequests<R>(
	run: ResolvedRunOptions,
	start: number,
	hooks: RunHooks<R>,
): Promise<RunStop | undefined> {
	let stop: RunStop | undefined;
	let nextStartAt = 0;
	const interval = run.maxRequestsPerSecond > 0 ? 1000 / run.maxRequestsPerSecond : 0;

	const outOfTime = (): boolean => run.now() - start >= run.maxDurationMs;
	const setStop = (kind: RunStop['kind'], reason: HaltReason): void => {
		stop ??= { kind, reason };
	};
	const checkStops = (): void => {
		if (run.signal?.aborted)
			setStop('aborted', { code: 'IMPORT_ABORTED', message: 'The run was cancelled.' });
		else if (outOfTime())
			setStop('timeLimit', {
				code: 'IMPORT_TIME_LIMIT',
				message: `The time limit (${Math.round(run.maxDurationMs / 1000)} s) was reached.`,
			});
	};
	/** Whether a retry may go on: not after a refused credential, the time limit or a cancel. */
	const retriesAllowed = (): boolean => stop === undefined || stop.kind === 'halt';

	const waitForSlot = async (): Promise<void> => {
		if (interval === 0) return;
		const now = run.now();
		const at = Math.max(now, nextStartAt);
		nextStartAt = at + interval;
		if (at > now) await run.sleep(at - now, run.signal);
	};

	const attemptJob = async (job: number): Promise<RequestOutcome<R>> => {
		let last: Failure | undefined;
		let arrived = false;
		let tries = 0;
		for (let attempt = 1; ; attempt++) {
			await waitForSlot();
			checkStops();
			// a first try waits for no stop; a retry goes on only after a policy halt
			if (attempt === 1 ? stop !== undefined : !retriesAllowed()) break;
			tries = attempt;
			try {
				return { kind: 'answered', value: await hooks.call(job, attempt), attempts: attempt };
			} catch (error) {
				last = classifyFailure(error, run.object, run.signal?.aborted === true, run.redact);
				arrived ||= last.mayHaveArrived;
				if (last.auth) setStop('auth', { code: last.code, message: last.message });
				if (!last.retryable || attempt >= run.retry.attempts)
					return { kind: 'failed', failure: settledFailure(last, arrived), attempts: attempt };
				const delay = retryDelay(attempt, last, run);
				if (delay > MAX_RETRY_AFTER_MS) {
					return {
						kind: 'failed',
						failure: settledFailure(
							{
								...last,
								message: `${last.message} It asked to wait ${Math.round(delay / 1000)} s, longer than the ${MAX_RETRY_AFTER_MS / 60_000} minutes this waits.`,
							},
							arrived,
						),
						attempts: attempt,
					};
				}
				if (run.now() + delay - start > run.maxDurationMs) {
					checkStops();
					setStop('timeLimit', {
						code: 'IMPORT_TIME_LIMIT',
						message: `The time limit (${Math.round(run.maxDurationMs / 1000)} s) came before the next try of ${hooks.describe(job)}.`,
					});
					break;
				}
				await run.sleep(delay, run.signal);
			}
		}
		// stopped between tries: the request counts as sent only if the target may have acted on it
		if (last && arrived)
			return {
				kind: 'failed',
				failure: settledFailure(
					{
						...last,
						message: `${last.message} Not tried again: ${stop?.reason.message ?? 'the run stopped.'}`,
					},
					arrived,
				),
				attempts: tries,
			};
		return { kind: 'notSent', attempts: tries };
	};

	const worker = async (): Promise<void> => {
		for (;;) {
			checkStops();
			if (stop !== undefined) return;
			const job = hooks.next();
			if (job === undefined) return;
			const outcome = await attemptJob(job);
			const halt = hooks.settle(job, outcome);
			if (halt) setStop('halt', halt);
		}
	};
	await Promise.all(Array.from({ length: run.concurrency }, worker));
	return stop;
}
