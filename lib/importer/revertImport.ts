import { randomUUID } from 'node:crypto';
import { IntakeError, invalidOption } from '../errors';
import { checkReport, resolveRunOptions } from './options';
import { runRequests, type RequestOutcome } from './runRequests';
import { createTally, finishStatus, NOT_ATTEMPTED, notAttemptedMessage, reportProgress } from './tally';
import type { ImportIssue, ImportReport, RevertOptions, RevertReport } from './types';

type RevertResult = RevertReport['results'][number];

/**
 * Undoes an import: deletes exactly the records its report says it created
 * (`createdIds`), one request each, with the same concurrency, rate limit,
 * retries and time limit as an import, and accounts for every id in its own
 * report. A record already gone counts as `alreadyGone`, so reverting twice
 * is harmless. Updated records and records accepted without an id cannot be
 * undone by id; the report counts them in `notReverted`.
 *
 * @param report - the {@link ImportReport} of the import to undo
 * @param options - see {@link RevertOptions}; `remove` is required
 * @returns the revert's report: a result per id (deleted, alreadyGone, failed, notAttempted)
 * @throws IntakeError `IMPORT_INVALID_REPORT` when `report` is not an import report, `IMPORT_INVALID_OPTION` for bad options
 *
 * @example
 * const revert = await revertImport(report, { remove: async ({ id }) => (await api.delete(id)) ? 'deleted' : 'notFound' });
 * [revert.status, revert.totals]
 * //=> ['Complete', { ids: 2, deleted: 2, alreadyGone: 0, failed: 0, notAttempted: 0 }]
 */
export async function revertImport(report: ImportReport, options: RevertOptions): Promise<RevertReport> {
	checkReport(report, 'report');
	if (typeof options !== 'object' || options === null || typeof options.remove !== 'function') {
		throw invalidOption('IMPORT_INVALID_OPTION', 'remove', 'a function ({ id }) => Promise<"deleted" | "notFound">', (options as Partial<RevertOptions> | null)?.remove);
	}
	if (options.revertId !== undefined && (typeof options.revertId !== 'string' || options.revertId === '')) {
		throw invalidOption('IMPORT_INVALID_OPTION', 'revertId', 'a non-empty string', options.revertId);
	}
	const run = resolveRunOptions({ ...options, object: options.object ?? report.object });
	const start = run.now();
	const rowOfId = new Map<string, number>();
	for (const r of report.results) if (r.status === 'created' && typeof r.id === 'string' && typeof r.row === 'number') rowOfId.set(r.id, r.row);
	// a record the import updated existed before it: whatever else the report says of its id, a revert never deletes it
	const updatedIds = new Set<string>();
	for (const r of report.results) if ((r.operation === 'update' || r.status === 'updated') && typeof r.id === 'string') updatedIds.add(r.id);
	const issues: ImportIssue[] = [];
	const spared = [...new Set(report.createdIds)].filter((id) => updatedIds.has(id));
	if (spared.length > 0) {
		issues.push({ code: 'IMPORT_REVERT_SPARED', message: `The report lists ${spared.length === 1 ? `record ${spared[0]}` : `${spared.length} records (${spared.slice(0, 5).join(', ')}${spared.length > 5 ? ', …' : ''})`} as created and also as updated by this import; a revert never deletes a record an import updated, so ${spared.length === 1 ? 'it was' : 'they were'} left alone. Check ${spared.length === 1 ? 'it' : 'them'} in the target.` });
	}
	const ids = [...new Set(report.createdIds)].filter((id) => !updatedIds.has(id));
	const results: Array<RevertResult | undefined> = new Array(ids.length);
	const tally = createTally(['deleted', 'alreadyGone', 'failed']);
	const target = (i: number): { id: string; row?: number } => {
		const row = rowOfId.get(ids[i]);
		return row === undefined ? { id: ids[i] } : { id: ids[i], row };
	};
	let settled = 0;
	let next = 0;
	const stop = await runRequests<'deleted' | 'notFound'>(run, start, {
		next: () => (next < ids.length ? next++ : undefined),
		call: async (i, attempt) => {
			const answer = await options.remove(target(i), { batch: i + 1, attempt, batchKey: `revert:${report.importId}:${ids[i]}`, signal: run.signal });
			if (answer !== 'deleted' && answer !== 'notFound') throw new IntakeError('IMPORT_INVALID_OPTION', `\`remove\` must resolve "deleted" or "notFound", got ${JSON.stringify(answer) ?? String(answer)}`);
			return answer;
		},
		settle: (i, outcome: RequestOutcome<'deleted' | 'notFound'>) => {
			if (outcome.kind === 'notSent') return undefined;
			const base = target(i);
			const result: RevertResult = outcome.kind === 'answered'
				? { ...base, status: outcome.value === 'deleted' ? 'deleted' : 'alreadyGone' }
				: { ...base, status: 'failed', code: outcome.failure.code, message: outcome.failure.message };
			results[i] = result;
			tally.add(result.status);
			reportProgress(run, tally, ++settled, ids.length, ids.length);
			return undefined;
		},
		describe: (i) => `record ${ids[i]}`,
	});
	const notSent = notAttemptedMessage(stop, 'deleted', 'Revert again: records already deleted are skipped.', 'revert');
	const totals = { ids: ids.length, deleted: 0, alreadyGone: 0, failed: 0, notAttempted: 0 };
	const done = ids.map((_, i): RevertResult => {
		const r = results[i] ?? { ...target(i), status: 'notAttempted', code: NOT_ATTEMPTED, message: notSent };
		totals[r.status]++;
		return r;
	});
	const end = run.now();
	const out: RevertReport = {
		revertId: options.revertId ?? randomUUID(),
		importId: report.importId,
		startedAt: new Date(start).toISOString(),
		finishedAt: new Date(end).toISOString(),
		durationMs: end - start,
		status: finishStatus(stop, totals.failed + issues.length),
		totals,
		results: done,
		notReverted: {
			updated: report.results.filter((r) => r.status === 'updated' || (r.operation === 'update' && r.status === 'accepted')).length,
			acceptedWithoutId: report.results.filter((r) => r.operation !== 'update' && (r.status === 'accepted' || r.status === 'created') && r.id === undefined).length,
		},
	};
	if (issues.length > 0) out.issues = issues;
	if (run.object !== undefined) out.object = run.object;
	if (stop) out.haltReason = stop.reason;
	return out;
}
