/**
 * Prepared records held as columns rather than objects: what a dedupe index
 * keeps of a million records. Every field but the emails and phones is one of
 * a few thousand values (first names, surnames, ZIPs, streets, birthdays), so
 * each is stored as a 32-bit number into one table of distinct strings; the
 * emails and phones, nearly all different, stay one string per record.
 */
import type { PreparedRecord } from './prepareRecord';

/** The fields of a prepared record that blocking and the comparisons read. */
export type PreparedField = keyof PreparedRecord;

/** Random access to prepared records, as whole records or one field at a time. */
export interface PreparedTable {
	readonly length: number;
	/** one field of every record, by index (blocking sorts by these) */
	column(field: PreparedField): (index: number) => string;
	/** record `index`, written into `into` (the bulk judging reuses two records for millions of pairs) */
	read(index: number, into: PreparedRecord): PreparedRecord;
}

/** The fields stored as numbers into the string table, in storage order. */
const SHARED_FIELDS = [
	'first',
	'firstFormal',
	'last',
	'streetNumber',
	'streetName',
	'streetJoined',
	'unit',
	'city',
	'state',
	'zip',
	'dob',
	'generation',
] as const;
const STRIDE = SHARED_FIELDS.length;
const SLOT: Readonly<Record<string, number>> = Object.fromEntries(
	SHARED_FIELDS.map((f, k) => [f, k]),
);

/** An empty prepared record, its fields in prepareRecord's order (one hidden class for all). */
export function emptyPrepared(): PreparedRecord {
	return {
		first: '',
		firstFormal: '',
		last: '',
		emails: '',
		phones: '',
		streetNumber: '',
		streetName: '',
		streetJoined: '',
		unit: '',
		city: '',
		state: '',
		zip: '',
		dob: '',
		generation: '',
	};
}

/**
 * Distinct strings, each numbered once ('' is 0); shared by the incoming and
 * the existing records of one index. Looked up through an open-addressing
 * table of numbers (FNV-1a of the characters), not a Map: a million records
 * look up twelve values each, and the Map's lookups were half of adding one.
 */
export class StringTable {
	readonly strings: string[] = [''];
	private slots = new Int32Array(1 << 12);

	idOf(value: string): number {
		if (value === '') return 0;
		let h = 0x811c9dc5;
		for (let k = 0; k < value.length; k++) h = Math.imul(h ^ value.charCodeAt(k), 16777619);
		const mask = this.slots.length - 1;
		for (let i = h & mask; ; i = (i + 1) & mask) {
			const id = this.slots[i];
			if (id === 0) return this.insert(value, i);
			if (this.strings[id] === value) return id;
		}
	}

	private insert(value: string, slot: number): number {
		const id = this.strings.length;
		this.strings.push(value);
		this.slots[slot] = id;
		// kept at most half full, so that a miss ends soon
		if (id * 2 >= this.slots.length) this.rehash();
		return id;
	}

	private rehash(): void {
		const slots = new Int32Array(this.slots.length * 2);
		const mask = slots.length - 1;
		for (let id = 1; id < this.strings.length; id++) {
			const value = this.strings[id];
			let h = 0x811c9dc5;
			for (let k = 0; k < value.length; k++) h = Math.imul(h ^ value.charCodeAt(k), 16777619);
			let i = h & mask;
			while (slots[i] !== 0) i = (i + 1) & mask;
			slots[i] = id;
		}
		this.slots = slots;
	}
}

/** Prepared records as columns: numbers into a {@link StringTable}, and the emails and phones as strings. */
export class PreparedColumns implements PreparedTable {
	length = 0;
	private ids: Uint32Array = new Uint32Array(STRIDE * 1024);
	private emails: string[] = [];
	private phones: string[] = [];

	constructor(private readonly table: StringTable) {}

	add(p: PreparedRecord): void {
		if ((this.length + 1) * STRIDE > this.ids.length) {
			const grown = new Uint32Array(this.ids.length * 2);
			grown.set(this.ids);
			this.ids = grown;
		}
		const { ids, table } = this;
		const base = this.length * STRIDE;
		// spelt out, in SHARED_FIELDS order: a loop over the field names was a tenth of adding
		ids[base] = table.idOf(p.first);
		ids[base + 1] = p.firstFormal === p.first ? ids[base] : table.idOf(p.firstFormal);
		ids[base + 2] = table.idOf(p.last);
		ids[base + 3] = table.idOf(p.streetNumber);
		ids[base + 4] = table.idOf(p.streetName);
		ids[base + 5] = table.idOf(p.streetJoined);
		ids[base + 6] = table.idOf(p.unit);
		ids[base + 7] = table.idOf(p.city);
		ids[base + 8] = table.idOf(p.state);
		ids[base + 9] = table.idOf(p.zip);
		ids[base + 10] = table.idOf(p.dob);
		ids[base + 11] = table.idOf(p.generation);
		this.emails.push(p.emails);
		this.phones.push(p.phones);
		this.length++;
	}

	/** Appends another's records (the existing ones after the incoming), which must share this table. */
	append(other: PreparedColumns): void {
		const into = this.emptyCopyFor(this.length + other.length);
		into.set(other.ids.subarray(0, other.length * STRIDE), this.length * STRIDE);
		this.ids = into;
		for (let i = 0; i < other.length; i++) {
			this.emails.push(other.emails[i]);
			this.phones.push(other.phones[i]);
		}
		this.length += other.length;
	}

	private emptyCopyFor(records: number): Uint32Array {
		if (records * STRIDE <= this.ids.length) return this.ids;
		const grown = new Uint32Array(records * STRIDE);
		grown.set(this.ids.subarray(0, this.length * STRIDE));
		return grown;
	}

	column(field: PreparedField): (index: number) => string {
		if (field === 'emails') return (i) => this.emails[i];
		if (field === 'phones') return (i) => this.phones[i];
		const slot = SLOT[field];
		const { strings } = this.table;
		return (i) => strings[this.ids[i * STRIDE + slot]];
	}

	read(index: number, into: PreparedRecord): PreparedRecord {
		const { strings } = this.table;
		const ids = this.ids;
		const base = index * STRIDE;
		into.first = strings[ids[base]];
		into.firstFormal = strings[ids[base + 1]];
		into.last = strings[ids[base + 2]];
		into.emails = this.emails[index];
		into.phones = this.phones[index];
		into.streetNumber = strings[ids[base + 3]];
		into.streetName = strings[ids[base + 4]];
		into.streetJoined = strings[ids[base + 5]];
		into.unit = strings[ids[base + 6]];
		into.city = strings[ids[base + 7]];
		into.state = strings[ids[base + 8]];
		into.zip = strings[ids[base + 9]];
		into.dob = strings[ids[base + 10]];
		into.generation = strings[ids[base + 11]];
		return into;
	}
}

/** Prepared records already held as objects (tests, the tuning bench), as a table. */
export function tableOf(records: readonly PreparedRecord[]): PreparedTable {
	return {
		length: records.length,
		column: (field) => (i) => records[i][field],
		read: (index, into) => Object.assign(into, records[index]),
	};
}
