import { randomUUID } from 'node:crypto';
import { invalidOption } from '../errors';
import { Batcher, isPlainRecord, rowNumberOf } from './batcher';
import { clipTargetText } from './createRedactor';
import { resolveImportOptions, type ResolvedImportOptions } from './options';
import { runRequests, type RequestOutcome, type RunStop } from './runRequests';
import { createTally, finishStatus, NOT_ATTEMPTED, notAttemptedMessage, reportProgress } from './tally';
import type {
	BatchResult,
	HaltReason,
	ImportBatchSummary,
	ImportOptions,
	ImportRecord,
	ImportRecordStatus,
	ImportReport,
	ImportRowResult,
} from './types';

const STATUSES: ReadonlySet<string> = new Set<ImportRecordStatus>(['created', 'updated', 'duplicate', 'accepted', 'failed']);

/** How long a target's code or message may be in a report, after redacting. */
const MAX_CODE = 100;
const MAX_MESSAGE = 500;

/** Reads a batch's answer into row results, the target's texts redacted; a malformed answer fails the whole batch rather than guessing. */
function readAnswer(answer: BatchResult, size: number, redact: (text: string) => string): ImportRowResult[] | undefined {
	if (!isPlainRecord(answer) || !Array.isArray(answer.results)) return undefined;
	const out: Array<ImportRowResult | undefined> = new Array(size);
	for (const entry of answer.results as unknown[]) {
		if (!isPlainRecord(entry)) continue;
		const { index, status } = entry;
		if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= size || out[index] !== undefined) continue;
		if (typeof status !== 'string' || !STATUSES.has(status)) continue;
		const result: ImportRowResult = { row: 0, key: '', status: status as ImportRecordStatus };
		if (typeof entry.id === 'string' || typeof entry.id === 'number') result.id = redact(String(entry.id));
		const code = typeof entry.code === 'string' && entry.code !== '' ? clipTargetText(entry.code, redact, MAX_CODE) : undefined;
		const message = typeof entry.message === 'string' ? clipTargetText(entry.message, redact, MAX_MESSAGE) : undefined;
		if (status === 'failed') {
			result.code = code ?? 'IMPORT_REJECTED';
			result.message = message || 'The target rejected the record and gave no reason.';
		} else if (code !== undefined) {
			result.code = code;
			if (message !== undefined) result.message = message;
		}
		out[index] = result;
	}
	return Array.from(out, (r) => r ?? { row: 0, key: '', status: 'accepted' as const });
}

function countsOf(answer: BatchResult): ImportBatchSummary['counts'] {
	if (!isPlainRecord(answer) || !isPlainRecord(answer.counts)) return undefined;
	const counts: NonNullable<ImportBatchSummary['counts']> = {};
	for (const name of ['created', 'duplicates', 'failed'] as const) {
		const n = answer.counts[name];
		if (typeof n === 'number' && Number.isFinite(n)) counts[name] = n;
	}
	return counts;
}

/**
 * Sends records to a target system in batches and accounts for every one.
 * The transport is injected (`send`), so the library stays free of HTTP:
 * the Import Batch node builds it on n8n's HTTP helpers.
 *
 * - **Accounting is exact.** Every record ends `created`, `updated`,
 *   `duplicate`, `accepted` (the target took it without saying more),
 *   `failed` (with the target's code and message) or `notAttempted` (after a
 *   halt, a refused credential, the time limit or a cancel), with its source
 *   row number and the target's id when one came back. The totals always add
 *   up to the number of records.
 * - **Faults.** 429, 408, 5xx, network errors and timeouts are retried with
 *   exponential backoff and jitter, honouring Retry-After; other 4xx are not.
 *   A retry carries the same batch key, so a timed-out request cannot create
 *   twice where the target honours `Idempotency-Key`. A 401 or 403 halts the
 *   run whatever the policy.
 * - **Halt or skip.** `halt` starts no request after the first failed record
 *   (requests already in flight finish, and the report says what they did);
 *   `skip` logs the failure and goes on.
 * - **Resume.** With `resumeFrom` (an earlier report) or `alreadyImported`
 *   (its keys), rows imported before are not sent again; a record repeated
 *   in the file is sent once.
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
export async function importInBatches(records: ReadonlyArray<ImportRecord>, options: ImportOptions): Promise<ImportReport> {
	const opts = resolveImportOptions(options);
	if (!Array.isArray(records)) throw invalidOption('IMPORT_INVALID_OPTION', 'records', 'a list of { row, record }', records);
	const start = opts.now();
	const importId = opts.importId ?? randomUUID();
	const results: ImportRowResult[] = new Array(records.length);
	const tally = createTally(['created', 'updated', 'duplicate', 'accepted', 'failed', 'notAttempted']);
	const batcher = new Batcher(records, opts, results, tally, importId);
	let settled = 0;
	let next = 0;

	const settle = (b: number, outcome: RequestOutcome<BatchResult>): HaltReason | undefined => {
		const batch = batcher.items[b];
		const summary = batcher.summaries[b];
		summary.attempts = outcome.attempts;
		if (outcome.kind === 'notSent') return undefined;
		let answers = outcome.kind === 'answered' ? readAnswer(outcome.value, batch.length, opts.redact) : undefined;
		if (outcome.kind === 'answered' && answers !== undefined) {
			summary.outcome = 'answered';
			const counts = countsOf(outcome.value);
			if (counts) summary.counts = counts;
		} else {
			summary.outcome = 'failed';
			const failure = outcome.kind === 'failed'
				? { code: outcome.failure.code, message: outcome.failure.message }
				: { code: 'IMPORT_BAD_RESPONSE', message: 'The target answered without per-record results, so what it did with these records is unknown. Check the target, then run again with this report to resume.' };
			answers = batch.map(() => ({ row: 0, key: '', status: 'failed' as const, ...failure }));
		}
		let halt: HaltReason | undefined;
		const indexes = batcher.indexes[b];
		for (let j = 0; j < answers.length; j++) {
			const result = answers[j];
			result.row = batch[j].row;
			result.key = batch[j].key;
			results[indexes[j]] = result;
			tally.add(result.status);
			if (result.status === 'failed' && opts.onError === 'halt' && halt === undefined) {
				halt = { code: result.code ?? 'IMPORT_REJECTED', message: `Halted at row ${result.row}: ${result.message ?? ''}`.trim(), row: result.row };
			}
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
			const sent = opts.send(batch, { batch: b + 1, attempt, batchKey: batcher.batchKeys[b], signal: opts.signal });
			if (!ahead && batcher.pending && typeof setImmediate === 'function') {
				ahead = true;
				setImmediate(makeAhead);
			}
			return sent;
		},
		settle,
		describe: (b) => `rows ${batcher.summaries[b].rows[0]}–${batcher.summaries[b].rows[1]}`,
	});
	batcher.makeRest();
	return finishReport(records, results, { opts, importId, start, stop, batches: batcher.summaries });
}

function finishReport(
	records: ReadonlyArray<ImportRecord>,
	results: ImportRowResult[],
	run: { opts: ResolvedImportOptions; importId: string; start: number; stop: RunStop | undefined; batches: ImportBatchSummary[] },
): ImportReport {
	const { opts, stop } = run;
	const notSent = notAttemptedMessage(stop, 'sent', 'Run again with this report to resume: only the rows not imported are sent.');
	const createdIds: string[] = [];
	const exceptions: ImportReport['exceptions'] = [];
	const totals = { rows: records.length, created: 0, updated: 0, duplicate: 0, accepted: 0, failed: 0, notAttempted: 0 };
	for (let i = 0; i < results.length; i++) {
		const row = rowNumberOf(records[i], i);
		results[i] ??= { row, status: 'notAttempted', code: NOT_ATTEMPTED, message: notSent };
		const r = results[i];
		totals[r.status]++;
		if (r.status === 'created' && r.id !== undefined) createdIds.push(r.id);
		if (r.status === 'failed') {
			const record = records[i]?.record;
			exceptions.push({ row: r.row, code: r.code ?? 'IMPORT_REJECTED', message: r.message ?? '', record: isPlainRecord(record) ? record : {} });
		}
	}
	const end = opts.now();
	const report: ImportReport = {
		importId: run.importId,
		startedAt: new Date(run.start).toISOString(),
		finishedAt: new Date(end).toISOString(),
		durationMs: end - run.start,
		status: finishStatus(stop, totals.failed),
		onError: opts.onError,
		totals,
		results,
		createdIds,
		exceptions,
		batches: run.batches,
	};
	if (opts.object !== undefined) report.object = opts.object;
	if (opts.source !== undefined) report.source = opts.source;
	if (stop) report.haltReason = stop.reason;
	if (opts.resumeFrom) report.resumedFrom = opts.resumeFrom.importId;
	return report;
}
