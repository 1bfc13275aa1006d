import type { RevertResult, RevertRun } from './deleteTargets';
import type { RunStop } from './runRequests';
import { finishStatus, NOT_ATTEMPTED, notAttemptedMessage } from './tally';
import type { ImportIssue, ImportReport, ImportRowResult, RevertReport } from './types';

/** How a revert ended: what its report is built from besides the deletes. */
export interface FinishedRevert {
	revertId: string;
	stop: RunStop | undefined;
	search: RevertReport['search'];
	/** The issues so far; the report adds those about earlier imports' tags. */
	issues: ImportIssue[];
}

/** Gives every target a result (one never deleted is `notAttempted`, with why) and counts them. */
function accountTargets(
	revert: RevertRun,
	notSent: string,
): Pick<RevertReport, 'totals' | 'results'> {
	const totals = {
		ids: revert.targets.length,
		deleted: 0,
		alreadyGone: 0,
		failed: 0,
		notAttempted: 0,
	};
	const results = revert.targets.map((target, i): RevertResult => {
		const r = revert.results[i] ?? {
			...target,
			id: revert.run.redact(target.id),
			status: 'notAttempted',
			code: NOT_ATTEMPTED,
			message: notSent,
		};
		totals[r.status]++;
		return r;
	});
	return { totals, results };
}

/** The tag each batch of the import was sent with, by batch number. */
function tagsOfBatches(report: ImportReport): Map<number, string | undefined> {
	const tagOf = new Map<number, string | undefined>();
	for (const b of Array.isArray(report.batches) ? report.batches : [])
		if (typeof b?.batch === 'number') tagOf.set(b.batch, b.tag);
	return tagOf;
}

/**
 * Rows sent again exactly as an earlier import first sent them carry that
 * import's tag: what the target created from them without ids is that
 * import's to revert.
 */
function earlierTagIssues(
	report: ImportReport,
	idless: readonly ImportRowResult[],
	tagOf: ReadonlyMap<number, string | undefined>,
): ImportIssue[] {
	const otherTags = new Map<string, number>();
	for (const r of idless) {
		const tag = r.batch === undefined ? undefined : tagOf.get(r.batch);
		if (tag !== undefined && tag !== report.importId)
			otherTags.set(tag, (otherTags.get(tag) ?? 0) + 1);
	}
	return [...otherTags].map(([tag, n]) => ({
		code: 'IMPORT_TAGGED_BY_EARLIER_IMPORT',
		message: `${n} rows were sent again exactly as import ${tag} first sent them, with its tag, and the target gave no ids for them: whatever it created from them carries ${tag}. Revert import ${tag} too to remove those records.`,
	}));
}

/**
 * Builds a revert's report: every target accounted for (`notAttempted` for
 * those never deleted, saying why), and what the revert did not undo:
 * updates (never deleted), and rows created or accepted without an id that
 * no search under this import's tag covered. Internal.
 *
 * @param revert - the revert, its deletes done
 * @param ended - how it ended
 * @returns the revert's report
 * @example
 * buildRevertReport(revert, { revertId: 'r-1', stop: undefined, search: undefined, issues: [] }).status
 * //=> 'Complete'
 */
export function buildRevertReport(revert: RevertRun, ended: FinishedRevert): RevertReport {
	const { report, run, start } = revert;
	const { stop, search } = ended;
	const notSent = notAttemptedMessage(
		stop,
		'deleted',
		'Revert again: records already deleted are skipped.',
		'revert',
	);
	const { totals, results } = accountTargets(revert, notSent);
	const tagOf = tagsOfBatches(report);
	const idless = report.results.filter(
		(r) =>
			r.operation !== 'update' &&
			(r.status === 'accepted' || r.status === 'created') &&
			r.id === undefined,
	);
	const issues = [...ended.issues, ...earlierTagIssues(report, idless, tagOf)];
	// a search that ran to the end found every record the import created under its own tag, ids or not
	const searched = search !== undefined && stop === undefined;
	const notFound = idless.filter(
		(r) => !searched || r.batch === undefined || tagOf.get(r.batch) !== report.importId,
	).length;
	const end = run.now();
	const out: RevertReport = {
		revertId: ended.revertId,
		importId: report.importId,
		startedAt: new Date(start).toISOString(),
		finishedAt: new Date(end).toISOString(),
		durationMs: end - start,
		status: finishStatus(stop, totals.failed + issues.length),
		totals,
		results,
		notReverted: {
			updated: report.results.filter(
				(r) => r.status === 'updated' || (r.operation === 'update' && r.status === 'accepted'),
			).length,
			acceptedWithoutId: notFound,
		},
	};
	if (search) out.search = search;
	if (run.object !== undefined) out.object = run.object;
	if (stop) out.haltReason = stop.reason;
	if (issues.length > 0) out.issues = issues;
	return out;
}
