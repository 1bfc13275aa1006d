import { classifyFailure, type Failure } from './classifyFailure';
import type { ResolvedRunOptions } from './options';
import type { HaltReason } from './types';

export type { Failure } from './classifyFailure';

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
 * A run's stop and pace, shared by its workers. The first stop wins (a later
 * one never replaces it, so the report names what stopped the run first), and
 * once there is one no new request starts.
 */
class RunControl {
	stop: RunStop | undefined;
	private nextStartAt = 0;
	private readonly interval: number;

	constructor(
		readonly run: ResolvedRunOptions,
		readonly start: number,
	) {
		this.interval = run.maxRequestsPerSecond > 0 ? 1000 / run.maxRequestsPerSecond : 0;
	}

	setStop(kind: RunStop['kind'], reason: HaltReason): void {
		this.stop ??= { kind, reason };
	}

	/** Stops the run if it was cancelled or its time is up. */
	checkStops(): void {
		const { run } = this;
		if (run.signal?.aborted)
			this.setStop('aborted', { code: 'IMPORT_ABORTED', message: 'The run was cancelled.' });
		else if (run.now() - this.start >= run.maxDurationMs)
			this.setStop('timeLimit', {
				code: 'IMPORT_TIME_LIMIT',
				message: `The time limit (${Math.round(run.maxDurationMs / 1000)} s) was reached.`,
			});
	}

	/** Whether a retry may go on: not after a refused credential, the time limit or a cancel. */
	retriesAllowed(): boolean {
		return this.stop === undefined || this.stop.kind === 'halt';
	}

	/** Waits for the rate limit's next start slot; slots are handed out in the order asked. */
	async waitForSlot(): Promise<void> {
		if (this.interval === 0) return;
		const now = this.run.now();
		const at = Math.max(now, this.nextStartAt);
		this.nextStartAt = at + this.interval;
		if (at > now) await this.run.sleep(at - now, this.run.signal);
	}
}

/** After a failed try: give up with this failure, stop trying (the run is stopping), or wait this long and try again. */
type NextTry = { giveUp: Failure } | { stopped: true } | { waitMs: number };

function nextTry<R>(
	attempt: number,
	last: Failure,
	control: RunControl,
	hooks: RunHooks<R>,
	job: number,
): NextTry {
	const { run } = control;
	if (!last.retryable || attempt >= run.retry.attempts) return { giveUp: last };
	const delay = retryDelay(attempt, last, run);
	if (delay > MAX_RETRY_AFTER_MS) {
		return {
			giveUp: {
				...last,
				message: `${last.message} It asked to wait ${Math.round(delay / 1000)} s, longer than the ${MAX_RETRY_AFTER_MS / 60_000} minutes this waits.`,
			},
		};
	}
	if (run.now() + delay - control.start > run.maxDurationMs) {
		control.checkStops();
		control.setStop('timeLimit', {
			code: 'IMPORT_TIME_LIMIT',
			message: `The time limit (${Math.round(run.maxDurationMs / 1000)} s) came before the next try of ${hooks.describe(job)}.`,
		});
		return { stopped: true };
	}
	return { waitMs: delay };
}

/** A request the run stopped between tries counts as sent only if the target may have acted on it. */
function stoppedBetweenTries<R>(
	last: Failure | undefined,
	arrived: boolean,
	tries: number,
	stop: RunStop | undefined,
): RequestOutcome<R> {
	if (!last || !arrived) return { kind: 'notSent', attempts: tries };
	const message = `${last.message} Not tried again: ${stop?.reason.message ?? 'the run stopped.'}`;
	return {
		kind: 'failed',
		failure: settledFailure({ ...last, message }, arrived),
		attempts: tries,
	};
}

/**
 * One request, with its tries: waits for a rate-limit slot before each, and
 * sorts each failure to retry it, give up, or stop. Every try of a request is
 * the same call (`hooks.call(job, …)`), so a retry carries the request's
 * idempotency key unchanged.
 */
async function tryRequest<R>(
	job: number,
	hooks: RunHooks<R>,
	control: RunControl,
): Promise<RequestOutcome<R>> {
	const { run } = control;
	let last: Failure | undefined;
	let arrived = false;
	let tries = 0;
	for (let attempt = 1; ; attempt++) {
		await control.waitForSlot();
		control.checkStops();
		// a first try waits for no stop; a retry goes on only after a policy halt
		if (attempt === 1 ? control.stop !== undefined : !control.retriesAllowed()) break;
		tries = attempt;
		try {
			return { kind: 'answered', value: await hooks.call(job, attempt), attempts: attempt };
		} catch (error) {
			last = classifyFailure(error, run.object, run.signal?.aborted === true, run.redact);
			arrived ||= last.mayHaveArrived;
			if (last.auth) control.setStop('auth', { code: last.code, message: last.message });
			const next = nextTry(attempt, last, control, hooks, job);
			if ('giveUp' in next)
				return { kind: 'failed', failure: settledFailure(next.giveUp, arrived), attempts: attempt };
			if ('stopped' in next) break;
			await run.sleep(next.waitMs, run.signal);
		}
	}
	return stoppedBetweenTries(last, arrived, tries, control.stop);
}

/**
 * Runs the requests `hooks.next` hands out, with the run's concurrency, rate limit, retries, time
 * limit and cancellation, handing each outcome to `hooks.settle` as it ends.
 * Requests start in order; once a stop comes, no new request starts, and
 * those in flight end (a policy halt lets them finish their retries; a
 * refused credential, the time limit or a cancel does not). Internal (not
 * exported from the library's index).
 *
 * @param run - the checked run options
 * @param start - when the run started (`run.now()`), for the time limit
 * @param hooks - what to send, and what to do with each outcome
 * @returns why it stopped early, if it did
 * @example
 * let next = 0;
 * await runRequests(run, run.now(), {
 *   next: () => (next < 3 ? next++ : undefined),
 *   call: async (job) => `answer ${job}`,
 *   settle: (job, outcome) => void results.push(outcome.kind),
 *   describe: (job) => `request ${job}`,
 * });
 * //=> undefined (results: ['answered', 'answered', 'answered'])
 */
export async function runRequests<R>(
	run: ResolvedRunOptions,
	start: number,
	hooks: RunHooks<R>,
): Promise<RunStop | undefined> {
	const control = new RunControl(run, start);
	const worker = async (): Promise<void> => {
		for (;;) {
			control.checkStops();
			if (control.stop !== undefined) return;
			const job = hooks.next();
			if (job === undefined) return;
			const outcome = await tryRequest(job, hooks, control);
			const halt = hooks.settle(job, outcome);
			if (halt) control.setStop('halt', halt);
		}
	};
	await Promise.all(Array.from({ length: run.concurrency }, worker));
	return control.stop;
}
