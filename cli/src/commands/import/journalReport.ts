// TEMPORARY (issue 18): until lib/importer's reportFromJournal lands (contract C); then this file goes.
import type { ImportReport } from '../../../../lib';

/** The journal entries (contract C's ImportJournalEntry). */
export type ImportJournalEntry = { type: string } & Record<string, unknown>;

/** Contract C's reportFromJournal, not there yet. */
export function reportFromJournal(_entries: readonly ImportJournalEntry[]): ImportReport {
	throw new Error('resuming from a journal needs lib/importer reportFromJournal (issue 18)');
}
