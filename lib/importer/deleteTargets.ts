import { IntakeError } from '../errors';
import type { ResolvedRunOptions } from './options';
import { runRequests, type RequestOutcome, type RunStop } from './runRequests';
import { reportProgress, type Tally } from './tally';
import type { ImportReport, RevertOptions, RevertReport } from './types';

export type RevertResult = RevertReport['results'][number];

/** A record to delete: its id, its row in the import, and whether the tag search found it. */
export type RevertTarget = { id: string; row?: number; via?: 'tag' };

/** A revert in progress: what its deletes fill in. */
export interface RevertRun {
	report: ImportReport;
	run: ResolvedRunOptions;
	start: number;
	remove: RevertOptions['remove'];
	/** The records to delete, in order; the search by tag appends to it. */
	targets: RevertTarget[];
	/** A result per target, by position; a hole is a target not settled yet. */
	results: Array<RevertResult | undefined>;
	tally: Tally;
	/** Deletes settled so far, for progress. */
	settled: number;
}

/** One delete; an answer other than "deleted" or "notFound" is the caller's broken contract, never retried. */
async function removeOne(
	revert: RevertRun,
	i: number,
	attempt: number,
): Promise<'deleted' | 'notFound'> {
	const { id, row } = revert.targets[i];
	const answer = await revert.remove(row === undefined ? { id } : { id, row }, {
		batch: i + 1,
		attempt,
		// one key per record, the same on every try and in every revert of this import
		batchKey: `revert:${revert.report.importId}:${id}`,
		signal: revert.run.signal,
	});
	if (answer !== 'deleted' && answer !== 'notFound')
		throw new IntakeError(
			'IMPORT_INVALID_OPTION',
			`\`remove\` must resolve "deleted" or "notFound", got ${JSON.stringify(answer) ?? String(answer)}`,
		);
	return answer;
}

/** Takes one delete's outcome: a record already gone counts as `alreadyGone`, so reverting twice is harmless. */
function settleDelete(
	revert: RevertRun,
	i: number,
	outcome: RequestOutcome<'deleted' | 'notFound'>,
): undefined {
	if (outcome.kind === 'notSent') return undefined;
	// an id a search returned is the target's text: the report keeps it redacted (the request used it as it came)
	const target = { ...revert.targets[i], id: revert.run.redact(revert.targets[i].id) };
	const result: RevertResult =
		outcome.kind === 'answered'
			? { ...target, status: outcome.value === 'deleted' ? 'deleted' : 'alreadyGone' }
			: {
					...target,
					status: 'failed',
					code: outcome.failure.code,
					message: outcome.failure.message,
				};
	revert.results[i] = result;
	revert.tally.add(result.status);
	reportProgress(
		revert.run,
		revert.tally,
		++revert.settled,
		revert.targets.length,
		revert.targets.length,
	);
	return undefined;
}

/**
 * Deletes the revert's targets from position `from` on, one request each,
 * with the run's concurrency, rate limit, retries and time limit. A failed
 * delete never halts the revert (its result says what went wrong). Internal.
 *
 * @param revert - the revert in progress
 * @param from - the first target to delete
 * @returns why the run stopped early, if it did
 * @example
 * await deleteTargets(revert, 0);
 * revert.results.map((r) => r?.status)
 * //=> ['deleted', 'alreadyGone']
 */
export function deleteTargets(revert: RevertRun, from: number): Promise<RunStop | undefined> {
	let next = from;
	return runRequests<'deleted' | 'notFound'>(revert.run, revert.start, {
		next: () => (next < revert.targets.length ? next++ : undefined),
		call: (i, attempt) => removeOne(revert, i, attempt),
		settle: (i, outcome) => settleDelete(revert, i, outcome),
		describe: (i) => `record ${revert.targets[i].id}`,
	});
}
