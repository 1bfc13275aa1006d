import doubleMetaphone from 'double-metaphone';
import type { ResolvedDedupeOptions } from './options';
import { unpack, type PreparedRecord } from './prepareRecord';

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
class PairList extends Float64List {
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
function hashParts(...parts: string[]): number {
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
class BlockKeys extends Float64List {
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

/**
 * Pairs the records that share a block key. A block of up to `allPairsUpTo`
 * records is compared in full; a bigger one (a front desk's shared number,
 * the thousand people born on one day) is sorted by `order` and each record
 * compared with the `window` after it, so no block costs more than linear
 * work.
 */
function blockPairs(
	keys: BlockKeys,
	order: (p: number, q: number) => number,
	allPairsUpTo: number,
	window: number,
	out: PairList,
): void {
	const sorted = keys.values.subarray(0, keys.length).sort();
	const { shift } = keys;
	let start = 0;
	while (start < sorted.length) {
		const block = Math.floor(sorted[start] / shift);
		let end = start + 1;
		while (end < sorted.length && Math.floor(sorted[end] / shift) === block) end++;
		if (end - start > 1) {
			const members: number[] = [];
			for (let k = start; k < end; k++) {
				const index = sorted[k] - block * shift;
				if (members[members.length - 1] !== index) members.push(index);
			}
			if (members.length <= allPairsUpTo) {
				for (let x = 0; x < members.length; x++)
					for (let y = x + 1; y < members.length; y++) out.add(members[x], members[y]);
			} else {
				members.sort((p, q) => order(p, q) || p - q);
				for (let x = 0; x < members.length; x++) {
					const last = Math.min(members.length, x + window + 1);
					for (let y = x + 1; y < last; y++) out.add(members[x], members[y]);
				}
			}
		}
		start = end;
	}
}

function phonetic(word: string, cache: Map<string, string>): string {
	if (word === '') return '';
	let code = cache.get(word);
	if (code === undefined) {
		code = doubleMetaphone(word.split(' ')[0])[0] || word.slice(0, 2);
		cache.set(word, code);
	}
	return code;
}

/**
 * The pairs worth scoring, found by blocking rather than comparing all pairs:
 * records sharing an email or the last 7 digits of a phone; and neighbours
 * within blocks: names that sound alike by Double Metaphone (taken in either
 * order, so swapped names meet, with nicknames resolved, so Bob meets
 * Robert); the same date of birth, ordered by surname and by first name; the
 * same ZIP; the same house; and the same birthday at the same house number.
 * A block's neighbours are its `window` nearest in a sort order, so the work
 * grows with the number of records, not its square.
 *
 * @param records - prepared records: the incoming ones, then any existing ones
 * @param firstExisting - index of the first existing record (records.length when there are none); existing records are not paired with each other
 * @param options - resolved options (window, maxBlockSize)
 * @returns pair keys `a × records.length + b` with a < b, sorted, each once
 */
export function candidatePairs(
	records: readonly PreparedRecord[],
	firstExisting: number,
	options: ResolvedDedupeOptions,
): Float64Array {
	const out = new PairList(records.length, firstExisting);
	const cache = new Map<string, string>();
	const lastCodes = records.map((r) => phonetic(r.last, cache));
	const firstCodes = records.map((r) => phonetic(r.firstFormal, cache));
	// sort orders within big blocks, comparing fields in turn (no key strings: at a million records their garbage costs seconds)
	const by =
		(...parts: Array<(i: number) => string>) =>
		(p: number, q: number): number => {
			for (const part of parts) {
				const [x, y] = [part(p), part(q)];
				if (x !== y) return x < y ? -1 : 1;
			}
			return 0;
		};
	const last = (i: number) => records[i].last;
	const first = (i: number) => records[i].first;
	// Bob and Robert Lee sort together in a block of a thousand Lees: by the formal first name
	const nameOrder = by(
		last,
		(i) => records[i].firstFormal,
		first,
		(i) => records[i].zip,
	);
	const surnameOrder = by((i) => lastCodes[i], last, first);
	const firstNameOrder = by((i) => firstCodes[i], first, last);
	const streetOrder = by((i) => records[i].streetJoined, last);
	const { window, maxBlockSize } = options;
	const size = records.length;
	/** Block keys from a hash per record; a record without the key (null) is in no block. */
	const keyed = (hashOf: (r: PreparedRecord, i: number) => number | null) => {
		const keys = new BlockKeys(size);
		for (let i = 0; i < size; i++) {
			const h = hashOf(records[i], i);
			if (h !== null) keys.add(h, i);
		}
		return keys;
	};
	const multiKeyed = (valuesOf: (r: PreparedRecord) => readonly string[]) => {
		const keys = new BlockKeys(size);
		for (let i = 0; i < size; i++) for (const v of valuesOf(records[i])) keys.add(hashParts(v), i);
		return keys;
	};
	// a block of a few (one person's records, and a neighbour or two) is compared in full; blocks on a date or a ZIP
	// that hold many unrelated people are sorted so that look-alikes sit together, and a third of the window does
	const few = window + 2;
	const near = Math.max(1, Math.round(window / 3));
	// the same email, or the same last 7 phone digits
	blockPairs(
		multiKeyed((r) => unpack(r.emails)),
		nameOrder,
		maxBlockSize,
		window,
		out,
	);
	blockPairs(
		multiKeyed((r) => unpack(r.phones).map((p) => p.slice(-7))),
		nameOrder,
		maxBlockSize,
		window,
		out,
	);
	// names that sound alike, either way round (Bob is filed as Robert)
	const nameBlock = (i: number) => {
		if (lastCodes[i] === '' && firstCodes[i] === '') return null;
		return lastCodes[i] <= firstCodes[i]
			? hashParts(lastCodes[i], firstCodes[i])
			: hashParts(firstCodes[i], lastCodes[i]);
	};
	blockPairs(
		keyed((_r, i) => nameBlock(i)),
		nameOrder,
		window + 1,
		window,
		out,
	);
	// born the same day, nearest surnames first (the first name changed) and nearest first names first (the surname changed)
	const byBirthday = keyed((r) => (r.dob === '' ? null : hashParts(r.dob)));
	blockPairs(byBirthday, surnameOrder, few, near, out);
	blockPairs(byBirthday, firstNameOrder, few, near, out);
	// the same ZIP, nearest surnames first
	blockPairs(
		keyed((r) => (r.zip === '' ? null : hashParts(r.zip))),
		surnameOrder,
		few,
		near,
		out,
	);
	// the same house: names and dates misspelt
	blockPairs(
		keyed((r) => (r.streetName === '' || r.zip === '' ? null : hashParts(r.zip, r.streetNumber))),
		streetOrder,
		few,
		near,
		out,
	);
	// born the same day at the same street number: the rest rewritten
	blockPairs(
		keyed((r) => (r.dob === '' || r.streetNumber === '' ? null : hashParts(r.dob, r.streetNumber))),
		streetOrder,
		few,
		near,
		out,
	);
	const keys = out.values.subarray(0, out.length).sort();
	let unique = 0;
	for (let k = 0; k < keys.length; k++)
		if (k === 0 || keys[k] !== keys[k - 1]) keys[unique++] = keys[k];
	return keys.slice(0, unique);
}
