/**
 * The numeric machinery of blocking: candidate pairs and block keys held as
 * doubles in growable typed arrays, and the pairing of each block's records.
 * A million records make tens of millions of keys; none of them is a JS
 * string or object. {@link candidatePairs} says which blocks to build.
 */

/** A growable list of doubles: tens of millions of keys at 1M records, without a JS value per key. */
class Float64List {
	values = new Float64Array(1 << 16);
	length = 0;

	push(value: number): void {
		if (this.length === this.values.length) {
			const grown = new Float64Array(this.values.length * 2);
			grown.set(this.values);
			this.values = grown;
		}
		this.values[this.length++] = value;
	}
}

/** Candidate pairs as keys `a × size + b` (a < b). */
export class PairList extends Float64List {
	constructor(
		private readonly size: number,
		private readonly firstExisting: number,
	) {
		super();
	}

	add(i: number, j: number): void {
		if (i === j) return;
		const [a, b] = i < j ? [i, j] : [j, i];
		// two existing records are never compared with each other
		if (a >= this.firstExisting) return;
		this.push(a * this.size + b);
	}
}

/** Mixes the characters of parts into a 32-bit FNV-1a hash, a separator after each part, without building a key string. */
export function hashParts(...parts: string[]): number {
	let h = 0x811c9dc5;
	for (const part of parts) {
		for (let k = 0; k < part.length; k++) h = Math.imul(h ^ part.charCodeAt(k), 16777619);
		h = Math.imul(h ^ 0x1f, 16777619);
	}
	return h >>> 0;
}

/**
 * Block keys as numbers: a 32-bit hash of the key, and the record's index,
 * packed into one double (hash × 2^indexBits + index) so that a native
 * numeric sort groups a block's records, in index order, with no hash map
 * and no key strings: at a million records, several times faster. Two keys
 * whose hashes collide only add a few candidate pairs, which scoring rejects.
 */
export class BlockKeys extends Float64List {
	readonly shift: number;
	readonly hashMask: number;
	constructor(size: number) {
		super();
		const indexBits = Math.max(1, Math.ceil(Math.log2(size + 1)));
		this.shift = 2 ** indexBits;
		// what is left of 53 bits holds the hash
		this.hashMask = 2 ** Math.min(32, 53 - indexBits) - 1;
	}

	add(hash: number, index: number): void {
		this.push((hash % (this.hashMask + 1)) * this.shift + index);
	}
}

/** The record indices of one block (keys sorted[start, end), which share `base`), each once, in index order. */
function blockMembers(
	sorted: Float64Array,
	start: number,
	end: number,
	base: number,
	members: number[],
): number[] {
	members.length = 0;
	for (let k = start; k < end; k++) {
		const index = sorted[k] - base;
		if (members[members.length - 1] !== index) members.push(index);
	}
	return members;
}

/** Pairs a block's records: all of them when there are few (unless `fewDone`), else each with the `window` after it in `order` (ties broken by index). */
function pairBlock(
	members: number[],
	order: (p: number, q: number) => number,
	allPairsUpTo: number,
	window: number,
	out: PairList,
	fewDone: boolean,
): void {
	if (members.length <= allPairsUpTo) {
		if (fewDone) return;
		for (let x = 0; x < members.length; x++)
			for (let y = x + 1; y < members.length; y++) out.add(members[x], members[y]);
		return;
	}
	members.sort(order);
	for (let x = 0; x < members.length; x++) {
		const last = Math.min(members.length, x + window + 1);
		for (let y = x + 1; y < last; y++) out.add(members[x], members[y]);
	}
}

/**
 * Pairs the records that share a block key. A block of up to `allPairsUpTo`
 * records is compared in full; a bigger one (a front desk's shared number,
 * the thousand people born on one day) is sorted by `order` and each record
 * compared with the `window` after it, so no block costs more than linear
 * work. `fewDone`: the small blocks were paired in full by an earlier order
 * of the same keys, so only the big ones are paired (in this order) again.
 */
export function blockPairs(
	keys: BlockKeys,
	order: (p: number, q: number) => number,
	allPairsUpTo: number,
	window: number,
	out: PairList,
	fewDone = false,
): void {
	const sorted = keys.values.subarray(0, keys.length).sort();
	const { shift } = keys;
	// one list of members, refilled for each block (a million blocks each made their own)
	const members: number[] = [];
	// the index breaks ties, so the sort gives one order whatever the engine's sort does with equals
	const compare = (p: number, q: number): number => order(p, q) || p - q;
	let start = 0;
	while (start < sorted.length) {
		const block = Math.floor(sorted[start] / shift);
		let end = start + 1;
		while (end < sorted.length && Math.floor(sorted[end] / shift) === block) end++;
		if (end - start > 1)
			pairBlock(
				blockMembers(sorted, start, end, block * shift, members),
				compare,
				allPairsUpTo,
				window,
				out,
				fewDone,
			);
		start = end;
	}
}

/** The pair keys sorted, each once. */
export function sortedUniquePairs(pairs: PairList): Float64Array {
	const keys = pairs.values.subarray(0, pairs.length).sort();
	let unique = 0;
	for (let k = 0; k < keys.length; k++)
		if (k === 0 || keys[k] !== keys[k - 1]) keys[unique++] = keys[k];
	return keys.slice(0, unique);
}
