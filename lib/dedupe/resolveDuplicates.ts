import { IntakeError, invalidOption } from '../errors';
import { mergeRecords } from './mergeRecords';
import type {
	DedupeReason,
	DuplicatePolicy,
	DuplicateResult,
	MatchRule,
	MergePolicy,
	ResolvedRecord,
	ReviewCandidate,
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
	/** the existing records that `found.matches` and `found.possibleMatches` point into */
	existing?: ReadonlyArray<Record<string, unknown>>;
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

type Pair = DuplicateResult['pairs'][number];
type Match = DuplicateResult['matches'][number];

/** The strongest pair between a row and any other row of its cluster, preferring the pair with the cluster's first row. */
function bestPairFor(
	row: number,
	first: number,
	pairsOf: ReadonlyMap<number, Pair[]>,
): Pair | undefined {
	let best: Pair | undefined;
	for (const p of pairsOf.get(row) ?? []) {
		if (p.a === first || p.b === first) return p;
		if (!best || p.score > best.score) best = p;
	}
	return best;
}

function listsOf<T>(entries: readonly T[], keysOf: (entry: T) => number[]): Map<number, T[]> {
	const out = new Map<number, T[]>();
	for (const entry of entries) {
		for (const k of keysOf(entry)) {
			const list = out.get(k);
			if (list) list.push(entry);
			else out.set(k, [entry]);
		}
	}
	return out;
}

const evidence = (p: { score: number; reasons: DedupeReason[]; rule: MatchRule }) => ({
	score: p.score,
	reasons: p.reasons,
	rule: p.rule,
});

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
 * @param records - the incoming records given to findDuplicates
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
	records: ReadonlyArray<Record<string, unknown>>,
	found: DuplicateResult,
	options: ResolveOptions = {},
): Resolution {
	const policy = options.policy ?? 'merge';
	if (!POLICIES.includes(policy))
		throw invalidOption('DEDUPE_INVALID_OPTION', 'policy', POLICIES.join(', '), policy);
	const existing = options.existing ?? [];
	const mergePolicy = options.merge ?? {};
	const seen = new Set<number>();
	if (options.seen !== undefined) {
		if (
			typeof options.seen !== 'object' ||
			options.seen === null ||
			typeof (options.seen as Iterable<number>)[Symbol.iterator] !== 'function'
		) {
			throw invalidOption('DEDUPE_INVALID_OPTION', 'seen', 'a list of row indices', options.seen);
		}
		for (const row of options.seen) if (Number.isInteger(row)) seen.add(row);
	}
	const checkExisting = (m: Match): void => {
		if (m.existing < 0 || m.existing >= existing.length)
			throw new IntakeError(
				'DEDUPE_INVALID_OPTION',
				`Invalid option \`existing\`: match of row ${m.record} points at existing record ${m.existing}, which was not given`,
				{ option: 'existing' },
			);
	};
	const clusterOf = new Map<number, number[]>();
	for (const c of found.clusters) for (const row of c) clusterOf.set(row, c);
	const bestMatch = new Map<number, Match>();
	for (const m of found.matches) {
		checkExisting(m);
		const had = bestMatch.get(m.record);
		if (!had || m.score > had.score) bestMatch.set(m.record, m);
	}
	for (const m of found.possibleMatches ?? []) checkExisting(m);
	const pairsOf = listsOf(found.pairs, (p) => [p.a, p.b]);
	const possiblePairsOf = listsOf(found.possiblePairs ?? [], (p) => [p.a, p.b]);
	const possibleMatchesOf = listsOf(found.possibleMatches ?? [], (m) => [m.record]);
	// each row's unit: its cluster's first row (under createNew every row is its own)
	const headOf = (row: number): number =>
		policy === 'createNew' ? row : (clusterOf.get(row)?.[0] ?? row);

	/** What the rows of a unit may duplicate: earlier units and existing records, best first, one candidate each. */
	const candidatesOf = (rows: readonly number[], head: number): ReviewCandidate[] => {
		const byKey = new Map<string, ReviewCandidate>();
		const offer = (key: string, candidate: ReviewCandidate): void => {
			const had = byKey.get(key);
			if (!had || candidate.score > had.score) byKey.set(key, candidate);
		};
		for (const r of rows) {
			for (const p of possiblePairsOf.get(r) ?? []) {
				const other = headOf(p.a === r ? p.b : p.a);
				// the later of two units waits for review; the earlier one goes ahead
				if (other < head) offer(`row ${other}`, { row: other, ...evidence(p) });
			}
			for (const m of possibleMatchesOf.get(r) ?? [])
				offer(`existing ${m.existing}`, { existing: m.existing, ...evidence(m) });
		}
		return [...byKey.values()].sort(
			(x, y) =>
				y.score - x.score ||
				(x.row ?? Infinity) - (y.row ?? Infinity) ||
				(x.existing ?? 0) - (y.existing ?? 0),
		);
	};

	const outcomes: RowOutcome[] = new Array(records.length);
	const out: ResolvedRecord[] = [];
	const review: ReviewRecord[] = [];
	for (let row = 0; row < records.length; row++) {
		if (outcomes[row]) continue;
		const cluster = policy === 'createNew' ? [row] : (clusterOf.get(row) ?? [row]);
		const first = cluster[0];
		// the best match to an existing record among the cluster's rows
		let match: Match | undefined;
		for (const r of cluster) {
			const m = bestMatch.get(r);
			if (m && (!match || m.score > match.score)) match = m;
		}
		const wasSeen = !match && cluster.some((r) => seen.has(r));
		for (const r of cluster.slice(1)) {
			const pair = bestPairFor(r, first, pairsOf);
			const into = match && policy === 'skip' ? { existing: match.existing } : { into: first };
			outcomes[r] = {
				row: r,
				action: policy === 'skip' || wasSeen ? 'skipped' : 'merged',
				...into,
				...(pair && evidence(pair)),
				...(wasSeen && { seenBefore: true }),
			};
		}
		if (wasSeen) {
			outcomes[first] = { row: first, action: 'skipped', seenBefore: true };
			continue;
		}
		const rows = policy === 'skip' ? [first] : cluster;
		const record =
			rows.length === 1
				? records[first]
				: mergeRecords(
						rows.map((r) => records[r]),
						policy === 'update'
							? { ...mergePolicy, default: 'keepIncoming', fields: {} }
							: mergePolicy,
					);
		if (!match) {
			const candidates = candidatesOf(cluster, first);
			if (candidates.length > 0) {
				outcomes[first] = { row: first, action: 'review', ...evidence(candidates[0]), candidates };
				review.push({ record, rows, candidates });
				continue;
			}
			// under createNew, a row duplicating an earlier one is imported, flagged with its best earlier partner
			const flagged =
				policy === 'createNew'
					? (pairsOf.get(row) ?? [])
							.filter((p) => p.b === row)
							.sort((x, y) => y.score - x.score || x.a - y.a)[0]
					: undefined;
			outcomes[first] = flagged
				? { row: first, action: 'created', into: flagged.a, ...evidence(flagged) }
				: { row: first, action: 'kept' };
			out.push({
				record,
				rows,
				action: 'create',
				...(flagged && { duplicateOf: { row: flagged.a, ...evidence(flagged) } }),
			});
			continue;
		}
		const matchInfo = { existing: match.existing, ...evidence(match) };
		if (policy === 'skip') {
			outcomes[first] = { row: first, action: 'skipped', ...matchInfo };
			continue;
		}
		if (policy === 'createNew') {
			outcomes[first] = { row: first, action: 'created', ...matchInfo };
			out.push({ record, rows, action: 'create', duplicateOf: matchInfo });
			continue;
		}
		const target = existing[match.existing];
		const updated =
			policy === 'update'
				? mergeRecords([target, record], {
						...mergePolicy,
						default: 'keepIncoming',
						fields: {},
						multiValued: [],
					})
				: mergeRecords([target, record], mergePolicy);
		outcomes[first] = {
			row: first,
			action: policy === 'update' ? 'updated' : 'merged',
			...matchInfo,
		};
		out.push({ record: updated, rows, action: 'update', existing: match.existing });
	}
	return { records: out, review, outcomes };
}
