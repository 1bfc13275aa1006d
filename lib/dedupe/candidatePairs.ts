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

/** Compares each record in `order` with the `window` records after it. */
function slideWindow(order: readonly number[], window: number, out: PairList): void {
	for (let x = 0; x < order.length; x++) {
		const end = Math.min(order.length, x + window + 1);
		for (let y = x + 1; y < end; y++) out.add(order[x], order[y]);
	}
}

/** Records sharing an exact key (email, phone) are all compared; a crowd sharing one (a front desk's number) by window, in name order. */
function exactBlocks(keysOf: (r: PreparedRecord) => readonly string[], records: readonly PreparedRecord[], nameKeys: readonly string[], options: ResolvedDedupeOptions, out: PairList): void {
	const blocks = new Map<string, number[]>();
	records.forEach((r, i) => {
		for (const k of keysOf(r)) {
			const block = blocks.get(k);
			if (block === undefined) blocks.set(k, [i]);
			else if (block[block.length - 1] !== i) block.push(i);
		}
	});
	for (const block of blocks.values()) {
		if (block.length < 2) continue;
		if (block.length <= options.maxBlockSize) {
			for (let x = 0; x < block.length; x++) for (let y = x + 1; y < block.length; y++) out.add(block[x], block[y]);
		} else {
			block.sort((p, q) => (nameKeys[p] < nameKeys[q] ? -1 : nameKeys[p] > nameKeys[q] ? 1 : p - q));
			slideWindow(block, options.window, out);
		}
	}
}

/** One sorted-neighbourhood pass: records with a key, sorted by it (ties by index), each compared with the next `window`. */
function sortedNeighbourhood(keys: readonly string[], window: number, out: PairList): void {
	const order: number[] = [];
	for (let i = 0; i < keys.length; i++) if (keys[i] !== '') order.push(i);
	order.sort((p, q) => (keys[p] < keys[q] ? -1 : keys[p] > keys[q] ? 1 : p - q));
	slideWindow(order, window, out);
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
 * records sharing an email or the last 7 digits of a phone, and neighbours
 * in five sorted orders: by the Double Metaphone codes of the two names
 * (taken in either order, so swapped names meet, and nicknames resolved, so
 * Bob meets Robert); by first name with date of birth; by surname with date
 * of birth; by address; and by date of birth with house number. The work
 * grows with n log n.
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
	const nameKeys = records.map((r, i) => {
		if (lastCodes[i] === '' && firstCodes[i] === '') return '';
		const [x, y] = lastCodes[i] <= firstCodes[i] ? [lastCodes[i], firstCodes[i]] : [firstCodes[i], lastCodes[i]];
		return `${x}|${y}|${r.last}|${r.first}|${r.zip}`;
	});
	exactBlocks((r) => r.emails, records, nameKeys, options, out);
	exactBlocks((r) => r.phones.map((p) => p.slice(-7)), records, nameKeys, options, out);
	sortedNeighbourhood(nameKeys, options.window, out);
	const passes: Array<(r: PreparedRecord, i: number) => string> = [
		// the same first name, born the same day, living nearby: the surname changed or is misspelt
		(r, i) => (firstCodes[i] === '' || r.dob === '' ? '' : `${firstCodes[i]}|${r.dob}|${r.zip}|${r.first}`),
		// the same surname, born the same day: the first name is a different one or misspelt
		(r, i) => (lastCodes[i] === '' || r.dob === '' ? '' : `${lastCodes[i]}|${r.dob}|${r.last}|${r.first}`),
		// the same house: names and dates misspelt
		(r, i) => (r.street.name === '' ? '' : `${r.zip}|${r.street.number}|${r.street.joined}|${lastCodes[i]}|${r.last}`),
		// born the same day at the same street number: the rest rewritten
		(r) => (r.dob === '' || r.street.number === '' ? '' : `${r.dob}|${r.street.number}|${r.street.joined}`),
	];
	for (const pass of passes) sortedNeighbourhood(records.map(pass), options.window, out);
	const keys = out.keys.subarray(0, out.length).sort();
	let unique = 0;
	for (let k = 0; k < keys.length; k++) if (k === 0 || keys[k] !== keys[k - 1]) keys[unique++] = keys[k];
	return keys.slice(0, unique);
}
