import { randomUUID } from 'node:crypto';
import { invalidOption } from '../errors';
import { buildRevertReport } from './buildRevertReport';
import { deleteTargets, type RevertRun } from './deleteTargets';
import { findRevertTargets } from './findRevertTargets';
import { checkReport, resolveRunOptions } from './options';
import { revertTagged } from './revertTagged';
import type { RunStop } from './runRequests';
import { createTally } from './tally';
import type { ImportReport, RevertOptions, RevertReport } from './types';

/** Checks the options only a revert has (`remove`, `revertId`, `find`); the run's are checked with an import's. */
function checkRevertOptions(options: RevertOptions): void {
	if (typeof options !== 'object' || options === null || typeof options.remove !== 'function') {
		throw invalidOption(
			'IMPORT_INVALID_OPTION',
			'remove',
			'a function ({ id }) => Promise<"deleted" | "notFound">',
			(options as Partial<RevertOptions> | null)?.remove,
		);
	}
	if (
		options.revertId !== undefined &&
		(typeof options.revertId !== 'string' || options.revertId === '')
	) {
		throw invalidOption(
			'IMPORT_INVALID_OPTION',
			'revertId',
			'a non-empty string',
			options.revertId,
		);
	}
	if (options.find !== undefined && typeof options.find !== 'function') {
		throw invalidOption(
			'IMPORT_INVALID_OPTION',
			'find',
			'a function ({ field, value }) => Promise<records>',
			options.find,
		);
	}
}

/**
 * Undoes an import: deletes exactly the records its report says it created
 * (`createdIds`), one request each, with the same concurrency, rate limit,
 * retries and time limit as an import, and accounts for every id in its own
 * report. A record already gone counts as `alreadyGone`, so reverting twice
 * is harmless.
 *
 * When the import tagged what it created (`tagField`) and `find` is given,
 * the records the target created without saying their ids are found by
 * their tag and deleted too: it asks `find` again after each round of
 * deletes until nothing new comes back. Only a found record whose tag field
 * equals the import id exactly is deleted; others are counted as ignored
 * (a target that ignores the filter deletes nothing else); a target that
 * does not return the tag field stops the revert before it deletes any found
 * record.
 *
 * A revert never deletes a record the import updated; updates, and records
 * created or accepted without an id that no search found, are counted in
 * `notReverted`.
 *
 * @param report - the {@link ImportReport} of the import to undo
 * @param options - see {@link RevertOptions}; `remove` is required, `find` is needed to revert records created without an id
 * @returns the revert's report: a result per id (deleted, alreadyGone, failed, notAttempted)
 * @throws IntakeError `IMPORT_INVALID_REPORT` when `report` is not an import report, `IMPORT_INVALID_OPTION` for bad options
 *
 * @example
 * const revert = await revertImport(report, { remove: async ({ id }) => (await api.delete(id)) ? 'deleted' : 'notFound' });
 * [revert.status, revert.totals]
 * //=> ['Complete', { ids: 2, deleted: 2, alreadyGone: 0, failed: 0, notAttempted: 0 }]
 */
export async function revertImport(
	report: ImportReport,
	options: RevertOptions,
): Promise<RevertReport> {
	// everything is checked before anything is deleted
	checkReport(report, 'report');
	checkRevertOptions(options);
	const run = resolveRunOptions({ ...options, object: options.object ?? report.object });
	const plan = findRevertTargets(report);
	const revert: RevertRun = {
		report,
		run,
		start: run.now(),
		remove: options.remove,
		targets: plan.targets,
		results: [],
		tally: createTally(['deleted', 'alreadyGone', 'failed']),
		settled: 0,
	};
	let stop: RunStop | undefined = await deleteTargets(revert, 0);
	let search: RevertReport['search'];
	const issues = plan.issues;
	const tagField =
		typeof report.tagField === 'string' && report.tagField !== '' ? report.tagField : undefined;
	// the records created without ids are looked for only once those with ids are gone
	if (stop === undefined && tagField !== undefined && options.find) {
		const found = await revertTagged(revert, tagField, options.find, plan.updatedIds, plan.created);
		stop = found.stop;
		search = found.search;
		issues.push(...found.issues);
	}
	return buildRevertReport(revert, {
		revertId: options.revertId ?? randomUUID(),
		stop,
		search,
		issues,
	});
}
