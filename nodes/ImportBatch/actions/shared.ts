import { sleep, sleepWithAbort, type IExecuteFunctions } from 'n8n-workflow';
import { createRedactor, type ProgressInfo, type RunOptions } from '../../../lib';
import { readExtraHeaders } from '../../../credentials/extraHeaders';
import { BACKOFF_V1, RUN_V1 } from '../defaults';
import { CREDENTIAL, createRequester, secretsOf, type Redact, type Requester } from '../transport';

/** The settings both operations share, as the node's options collection holds them. */
export interface RunParameters {
	concurrency?: number;
	maxRequestsPerSecond?: number;
	attempts?: number;
	timeoutSeconds?: number;
	maxDurationSeconds?: number;
}

/** The library's run options from the node's settings (v1's where unset, the backoff always), with progress logged through n8n's logger and the credential's secrets to redact. */
export function runOptionsOf(
	ctx: IExecuteFunctions,
	p: RunParameters,
	verb: string,
	secrets: string[],
): RunOptions {
	const options: RunOptions = {
		secrets,
		concurrency: p.concurrency ?? RUN_V1.concurrency,
		maxRequestsPerSecond: p.maxRequestsPerSecond ?? RUN_V1.maxRequestsPerSecond,
		retry: { attempts: p.attempts ?? RUN_V1.attempts, ...BACKOFF_V1 },
		onProgress: progressLogger(ctx, verb),
		sleep: waitFor,
	};
	if (p.maxDurationSeconds) options.maxDurationMs = p.maxDurationSeconds * 1000;
	const signal = ctx.getExecutionCancelSignal?.();
	if (signal) options.signal = signal;
	return options;
}

/** n8n-workflow's sleep: n8n 2.x's takes the cancel signal too (its 1.x ignores a second argument). */
const sleepUntil = sleep as (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Backoff, Retry-After and the rate limit wait through n8n's own sleep (the
 * library has no timers), cut short when the execution is cancelled, which
 * the importer then reports: sleepWithAbort where n8n-workflow has it (1.x),
 * else sleep with the signal (2.x, where sleepWithAbort is gone).
 */
async function waitFor(ms: number, signal?: AbortSignal): Promise<void> {
	if (signal?.aborted) return;
	try {
		if (typeof sleepWithAbort === 'function' && signal) await sleepWithAbort(ms, signal);
		else await sleepUntil(ms, signal);
	} catch {
		// aborted: the importer sees the signal and stops
	}
}

/** Logs "batch 12/40, 600 created, 3 failed" after each request, or about a hundred times in all for long runs. */
function progressLogger(
	ctx: IExecuteFunctions,
	verb: string,
): (done: number, total: number, info: ProgressInfo) => void {
	return (done, total, info) => {
		const every = Math.max(1, Math.ceil(info.batches / 100));
		if (info.batch % every !== 0 && info.batch !== info.batches) return;
		const counts = Object.entries(info.totals)
			.filter(([, n]) => n > 0)
			.map(([status, n]) => `${n} ${status}`)
			.join(', ');
		ctx.logger?.info(
			`${ctx.getNode().name}: ${verb} ${info.batch}/${info.batches}, ${counts || 'nothing yet'} (${done}/${total} rows)`,
		);
	};
}

/** The credential's base URL, a requester through n8n's authenticated HTTP helper, its secrets, and the redactor for them. */
export async function connect(
	ctx: IExecuteFunctions,
	timeoutSeconds: number | undefined,
): Promise<{ request: Requester; redact: Redact; secrets: string[] }> {
	const credentials = await ctx.getCredentials(CREDENTIAL);
	const extra = readExtraHeaders(credentials);
	if (extra.invalid) throw new Error(extra.invalid);
	const secrets = secretsOf(credentials);
	const redact = createRedactor(secrets);
	const baseUrl = String(credentials.baseUrl ?? '').trim();
	if (!/^https?:\/\//i.test(baseUrl))
		throw new Error('The Intake API credential needs a Base URL starting with http:// or https://');
	return {
		request: createRequester(
			ctx,
			baseUrl,
			(timeoutSeconds ?? RUN_V1.timeoutSeconds) * 1000,
			redact,
			ctx.getExecutionCancelSignal?.(),
		),
		redact,
		secrets,
	};
}
