import { IntakeError } from '../errors';
import type { ImportJournalEntry } from './journalTypes';
import type {
	BatchCounts,
	ImportBatchSummary,
	ImportIssue,
	ImportReport,
	ImportRowResult,
	ImportStatusTotals,
} from './types';

type Start = Extract<ImportJournalEntry, { type: 'start' }>;
type Sent = Extract<ImportJournalEntry, { type: 'sent' }>;
type End = Extract<ImportJournalEntry, { type: 'end' }>;
type Totals = ImportReport['totals'];

/** What the journal says, entry by entry: the last word on each batch wins. */
interface Replayed {
	start: Start;
	end?: End;
	batches: Map<number, ImportBatchSummary>;
	/** Batches sent and never settled. */
	inFlight: Map<number, Sent>;
	results: ImportRowResult[];
	exceptions: ImportReport['exceptions'];
}

const INTERRUPTED_MESSAGE =
	'The run stopped while this batch was on its way (it was killed or crashed): whether the target took it is unknown. Run again with this report to resume: the batch is sent again exactly as it was, under the same key, so a target that honours the key cannot create it twice.';

function invalidJournal(what: string): IntakeError {
	return new IntakeError(
		'IMPORT_INVALID_REPORT',
		`The journal is not an import journal: ${what}. Pass the entries an import wrote, in order, unchanged (a last line cut short by the kill may be left out).`,
		{ option: 'entries' },
	);
}

/** Whether a value is an object (a journal line read back is one; a cut line may be anything). */
function isObject<T>(value: T | null | undefined): value is T & object {
	return typeof value === 'object' && value !== null;
}

function readEntries(entries: readonly ImportJournalEntry[]): Replayed {
	if (!Array.isArray(entries)) throw invalidJournal('expected a list of entries');
	const start = entries[0];
	if (!isObject(start) || start.type !== 'start' || typeof start.importId !== 'string')
		throw invalidJournal('its first entry is not a `start`');
	if (!Number.isSafeInteger(start.rows) || start.rows < 0)
		throw invalidJournal('its `start` does not say how many rows the import has');
	const preamble = Number.isSafeInteger(start.preamble) ? start.preamble! : 0;
	if (entries.length - 1 < preamble)
		throw new IntakeError(
			'IMPORT_INVALID_REPORT',
			`The journal of import ${start.importId} stops before its start-up was written, so that run sent nothing: resume from the report it resumed (import ${start.resumedFrom ?? 'unknown'}) instead.`,
			{ option: 'entries', sentNothing: true, resumedFrom: start.resumedFrom },
		);
	const seen: Replayed = {
		start,
		batches: new Map(),
		inFlight: new Map(),
		results: [],
		exceptions: [],
	};
	for (const [i, entry] of entries.entries()) {
		if (i === 0) continue;
		if (!isObject(entry)) throw invalidJournal(`entry ${i} is not an object`);
		if (entry.type === 'sent' || entry.type === 'settled') {
			if (!isObject(entry.batch) || !Number.isSafeInteger(entry.batch.batch))
				throw invalidJournal(`entry ${i} has no batch`);
		}
		if (entry.type === 'sent') {
			seen.batches.set(entry.batch.batch, entry.batch);
			seen.inFlight.set(entry.batch.batch, entry);
		} else if (entry.type === 'settled') {
			if (!Array.isArray(entry.results) || !Array.isArray(entry.exceptions))
				throw invalidJournal(`entry ${i} has no results`);
			if (entry.batch.batch > 0) {
				seen.batches.set(entry.batch.batch, entry.batch);
				seen.inFlight.delete(entry.batch.batch);
			}
			for (const r of entry.results) seen.results.push(r);
			for (const e of entry.exceptions) seen.exceptions.push(e);
		} else if (entry.type === 'end') seen.end = entry;
		else if (entry.type === 'start') throw invalidJournal(`entry ${i} starts another import`);
	}
	return seen;
}

/** A batch sent and never settled: its outcome is unknown, and its rows fail so that a resume sends it again as it was. */
function settleInFlight(seen: Replayed): void {
	for (const [n, { batch, items }] of seen.inFlight) {
		const summary: ImportBatchSummary = {
			...batch,
			outcome: 'failed',
			outcomeUnknown: true,
			totals: { created: 0, updated: 0, duplicate: 0, accepted: 0, failed: items.length },
		};
		seen.batches.set(n, summary);
		for (const item of items) {
			const result: ImportRowResult = { row: item.row, key: item.key, status: 'failed' };
			if (batch.operation === 'update') result.operation = 'update';
			result.batch = n;
			if (item.id !== undefined) result.id = item.id;
			result.code = 'IMPORT_INTERRUPTED';
			result.message = INTERRUPTED_MESSAGE;
			seen.results.push(result);
			seen.exceptions.push({
				row: item.row,
				code: 'IMPORT_INTERRUPTED',
				message: INTERRUPTED_MESSAGE,
				record: {},
			});
		}
	}
}

/**
 * The totals: an answered batch counts as its summary says (rows a target
 * counted without listing stay `accepted` one by one, as in the run's own
 * report); every other row by its status; rows the journal never reached
 * are `notAttempted`.
 */
function countTotals(seen: Replayed): Totals {
	const t: ImportStatusTotals = { created: 0, updated: 0, duplicate: 0, accepted: 0, failed: 0 };
	for (const r of seen.results) {
		const summary = r.batch !== undefined ? seen.batches.get(r.batch) : undefined;
		if (summary?.outcome === 'answered' && summary.totals) continue;
		if (r.status !== 'notAttempted' && r.status in t) t[r.status]++;
	}
	for (const summary of seen.batches.values()) {
		if (summary.outcome !== 'answered' || !summary.totals) continue;
		for (const name of Object.keys(t) as Array<keyof ImportStatusTotals>)
			t[name] += summary.totals[name] ?? 0;
	}
	const sent = t.created + t.updated + t.duplicate + t.accepted + t.failed;
	return { rows: seen.start.rows, ...t, notAttempted: Math.max(0, seen.start.rows - sent) };
}

function sumCounts(batches: readonly ImportBatchSummary[]): Required<BatchCounts> | undefined {
	let sum: Required<BatchCounts> | undefined;
	for (const { counts } of batches) {
		if (!counts) continue;
		sum ??= { created: 0, updated: 0, duplicates: 0, failed: 0 };
		for (const [name, n] of Object.entries(counts) as Array<[keyof BatchCounts, number]>)
			sum[name] += n;
	}
	return sum;
}

/**
 * Rebuilds the report of an import from its journal (the entries
 * {@link ImportOptions.onJournal} got, read back in order): rows as they
 * settled; a batch sent but never settled as `failed` with an unknown
 * outcome (`IMPORT_INTERRUPTED`), keeping its key and body hash, so a resume
 * sends it again exactly as it was; rows the journal never reached count as
 * `notAttempted`. A journal cut short gives the status `Interrupted`; one
 * that reached its `end` gives the totals, results and created ids of the
 * run's own report. Pass the result as `resumeFrom` to finish the import.
 * Results are in row order.
 *
 * A resume's journal cut inside its start-up (before its first request) is
 * refused: that run sent nothing, and the report it resumed still stands
 * (the error's `details.resumedFrom` names it).
 *
 * @param entries - the journal's entries, in the order written
 * @returns the report, ready to resume from
 * @throws IntakeError `IMPORT_INVALID_REPORT` when the entries are not an import's journal, or a resume's cut before it sent anything (`details.sentNothing`)
 *
 * @example
 * const journal = [];
 * await importInBatches([{ row: 2, record: { a: 1 } }], { send, importId: 'imp-1', onJournal: (e) => journal.push(e) });
 * reportFromJournal(journal.slice(0, 2)).status  // cut after the batch was sent
 * //=> 'Interrupted'
 */
export function reportFromJournal(entries: readonly ImportJournalEntry[]): ImportReport {
	const seen = readEntries(entries);
	settleInFlight(seen);
	const { start, end } = seen;
	// stable: rows of one number keep the order the journal gave them
	const results = seen.results.slice().sort((a, b) => a.row - b.row);
	const exceptions = seen.exceptions.slice().sort((a, b) => a.row - b.row);
	const batches = [...seen.batches.values()].sort((a, b) => a.batch - b.batch);
	const issues: ImportIssue[] = [...(start.issues ?? [])];
	for (const b of batches) if (b.issues) issues.push(...b.issues);
	const report: ImportReport = {
		importId: start.importId,
		startedAt: start.startedAt,
		finishedAt: end?.finishedAt ?? start.startedAt,
		durationMs: end?.durationMs ?? 0,
		status: end?.status ?? 'Interrupted',
		onError: start.onError,
		totals: countTotals(seen),
		results,
		createdIds: results
			.filter((r) => r.status === 'created' && r.id !== undefined)
			.map((r) => r.id!),
		exceptions,
		batches,
	};
	const targetCounts = sumCounts(batches);
	if (targetCounts) report.targetCounts = targetCounts;
	if (issues.length > 0) report.issues = issues;
	if (start.object !== undefined) report.object = start.object;
	if (start.source !== undefined) report.source = start.source;
	if (end?.haltReason) report.haltReason = end.haltReason;
	else if (!end)
		report.haltReason = {
			code: 'IMPORT_INTERRUPTED',
			message: `The import stopped before it finished (it was killed or crashed) after ${results.length} of ${start.rows} rows were settled or sent. Run again with this report to resume.`,
		};
	if (start.resumedFrom !== undefined) report.resumedFrom = start.resumedFrom;
	if (start.tagField !== undefined) report.tagField = start.tagField;
	return report;
}
