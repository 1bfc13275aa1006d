import { randomUUID } from 'node:crypto';
import { invalidOption } from '../errors';
import { createIdempotencyKey } from './createIdempotencyKey';
import { findImportedRows } from './findImportedRows';
import { resolveImportOptions, type ResolvedImportOptions } from './options';
import { runRequests, type RequestOutcome, type RunStop } from './runRequests';
import { createTally, finishStatus, notAttemptedMessage, reportProgress } from './tally';
import type {
	BatchResult,
	HaltReason,
	ImportBatchItem,
	ImportBatchSummary,
	ImportOptions,
	ImportRecord,
	ImportRecordStatus,
	ImportReport,
	ImportRowResult,
} from './types';

const STATUSES: ReadonlySet<string> = new Set<ImportRecordStatus>(['created', 'updated', 'duplicate', 'accepted', 'failed']);

function isPlainRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** A batch's key for the Idempotency-Key header: the same on every try, different for other records. */
function batchKeyOf(importId: string, items: ImportBatchItem[]): string {
	return createIdempotencyKey({ importId, keys: items.map((i) => i.key) });
}

/** Sorts the records into those to send and those settled already (bad, already imported, repeated in the file). */
function prepare(records: ReadonlyArray<ImportRecord>, opts: ResolvedImportOptions, results: ImportRowResult[]): { items: ImportBatchItem[]; indexes: number[] } {
	const earlier = opts.resumeFrom ? findImportedRows(opts.resumeFrom) : new Map<string, ImportRowResult>();
	const earlierName = opts.resumeFrom ? `import ${opts.resumeFrom.importId}` : 'an earlier import';
	const firstRowOfKey = new Map<string, number>();
	const items: ImportBatchItem[] = [];
	const indexes: number[] = [];
	for (let i = 0; i < records.length; i++) {
		const entry = records[i] as Partial<ImportRecord> | undefined;
		const row = typeof entry?.row === 'number' && Number.isInteger(entry.row) && entry.row > 0 ? entry.row : i + 1;
		const record = entry?.record;
		if (!isPlainRecord(record)) {
			results[i] = { row, status: 'failed', code: 'IMPORT_INVALID_RECORD', message: 'The row has no record (an object of fields); nothing was sent.' };
			continue;
		}
		let key: unknown;
		try {
			key = opts.idempotencyKey ? opts.idempotencyKey(record, row) : createIdempotencyKey(record);
		} catch (error) {
			results[i] = { row, status: 'failed', code: 'IMPORT_KEY_MISSING', message: `No idempotency key: ${errorText(error)}` };
			continue;
		}
		if (typeof key !== 'string' || key === '') {
			results[i] = { row, status: 'failed', code: 'IMPORT_KEY_MISSING', message: 'The row has no idempotency key (the key field is blank); fill it in, or key records by their content.' };
			continue;
		}
		const before = earlier.get(key);
		if (before !== undefined || opts.alreadyImported.has(key)) {
			const as = before?.id !== undefined ? ` as ${before.id}` : '';
			results[i] = { row, key, status: 'duplicate', code: 'ALREADY_IMPORTED', message: `Imported by ${earlierName}${as}; not sent again.` };
			if (before?.id !== undefined) results[i].id = before.id;
			continue;
		}
		const first = firstRowOfKey.get(key);
		if (first !== undefined) {
			results[i] = { row, key, status: 'duplicate', code: 'DUPLICATE_IN_FILE', message: `The same record as row ${first} (same idempotency key); it was sent once, with that row.` };
			continue;
		}
		firstRowOfKey.set(key, row);
		items.push({ row, record, key });
		indexes.push(i);
	}
	return { items, indexes };
}

/** Reads a batch's answer into row results; a malformed answer fails the whole batch rather than guessing. */
function readAnswer(answer: BatchResult, size: number): ImportRowResult[] | undefined {
	if (!isPlainRecord(answer) || !Array.isArray(answer.results)) return undefined;
	const out: Array<ImportRowResult | undefined> = new Array(size);
	for (const entry of answer.results as unknown[]) {
		if (!isPlainRecord(entry)) continue;
		const { index, status } = entry;
		if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= size || out[index] !== undefined) continue;
		if (typeof status !== 'string' || !STATUSES.has(status)) continue;
		const result: ImportRowResult = { row: 0, status: status as ImportRecordStatus };
		if (typeof entry.id === 'string' || typeof entry.id === 'number') result.id = String(entry.id);
		if (status === 'failed') {
			result.code = typeof entry.code === 'string' && entry.code !== '' ? entry.code : 'IMPORT_REJECTED';
			result.message = typeof entry.message === 'string' && entry.message !== '' ? entry.message : 'The target rejected the record and gave no reason.';
		} else if (typeof entry.code === 'string' && entry.code !== '') {
			result.code = entry.code;
			if (typeof entry.message === 'string') result.message = entry.message;
		}
		out[index] = result;
	}
	return Array.from(out, (r) => r ?? { row: 0, status: 'accepted' as const });
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
	const { items, indexes } = prepare(records, opts, results);
	const tally = createTally(['created', 'updated', 'duplicate', 'accepted', 'failed', 'notAttempted']);
	for (const r of results) if (r) tally.add(r.status);

	const batches: ImportBatchSummary[] = [];
	for (let at = 0; at < items.length; at += opts.batchSize) {
		const size = Math.min(opts.batchSize, items.length - at);
		batches.push({ batch: batches.length + 1, rows: [items[at].row, items[at + size - 1].row], size, attempts: 0, outcome: 'notSent' });
	}
	const slice = (b: number): ImportBatchItem[] => items.slice(b * opts.batchSize, b * opts.batchSize + batches[b].size);
	let settled = 0;

	const settle = (b: number, outcome: RequestOutcome<BatchResult>): HaltReason | undefined => {
		const batch = slice(b);
		const summary = batches[b];
		summary.attempts = outcome.attempts;
		if (outcome.kind === 'notSent') return undefined;
		let answers = outcome.kind === 'answered' ? readAnswer(outcome.value, batch.length) : undefined;
		if (outcome.kind === 'answered' && answers !== undefined) {
			summary.outcome = 'answered';
			const counts = countsOf(outcome.value);
			if (counts) summary.counts = counts;
		} else {
			summary.outcome = 'failed';
			const failure = outcome.kind === 'failed'
				? { code: outcome.failure.code, message: outcome.failure.message }
				: { code: 'IMPORT_BAD_RESPONSE', message: 'The target answered without per-record results, so what it did with these records is unknown. Check the target, then run again with this report to resume.' };
			answers = batch.map(() => ({ row: 0, status: 'failed' as const, ...failure }));
		}
		let halt: HaltReason | undefined;
		for (const [j, answer] of answers.entries()) {
			const i = indexes[b * opts.batchSize + j];
			const result: ImportRowResult = { ...answer, row: batch[j].row, key: batch[j].key };
			results[i] = result;
			tally.add(result.status);
			if (result.status === 'failed' && opts.onError === 'halt' && halt === undefined) {
				halt = { code: result.code ?? 'IMPORT_REJECTED', message: `Halted at row ${result.row}: ${result.message ?? ''}`.trim(), row: result.row };
			}
		}
		settled++;
		reportProgress(opts, tally, settled, batches.length, records.length);
		return halt;
	};

	const stop = await runRequests<BatchResult>(batches.length, opts, start, {
		call: (b, attempt) => {
			const batch = slice(b);
			return opts.send(batch, { batch: b + 1, attempt, batchKey: batchKeyOf(importId, batch), signal: opts.signal });
		},
		settle,
		describe: (b) => `rows ${batches[b].rows[0]}–${batches[b].rows[1]}`,
	});
	return finishReport(records, results, { opts, importId, start, stop, batches });
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
		const row = typeof records[i]?.row === 'number' && Number.isInteger(records[i].row) && records[i].row > 0 ? records[i].row : i + 1;
		results[i] ??= { row, status: 'notAttempted', code: stop?.reason.code ?? 'IMPORT_NOT_SENT', message: notSent };
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
