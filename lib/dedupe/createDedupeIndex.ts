import { invalidOption } from '../errors';
import { candidatePairs } from './candidatePairs';
import { resolveDedupeOptions, type ResolvedDedupeOptions } from './options';
import { prepareRecord } from './prepareRecord';
import { emptyPrepared, PreparedColumns, StringTable, type PreparedTable } from './preparedTable';
import { explainPrepared, judgePrepared } from './scorePrepared';
import type {
	DedupeIndex,
	DedupeOptions,
	DuplicatePair,
	DuplicateResult,
	ExistingMatch,
} from './types';

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

/** Judges every candidate pair of the prepared records (incoming first, then existing) and sorts what the rules keep. */
function judgeCandidates(
	prepared: PreparedTable,
	n: number,
	resolved: ResolvedDedupeOptions,
): DuplicateResult {
	const size = prepared.length;
	const pairs: DuplicatePair[] = [];
	const matches: ExistingMatch[] = [];
	const possiblePairs: DuplicatePair[] = [];
	const possibleMatches: ExistingMatch[] = [];
	const candidates = candidatePairs(prepared, n, resolved);
	// two records read from the columns serve every pair; the keys come sorted, so `a` is read once per run of pairs
	const [pa, pb] = [emptyPrepared(), emptyPrepared()];
	let lastA = -1;
	// an indexed loop: for…of over millions of keys left iterator garbage that doubled the peak memory
	for (let k = 0; k < candidates.length; k++) {
		const key = candidates[k];
		const a = Math.floor(key / size);
		const b = key - a * size;
		if (a !== lastA) prepared.read((lastA = a), pa);
		prepared.read(b, pb);
		if (judgePrepared(pa, pb, resolved).verdict === 'unique') continue;
		// reasons are written only for the few pairs the rules keep
		const explained = explainPrepared(pa, pb, resolved);
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

/**
 * A duplicate index fed one record at a time, for imports too big to hold as
 * objects: each record is reduced, as it is added, to what blocking and the
 * comparisons read (normalized names, emails, phones, address parts, date of
 * birth, with equal strings shared), and the record itself is not kept.
 * `finish()` then finds what {@link findDuplicates} finds for the same
 * records and options, in the same order; findDuplicates is built on it.
 *
 * @param options - dedupe options, as for findDuplicates (without `existing`: add those with `addExisting`)
 * @returns an empty index
 * @throws IntakeError `DEDUPE_INVALID_OPTION` for a bad option; from the index, when `finish` is called twice or a record is added after it
 * @example
 * const index = createDedupeIndex();
 * index.add({ firstName: 'Bob', lastName: 'Lee', phone: '(555) 123-4567' });
 * index.add({ firstName: 'Robert', lastName: 'Lee', phone: '555.123.4567' });
 * index.finish().clusters
 * //=> [[0, 1]]
 */
export function createDedupeIndex(options: DedupeOptions = {}): DedupeIndex {
	const resolved = resolveDedupeOptions(options);
	const strings = new StringTable();
	let incoming = new PreparedColumns(strings);
	let existing = new PreparedColumns(strings);
	let finished = false;
	const open = (what: string): void => {
		if (finished)
			throw invalidOption(
				'DEDUPE_INVALID_OPTION',
				what,
				'a dedupe index not yet finished',
				'finished',
			);
	};
	return {
		add(record) {
			open('add');
			incoming.add(prepareRecord(record, resolved));
		},
		addExisting(record) {
			open('addExisting');
			existing.add(prepareRecord(record, resolved));
		},
		get size() {
			return incoming.length;
		},
		get existingSize() {
			return existing.length;
		},
		finish() {
			open('finish');
			finished = true;
			const n = incoming.length;
			const prepared = incoming;
			prepared.append(existing);
			[incoming, existing] = [new PreparedColumns(strings), new PreparedColumns(strings)];
			return judgeCandidates(prepared, n, resolved);
		},
	};
}
