import type { RevertTarget } from './deleteTargets';
import type { ImportIssue, ImportReport } from './types';

/** "record a", "3 records (a, b, c)": up to five ids. */
export function someRecords(ids: readonly string[]): string {
	return ids.length === 1
		? `record ${ids[0]}`
		: `${ids.length} records (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})`;
}

/** What a revert deletes by id, and what it must never delete. */
export interface RevertPlan {
	/** The created ids to delete, each with its row when the report gives it, in report order. */
	targets: RevertTarget[];
	/** The ids the import updated: those records existed before it. */
	updatedIds: Set<string>;
	/** The report's created ids, each once. */
	created: string[];
	/** `IMPORT_REVERT_SPARED` when a created id is also an updated one. */
	issues: ImportIssue[];
}

/**
 * Works out which records a revert deletes by id: the report's created ids,
 * each once, except any the import also updated. A record the import
 * updated existed before it: whatever else the report says of its id, a
 * revert never deletes it, and an `IMPORT_REVERT_SPARED` issue says so.
 * Internal.
 *
 * @param report - the import's report, checked
 * @returns the targets, the updated ids, the created ids and the issues
 * @example
 * findRevertTargets({ ...report, createdIds: ['a', 'a'], results: [{ row: 2, status: 'created', id: 'a' }] }).targets
 * //=> [{ id: 'a', row: 2 }]
 */
export function findRevertTargets(report: ImportReport): RevertPlan {
	const rowOfId = new Map<string, number>();
	const updatedIds = new Set<string>();
	for (const r of report.results) {
		if (r.status === 'created' && typeof r.id === 'string' && typeof r.row === 'number')
			rowOfId.set(r.id, r.row);
		if ((r.operation === 'update' || r.status === 'updated') && typeof r.id === 'string')
			updatedIds.add(r.id);
	}
	const created = [...new Set(report.createdIds)];
	const spared = created.filter((id) => updatedIds.has(id));
	const issues: ImportIssue[] = [];
	if (spared.length > 0) {
		issues.push({
			code: 'IMPORT_REVERT_SPARED',
			message: `The report lists ${someRecords(spared)} as created and also as updated by this import; a revert never deletes a record an import updated, so ${spared.length === 1 ? 'it was' : 'they were'} left alone. Check ${spared.length === 1 ? 'it' : 'them'} in the target.`,
		});
	}
	const targets = created
		.filter((id) => !updatedIds.has(id))
		.map((id): RevertTarget => (rowOfId.has(id) ? { id, row: rowOfId.get(id)! } : { id }));
	return { targets, updatedIds, created, issues };
}
