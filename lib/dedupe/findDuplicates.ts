import { invalidOption } from '../errors';
import { candidatePairs } from './candidatePairs';
import { resolveDedupeOptions } from './options';
import { createInterner, prepareRecord, type PreparedRecord } from './prepareRecord';
import { explainPrepared, judgePrepared } from './scorePrepared';
import type { DedupeOptions, DuplicatePair, DuplicateResult, ExistingMatch } from './types';

/** Union-find over record indices, for clusters. */
function clustersOf(size: number, pairs: readonly DuplicatePair[]): number[][] {
	const parent = new Int32Array(size).map((_, i) => i);
	const root = (i: number): number => {
		while (parent[i] !== i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	};
	for (const { a, b } of pairs) {
		const [ra, rb] = [root(a), root(b)];
		// the smaller index is the root, so a cluster is named by its first record
		if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
	}
	const groups = new Map<number, number[]>();
	for (const { a, b } of pairs) {
		for (const i of [a, b]) {
			const r = root(i);
			const g = groups.get(r);
			if (!g) groups.set(r, [i]);
			else if (!g.includes(i)) g.push(i);
		}
	}
	return [...groups.values()].map((g) => g.sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
}

/**
 * Finds the records that are the same person, and those that may be: pairs
 * within `records`, and matches of records against `existing` ones (a client
 * list fetched from the target system, say). Candidate pairs come from
 * blocking (shared email or phone digits, and sorted neighbourhoods on
 * phonetic name keys, dates of birth and addresses), so a million records take
 * seconds, not the days all pairs would. Each candidate is judged as
 * {@link scorePair} judges it: duplicates by the match rules (the same email;
 * the same phone with agreeing names; a similar name or the same date of birth
 * with one more agreeing identifier, when the evidence reaches the
 * threshold), possible duplicates for a person to decide, and never a
 * household or two generations. The same input always gives the same output,
 * in the same order.
 *
 * @param records - incoming records with canonical keys; anything not an object is treated as empty
 * @param options - dedupe options, plus `existing` records to match against
 * @returns duplicate pairs and matches with reasons and rules, the clusters the pairs make, and the possible pairs and matches
 * @throws IntakeError `DEDUPE_INVALID_OPTION` for a bad option, or when records or existing is not an array
 * @example
 * findDuplicates([{ firstName: 'Bob', lastName: 'Lee', phone: '(555) 123-4567' }, { firstName: 'Robert', lastName: 'Lee', phone: '555.123.4567' }])
 * //=> { pairs: [{ a: 0, b: 1, score: 0.9996, reasons: [ … ], verdict: 'duplicate', rule: 'same phone and name' }], matches: [], clusters: [[0, 1]], possiblePairs: [], possibleMatches: [] }
 */
export function findDuplicates(
	records: ReadonlyArray<Record<string, unknown>>,
	options: DedupeOptions & { existing?: ReadonlyArray<Record<string, unknown>> } = {},
): DuplicateResult {
	if (!Array.isArray(records))
		throw invalidOption('DEDUPE_INVALID_OPTION', 'records', 'a list of records', typeof records);
	const existing = options.existing ?? [];
	if (!Array.isArray(existing))
		throw invalidOption('DEDUPE_INVALID_OPTION', 'existing', 'a list of records', typeof existing);
	const resolved = resolveDedupeOptions({ ...options, existing: undefined } as DedupeOptions);
	const n = records.length;
	const intern = createInterner();
	const size = n + existing.length;
	// pushed, not preallocated: V8 keeps a preallocated array of a million in a hash table
	const prepared: PreparedRecord[] = [];
	for (let i = 0; i < size; i++)
		prepared.push(prepareRecord(i < n ? records[i] : existing[i - n], resolved, intern));
	const pairs: DuplicatePair[] = [];
	const matches: ExistingMatch[] = [];
	const possiblePairs: DuplicatePair[] = [];
	const possibleMatches: ExistingMatch[] = [];
	const candidates = candidatePairs(prepared, n, resolved);
	// an indexed loop: for…of over millions of keys left iterator garbage that doubled the peak memory
	for (let k = 0; k < candidates.length; k++) {
		const key = candidates[k];
		const a = Math.floor(key / size);
		const b = key - a * size;
		if (judgePrepared(prepared[a], prepared[b], resolved).verdict === 'unique') continue;
		// reasons are written only for the few pairs the rules keep
		const explained = explainPrepared(prepared[a], prepared[b], resolved);
		const duplicate = explained.verdict === 'duplicate';
		if (b < n) (duplicate ? pairs : possiblePairs).push({ a, b, ...explained });
		else (duplicate ? matches : possibleMatches).push({ record: a, existing: b - n, ...explained });
	}
	const byRecord = (x: ExistingMatch, y: ExistingMatch) =>
		x.record - y.record || y.score - x.score || x.existing - y.existing;
	matches.sort(byRecord);
	possibleMatches.sort(byRecord);
	return { pairs, matches, clusters: clustersOf(n, pairs), possiblePairs, possibleMatches };
}
