import { isPlainRecord } from '../isPlainRecord';
import { IntakeError } from '../errors';
import { deleteTargets, type RevertRun } from './deleteTargets';
import { someRecords } from './findRevertTargets';
import { runRequests, type RequestOutcome, type RunStop } from './runRequests';
import type { ImportIssue, ImportReport, RevertOptions, RevertReport } from './types';

type Find = NonNullable<RevertOptions['find']>;
type Search = NonNullable<RevertReport['search']>;

/** An id as a target gives it: non-blank text or a number. */
function idOf(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/** One search, with the run's retries, rate limit and time limit; a failed search stops the revert. */
async function findOnce(
	revert: RevertRun,
	find: Find,
	query: { field: string; value: string },
	round: number,
): Promise<{ records: ReadonlyArray<unknown> } | { stop: RunStop }> {
	const { run } = revert;
	let outcome: RequestOutcome<ReadonlyArray<unknown>> | undefined;
	let asked = false;
	const stop = await runRequests<ReadonlyArray<unknown>>(run, revert.start, {
		next: () => (asked ? undefined : ((asked = true), 0)),
		call: async (_, attempt) => {
			const records: unknown = await find(
				{ ...query },
				{
					batch: round,
					attempt,
					batchKey: `revert-find:${query.value}:${round}`,
					signal: run.signal,
				},
			);
			if (!Array.isArray(records))
				throw new IntakeError(
					'IMPORT_INVALID_OPTION',
					`\`find\` must resolve a list of records, got ${typeof records}`,
				);
			return records;
		},
		settle: (_, o) => void (outcome = o),
		describe: () => `the search for records with ${query.field} = ${query.value}`,
	});
	if (stop !== undefined) return { stop };
	if (outcome?.kind === 'answered') return { records: outcome.value };
	const failure = outcome?.kind === 'failed' ? outcome.failure : undefined;
	return {
		stop: {
			kind: failure?.auth ? 'auth' : 'halt',
			reason: {
				code: failure?.code ?? 'IMPORT_NOT_SENT',
				message: `The search for records with ${query.field} = ${query.value} failed: ${failure?.message ?? 'it was not sent'}`,
			},
		},
	};
}

/** What the rounds of a search have seen so far. */
interface Seen {
	/** Ids already deleted or to be deleted (never deleted twice). */
	ids: Set<string>;
	/** Ids of records that existed before the import: never deleted, even if tagged. */
	before: ReadonlySet<string>;
	/** Tagged records found that existed before the import. */
	spared: string[];
	/** Records returned without this import's tag, counted once however many searches return them. */
	ignored: Set<string>;
	/** Tagged records returned without an id. */
	withoutId: number;
}

/**
 * The ids of a record that existed before the import: those it updated, and a
 * duplicate's id it did not create (the record was there before).
 */
function preexistingIds(
	report: ImportReport,
	updatedIds: ReadonlySet<string>,
	created: readonly string[],
): Set<string> {
	const createdSet = new Set(created);
	const before = new Set(updatedIds);
	for (const r of report.results)
		if (r.status === 'duplicate' && typeof r.id === 'string' && !createdSet.has(r.id))
			before.add(r.id);
	return before;
}

/**
 * Sorts one page of found records: a record whose tag field equals the
 * import id exactly, new and not there before the import, is to delete;
 * others are counted. A record without the tag field stops the revert before
 * any of the page is deleted, since nothing proves it is this import's.
 */
function sortFound(
	records: ReadonlyArray<unknown>,
	query: { field: string; value: string },
	seen: Seen,
): { fresh: string[] } | { stop: RunStop } {
	const { field, value } = query;
	const fresh: string[] = [];
	for (const record of records) {
		if (!isPlainRecord(record) || !Object.hasOwn(record, field) || record[field] === undefined) {
			return {
				stop: {
					kind: 'halt',
					reason: {
						code: 'IMPORT_TAG_NOT_RETURNED',
						message: `The search for records with ${field} = ${value} returned records without the field ${field}, so the revert cannot check that they belong to this import, and deleted none of them. Make the target's search return that field, then revert again.`,
					},
				},
			};
		}
		const id = idOf(record.id);
		if (record[field] !== value) seen.ignored.add(id ?? JSON.stringify(record));
		else if (id === undefined) seen.withoutId++;
		else if (seen.before.has(id)) seen.spared.push(id);
		else if (!seen.ids.has(id)) {
			seen.ids.add(id);
			fresh.push(id);
		}
	}
	return { fresh };
}

/** What the user must look at after the search: records ignored, without an id, or spared. */
function searchIssues(
	query: { field: string; value: string },
	seen: Seen,
	redact: (text: string) => string,
): ImportIssue[] {
	const { field, value } = query;
	const issues: ImportIssue[] = [];
	if (seen.ignored.size > 0) {
		issues.push({
			code: 'IMPORT_TAG_FILTER_IGNORED',
			message: `The search returned ${seen.ignored.size} records that do not carry ${field} = ${value}: the target seems to ignore the filter. None of them was deleted, but records this import created may be left: check the target's search, then revert again.`,
		});
	}
	if (seen.withoutId > 0)
		issues.push({
			code: 'IMPORT_TAG_NO_ID',
			message: `The search returned ${seen.withoutId} tagged records without an id; they cannot be deleted by id. Make the target's search return the id field.`,
		});
	const spared = [...new Set(seen.spared)].map(redact);
	if (spared.length > 0) {
		issues.push({
			code: 'IMPORT_REVERT_SPARED',
			message: `The search found ${someRecords(spared)} tagged with this import that the import updated or found as a duplicate of a record it had; a revert never deletes a record that existed before the import, so ${spared.length === 1 ? 'it was' : 'they were'} left alone.`,
		});
	}
	return issues;
}

/**
 * The rounds of a revert by tag: find the records tagged with the import's
 * id, delete those not seen before, and ask again, until nothing new comes
 * back. Failed deletes stay seen, so a record that cannot be deleted ends the
 * rounds instead of looping. Only a record whose tag equals the import id
 * exactly is deleted, and never one that existed before the import. Internal.
 *
 * @param revert - the revert in progress (its targets so far are seen)
 * @param field - the tag field
 * @param find - the caller's search
 * @param updatedIds - the ids the import updated
 * @param created - the report's created ids
 * @returns why the revert stopped, if it did, the search's figures and its issues
 * @example
 * (await revertTagged(revert, 'importId', find, new Set(), [])).search
 * //=> { field: 'importId', value: 'imp-1', requests: 2, found: 1, ignored: 0 }
 */
export async function revertTagged(
	revert: RevertRun,
	field: string,
	find: Find,
	updatedIds: ReadonlySet<string>,
	created: readonly string[],
): Promise<{ stop?: RunStop; search: Search; issues: ImportIssue[] }> {
	const query = { field, value: revert.report.importId };
	const search: Search = { ...query, requests: 0, found: 0, ignored: 0 };
	const seen: Seen = {
		ids: new Set(revert.targets.map((t) => t.id)),
		before: preexistingIds(revert.report, updatedIds, created),
		spared: [],
		ignored: new Set(),
		withoutId: 0,
	};
	let stop: RunStop | undefined;
	for (let round = 1; stop === undefined; round++) {
		const page = await findOnce(revert, find, query, round);
		if ('stop' in page) {
			stop = page.stop;
			break;
		}
		search.requests++;
		const sorted = sortFound(page.records, query, seen);
		if ('stop' in sorted) {
			stop = sorted.stop;
			break;
		}
		if (sorted.fresh.length === 0) break;
		search.found += sorted.fresh.length;
		const from = revert.targets.length;
		for (const id of sorted.fresh) revert.targets.push({ id, via: 'tag' });
		stop = await deleteTargets(revert, from);
	}
	search.ignored = seen.ignored.size;
	const issues = searchIssues(query, seen, revert.run.redact);
	return stop === undefined ? { search, issues } : { stop, search, issues };
}
