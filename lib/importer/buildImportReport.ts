import { isPlainRecord } from '../isPlainRecord';
import type { Batcher } from './batcher';
import type { ResolvedImportOptions } from './options';
import type { RecordReader } from './recordSource';
import type { ResolvedAnswer } from './resolveAnswer';
import { rowNumberOf } from './rows';
import type { RunStop } from './runRequests';
import { finishStatus, NOT_ATTEMPTED, notAttemptedMessage } from './tally';
import type {
	BatchCounts,
	ImportBatchSummary,
	ImportIssue,
	ImportReport,
	ImportRowResult,
} from './types';

/** How an import ended: what the report is built from. */
export interface FinishedImport {
	opts: ResolvedImportOptions;
	importId: string;
	start: number;
	stop: RunStop | undefined;
	batcher: Batcher;
	apportioned: ReadonlyArray<ResolvedAnswer['apportioned'] | undefined>;
}

type Totals = ImportReport['totals'];

/**
 * Gives every row a result (a row never settled is `notAttempted`, with why)
 * and counts them: so the totals always add up to the number of rows.
 */
function accountRows(
	records: RecordReader,
	results: ImportRowResult[],
	batchOf: ArrayLike<number>,
	notSent: string,
): Pick<ImportReport, 'totals' | 'createdIds' | 'exceptions'> {
	const createdIds: string[] = [];
	const exceptions: ImportReport['exceptions'] = [];
	const totals: Totals = {
		rows: records.length,
		created: 0,
		updated: 0,
		duplicate: 0,
		accepted: 0,
		failed: 0,
		notAttempted: 0,
	};
	for (let i = 0; i < results.length; i++) {
		if (results[i] === undefined) {
			results[i] = {
				row: rowNumberOf(records.at(i), i),
				status: 'notAttempted',
				code: NOT_ATTEMPTED,
				message: notSent,
			};
			if (batchOf[i] > 0) results[i].batch = batchOf[i];
		}
		const r = results[i];
		totals[r.status]++;
		if (r.status === 'created' && r.id !== undefined) createdIds.push(r.id);
		if (r.status === 'failed') {
			const record = records.at(i)?.record;
			exceptions.push({
				row: r.row,
				code: r.code ?? 'IMPORT_REJECTED',
				message: r.message ?? '',
				record: isPlainRecord(record) ? record : {},
			});
		}
	}
	return { totals, createdIds, exceptions };
}

/** Rows a target counted without listing stay accepted one by one, and count as it counted them. */
function countApportioned(totals: Totals, apportioned: FinishedImport['apportioned']): void {
	for (const shares of apportioned) {
		for (const [status, n] of Object.entries(shares ?? {}) as Array<[keyof Totals, number]>) {
			totals[status] += n;
			totals.accepted -= n;
		}
	}
}

/** The target's own counts summed over the batches, if it gave any. */
function sumTargetCounts(
	summaries: readonly ImportBatchSummary[],
): Required<BatchCounts> | undefined {
	let sum: Required<BatchCounts> | undefined;
	for (const summary of summaries) {
		if (!summary.counts) continue;
		sum ??= { created: 0, updated: 0, duplicates: 0, failed: 0 };
		for (const [name, n] of Object.entries(summary.counts) as Array<[keyof BatchCounts, number]>)
			sum[name] += n;
	}
	return sum;
}

/**
 * Builds an import's report once its requests are done: every row accounted
 * for (`notAttempted` for those never sent, saying why), totals that add up
 * to the rows, the created ids, the failures with their records, the batches
 * and every issue (the resume's first, then each batch's). Internal.
 *
 * @param records - the input
 * @param results - the results so far, by input position (holes are filled in)
 * @param run - how the import ended
 * @returns the report
 * @example
 * buildImportReport(records, [], finished).totals.notAttempted
 * //=> records.length (nothing was sent)
 */
export function buildImportReport(
	records: RecordReader,
	results: ImportRowResult[],
	run: FinishedImport,
): ImportReport {
	const { opts, stop } = run;
	const notSent = notAttemptedMessage(
		stop,
		'sent',
		'Run again with this report to resume: only the rows not imported are sent.',
	);
	const { totals, createdIds, exceptions } = accountRows(
		records,
		results,
		run.batcher.batchOf,
		notSent,
	);
	countApportioned(totals, run.apportioned);
	const targetCounts = sumTargetCounts(run.batcher.summaries);
	const issues: ImportIssue[] = [...run.batcher.issues];
	for (const summary of run.batcher.summaries) if (summary.issues) issues.push(...summary.issues);
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
