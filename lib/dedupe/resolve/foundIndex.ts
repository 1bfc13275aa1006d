import { invalidOption } from '../../errors';
import type { DedupeReason, DuplicateResult, MatchRule, ReviewCandidate } from '../types';

export type Pair = DuplicateResult['pairs'][number];
export type Match = DuplicateResult['matches'][number];

/**
 * What {@link findDuplicates} found, looked up by input row. Every match and
 * possible match points at a record of `existing` (checked when it is built).
 */
export interface FoundIndex {
	/** each clustered row's cluster (the same array for every row of it; its first row stands for it) */
	clusterOf: Map<number, number[]>;
	/** each row's strongest match to an existing record (the first of equal scores) */
	bestMatch: Map<number, Match>;
	/** the certain pairs each row is in */
	pairsOf: Map<number, Pair[]>;
	/** the possible pairs each row is in */
	possiblePairsOf: Map<number, Pair[]>;
	/** each row's possible matches to existing records */
	possibleMatchesOf: Map<number, Match[]>;
}

/** The evidence a pair or match carries, as outcomes and review candidates repeat it. */
export function evidence(p: { score: number; reasons: DedupeReason[]; rule: MatchRule }): {
	score: number;
	reasons: DedupeReason[];
	rule: MatchRule;
} {
	return { score: p.score, reasons: p.reasons, rule: p.rule };
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

function checkExisting(m: Match, existingCount: number): void {
	if (m.existing < 0 || m.existing >= existingCount)
		throw invalidOption(
			'DEDUPE_INVALID_OPTION',
			'existing',
			`a list holding record ${m.existing}, which row ${m.record} matches`,
			`${existingCount} records`,
		);
}

/**
 * Indexes what findDuplicates found by row.
 *
 * @throws IntakeError `DEDUPE_INVALID_OPTION` when a match or possible match points past `existing`
 */
export function indexFound(found: DuplicateResult, existingCount: number): FoundIndex {
	const clusterOf = new Map<number, number[]>();
	for (const c of found.clusters) for (const row of c) clusterOf.set(row, c);
	const bestMatch = new Map<number, Match>();
	for (const m of found.matches) {
		checkExisting(m, existingCount);
		const had = bestMatch.get(m.record);
		if (!had || m.score > had.score) bestMatch.set(m.record, m);
	}
	for (const m of found.possibleMatches ?? []) checkExisting(m, existingCount);
	return {
		clusterOf,
		bestMatch,
		pairsOf: listsOf(found.pairs, (p) => [p.a, p.b]),
		possiblePairsOf: listsOf(found.possiblePairs ?? [], (p) => [p.a, p.b]),
		possibleMatchesOf: listsOf(found.possibleMatches ?? [], (m) => [m.record]),
	};
}

/** The strongest pair between a row and any other row of its cluster, preferring the pair with the cluster's first row. */
export function bestPairFor(row: number, first: number, found: FoundIndex): Pair | undefined {
	let best: Pair | undefined;
	for (const p of found.pairsOf.get(row) ?? []) {
		if (p.a === first || p.b === first) return p;
		if (!best || p.score > best.score) best = p;
	}
	return best;
}

/**
 * What the rows of a unit may duplicate: earlier units (by their first row,
 * through `headOf`) and existing records, best first, one candidate each.
 * Only earlier units count: of two possibly-same units, the later one waits
 * for review and the earlier one goes ahead.
 */
export function reviewCandidates(
	found: FoundIndex,
	headOf: (row: number) => number,
	rows: readonly number[],
	head: number,
): ReviewCandidate[] {
	const byKey = new Map<string, ReviewCandidate>();
	const offer = (key: string, candidate: ReviewCandidate): void => {
		const had = byKey.get(key);
		if (!had || candidate.score > had.score) byKey.set(key, candidate);
	};
	for (const r of rows) {
		for (const p of found.possiblePairsOf.get(r) ?? []) {
			const other = headOf(p.a === r ? p.b : p.a);
			if (other < head) offer(`row ${other}`, { row: other, ...evidence(p) });
		}
		for (const m of found.possibleMatchesOf.get(r) ?? [])
			offer(`existing ${m.existing}`, { existing: m.existing, ...evidence(m) });
	}
	return [...byKey.values()].sort(
		(x, y) =>
			y.score - x.score ||
			(x.row ?? Infinity) - (y.row ?? Infinity) ||
			(x.existing ?? 0) - (y.existing ?? 0),
	);
}
