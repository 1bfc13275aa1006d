import type { ResolvedRunOptions } from './options';
import type { RunStop } from './runRequests';
import type { ImportRunStatus } from './types';

/** Running counts per status, for progress messages. */
export interface Tally {
	readonly totals: Readonly<Record<string, number>>;
	add(status: string): void;
	/** Counts `n` rows already added as `from` under `to` instead (rows a target counted without listing). */
	move(from: string, to: string, n: number): void;
}

/** Counts per status, starting at zero for each name. */
export function createTally(names: readonly string[]): Tally {
	const totals: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
	return {
		totals,
		add: (status) => void (totals[status] = (totals[status] ?? 0) + 1),
		move: (from, to, n) => {
			totals[from] = (totals[from] ?? 0) - n;
			totals[to] = (totals[to] ?? 0) + n;
		},
	};
}

/** Tells the caller's onProgress where the run is; an error it throws is ignored, so it cannot lose the report. */
export function reportProgress(
	run: ResolvedRunOptions,
	tally: Tally,
	request: number,
	requests: number,
	total: number,
): void {
	if (!run.onProgress) return;
	const done = Object.values(tally.totals).reduce((a, b) => a + b, 0);
	try {
		run.onProgress(done, total, { batch: request, batches: requests, totals: { ...tally.totals } });
	} catch {
		// a progress callback's failure is the caller's; the run and its report go on
	}
}

/** How a run ended, from why it stopped and whether anything failed. */
export function finishStatus(stop: RunStop | undefined, failed: number): ImportRunStatus {
	if (stop?.kind === 'timeLimit') return 'Halted (time limit)';
	if (stop) return 'Error';
	return failed > 0 ? 'Completed with errors' : 'Complete';
}

/** The code every row or id that was never sent carries, whatever stopped the run (the run's own reason is in its `haltReason`). */
export const NOT_ATTEMPTED = 'NOT_ATTEMPTED';

/**
 * What a row that was never sent says, by why the run stopped; `what` names
 * the run ("import", "revert") and `again` says how to finish the job ("Run
 * again with this report to resume.").
 */
export function notAttemptedMessage(
	stop: RunStop | undefined,
	verb: string,
	again: string,
	what = 'import',
): string {
	const then = `${again.charAt(0).toLowerCase()}${again.slice(1)}`;
	switch (stop?.kind) {
		case 'halt': {
			const { row, batch, code } = stop.reason;
			if (row !== undefined)
				return `Not ${verb}: the ${what} halted at row ${row} (${code}), as "halt on error" asks. Fix that row, then ${then}`;
			const at = batch !== undefined ? `after batch ${batch}` : 'early';
			return `Not ${verb}: the ${what} halted ${at} (${code}), as "halt on error" asks. Check those rows in the target, then ${then}`;
		}
		case 'auth':
			return `Not ${verb}: the target refused the API token (${stop.reason.code}). Fix the credential, then ${then}`;
		case 'timeLimit':
			return `Not ${verb}: the time limit was reached. ${again}`;
		case 'aborted':
			return `Not ${verb}: the ${what} was cancelled. ${again}`;
		default:
			return `Not ${verb}.`;
	}
}
