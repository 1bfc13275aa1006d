import { invalidOption } from '../errors';
import { mergeRecords } from './mergeRecords';
import {
	bestPairFor,
	evidence,
	indexFound,
	reviewCandidates,
	type FoundIndex,
	type Match,
} from './resolve/foundIndex';
import type {
	DuplicatePolicy,
	RecordSource,
	DuplicateResult,
	MergePolicy,
	ResolvedRecord,
	ReviewRecord,
	RowOutcome,
} from './types';

const POLICIES: readonly DuplicatePolicy[] = ['skip', 'update', 'createNew', 'merge'];

/** Options for {@link resolveDuplicates}. */
export interface ResolveOptions {
	/** what to do with duplicates; default 'merge' */
	policy?: DuplicatePolicy;
	/** field rules for 'merge' (within the file and against existing records) */
	merge?: MergePolicy;
	/** the existing records that `found.matches` and `found.possibleMatches` point into: a list, or a {@link RecordSource} read only for the records matched */
	existing?: ReadonlyArray<Record<string, unknown>> | RecordSource;
	/**
	 * input rows an earlier run already passed on (from {@link findSeenRecords}): a person among them is
	 * skipped rather than created again, unless it matches an existing record, which the policy then handles
	 */
	seen?: Iterable<number>;
}

/** The records to import, those held for review, and what happened to every input row. */
export interface Resolution {
	/** records to import, in the order of their first row */
	records: ResolvedRecord[];
	/** possible duplicates held back for a person to decide, in the order of their first row */
	review: ReviewRecord[];
	/** one outcome per input row, in row order */
	outcomes: RowOutcome[];
}

/**
 * One call's settings, and what it has decided so far. Invariant: every input
 * row gets exactly one outcome; a unit's rows all get theirs when its first
 * row is reached, so the row loop skips rows that already have one.
 */
interface Run {
	records: RecordSource;
	/** records were given as a RecordSource: a record made from one row is read from it when asked for, not held */
	lazy: boolean;
	policy: DuplicatePolicy;
	mergePolicy: MergePolicy;
	existing: RecordSource;
	/** rows an earlier run passed on */
	seen: Set<number>;
	found: FoundIndex;
	outcomes: RowOutcome[];
	out: ResolvedRecord[];
	review: ReviewRecord[];
}

/**
 * Rows that become one record: a cluster (its first row stands for it), or
 * under 'createNew' a single row, and the strongest match any of them has to
 * an existing record.
 */
interface Unit {
	cluster: number[];
	first: number;
	match: Match | undefined;
}

/** The rows `seen` names (non-integers ignored). */
function seenRows(seen: ResolveOptions['seen']): Set<number> {
	const rows = new Set<number>();
	if (seen === undefined) return rows;
	if (
		typeof seen !== 'object' ||
		seen === null ||
		typeof (seen as Iterable<number>)[Symbol.iterator] !== 'function'
	)
		throw invalidOption('DEDUPE_INVALID_OPTION', 'seen', 'a list of row indices', seen);
	for (const row of seen) if (Number.isInteger(row)) rows.add(row);
	return rows;
}

/** A list, or anything with a whole-number `length` and an `at(index)`, as a RecordSource. */
function sourceOf(name: string, value: unknown): RecordSource {
	if (Array.isArray(value)) return { length: value.length, at: (i) => value[i] };
	const s = value as RecordSource;
	if (
		typeof value !== 'object' ||
		value === null ||
		typeof s.at !== 'function' ||
		!Number.isInteger(s.length) ||
		s.length < 0
	)
		throw invalidOption(
			'DEDUPE_INVALID_OPTION',
			name,
			'a list of records or a record source',
			value,
		);
	return s;
}

function startRun(
	records: ReadonlyArray<Record<string, unknown>> | RecordSource,
	found: DuplicateResult,
	options: ResolveOptions,
): Run {
	const policy = options.policy ?? 'merge';
	if (!POLICIES.includes(policy))
		throw invalidOption('DEDUPE_INVALID_OPTION', 'policy', POLICIES.join(', '), policy);
	const existing = sourceOf('existing', options.existing ?? []);
	const seen = seenRows(options.seen);
	return {
		records: sourceOf('records', records),
		lazy: !Array.isArray(records),
		policy,
		mergePolicy: options.merge ?? {},
		existing,
		seen,
		found: indexFound(found, existing.length),
		outcomes: new Array(records.length),
		out: [],
		review: [],
	};
}

/** The unit a row opens: its cluster (or itself alone under 'createNew'), and the cluster's best match. */
function unitOf(run: Run, row: number): Unit {
	const cluster = run.policy === 'createNew' ? [row] : (run.found.clusterOf.get(row) ?? [row]);
	let match: Match | undefined;
	for (const r of cluster) {
		const m = run.found.bestMatch.get(r);
		if (m && (!match || m.score > match.score)) match = m;
	}
	return { cluster, first: cluster[0], match };
}

/** A row's unit is named by its first row (under 'createNew' every row is its own). */
function headOf(run: Run, row: number): number {
	return run.policy === 'createNew' ? row : (run.found.clusterOf.get(row)?.[0] ?? row);
}

/** The outcomes of a unit's rows after the first: skipped (under 'skip' or when seen before) or merged into the first (or, under 'skip', the matched existing record). */
function settleLaterRows(run: Run, unit: Unit, wasSeen: boolean): void {
	const { policy, outcomes } = run;
	const { first, match } = unit;
	for (const r of unit.cluster.slice(1)) {
		const pair = bestPairFor(r, first, run.found);
		const into = match && policy === 'skip' ? { existing: match.existing } : { into: first };
		outcomes[r] = {
			row: r,
			action: policy === 'skip' || wasSeen ? 'skipped' : 'merged',
			...into,
			...(pair && evidence(pair)),
			...(wasSeen && { seenBefore: true }),
		};
	}
}

/** A unit's record, made when first asked for: a source is read only for the records that need it. */
type LazyRecord = () => Record<string, unknown>;

/** The unit's record: its one row, or its rows merged (under 'update' later rows' values win). */
function recordOf(run: Run, rows: readonly number[]): Record<string, unknown> {
	if (rows.length === 1) return run.records.at(rows[0]);
	return mergeRecords(
		rows.map((r) => run.records.at(r)),
		run.policy === 'update'
			? { ...run.mergePolicy, default: 'keepIncoming', fields: {} }
			: run.mergePolicy,
	);
}

/**
 * A unit matching no existing record: held for review when it may duplicate an
 * earlier unit or an existing record; else imported as new (under 'createNew'
 * flagged with its best earlier partner, if it has one).
 */
/**
 * An entry of `records` or `review` with its record: the record itself, or,
 * for a lone row of a source, a getter that reads it from the source each
 * time it is asked for (a million kept rows are not held as objects).
 */
function withRecord<T extends object>(
	run: Run,
	rows: readonly number[],
	record: LazyRecord,
	rest: T,
): T & { record: Record<string, unknown> } {
	if (!run.lazy || rows.length > 1) return { record: record(), ...rest };
	const { records } = run;
	const row = rows[0];
	return {
		get record() {
			return records.at(row);
		},
		...rest,
	};
}

function resolveNew(run: Run, unit: Unit, rows: number[], record: LazyRecord): void {
	const { first } = unit;
	const candidates = reviewCandidates(run.found, (r) => headOf(run, r), unit.cluster, first);
	if (candidates.length > 0) {
		run.outcomes[first] = { row: first, action: 'review', ...evidence(candidates[0]), candidates };
		run.review.push(withRecord(run, rows, record, { rows, candidates }));
		return;
	}
	const flagged =
		run.policy === 'createNew'
			? (run.found.pairsOf.get(first) ?? [])
					.filter((p) => p.b === first)
					.sort((x, y) => y.score - x.score || x.a - y.a)[0]
			: undefined;
	run.outcomes[first] = flagged
		? { row: first, action: 'created', into: flagged.a, ...evidence(flagged) }
		: { row: first, action: 'kept' };
	run.out.push(
		withRecord(run, rows, record, {
			rows,
			action: 'create' as const,
			...(flagged && { duplicateOf: { row: flagged.a, ...evidence(flagged) } }),
		}),
	);
}

type OnMatch = (run: Run, first: number, match: Match, rows: number[], record: LazyRecord) => void;

/** An update of the matched existing record: 'update' overwrites its fields with the filled incoming values, 'merge' merges field by field. */
function updateExisting(policy: 'update' | 'merge'): OnMatch {
	return (run, first, match, rows, record) => {
		const target = run.existing.at(match.existing);
		const updated =
			policy === 'update'
				? mergeRecords([target, record()], {
						...run.mergePolicy,
						default: 'keepIncoming',
						fields: {},
						multiValued: [],
					})
				: mergeRecords([target, record()], run.mergePolicy);
		run.outcomes[first] = {
			row: first,
			action: policy === 'update' ? 'updated' : 'merged',
			existing: match.existing,
			...evidence(match),
		};
		run.out.push({ record: updated, rows, action: 'update', existing: match.existing });
	};
}

/** What each policy does with a unit that matches an existing record. */
const ON_MATCH: Readonly<Record<DuplicatePolicy, OnMatch>> = {
	skip: (run, first, match) => {
		run.outcomes[first] = {
			row: first,
			action: 'skipped',
			existing: match.existing,
			...evidence(match),
		};
	},
	createNew: (run, first, match, rows, record) => {
		const matchInfo = { existing: match.existing, ...evidence(match) };
		run.outcomes[first] = { row: first, action: 'created', ...matchInfo };
		run.out.push(
			withRecord(run, rows, record, { rows, action: 'create' as const, duplicateOf: matchInfo }),
		);
	},
	update: updateExisting('update'),
	merge: updateExisting('merge'),
};

/** Settles every row of one unit. A person seen in an earlier run and matching no existing record is skipped. */
function resolveUnit(run: Run, unit: Unit): void {
	const { first, match } = unit;
	const wasSeen = !match && unit.cluster.some((r) => run.seen.has(r));
	settleLaterRows(run, unit, wasSeen);
	if (wasSeen) {
		run.outcomes[first] = { row: first, action: 'skipped', seenBefore: true };
		return;
	}
	const rows = run.policy === 'skip' ? [first] : unit.cluster;
	const record: LazyRecord = () => recordOf(run, rows);
	if (match) ON_MATCH[run.policy](run, first, match, rows, record);
	else resolveNew(run, unit, rows, record);
}

/**
 * Applies a duplicate policy to what {@link findDuplicates} found, holds the
 * possible duplicates back for review, and accounts for every input row.
 * Rows that are one person (a cluster) become one record: under 'merge' and
 * 'update' they are merged (for 'update', later rows' values win), under
 * 'skip' the first row stands and the rest are skipped, under 'createNew'
 * every row is imported and the later ones are flagged. A record matching an
 * existing one is then skipped ('skip'), turned into an update that
 * overwrites the existing fields with its filled values ('update'), merged
 * with the existing record field by field into an update ('merge'), or
 * imported as new and flagged ('createNew'). A record that is only possibly
 * an earlier row or an existing record is neither imported nor dropped: it
 * goes to `review` with its candidates, whatever the policy. A person an
 * earlier run passed on (`seen`) is skipped.
 *
 * @param records - the incoming records given to findDuplicates, as a list or a {@link RecordSource}; a source is read only for the records a result needs (merges and updates read theirs at once; a lone row's `record` is read from the source each time it is asked for)
 * @param found - what findDuplicates returned for them
 * @param options - the policy, merge rules, the existing records, and the rows seen before
 * @returns the records to import, the records to review, and one outcome per row
 * @throws IntakeError `DEDUPE_INVALID_OPTION` for an unknown policy or a match to a missing existing record; `MERGE_INVALID_OPTION` for bad merge rules
 * @example
 * const rows = [{ firstName: 'Bob', lastName: 'Lee', phone: '5551234567' }, { firstName: 'Robert', lastName: 'Lee', phone: '555-123-4567', city: 'Austin' }, { firstName: 'Bob', lastName: 'Lee' }];
 * resolveDuplicates(rows, findDuplicates(rows), { policy: 'merge' }).outcomes.map((o) => o.action)
 * //=> ['kept', 'merged', 'review']
 */
export function resolveDuplicates(
	records: ReadonlyArray<Record<string, unknown>> | RecordSource,
	found: DuplicateResult,
	options: ResolveOptions = {},
): Resolution {
	const run = startRun(records, found, options);
	for (let row = 0; row < records.length; row++)
		if (!run.outcomes[row]) resolveUnit(run, unitOf(run, row));
	return { records: run.out, review: run.review, outcomes: run.outcomes };
}
