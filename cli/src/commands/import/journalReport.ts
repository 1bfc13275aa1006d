import type { ImportReport } from '../../../../lib';
import * as importer from '../../../../lib/importer';
import { fail } from '../../common';

/** A journal line (lib/importer's ImportJournalEntry). */
export type JournalEntry = { type: string } & Record<string, unknown>;

/**
 * The report of a run rebuilt from its journal, through lib/importer's
 * `reportFromJournal` (issue 18, contract C). Reached through the module's
 * namespace, so this command builds while that function is being written;
 * TODO(issue 18): import it by name once it is committed.
 *
 * @param entries - the journal's entries, in order
 * @returns the report: settled rows as they settled, a batch sent and never answered as outcome unknown, the rest not attempted
 * @throws CliError (64) when the library has no reportFromJournal
 *
 * @example
 * reportOfJournal(readJournal('report.json.journal')).status
 * //=> 'Interrupted'
 */
export function reportOfJournal(entries: readonly JournalEntry[]): ImportReport {
	const build = (importer as unknown as Record<string, unknown>).reportFromJournal;
	if (typeof build !== 'function')
		fail(
			'this build of intake cannot resume from a journal yet (lib/importer has no reportFromJournal)',
		);
	return (build as (e: readonly JournalEntry[]) => ImportReport)(entries);
}
