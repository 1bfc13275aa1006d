import { isPlainRecord } from '../isPlainRecord';
import { readListedResults } from './readListedResults';
import {
	COUNTED,
	describeCounts,
	readCounts,
	rowsText,
	shareOutCounts,
	type Counted,
} from './shareOutCounts';
import type {
	BatchCounts,
	BatchResult,
	ImportIssue,
	ImportOperation,
	ImportRowResult,
	ImportStatusTotals,
} from './types';

/** A batch's answer, row by row, with what the target counted and where it contradicts itself. */
export interface ResolvedAnswer {
	/** One result per record of the batch, in batch order; `row` and `key` are the caller's to fill in. */
	results: ImportRowResult[];
	/** The target's counts, as it gave them (numbers that cannot be counts are left out, and said so). */
	counts?: BatchCounts;
	/** The batch's rows by status, with the rows left `accepted` counted as the target counted them. */
	totals: ImportStatusTotals;
	/** Of the rows left `accepted`, how many the totals count under another status. */
	apportioned: Partial<Record<Counted, number>>;
	/** `IMPORT_COUNTS_MISMATCH` when the answer contradicts itself. */
	issues: ImportIssue[];
}

/** The batch's rows by status, with the rows left `accepted` counted as the target counted them. */
function totalsOf(
	results: readonly ImportRowResult[],
	apportioned: Partial<Record<Counted, number>>,
): ImportStatusTotals {
	const totals: ImportStatusTotals = {
		created: 0,
		updated: 0,
		duplicate: 0,
		accepted: 0,
		failed: 0,
	};
	for (const r of results) totals[r.status as keyof ImportStatusTotals]++;
	for (const s of COUNTED) {
		totals[s] += apportioned[s] ?? 0;
		totals.accepted -= apportioned[s] ?? 0;
	}
	return totals;
}

/**
 * The issue for an answer that contradicts itself; its listed failures are
 * told they may have been created after all, so nobody imports them again
 * blindly.
 */
function mismatchIssue(
	reasons: readonly string[],
	results: ImportRowResult[],
	totals: ImportStatusTotals,
	rows: readonly number[],
	batch: number,
): ImportIssue {
	for (const r of results) {
		if (r.status === 'failed')
			r.message = `${r.message} The target's answer for batch ${batch} contradicts itself, so it may have created this row after all: check it in the target before importing it again.`;
	}
	const where = `Batch ${batch} (${rowsText([rows[0], rows[rows.length - 1]])})`;
	return {
		code: 'IMPORT_COUNTS_MISMATCH',
		batch,
		message: `${where}: the target's answer contradicts itself: ${reasons.join('; ')}. The report counts no more than can be true (${describeCounts(totals)}${totals.accepted ? `, ${totals.accepted} accepted` : ''}); check these rows in the target before importing any of them again.`,
	};
}

/**
 * Reads a batch's answer into one result per record. Listed records keep
 * their listed status. The records the target did not list are worked out
 * from its counts left over: all of one status, each gets that status; a mix
 * (or counts that cover only some), each stays `accepted` with a message
 * saying what the target counted among them, and the totals share them out as
 * it counted. An answer that contradicts itself (counts beyond the batch, a
 * record listed with two statuses, fewer listed failures than counted ones
 * the other way round) is never trusted silently: it gets an
 * `IMPORT_COUNTS_MISMATCH` issue, is counted conservatively (never more rows
 * created than can be), and its listed failures stay failures, with a message
 * to check them in the target before importing them again. A malformed
 * answer gives undefined (the batch's outcome is then unknown). Internal.
 *
 * @param answer - what `send` resolved
 * @param rows - the source row of each record of the batch, in batch order
 * @param batch - the batch's number, for messages
 * @param operation - what the batch did; a complete count of an update batch needs `updated` and `failed`, of a create batch `created`, `duplicates` and `failed`
 * @param redact - hides the transport's secrets in the target's texts
 * @returns the batch's results, counts, totals and issues; undefined for an answer without a `results` list
 * @example
 * resolveAnswer({ results: [{ index: 0, status: 'created', id: 'c1' }], counts: { created: 2 } }, [2, 3], 1, 'create', (t) => t).totals
 * //=> { created: 2, updated: 0, duplicate: 0, accepted: 0, failed: 0 }
 */
export function resolveAnswer(
	answer: BatchResult,
	rows: readonly number[],
	batch: number,
	operation: ImportOperation,
	redact: (text: string) => string,
): ResolvedAnswer | undefined {
	if (!isPlainRecord(answer) || !Array.isArray(answer.results)) return undefined;
	// every contradiction found on the way, in the order found: one issue names them all
	const reasons: string[] = [];
	const listed = readListedResults(answer.results as unknown[], rows, redact, reasons);
	const counts = readCounts(answer.counts, reasons);
	const { apportioned, unlistedResult } = shareOutCounts(
		counts,
		listed,
		rows,
		batch,
		operation,
		reasons,
	);
	// every record of the batch gets a result: listed, or worked out from the counts
	const results = Array.from(listed, (r) => r ?? unlistedResult());
	const totals = totalsOf(results, apportioned);
	const issues = reasons.length > 0 ? [mismatchIssue(reasons, results, totals, rows, batch)] : [];
	const out: ResolvedAnswer = { results, totals, apportioned, issues };
	if (counts) out.counts = counts;
	return out;
}
