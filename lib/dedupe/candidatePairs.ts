import doubleMetaphone from 'double-metaphone';
import { BlockKeys, blockPairs, hashParts, PairList, sortedUniquePairs } from './blockPairs';
import type { ResolvedDedupeOptions } from './options';
import { unpack, type PreparedRecord } from './prepareRecord';
import { emptyPrepared, tableOf, type PreparedTable } from './preparedTable';

type Order = (p: number, q: number) => number;

/** The sort orders look-alikes sit together in, within a big block. */
interface Orders {
	/** surname, formal first name (Bob and Robert Lee sort together in a block of a thousand Lees), first name, ZIP */
	name: Order;
	/** surname's sound, surname, first name: the first name changed */
	surname: Order;
	/** first name's sound, first name, surname: the surname changed */
	firstName: Order;
	/** street, surname */
	street: Order;
}

/** How far a block is compared: in full up to `allPairsUpTo` records, else each record with the `window` after it. */
interface Reach {
	allPairsUpTo: number;
	window: number;
}

/** The records being blocked, and what every block pass reads of them. */
interface Blocking {
	records: PreparedTable;
	/** each record's surname, and formal first name, as Double Metaphone codes ('' when blank) */
	lastCodes: readonly string[];
	firstCodes: readonly string[];
	orders: Orders;
	reach: Readonly<Record<'shared' | 'name' | 'crowd', Reach>>;
}

/**
 * One kind of block: the key its records share (null: the record is in no
 * such block), and the orders its big blocks are sorted by (one pass each).
 */
interface BlockPass {
	/** what the records of a block have in common */
	keys: (b: Blocking) => BlockKeys;
	orders: ReadonlyArray<keyof Orders>;
	reach: keyof Blocking['reach'];
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

/** An order comparing fields in turn (no key strings: at a million records their garbage costs seconds). */
function by(...parts: Array<(i: number) => string>): Order {
	return (p, q) => {
		for (let k = 0; k < parts.length; k++) {
			const x = parts[k](p);
			const y = parts[k](q);
			if (x !== y) return x < y ? -1 : 1;
		}
		return 0;
	};
}

function ordersOf(
	records: PreparedTable,
	lastCodes: readonly string[],
	firstCodes: readonly string[],
): Orders {
	const last = records.column('last');
	const first = records.column('first');
	return {
		name: by(last, records.column('firstFormal'), first, records.column('zip')),
		surname: by((i) => lastCodes[i], last, first),
		firstName: by((i) => firstCodes[i], first, last),
		street: by(records.column('streetJoined'), last),
	};
}

/** Block keys from a hash per record; a record without the key (null) is in no block. */
function keyed(b: Blocking, hashOf: (r: PreparedRecord, i: number) => number | null): BlockKeys {
	const keys = new BlockKeys(b.records.length);
	const r = emptyPrepared();
	for (let i = 0; i < b.records.length; i++) {
		const h = hashOf(b.records.read(i, r), i);
		if (h !== null) keys.add(h, i);
	}
	return keys;
}

/** Block keys from several values per record (its emails, its phones): one block per value. */
function multiKeyed(b: Blocking, valuesOf: (r: PreparedRecord) => readonly string[]): BlockKeys {
	const keys = new BlockKeys(b.records.length);
	const r = emptyPrepared();
	for (let i = 0; i < b.records.length; i++)
		for (const v of valuesOf(b.records.read(i, r))) keys.add(hashParts(v), i);
	return keys;
}

/** The two name codes, in either order, so swapped names meet; nicknames are resolved first, so Bob meets Robert. */
function soundsAlike(b: Blocking, i: number): number | null {
	const [l, f] = [b.lastCodes[i], b.firstCodes[i]];
	if (l === '' && f === '') return null;
	return l <= f ? hashParts(l, f) : hashParts(f, l);
}

/**
 * Every block, in order. The order does not change the result (the pairs are
 * sorted and made unique at the end), only which pass finds a pair first.
 */
const BLOCK_PASSES: readonly BlockPass[] = [
	// the same email
	{ keys: (b) => multiKeyed(b, (r) => unpack(r.emails)), orders: ['name'], reach: 'shared' },
	// the same last 7 phone digits
	{
		keys: (b) => multiKeyed(b, (r) => unpack(r.phones).map((p) => p.slice(-7))),
		orders: ['name'],
		reach: 'shared',
	},
	// names that sound alike, either way round (Bob is filed as Robert)
	{ keys: (b) => keyed(b, (_r, i) => soundsAlike(b, i)), orders: ['name'], reach: 'name' },
	// born the same day, nearest surnames first (the first name changed) and nearest first names first (the surname changed)
	{
		keys: (b) => keyed(b, (r) => (r.dob === '' ? null : hashParts(r.dob))),
		orders: ['surname', 'firstName'],
		reach: 'crowd',
	},
	// the same ZIP, nearest surnames first
	{
		keys: (b) => keyed(b, (r) => (r.zip === '' ? null : hashParts(r.zip))),
		orders: ['surname'],
		reach: 'crowd',
	},
	// the same house: names and dates misspelt
	{
		keys: (b) =>
			keyed(b, (r) =>
				r.streetName === '' || r.zip === '' ? null : hashParts(r.zip, r.streetNumber),
			),
		orders: ['street'],
		reach: 'crowd',
	},
	// born the same day at the same street number: the rest rewritten
	{
		keys: (b) =>
			keyed(b, (r) =>
				r.dob === '' || r.streetNumber === '' ? null : hashParts(r.dob, r.streetNumber),
			),
		orders: ['street'],
		reach: 'crowd',
	},
];

/** What is read of the records for blocking, once. */
function startBlocking(
	records: PreparedTable,
	{ window, maxBlockSize }: ResolvedDedupeOptions,
): Blocking {
	const cache = new Map<string, string>();
	const [last, firstFormal] = [records.column('last'), records.column('firstFormal')];
	const lastCodes: string[] = [];
	const firstCodes: string[] = [];
	for (let i = 0; i < records.length; i++) {
		lastCodes.push(phonetic(last(i), cache));
		firstCodes.push(phonetic(firstFormal(i), cache));
	}
	return {
		records,
		lastCodes,
		firstCodes,
		orders: ordersOf(records, lastCodes, firstCodes),
		reach: {
			// one email or phone: one person's records, compared in full unless a front desk shares it
			shared: { allPairsUpTo: maxBlockSize, window },
			name: { allPairsUpTo: window + 1, window },
			// a date, a ZIP or a house: a few records (one person, a neighbour or two) are compared in full;
			// many unrelated people are sorted so that look-alikes sit together, and a third of the window does
			crowd: { allPairsUpTo: window + 2, window: Math.max(1, Math.round(window / 3)) },
		},
	};
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
 * @param records - prepared records (a list, or a table of them): the incoming ones, then any existing ones
 * @param firstExisting - index of the first existing record (records.length when there are none); existing records are not paired with each other
 * @param options - resolved options (window, maxBlockSize)
 * @returns pair keys `a × records.length + b` with a < b, sorted, each once
 * @example
 * const pairs = candidatePairs(prepared, prepared.length, DEFAULT_DEDUPE_OPTIONS);
 * [...pairs].map((key) => [Math.floor(key / prepared.length), key % prepared.length])
 * //=> [[0, 2], [1, 3]] (for two people entered twice each)
 */
export function candidatePairs(
	records: readonly PreparedRecord[] | PreparedTable,
	firstExisting: number,
	options: ResolvedDedupeOptions,
): Float64Array {
	const table = Array.isArray(records) ? tableOf(records) : (records as PreparedTable);
	const out = new PairList(table.length, firstExisting);
	const blocking = startBlocking(table, options);
	for (const pass of BLOCK_PASSES) {
		const keys = pass.keys(blocking);
		const { allPairsUpTo, window } = blocking.reach[pass.reach];
		pass.orders.forEach((order, k) =>
			blockPairs(keys, blocking.orders[order], allPairsUpTo, window, out, k > 0),
		);
	}
	return sortedUniquePairs(out);
}
