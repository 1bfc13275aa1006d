import type { PipelineReport } from '../../../../lib';

/** The totals the summary shows: the report's, with the ones a test may leave out optional. */
export type SummaryTotals = Omit<PipelineReport['totals'], 'warnings' | 'importedBefore'> &
	Partial<Pick<PipelineReport['totals'], 'warnings' | 'importedBefore'>>;

/** A duration for people: 850 ms, 12.4 s, 2 min 05 s. */
function duration(ms: number): string {
	if (ms < 1000) return `${Math.round(ms)} ms`;
	if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
	const s = Math.round(ms / 1000);
	return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/**
 * The summary table printed at the end of `intake import`: rows, valid,
 * invalid, duplicates, possible duplicates, created, updated, failed (and
 * not attempted, written, skipped when there are any), time, and the status.
 *
 * @param status - the run's status
 * @param totals - the report's totals
 * @param durationMs - how long it took
 * @param imported - whether records went to a target (created/updated/failed shown) or to a file (written)
 * @returns the table, lines ending in \n
 *
 * @example
 * formatSummary('Complete', { rows: 3, valid: 3, invalid: 0, skipped: 0, duplicates: 1, possibleDuplicates: 0, created: 0, updated: 0, failed: 0, notAttempted: 0, written: 2 }, 1200, false)
 * //=> '  rows                 3\n  valid                3\n  invalid              0\n  duplicates           1\n  possible duplicates  0\n  written              2\n  time                 1.2 s\n  status               Complete\n'
 */
export function formatSummary(
	status: string,
	totals: SummaryTotals,
	durationMs: number,
	imported: boolean,
): string {
	const lines: Array<[string, number | string]> = [
		['rows', totals.rows],
		['valid', totals.valid],
		['invalid', totals.invalid],
		['duplicates', totals.duplicates],
		['possible duplicates', totals.possibleDuplicates],
	];
	if (totals.skipped > 0) lines.splice(3, 0, ['skipped (blank)', totals.skipped]);
	if (imported) {
		lines.push(['created', totals.created], ['updated', totals.updated]);
		if (totals.importedBefore) lines.push(['imported before', totals.importedBefore]);
		lines.push(['failed', totals.failed]);
		if (totals.notAttempted > 0) lines.push(['not attempted', totals.notAttempted]);
	} else lines.push(['written', totals.written]);
	lines.push(['time', duration(durationMs)], ['status', status]);
	const texts = lines.map(([label, value]): [string, string] => [
		label,
		typeof value === 'number' ? value.toLocaleString('en-US') : value,
	]);
	// figures right-aligned in one column; the time and the status start where the figures do
	const width = Math.max(
		...texts.filter(([l]) => l !== 'status' && l !== 'time').map(([, t]) => t.length),
	);
	return texts
		.map(
			([label, text]) =>
				`  ${label.padEnd(20)} ${label === 'status' || label === 'time' ? text : text.padStart(width)}\n`,
		)
		.join('');
}
