import { randomUUID } from 'node:crypto';
import { IntakeError, invalidOption } from '../errors';
import { isPlainRecord } from './rows';
import { checkReport, resolveRunOptions } from './options';
import { runRequests, type RequestOutcome, type RunStop } from './runRequests';
import {
	createTally,
	finishStatus,
	NOT_ATTEMPTED,
	notAttemptedMessage,
	reportProgress,
} from './tally';
import type { ImportIssue, ImportReport, RevertOptions, RevertReport } from './types';

type RevertResult = RevertReport['results'][number];
type Target = { id: string; row?: number; via?: 'tag' };

/** An id as a target gives it: non-blank text or a number. */
function idOf(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value !== '' ? value : undefined;
}

function some(ids: string[]): string {
	return ids.length === 1
		? `record ${ids[0]}`
		: `${ids.length} records (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})`;
}

/**
 * Undoes an import: deletes exactly the records its report says it created
 * (`createdIds`), one request each, with the same concurrency, rate limit,
 * retries and time limit as an import, and accounts for every id in its own
 * report. A record already gone counts as `alreadyGone`, so reverting twice
 * is harmless.
 *
 * When the import tagged what it created (`tagField`) and `find` is given,
 * the records the target created without saying their ids are found by
 * their tag and deleted too: it asks `find` again after each round of
 * deletes until nothing new comes back. Only a found record whose tag field
 * equals the import id exactly is deleted; others are counted as ignored
 * (a target that ignores the filter deletes nothing else); a target that
 * does not return the tag field stops the revert before it deletes any found
 * record.
 *
 * A revert never deletes a record the import updated; updates, and records
 * created or accepted without an id that no search found, are counted in
 * `notReverted`.
 *
 * @param report - the {@link ImportReport} of the import to undo
 * @param options - see {@link RevertOptions}; `remove` is required, `find` is needed to revert records created without an id
 * @returns the revert's report: a result per id (deleted, alreadyGone, failed, notAttempted)
 * @throws IntakeError `IMPORT_INVALID_REPORT` when `report` is not an import report, `IMPORT_INVALID_OPTION` for bad options
 *
 * @example
 * const revert = await revertImport(report, { remove: async ({ id }) => (await api.delete(id)) ? 'deleted' : 'notFound' });
 * [revert.status, revert.totals]
 * //=> ['Complete', { ids: 2, deleted: 2, alreadyGone: 0, failed: 0, notAttempted: 0 }]
 */
export async function revertImport(
	report: ImportReport,
	options: RevertOptions,
): Promise<RevertReport> {
	checkReport(report, 'report');
	if (typeof options !== 'object' || options === null || typeof options.remove !== 'function') {
		throw invalidOption(
			'IMPORT_INVALID_OPTION',
			'remove',
			'a function ({ id }) => Promise<"deleted" | "notFound">',
			(options as Partial<RevertOptions> | null)?.remove,
		);
	}
	if (
		options.revertId !== undefined &&
		(typeof options.revertId !== 'string' || options.revertId === '')
	) {
		throw invalidOption(
			'IMPORT_INVALID_OPTION',
			'revertId',
			'a non-empty string',
			options.revertId,
		);
	}
	if (options.find !== undefined && typeof options.find !== 'function') {
		throw invalidOption(
			'IMPORT_INVALID_OPTION',
			'find',
			'a function ({ field, value }) => Promise<records>',
			options.find,
		);
	}
	const run = resolveRunOptions({ ...options, object: options.object ?? report.object });
	const start = run.now();
	const rowOfId = new Map<string, number>();
	for (const r of report.results)
		if (r.status === 'created' && typeof r.id === 'string' && typeof r.row === 'number')
			rowOfId.set(r.id, r.row);
	// a record the import updated existed before it: whatever else the report says of its id, a revert never deletes it
	const updatedIds = new Set<string>();
	for (const r of report.results)
		if ((r.operation === 'update' || r.status === 'updated') && typeof r.id === 'string')
			updatedIds.add(r.id);
	const issues: ImportIssue[] = [];
	const created = [...new Set(report.createdIds)];
	const spared = created.filter((id) => updatedIds.has(id));
	if (spared.length > 0) {
		issues.push({
			code: 'IMPORT_REVERT_SPARED',
			message: `The report lists ${some(spared)} as created and also as updated by this import; a revert never deletes a record an import updated, so ${spared.length === 1 ? 'it was' : 'they were'} left alone. Check ${spared.length === 1 ? 'it' : 'them'} in the target.`,
		});
	}
	const targets: Target[] = created
		.filter((id) => !updatedIds.has(id))
		.map((id) => (rowOfId.has(id) ? { id, row: rowOfId.get(id)! } : { id }));
	const results: Array<RevertResult | undefined> = [];
	const tally = createTally(['deleted', 'alreadyGone', 'failed']);
	let settled = 0;

	/** Deletes the targets from `from` on, one request each. */
	const deleteFrom = (from: number): Promise<RunStop | undefined> => {
		let next = from;
		return runRequests<'deleted' | 'notFound'>(run, start, {
			next: () => (next < targets.length ? next++ : undefined),
			call: async (i, attempt) => {
				const { id, row } = targets[i];
				const answer = await options.remove(row === undefined ? { id } : { id, row }, {
					batch: i + 1,
					attempt,
					batchKey: `revert:${report.importId}:${id}`,
					signal: run.signal,
				});
				if (answer !== 'deleted' && answer !== 'notFound')
					throw new IntakeError(
						'IMPORT_INVALID_OPTION',
						`\`remove\` must resolve "deleted" or "notFound", got ${JSON.stringify(answer) ?? String(answer)}`,
					);
				return answer;
			},
			settle: (i, outcome: RequestOutcome<'deleted' | 'notFound'>) => {
				if (outcome.kind === 'notSent') return undefined;
				// an id a search returned is the target's text: the report keeps it redacted (the request used it as it came)
				const target = { ...targets[i], id: run.redact(targets[i].id) };
				const result: RevertResult =
					outcome.kind === 'answered'
						? { ...target, status: outcome.value === 'deleted' ? 'deleted' : 'alreadyGone' }
						: {
								...target,
								status: 'failed',
								code: outcome.failure.code,
								message: outcome.failure.message,
							};
				results[i] = result;
				tally.add(result.status);
				reportProgress(run, tally, ++settled, targets.length, targets.length);
				return undefined;
			},
			describe: (i) => `record ${targets[i].id}`,
		});
	};

	let stop = await deleteFrom(0);
	let search: RevertReport['search'];
	const tagField =
		typeof report.tagField === 'string' && report.tagField !== '' ? report.tagField : undefined;
	if (stop === undefined && tagField !== undefined && options.find) {
		const found = await revertTagged(
			report,
			tagField,
			options.find,
			run,
			start,
			targets,
			deleteFrom,
			updatedIds,
			created,
		);
		stop = found.stop;
		search = found.search;
		issues.push(...found.issues);
	}

	const notSent = notAttemptedMessage(
		stop,
		'deleted',
		'Revert again: records already deleted are skipped.',
		'revert',
	);
	const totals = { ids: targets.length, deleted: 0, alreadyGone: 0, failed: 0, notAttempted: 0 };
	const done = targets.map((target, i): RevertResult => {
		const r = results[i] ?? {
			...target,
			id: run.redact(target.id),
			status: 'notAttempted',
			code: NOT_ATTEMPTED,
			message: notSent,
		};
		totals[r.status]++;
		return r;
	});
	// a search that ran to the end found every record the import created under its own tag, ids or not
	const searched = search !== undefined && stop === undefined;
	const tagOf = new Map<number, string | undefined>();
	for (const b of Array.isArray(report.batches) ? report.batches : [])
		if (typeof b?.batch === 'number') tagOf.set(b.batch, b.tag);
	const idless = report.results.filter(
		(r) =>
			r.operation !== 'update' &&
			(r.status === 'accepted' || r.status === 'created') &&
			r.id === undefined,
	);
	const otherTags = new Map<string, number>();
	for (const r of idless) {
		const tag = r.batch === undefined ? undefined : tagOf.get(r.batch);
		if (tag !== undefined && tag !== report.importId)
			otherTags.set(tag, (otherTags.get(tag) ?? 0) + 1);
	}
	for (const [tag, n] of otherTags) {
		issues.push({
			code: 'IMPORT_TAGGED_BY_EARLIER_IMPORT',
			message: `${n} rows were sent again exactly as import ${tag} first sent them, with its tag, and the target gave no ids for them: whatever it created from them carries ${tag}. Revert import ${tag} too to remove those records.`,
		});
	}
	const notFound = idless.filter(
		(r) => !searched || r.batch === undefined || tagOf.get(r.batch) !== report.importId,
	).length;
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
			updated: report.results.filter(
				(r) => r.status === 'updated' || (r.operation === 'update' && r.status === 'accepted'),
			).length,
			acceptedWithoutId: notFound,
		},
	};
	if (search) out.search = search;
	if (run.object !== undefined) out.object = run.object;
	if (stop) out.haltReason = stop.reason;
	if (issues.length > 0) out.issues = issues;
	return out;
}

/**
 * The rounds of a revert by tag: find the records tagged with the import's
 * id, delete those not seen before, and ask again, until nothing new comes
 * back. Failed deletes stay seen, so a record that cannot be deleted ends the
 * rounds instead of looping.
 */
async function revertTagged(
	report: ImportReport,
	field: string,
	find: NonNullable<RevertOptions['find']>,
	run: ReturnType<typeof resolveRunOptions>,
	start: number,
	targets: Target[],
	deleteFrom: (from: number) => Promise<RunStop | undefined>,
	updatedIds: ReadonlySet<string>,
	created: readonly string[],
): Promise<{ stop?: RunStop; search: NonNullable<RevertReport['search']>; issues: ImportIssue[] }> {
	const value = report.importId;
	const search = { field, value, requests: 0, found: 0, ignored: 0 };
	const issues: ImportIssue[] = [];
	const seen = new Set(targets.map((t) => t.id));
	// a duplicate's id the import did not create names a record that was there before: never deleted, even if it carries the tag
	const createdSet = new Set(created);
	const before = new Set(updatedIds);
	for (const r of report.results)
		if (r.status === 'duplicate' && typeof r.id === 'string' && !createdSet.has(r.id))
			before.add(r.id);
	const spared: string[] = [];
	const ignored = new Set<string>();
	let withoutId = 0;
	let stop: RunStop | undefined;
	for (let round = 1; stop === undefined; round++) {
		const page = await findOnce(find, { field, value }, run, start, round);
		if ('stop' in page) {
			stop = page.stop;
			break;
		}
		search.requests++;
		const fresh: string[] = [];
		for (const record of page.records) {
			if (!isPlainRecord(record) || !Object.hasOwn(record, field) || record[field] === undefined) {
				stop = {
					kind: 'halt',
					reason: {
						code: 'IMPORT_TAG_NOT_RETURNED',
						message: `The search for records with ${field} = ${value} returned records without the field ${field}, so the revert cannot check that they belong to this import, and deleted none of them. Make the target's search return that field, then revert again.`,
					},
				};
				break;
			}
			if (record[field] !== value) {
				// counted once, however many searches return it
				ignored.add(idOf(record.id) ?? JSON.stringify(record));
				continue;
			}
			const id = idOf(record.id);
			if (id === undefined) withoutId++;
			else if (before.has(id)) spared.push(id);
			else if (!seen.has(id)) {
				seen.add(id);
				fresh.push(id);
			}
		}
		if (stop !== undefined || fresh.length === 0) break;
		search.found += fresh.length;
		const from = targets.length;
		for (const id of fresh) targets.push({ id, via: 'tag' });
		stop = await deleteFrom(from);
	}
	search.ignored = ignored.size;
	if (search.ignored > 0) {
		issues.push({
			code: 'IMPORT_TAG_FILTER_IGNORED',
			message: `The search returned ${search.ignored} records that do not carry ${field} = ${value}: the target seems to ignore the filter. None of them was deleted, but records this import created may be left: check the target's search, then revert again.`,
		});
	}
	if (withoutId > 0)
		issues.push({
			code: 'IMPORT_TAG_NO_ID',
			message: `The search returned ${withoutId} tagged records without an id; they cannot be deleted by id. Make the target's search return the id field.`,
		});
	const uniqueSpared = [...new Set(spared)].map(run.redact);
	if (uniqueSpared.length > 0) {
		issues.push({
			code: 'IMPORT_REVERT_SPARED',
			message: `The search found ${some(uniqueSpared)} tagged with this import that the import updated or found as a duplicate of a record it had; a revert never deletes a record that existed before the import, so ${uniqueSpared.length === 1 ? 'it was' : 'they were'} left alone.`,
		});
	}
	return stop === undefined ? { search, issues } : { stop, search, issues };
}

/** One search, with the run's retries, rate limit and time limit. */
async function findOnce(
	find: NonNullable<RevertOptions['find']>,
	query: { field: string; value: string },
	run: ReturnType<typeof resolveRunOptions>,
	start: number,
	round: number,
): Promise<{ records: ReadonlyArray<unknown> } | { stop: RunStop }> {
	let outcome: RequestOutcome<ReadonlyArray<unknown>> | undefined;
	let asked = false;
	const stop = await runRequests<ReadonlyArray<unknown>>(run, start, {
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
