import { IntakeError, invalidOption } from '../errors';
import { createRedactor } from './createRedactor';
import type { ImportOptions, ImportReport, RetryOptions, RunOptions } from './types';

/** RunOptions with every default filled in. */
export interface ResolvedRunOptions {
	concurrency: number;
	maxRequestsPerSecond: number;
	retry: Required<RetryOptions>;
	maxDurationMs: number;
	signal?: AbortSignal;
	onProgress?: RunOptions['onProgress'];
	object?: string;
	now: () => number;
	/** The caller's; without one (one try, no rate limit) nothing ever waits. */
	sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
	/** Whether `sleep` is the caller's, so that `sleep(0)` yields to the event loop. */
	canYield: boolean;
	random: () => number;
	/** Hides the transport's secrets in the target's texts. */
	redact: (text: string) => string;
}

/**
 * The defaults: batches of 50 (the documented bulk API's limit), one request
 * at a time, halt on the first failed record, and five tries with backoff
 * from 1 s to 30 s.
 */
export const DEFAULT_IMPORT_OPTIONS = Object.freeze({
	batchSize: 50,
	concurrency: 1,
	maxRequestsPerSecond: 0,
	onError: 'halt' as const,
	retry: Object.freeze({ attempts: 5, baseMs: 1000, maxMs: 30_000 }),
	maxDurationMs: Infinity,
});

/** Stands in when nothing may wait: one try and no rate limit never call it with more than 0 ms. */
async function noWait(): Promise<void> {}

function invalid(name: string, expected: string, got: unknown): IntakeError {
	return invalidOption('IMPORT_INVALID_OPTION', name, expected, got);
}

function whole(
	name: string,
	value: unknown,
	fallback: number,
	min: number,
	max = Number.MAX_SAFE_INTEGER,
): number {
	if (value === undefined) return fallback;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
		throw invalid(name, `a whole number from ${min} to ${max}`, value);
	return value;
}

function nonNegative(name: string, value: unknown, fallback: number): number {
	if (value === undefined) return fallback;
	if (typeof value !== 'number' || Number.isNaN(value) || value < 0)
		throw invalid(name, 'a number ≥ 0', value);
	return value;
}

function fn<T>(name: string, value: unknown, fallback: T): T {
	if (value === undefined) return fallback;
	if (typeof value !== 'function') throw invalid(name, 'a function', value);
	return value as T;
}

/**
 * Checks the options {@link importInBatches} and {@link revertImport} share
 * and fills in the defaults.
 *
 * @param options - the caller's options
 * @returns the options to run with
 * @throws IntakeError `IMPORT_INVALID_OPTION`
 */
export function resolveRunOptions(options: RunOptions): ResolvedRunOptions {
	const retry = options.retry ?? {};
	if (typeof retry !== 'object' || retry === null)
		throw invalid('retry', 'an object { attempts, baseMs, maxMs }', retry);
	const d = DEFAULT_IMPORT_OPTIONS;
	const baseMs = nonNegative('retry.baseMs', retry.baseMs, d.retry.baseMs);
	const maxMs = nonNegative('retry.maxMs', retry.maxMs, Math.max(baseMs, d.retry.maxMs));
	if (maxMs < baseMs) throw invalid('retry.maxMs', `a number ≥ retry.baseMs (${baseMs})`, maxMs);
	if (
		options.signal !== undefined &&
		!(typeof options.signal === 'object' && options.signal !== null && 'aborted' in options.signal)
	) {
		throw invalid('signal', 'an AbortSignal', options.signal);
	}
	if (options.object !== undefined && typeof options.object !== 'string')
		throw invalid('object', 'a string', options.object);
	const secrets = options.secrets ?? [];
	// the secret itself is never quoted back, only what kind of value it was
	if (!Array.isArray(secrets)) throw invalid('secrets', 'a list of strings', typeof secrets);
	const notText = secrets.findIndex((s) => typeof s !== 'string');
	if (notText >= 0) throw invalid(`secrets[${notText}]`, 'a string', typeof secrets[notText]);
	const attempts = whole('retry.attempts', retry.attempts, d.retry.attempts, 1, 100);
	const maxRequestsPerSecond = nonNegative(
		'maxRequestsPerSecond',
		options.maxRequestsPerSecond,
		d.maxRequestsPerSecond,
	);
	const sleep = fn<ResolvedRunOptions['sleep'] | undefined>('sleep', options.sleep, undefined);
	// the library is pure (it runs inside n8n Cloud, which allows no timers): waiting is the caller's
	if (!sleep && (attempts > 1 || maxRequestsPerSecond > 0)) {
		throw new IntakeError(
			'IMPORT_INVALID_OPTION',
			`Waiting between tries${maxRequestsPerSecond > 0 ? ' and between requests' : ''} needs a sleep function, and none was given: pass \`sleep: (ms, signal) => Promise<void>\` (in n8n, n8n-workflow's sleepWithAbort; in Node, a timer), or set retry.attempts to 1${maxRequestsPerSecond > 0 ? ' and maxRequestsPerSecond to 0' : ''}.`,
			{ option: 'sleep' },
		);
	}
	return {
		concurrency: whole('concurrency', options.concurrency, d.concurrency, 1, 64),
		maxRequestsPerSecond,
		retry: { attempts, baseMs, maxMs },
		maxDurationMs: nonNegative('maxDurationMs', options.maxDurationMs, d.maxDurationMs),
		signal: options.signal,
		onProgress: fn('onProgress', options.onProgress, undefined),
		object: options.object,
		now: fn('now', options.now, Date.now),
		sleep: sleep ?? noWait,
		canYield: sleep !== undefined,
		random: fn('random', options.random, Math.random),
		redact: createRedactor(secrets),
	};
}

/** ImportOptions with every default filled in. */
export interface ResolvedImportOptions extends ResolvedRunOptions {
	send: ImportOptions['send'];
	batchSize: number;
	updateBatchSize: number;
	onError: 'halt' | 'skip';
	idempotencyKey?: ImportOptions['idempotencyKey'];
	alreadyImported: ReadonlySet<string>;
	resumeFrom?: ImportReport;
	importId?: string;
	source?: string;
	tagField?: string;
	onJournal?: ImportOptions['onJournal'];
}

/**
 * Checks {@link ImportOptions} once, before any record is sent.
 *
 * @param options - the caller's options
 * @returns the options to run with
 * @throws IntakeError `IMPORT_INVALID_OPTION`, or `IMPORT_INVALID_REPORT` for a `resumeFrom` that is not an import report
 */
export function resolveImportOptions(options: ImportOptions): ResolvedImportOptions {
	if (typeof options !== 'object' || options === null)
		throw invalid('options', 'an object with a `send` function', options);
	if (typeof options.send !== 'function')
		throw invalid('send', 'a function (batch) => Promise<BatchResult>', options.send);
	const onError = options.onError ?? DEFAULT_IMPORT_OPTIONS.onError;
	if (onError !== 'halt' && onError !== 'skip')
		throw invalid('onError', '"halt" or "skip"', onError);
	const already = options.alreadyImported ?? [];
	if (
		typeof already !== 'object' ||
		already === null ||
		typeof (already as Iterable<string>)[Symbol.iterator] !== 'function'
	) {
		throw invalid('alreadyImported', 'a list of keys', already);
	}
	const keys = new Set<string>();
	for (const key of already) if (typeof key === 'string' && key !== '') keys.add(key);
	for (const name of ['importId', 'source', 'tagField'] as const) {
		if (options[name] !== undefined && (typeof options[name] !== 'string' || options[name] === ''))
			throw invalid(name, 'a non-empty string', options[name]);
	}
	if (options.resumeFrom !== undefined) checkReport(options.resumeFrom, 'resumeFrom');
	const batchSize = whole(
		'batchSize',
		options.batchSize,
		DEFAULT_IMPORT_OPTIONS.batchSize,
		1,
		100_000,
	);
	return {
		...resolveRunOptions(options),
		send: options.send,
		batchSize,
		updateBatchSize: whole('updateBatchSize', options.updateBatchSize, batchSize, 1, 100_000),
		onError,
		idempotencyKey: fn('idempotencyKey', options.idempotencyKey, undefined),
		alreadyImported: keys,
		resumeFrom: options.resumeFrom,
		importId: options.importId,
		source: options.source,
		tagField: options.tagField,
		onJournal: fn('onJournal', options.onJournal, undefined),
	};
}

/**
 * Checks that a value is an {@link ImportReport} to resume or revert: an
 * import id, and results and created ids of the right shape.
 *
 * @param report - a report, perhaps read back from history
 * @param name - how the caller names it, for the message
 * @throws IntakeError `IMPORT_INVALID_REPORT`, saying what is wrong
 */
export function checkReport(report: unknown, name: string): asserts report is ImportReport {
	const fail = (what: string): never => {
		throw new IntakeError(
			'IMPORT_INVALID_REPORT',
			`\`${name}\` is not an import report: ${what}. Pass the Report output of an earlier import, unchanged.`,
			{ option: name },
		);
	};
	if (typeof report !== 'object' || report === null || Array.isArray(report))
		fail('expected an object');
	const r = report as Partial<ImportReport>;
	if (typeof r.importId !== 'string' || r.importId === '') fail('it has no `importId`');
	if (!Array.isArray(r.results)) fail('it has no `results` list');
	if (!Array.isArray(r.createdIds) || !r.createdIds.every((id) => typeof id === 'string'))
		fail('its `createdIds` is not a list of ids');
	for (const [i, result] of (r.results as unknown[]).entries()) {
		if (
			typeof result !== 'object' ||
			result === null ||
			typeof (result as { status?: unknown }).status !== 'string'
		)
			fail(`result ${i} has no status`);
	}
}
