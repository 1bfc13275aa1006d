import { randomUUID } from 'node:crypto';
import { invalidOption } from '../errors';
import { Batcher, hashBatch, isPlainRecord, rowNumberOf } from './batcher';
import { resolveImportOptions, type ResolvedImportOptions } from './options';
import { resolveAnswer, type ResolvedAnswer } from './resolveAnswer';
import { runRequests, type RequestOutcome, type RunStop } from './runRequests';
import {
	createTally,
	finishStatus,
	NOT_ATTEMPTED,
	notAttemptedMessage,
	reportProgress,
} from './tally';
import type {
	BatchCounts,
	BatchResult,
	HaltReason,
	ImportIssue,
	ImportOptions,
	ImportRecord,
	ImportReport,
	ImportRowResult,
} from './types';

/**
 * Sends records to a target system in batches and accounts for every one.
 * The transport is injected (`send`), so the library stays free of HTTP:
 * the Import Batch node builds it on n8n's HTTP helpers.
 *
 * - **Accounting is exact.** Every record ends `created`, `updated`,
 *   `duplicate`, `accepted` (the target took it without saying more),
 *   `failed` (with the target's code and message) or `notAttempted` (after a
 *   halt, a refused credential, the time limit or a cancel; code
 *   `NOT_ATTEMPTED`), with its source row number, its batch and the target's
 *   id when one came back. The totals always add up to the number of
 *   records. A target that answers with counts only keeps its counts: rows it
 *   does not list get the status the counts leave over, or stay `accepted`
 *   while the totals share them out as it counted; an answer that
 *   contradicts itself gets an `IMPORT_COUNTS_MISMATCH` issue and is counted
 *   conservatively.
 * - **Creates and updates.** A record may update the target's record `id`;
 *   creates and updates go in batches of their own, and an update without an
 *   id fails its row rather than create a copy.
 * - **Faults.** 429, 408, 5xx, network errors and timeouts are retried with
 *   exponential backoff and jitter, honouring Retry-After; other 4xx are not.
 *   A retry carries the same batch key, so a timed-out request cannot create
 *   twice where the target honours `Idempotency-Key`. A request that never
 *   reached the target (refused connection, unknown host) is told from one
 *   whose outcome is unknown. A 401 or 403 halts the run whatever the policy.
 * - **Halt or skip.** `halt` starts no request after the first failed record
 *   (requests already in flight finish, and the report says what they did);
 *   `skip` logs the failure and goes on.
 * - **Resume.** With `resumeFrom` (an earlier report) or `alreadyImported`
 *   (its keys), rows imported before are not sent again; a record repeated
 *   in the file is sent once. A batch whose outcome was unknown is sent
 *   again exactly as it was, under its old key, so a target that honours the
 *   key cannot create it twice.
 * - **Revert.** With `tagField`, every created record carries the import's
 *   id, so {@link revertImport} can find what the target created without ids.
 * - **Secrets.** Every text from the target is redacted of `secrets` before
 *   it enters the report, and cut after.
 *
 * @param records - the records, each with its source row number
 * @param options - see {@link ImportOptions}; `send` is required
 * @returns the import history record: status, totals, a result per row, created ids and the exceptions
 * @throws IntakeError `IMPORT_INVALID_OPTION` for bad options (before anything is sent), `IMPORT_INVALID_REPORT` for a `resumeFrom` that is not a report
 *
 * @example
 * const report = await importInBatches([{ row: 2, record: { firstName: 'Ada' } }], {
 *   send: async (batch) => ({ results: batch.map((_, index) => ({ index, status: 'created', id: `c-${index}` })) }),
 * });
 * [report.status, report.totals.created, report.createdIds]
 * //=> ['Complete', 1, ['c-0']]
 */
export async function importInBatches(
	records: ReadonlyArray<ImportRecord>,
	options: ImportOptions,
): Promise<ImportReport> {
	const opts = resolveImportOptions(options);
	if (!Array.isArray(records))
		throw invalidOption('IMPORT_INVALID_OPTION', 'records', 'a list of { row, record }', records);
	const start = opts.now();
	const importId = opts.importId ?? randomUUID();
	const results: ImportRowResult[] = new Array(records.length);
	const tally = createTally([
		'created',
		'updated',
		'duplicate',
		'accepted',
		'failed',
		'notAttempted',
	]);
	const batcher = new Batcher(records, opts, results, tally, importId);
	let settled = 0;
	let next = 0;

	/** Per batch, the rows left `accepted` that the totals count as the target counted them. */
	const apportioned: Array<ResolvedAnswer['apportioned'] | undefined> = [];
	const settle = (b: number, outcome: RequestOutcome<BatchResult>): HaltReason | undefined => {
		const batch = batcher.items[b];
		const summary = batcher.summaries[b];
		summary.attempts = outcome.attempts;
		if (outcome.kind === 'notSent') return undefined;
		const rows = batch.map((item) => item.row);
		const resolved =
			outcome.kind === 'answered'
				? resolveAnswer(outcome.value, rows, b + 1, summary.operation, opts.redact)
				: undefined;
		let answers: ImportRowResult[];
		if (resolved) {
			summary.outcome = 'answered';
			if (resolved.counts) summary.counts = resolved.counts;
			summary.totals = resolved.totals;
			if (resolved.issues.length > 0) summary.issues = resolved.issues;
			apportioned[b] = resolved.apportioned;
			answers = resolved.results;
		} else {
			summary.outcome = 'failed';
			const failure =
				outcome.kind === 'failed'
					? { code: outcome.failure.code, message: outcome.failure.message }
					: {
							code: 'IMPORT_BAD_RESPONSE',
							message:
								'The target answered without per-record results, so what it did with these records is unknown. Check the target, then run again with this report to resume.',
						};
			// the target may have acted: a resume must send exactly this batch again, under its key
			if (outcome.kind === 'answered' || outcome.failure.mayHaveArrived) {
				summary.outcomeUnknown = true;
				summary.bodyHash = hashBatch(summary.operation, batch);
			}
			answers = batch.map(() => ({ row: 0, key: '', status: 'failed' as const, ...failure }));
			summary.totals = { created: 0, updated: 0, duplicate: 0, accepted: 0, failed: batch.length };
		}
		let halt: HaltReason | undefined;
		const indexes = batcher.indexes[b];
		for (let j = 0; j < answers.length; j++) {
			const result = answers[j];
			const item = batch[j];
			result.row = item.row;
			result.key = item.key;
			result.batch = b + 1;
			if (item.operation === 'update') {
				result.operation = 'update';
				// the id of the record it changed; a "created" answer keeps only the target's own id, so a revert can never delete the record this row meant to update
				if (result.id === undefined && result.status !== 'created') result.id = item.id;
			}
			results[indexes[j]] = result;
			tally.add(result.status);
			if (result.status === 'failed' && opts.onError === 'halt' && halt === undefined) {
				halt = {
					code: result.code ?? 'IMPORT_REJECTED',
					message: `Halted at row ${result.row}: ${result.message ?? ''}`.trim(),
					row: result.row,
				};
			}
		}
		for (const [status, n] of Object.entries(resolved?.apportioned ?? {}))
			tally.move('accepted', status, n);
		const uncounted = resolved?.apportioned.failed ?? 0;
		if (halt === undefined && uncounted > 0 && opts.onError === 'halt') {
			halt = {
				code: 'IMPORT_COUNTS_ONLY',
				message: `Halted after batch ${b + 1} (rows ${rows[0]}–${rows[rows.length - 1]}): the target counted ${uncounted} failed among them without saying which.`,
				batch: b + 1,
			};
		}
		reportProgress(opts, tally, ++settled, batcher.expectedBatches, records.length);
		return halt;
	};

	// while a request is in flight, make the batches the workers will want next (its keys cost CPU the wait leaves idle)
	let ahead = false;
	const makeAhead = (): void => {
		ahead = false;
		while (batcher.pending && batcher.items.length < next + opts.concurrency) batcher.makeBatch();
	};
	const stop = await runRequests<BatchResult>(opts, start, {
		next: () => (next < batcher.items.length || batcher.makeBatch() ? next++ : undefined),
		call: (b, attempt) => {
			const batch = batcher.items[b];
			const sent = opts.send(batch, {
				batch: b + 1,
				attempt,
				batchKey: batcher.summaries[b].key,
				operation: batcher.summaries[b].operation,
				signal: opts.signal,
			});
			// sleep(0) is the caller's yield to the event loop (a timer in Node, n8n's sleep in n8n): the request goes out first
			if (!ahead && batcher.pending && opts.canYield) {
				ahead = true;
				void opts.sleep(0).then(makeAhead, makeAhead);
			}
			return sent;
		},
		settle,
		describe: (b) => `rows ${batcher.summaries[b].rows[0]}–${batcher.summaries[b].rows[1]}`,
	});
	batcher.makeRest();
	return finishReport(records, results, { opts, importId, start, stop, batcher, apportioned });
}

function finishReport(
	records: ReadonlyArray<ImportRecord>,
	results: ImportRowResult[],
	run: {
		opts: ResolvedImportOptions;
		importId: string;
		start: number;
		stop: RunStop | undefined;
		batcher: Batcher;
		apportioned: Array<ResolvedAnswer['apportioned'] | undefined>;
	},
): ImportReport {
	const { opts, stop } = run;
	const notSent = notAttemptedMessage(
		stop,
		'sent',
		'Run again with this report to resume: only the rows not imported are sent.',
	);
	const createdIds: string[] = [];
	const exceptions: ImportReport['exceptions'] = [];
	const totals = {
		rows: records.length,
		created: 0,
		updated: 0,
		duplicate: 0,
		accepted: 0,
		failed: 0,
		notAttempted: 0,
	};
	for (let i = 0; i < results.length; i++) {
		const row = rowNumberOf(records[i], i);
		if (results[i] === undefined) {
			results[i] = { row, status: 'notAttempted', code: NOT_ATTEMPTED, message: notSent };
			if (run.batcher.batchOf[i] > 0) results[i].batch = run.batcher.batchOf[i];
		}
		const r = results[i];
		totals[r.status]++;
		if (r.status === 'created' && r.id !== undefined) createdIds.push(r.id);
		if (r.status === 'failed') {
			const record = records[i]?.record;
			exceptions.push({
				row: r.row,
				code: r.code ?? 'IMPORT_REJECTED',
				message: r.message ?? '',
				record: isPlainRecord(record) ? record : {},
			});
		}
	}
	// rows a target counted without listing stay accepted one by one, and count as it counted them
	for (const shares of run.apportioned) {
		for (const [status, n] of Object.entries(shares ?? {}) as Array<
			[keyof typeof totals, number]
		>) {
			totals[status] += n;
			totals.accepted -= n;
		}
	}
	let targetCounts: Required<BatchCounts> | undefined;
	const issues: ImportIssue[] = [...run.batcher.issues];
	for (const summary of run.batcher.summaries) {
		if (summary.counts) {
			targetCounts ??= { created: 0, updated: 0, duplicates: 0, failed: 0 };
			for (const [name, n] of Object.entries(summary.counts) as Array<[keyof BatchCounts, number]>)
				targetCounts[name] += n;
		}
		if (summary.issues) issues.push(...summary.issues);
	}
	const end = opts.now();
	const report: ImportReport = {
		importId: run.importId,
		startedAt: new Date(run.start).toISOString(),
		finishedAt: new Date(end).toISOString(),
		durationMs: end - run.start,
		// an answer that contradicts itself is not a clean run, even if no row failed
		status: finishStatus(stop, totals.failed + issues.length),
		onError: opts.onError,
		totals,
		results,
		createdIds,
		exceptions,
		batches: run.batcher.summaries,
	};
	if (targetCounts) report.targetCounts = targetCounts;
	if (issues.length > 0) report.issues = issues;
	if (opts.object !== undefined) report.object = opts.object;
	if (opts.source !== undefined) report.source = opts.source;
	if (stop) report.haltReason = stop.reason;
	if (opts.resumeFrom) report.resumedFrom = opts.resumeFrom.importId;
	if (opts.tagField !== undefined) report.tagField = opts.tagField;
	return report;
}
