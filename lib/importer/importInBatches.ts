import { randomUUID } from 'node:crypto';
import { buildImportReport } from './buildImportReport';
import { RunJournal } from './journal';
import { resolveImportOptions } from './options';
import { readRecordsFrom } from './recordSource';
import { runRequests, type RunHooks, type RunStop } from './runRequests';
import { keepReplayOwed, settleBatch, startImportRun, type ImportRun } from './settleBatch';
import type {
	BatchResult,
	ImportOptions,
	ImportRecord,
	ImportRecordSource,
	ImportReport,
} from './types';

/**
 * The requests of an import: batches made as workers ask for them, each sent
 * under its batch key (the same key on every try), each outcome settled into
 * the run.
 */
function batchRequests(run: ImportRun, journal: RunJournal | undefined): RunHooks<BatchResult> {
	const { batcher, opts } = run;
	let next = 0;
	// while a request is in flight, make the batches the workers will want next (its keys cost CPU the wait leaves idle)
	let ahead = false;
	const makeAhead = (): void => {
		ahead = false;
		while (batcher.pending && batcher.items.length < next + opts.concurrency) batcher.makeBatch();
	};
	return {
		next: () => {
			if (next >= batcher.items.length && !batcher.makeBatch()) return undefined;
			// the journal says a batch was sent before it is: a run killed after sending it still owes it
			if (journal && !journal.sent(next)) return undefined;
			return next++;
		},
		call: (b, attempt) => {
			const sent = opts.send(batcher.items[b], {
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
		settle: (b, outcome) => {
			const halt = settleBatch(run, b, outcome);
			keepReplayOwed(run, b);
			journal?.settled(b);
			// a batch that went out lets go of its records; one that did not may still be owed
			if (outcome.kind !== 'notSent') batcher.release(b);
			return halt;
		},
		describe: (b) => `rows ${batcher.summaries[b].rows[0]}–${batcher.summaries[b].rows[1]}`,
	};
}

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
 * - **Journal.** With `onJournal`, every batch is written as sent before
 *   `send` gets it and again once it settles, so {@link reportFromJournal}
 *   rebuilds the report of a run that was killed, and a resume from it sends
 *   a batch left in flight again as it was, under its key.
 * - **Large inputs.** `records` may be an {@link ImportRecordSource} (a
 *   `length` and an `at(index)`): rows are read as the batches are made, and
 *   a batch's records are let go once it settles.
 * - **Revert.** With `tagField`, every created record carries the import's
 *   id, so {@link revertImport} can find what the target created without ids.
 * - **Secrets.** Every text from the target is redacted of `secrets` before
 *   it enters the report, and cut after.
 *
 * @param records - the records, each with its source row number: a list, or a source read lazily
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
	records: ReadonlyArray<ImportRecord> | ImportRecordSource,
	options: ImportOptions,
): Promise<ImportReport> {
	// every option is checked before anything is sent
	const opts = resolveImportOptions(options);
	const reader = readRecordsFrom(records);
	const start = opts.now();
	const importId = opts.importId ?? randomUUID();
	// a resume's replays are planned here, before the first request
	const run = startImportRun(reader, opts, importId);
	const { batcher, results } = run;
	const journal = opts.onJournal ? new RunJournal(opts.onJournal, run) : undefined;
	journal?.start(startEntry(run, importId, start));
	let stop = await runRequests<BatchResult>(opts, start, batchRequests(run, journal));
	if (journal?.failure) stop ??= journalStop(journal.failure.error);
	// the batches never sent are made too: the report lists them, and settles the rows that needed no sending
	const made = batcher.summaries.length;
	batcher.makeRest();
	for (let b = made; b < batcher.summaries.length; b++) {
		keepReplayOwed(run, b);
		journal?.settled(b);
	}
	const report = buildImportReport(reader, results, {
		opts,
		importId,
		start,
		stop,
		batcher,
		apportioned: run.apportioned,
	});
	journal?.end(report);
	return report;
}

function startEntry(
	run: ImportRun,
	importId: string,
	start: number,
): Parameters<RunJournal['start']>[0] {
	const { opts, batcher } = run;
	const entry: Parameters<RunJournal['start']>[0] = {
		type: 'start',
		importId,
		onError: opts.onError,
		startedAt: new Date(start).toISOString(),
		rows: run.rowCount,
	};
	if (opts.object !== undefined) entry.object = opts.object;
	if (opts.source !== undefined) entry.source = opts.source;
	if (opts.tagField !== undefined) entry.tagField = opts.tagField;
	if (opts.resumeFrom) entry.resumedFrom = opts.resumeFrom.importId;
	if (batcher.issues.length > 0) entry.issues = [...batcher.issues];
	return entry;
}

/** The journal could not be written: no request starts after it, since a kill could no longer be resumed safely. */
function journalStop(error: unknown): RunStop {
	const why = error instanceof Error ? error.message : String(error);
	return {
		kind: 'halt',
		reason: {
			code: 'IMPORT_JOURNAL_FAILED',
			message: `The import journal could not be written (${why}), so no more batches were sent: a run stopped now could not be resumed safely. Free the disk or fix the journal file, then run again with this report to resume.`,
		},
	};
}
