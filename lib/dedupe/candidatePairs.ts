import doubleMetaphone from 'double-metaphone';
import type { ResolvedDedupeOptions } from './options';
import type { PreparedRecord } from './prepareRecord';

/** Grows a Float64Array of pair keys without a JS array per pair (tens of millions at 1M records). */
class PairList {
	keys = new Float64Array(1 << 16);
	length = 0;
	constructor(private readonly size: number, private readonly firstExisting: number) {}

	add(i: number, j: number): void {
		if (i === j) return;
		const [a, b] = i < j ? [i, j] : [j, i];
		// two existing records are never compared with each other
		if (a >= this.firstExisting) return;
		if (this.length === this.keys.length) {
			const grown = new Float64Array(this.keys.length * 2);
			grown.set(this.keys);
			this.keys = grown;
		}
		this.keys[this.length++] = a * this.size + b;
	}
}

/**
 * Pairs the records that share a block key. A block of up to `allPairsUpTo`
 * records is compared in full; a bigger one (a front desk's shared number,
 * the thousand people born on one day) is sorted by `orderOf` and each record
 * compared with the `window` after it, so no block costs more than linear
 * work. Records are chained by block in one pass of a hash map: no global
 * sort, and blocks of one cost nothing more.
 */
function blockPairs(
	size: number,
	keysOf: (i: number) => string | readonly string[],
	orderOf: (i: number) => string,
	allPairsUpTo: number,
	window: number,
	out: PairList,
): void {
	const last = new Map<string, number>();
	// one chain per block through `previous`; a record in several blocks (two emails) gets a link per block
	const previous: number[] = [];
	const owner: number[] = [];
	const chain = (i: number, key: string) => {
		if (key === '') return;
		const link = owner.length;
		owner.push(i);
		previous.push(last.get(key) ?? -1);
		last.set(key, link);
	};
	for (let i = 0; i < size; i++) {
		const keys = keysOf(i);
		if (typeof keys === 'string') chain(i, keys);
		else for (const key of keys) chain(i, key);
	}
	for (const tail of last.values()) {
		if (previous[tail] === -1) continue;
		const members: number[] = [];
		for (let link = tail; link !== -1; link = previous[link]) if (members[members.length - 1] !== owner[link]) members.push(owner[link]);
		members.reverse();
		if (members.length <= allPairsUpTo) {
			for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) out.add(members[x], members[y]);
			continue;
		}
		const order = new Map(members.map((m) => [m, orderOf(m)]));
		members.sort((p, q) => {
			const [op, oq] = [order.get(p)!, order.get(q)!];
			return op < oq ? -1 : op > oq ? 1 : p - q;
		});
		for (let x = 0; x < members.length; x++) {
			const end = Math.min(members.length, x + window + 1);
			for (let y = x + 1; y < end; y++) out.add(members[x], members[y]);
		}
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
export function candidatePairs(records: readonly PreparedRecord[], firstExisting: number, options: ResolvedDedupeOptions): Float64Array {
	const out = new PairList(records.length, firstExisting);
	const cache = new Map<string, string>();
	const lastCodes = records.map((r) => phonetic(r.last, cache));
	const firstCodes = records.map((r) => phonetic(r.firstFormal, cache));
	const nameOrder = (i: number) => `${records[i].last}|${records[i].first}|${records[i].zip}`;
	const surnameOrder = (i: number) => `${lastCodes[i]}|${records[i].last}|${records[i].first}`;
	const firstNameOrder = (i: number) => `${firstCodes[i]}|${records[i].first}|${records[i].last}`;
	const streetOrder = (i: number) => `${records[i].street.joined}|${records[i].last}`;
	const { window, maxBlockSize } = options;
	const exact = (keysOf: (i: number) => readonly string[]) => blockPairs(records.length, keysOf, nameOrder, maxBlockSize, window, out);
	const neighbours = (keyOf: (i: number) => string, orderOf: (i: number) => string, reach = window) => blockPairs(records.length, keyOf, orderOf, reach + 1, reach, out);
	// blocks on a date or a ZIP hold many unrelated people, in an order that puts look-alikes next to each other: half the window does
	const near = Math.max(1, Math.ceil(window / 2));
	// the same email, or the same last 7 phone digits
	exact((i) => records[i].emails);
	exact((i) => records[i].phones.map((p) => p.slice(-7)));
	// names that sound alike, either way round (Bob is filed as Robert)
	neighbours((i) => {
		if (lastCodes[i] === '' && firstCodes[i] === '') return '';
		return lastCodes[i] <= firstCodes[i] ? `${lastCodes[i]}|${firstCodes[i]}` : `${firstCodes[i]}|${lastCodes[i]}`;
	}, nameOrder);
	// born the same day, nearest surnames first (the first name changed) and nearest first names first (the surname changed)
	neighbours((i) => records[i].dob, surnameOrder, near);
	neighbours((i) => records[i].dob, firstNameOrder, near);
	// the same ZIP, nearest surnames first
	neighbours((i) => records[i].zip, surnameOrder, near);
	// the same house: names and dates misspelt
	neighbours((i) => (records[i].street.name === '' || records[i].zip === '' ? '' : `${records[i].zip}|${records[i].street.number}`), streetOrder, near);
	// born the same day at the same street number: the rest rewritten
	neighbours((i) => (records[i].dob === '' || records[i].street.number === '' ? '' : `${records[i].dob}|${records[i].street.number}`), streetOrder, near);
	const keys = out.keys.subarray(0, out.length).sort();
	let unique = 0;
	for (let k = 0; k < keys.length; k++) if (k === 0 || keys[k] !== keys[k - 1]) keys[unique++] = keys[k];
	return keys.slice(0, unique);
}
