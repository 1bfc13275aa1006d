import { checkReport } from './options';
import type { ImportReport, ImportRowResult } from './types';

/** Statuses that mean the target has the record. */
const IMPORTED: ReadonlySet<string> = new Set(['created', 'updated', 'duplicate', 'accepted']);

/**
 * The rows an import report says the target has (created, updated, accepted,
 * or a duplicate of a record it had), by idempotency key: what a resumed run
 * skips. Failed and not-attempted rows are left out, so they are sent again,
 * and so is a row that only repeated another row of the file (its fate is
 * that row's).
 *
 * @param report - an {@link ImportReport}, perhaps read back from history
 * @returns idempotency key → that row's result (with the target's id when there was one)
 * @throws IntakeError `IMPORT_INVALID_REPORT` when `report` is not an import report
 *
 * @example
 * [...findImportedRows(report).keys()]
 * //=> ['9f86d081884c7d659a2feaa0c55ad015', …]
 */
export function findImportedRows(report: ImportReport): ReadonlyMap<string, ImportRowResult> {
	checkReport(report, 'report');
	const rows = new Map<string, ImportRowResult>();
	for (const result of report.results) {
		// a repeat of another row of the same file says nothing of whether that row was imported
		if (result.code === 'DUPLICATE_IN_FILE') continue;
		if (
			typeof result.key === 'string' &&
			result.key !== '' &&
			IMPORTED.has(result.status) &&
			!rows.has(result.key)
		)
			rows.set(result.key, result);
	}
	return rows;
}
