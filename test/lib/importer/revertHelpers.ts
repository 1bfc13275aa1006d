import type { RevertRun } from '../../../lib/importer/deleteTargets';
import { resolveRunOptions } from '../../../lib/importer/options';
import { createTally } from '../../../lib/importer/tally';
import type { ImportReport, RevertOptions } from '../../../lib/importer';

/** A revert of `report` ready to delete `ids`, with one try per request and a clock at 0. */
export function startRevert(
	report: Partial<ImportReport>,
	ids: string[],
	remove: RevertOptions['remove'] = async () => 'deleted',
): RevertRun {
	const run = resolveRunOptions({ retry: { attempts: 1 }, now: () => 0 });
	return {
		report: { importId: 'imp-1', results: [], createdIds: ids, ...report } as ImportReport,
		run,
		start: 0,
		remove,
		targets: ids.map((id) => ({ id })),
		results: [],
		tally: createTally(['deleted', 'alreadyGone', 'failed']),
		settled: 0,
	};
}
