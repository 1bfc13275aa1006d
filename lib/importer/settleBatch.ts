import { Batcher } from './batcher';
import { hashBatch } from './hashBatch';
import type { ResolvedImportOptions } from './options';
import type { RecordReader } from './recordSource';
import { resolveAnswer, type ResolvedAnswer } from './resolveAnswer';
import type { RequestOutcome } from './runRequests';
import { createTally, NOT_ATTEMPTED, reportProgress, type Tally } from './tally';
import type {
	BatchResult,
	HaltReason,
	ImportBatchItem,
	ImportBatchSummary,
	ImportRowResult,
} from './types';

/** An import in progress: what settling its batches fills in. */
export interface ImportRun {
	opts: ResolvedImportOptions;
	/** The input, read as batches are made. */
	records: RecordReader;
	batcher: Batcher;
	/** One result per input row, by input position; a hole is a row not settled yet. */
	results: ImportRowResult[];
	tally: Tally;
	/** Per batch, the rows left `accepted` that the totals count as the target counted them. */
	apportioned: Array<ResolvedAnswer['apportioned'] | undefined>;
	/** Batches settled so far, for progress. */
	settled: number;
	/** How many rows the input has. */
	rowCount: number;
}

/**
 * A new run over `records`: no row settled yet, the tally at zero for every
 * outcome, and its Batcher (which plans a resume's replays as it is made).
 */
export function startImportRun(
	records: RecordReader,
	opts: ResolvedImportOptions,
	importId: string,
): ImportRun {
	const results: ImportRowResult[] = new Array(records.length);
	const tally = createTally([
		'created',
		'updated',
		'duplicate',
		'accepted',
		'failed',
		'notAttempted',
	]);
	return {
		opts,
		records,
		batcher: new Batcher(records, opts, results, tally, importId),
		results,
		tally,
		apportioned: [],
		settled: 0,
		rowCount: records.length,
	};
}

const NO_RESULTS_MESSAGE =
	'The target answered without per-record results, so what it did with these records is unknown. Check the target, then run again with this report to resume.';

/** A readable answer: the batch summary takes its counts, totals and issues. */
function takeAnswer(summary: ImportBatchSummary, resolved: ResolvedAnswer): ImportRowResult[] {
	summary.outcome = 'answered';
	if (resolved.counts) summary.counts = resolved.counts;
	summary.totals = resolved.totals;
	if (resolved.issues.length > 0) summary.issues = resolved.issues;
	return resolved.results;
}

/**
 * A failed request, or an answer without per-record results: every row of the
 * batch fails with the same code. When the target may have acted, the batch
 * is marked outcome-unknown with the hash of its body, so a resume sends
 * exactly this batch again under its key, and a target that honours the key
 * cannot create it twice.
 */
function failBatch(
	summary: ImportBatchSummary,
	batch: readonly ImportBatchItem[],
	outcome: Exclude<RequestOutcome<BatchResult>, { kind: 'notSent' }>,
): ImportRowResult[] {
	summary.outcome = 'failed';
	const failure =
		outcome.kind === 'failed'
			? { code: outcome.failure.code, message: outcome.failure.message }
			: { code: 'IMPORT_BAD_RESPONSE', message: NO_RESULTS_MESSAGE };
	// a replay stays unknown whatever this try did: the earlier run's may have reached the target
	if (outcome.kind === 'answered' || outcome.failure.mayHaveArrived || summary.replayOf) {
		summary.outcomeUnknown = true;
		summary.bodyHash = hashBatch(summary.operation, batch);
	}
	summary.totals = { created: 0, updated: 0, duplicate: 0, accepted: 0, failed: batch.length };
	return batch.map(() => ({ row: 0, key: '', status: 'failed' as const, ...failure }));
}

/**
 * A row's result as the report keeps it: one object of one shape, made at
 * once (1M of them are the biggest part of a report), with the row's number,
 * key and batch.
 */
function placed(answer: ImportRowResult, item: ImportBatchItem, batch: number): ImportRowResult {
	const { row, key } = item;
	const { status, code, message } = answer;
	let { id } = answer;
	// the id of the record an update changed; a "created" answer keeps only the target's own id, so a revert can never delete the record this row meant to update
	if (item.operation === 'update' && id === undefined && status !== 'created') id = item.id;
	const result: ImportRowResult =
		id !== undefined ? { row, key, status, id, batch } : { row, key, status, batch };
	if (item.operation === 'update') result.operation = 'update';
	if (code !== undefined) result.code = code;
	if (message !== undefined) result.message = message;
	return result;
}

/**
 * Puts each answer at its row's input position, with the row's number, key
 * and batch, and counts it; returns the halt the first failed row asks for
 * under `halt`.
 */
function placeResults(
	run: ImportRun,
	b: number,
	answers: readonly ImportRowResult[],
): HaltReason | undefined {
	const batch = run.batcher.items[b];
	const indexes = run.batcher.indexes[b];
	let halt: HaltReason | undefined;
	for (let j = 0; j < answers.length; j++) {
		const result = placed(answers[j], batch[j], b + 1);
		run.results[indexes[j]] = result;
		run.tally.add(result.status);
		if (result.status === 'failed' && run.opts.onError === 'halt' && halt === undefined) {
			halt = {
				code: result.code ?? 'IMPORT_REJECTED',
				message: `Halted at row ${result.row}: ${result.message ?? ''}`.trim(),
				row: result.row,
			};
		}
	}
	return halt;
}

/** Under `halt`, a batch whose target counted failures without saying which halts the run too. */
function countsOnlyHalt(
	run: ImportRun,
	b: number,
	resolved: ResolvedAnswer | undefined,
): HaltReason | undefined {
	const uncounted = resolved?.apportioned.failed ?? 0;
	if (uncounted === 0 || run.opts.onError !== 'halt') return undefined;
	const rows = run.batcher.summaries[b].rows;
	return {
		code: 'IMPORT_COUNTS_ONLY',
		message: `Halted after batch ${b + 1} (rows ${rows[0]}–${rows[1]}): the target counted ${uncounted} failed among them without saying which.`,
		batch: b + 1,
	};
}

/**
 * Takes one batch's outcome into the run: a result for each of its rows
 * (every row sent is accounted for, answered or failed), the batch's
 * summary, the running tally and progress. A request that never went out
 * leaves its rows unsettled (they end `notAttempted`). Internal.
 *
 * @param run - the import in progress
 * @param b - the batch's index (its number less one)
 * @param outcome - how its request ended
 * @returns the reason to halt the run, if the policy says to
 * @example
 * settleBatch(run, 0, { kind: 'answered', value: { results: [{ index: 0, status: 'failed' }] }, attempts: 1 })
 * //=> { code: 'IMPORT_REJECTED', message: 'Halted at row 2: The target rejected the record and gave no reason.', row: 2 }
 */
export function settleBatch(
	run: ImportRun,
	b: number,
	outcome: RequestOutcome<BatchResult>,
): HaltReason | undefined {
	const summary = run.batcher.summaries[b];
	summary.attempts = outcome.attempts;
	if (outcome.kind === 'notSent') return undefined;
	const batch = run.batcher.items[b];
	const resolved =
		outcome.kind === 'answered'
			? resolveAnswer(
					outcome.value,
					batch.map((item) => item.row),
					b + 1,
					summary.operation,
					run.opts.redact,
				)
			: undefined;
	if (resolved) run.apportioned[b] = resolved.apportioned;
	const answers = resolved ? takeAnswer(summary, resolved) : failBatch(summary, batch, outcome);
	const halt = placeResults(run, b, answers);
	for (const [status, n] of Object.entries(resolved?.apportioned ?? {}))
		run.tally.move('accepted', status, n);
	reportProgress(run.opts, run.tally, ++run.settled, run.batcher.expectedBatches, run.rowCount);
	return halt ?? countsOnlyHalt(run, b, resolved);
}

/**
 * A replay (an earlier run's batch whose outcome is unknown) that this run
 * did not send after all (a stop came first, or no try reached the target)
 * is still owed: its summary keeps the unknown outcome and the body hash,
 * and its rows their keys and batch, so the next resume sends it again as it
 * was, under its old key, instead of under a new one that could create its
 * records twice. Its rows end `notAttempted`. Internal.
 *
 * @param run - the import in progress
 * @param b - the batch's index; a no-op unless it is a replay never sent
 */
export function keepReplayOwed(run: ImportRun, b: number): void {
	const summary = run.batcher.summaries[b];
	if (!summary.replayOf || summary.outcome !== 'notSent') return;
	const items = run.batcher.items[b];
	summary.outcomeUnknown = true;
	summary.bodyHash = hashBatch(summary.operation, items);
	const { importId, batch } = summary.replayOf;
	for (const [j, item] of items.entries()) {
		const i = run.batcher.indexes[b][j];
		if (run.results[i] !== undefined) continue;
		const result: ImportRowResult = {
			row: item.row,
			key: item.key,
			status: 'notAttempted',
			batch: b + 1,
			code: NOT_ATTEMPTED,
			message: `Not sent: batch ${batch} of import ${importId}, whose outcome is unknown, was to be sent again first and was not. Run again with this report: it is sent again as it was, under its old key.`,
		};
		if (item.operation === 'update') result.operation = 'update';
		run.results[i] = result;
		run.tally.add('notAttempted');
	}
}
