/**
 * The clean records of a run, held compactly: each record's values as a
 * JSON array in UTF-8 bytes, packed into large slabs, with its field names
 * kept once per distinct set of fields (a "shape"), and its source row
 * number and sheet in typed arrays. A million records of a dozen fields take
 * about 200 MB this way, against 500 MB as JSON strings and well over 1 GB
 * as objects.
 */
export interface RecordStore {
	readonly length: number;
	/** Adds a record; returns its index. */
	add(record: Record<string, unknown>, row: number, sheet: number): number;
	/** The record at `index`, parsed afresh (the caller may change it). */
	at(index: number): Record<string, unknown>;
	row(index: number): number;
	sheet(index: number): number;
}

/** Bytes per slab: large enough that few are made, small enough to waste little at the end of each. */
const SLAB_BYTES = 4 * 1024 * 1024;

/** Doubles an Int32Array's room when it is full. */
function grown(array: Int32Array, needed: number): Int32Array {
	if (needed <= array.length) return array;
	const next = new Int32Array(Math.max(needed, array.length * 2));
	next.set(array);
	return next;
}

/** The per-record columns: where its bytes are, its shape, row and sheet. */
interface Columns {
	slab: Int32Array;
	start: Int32Array;
	end: Int32Array;
	shape: Int32Array;
	row: Int32Array;
	sheet: Int32Array;
}

function growColumns(c: Columns, needed: number): void {
	for (const key of Object.keys(c) as Array<keyof Columns>) c[key] = grown(c[key], needed);
}

/** The distinct lists of field names, each kept once, by id. */
function createShapes() {
	const ids = new Map<string, number>();
	const shapes: string[][] = [];
	let last = -1;
	return {
		/** The id of a list of field names: most records share the last one's, so that is checked first. */
		idOf(keys: string[]): number {
			const previous = shapes[last];
			if (previous && previous.length === keys.length) {
				let same = true;
				for (let i = 0; i < keys.length && same; i++) same = previous[i] === keys[i];
				if (same) return last;
			}
			const name = keys.join('\u0000');
			let id = ids.get(name);
			if (id === undefined) {
				id = shapes.push(keys) - 1;
				ids.set(name, id);
			}
			last = id;
			return id;
		},
		keysOf: (id: number): readonly string[] => shapes[id],
	};
}

/**
 * Makes an empty {@link RecordStore}.
 *
 * @returns the store
 * @example
 * const store = createRecordStore()
 * store.add({ email: 'a@b.co' }, 2, 0)
 * store.at(0)
 * //=> { email: 'a@b.co' }
 */
export function createRecordStore(): RecordStore {
	const encoder = new TextEncoder();
	const decoder = new TextDecoder();
	const slabs: Uint8Array[] = [new Uint8Array(SLAB_BYTES)];
	let used = 0;
	const shapes = createShapes();
	const size = 1024;
	const c: Columns = {
		slab: new Int32Array(size),
		start: new Int32Array(size),
		end: new Int32Array(size),
		shape: new Int32Array(size),
		row: new Int32Array(size),
		sheet: new Int32Array(size),
	};
	let length = 0;

	/** Writes the text's UTF-8 bytes at the end of the last slab (a new one when it does not fit); returns where. */
	function put(text: string): [number, number, number] {
		// UTF-8 takes at most 3 bytes per UTF-16 unit
		const most = text.length * 3;
		let slab = slabs[slabs.length - 1];
		if (used + most > slab.length) {
			slab = new Uint8Array(Math.max(SLAB_BYTES, most));
			slabs.push(slab);
			used = 0;
		}
		const { written } = encoder.encodeInto(text, slab.subarray(used));
		used += written;
		return [slabs.length - 1, used - written, used];
	}

	return {
		get length() {
			return length;
		},
		add(record, row, sheet) {
			let keys = Object.keys(record);
			let values: unknown[] = new Array(keys.length);
			let defined = true;
			for (let i = 0; i < keys.length; i++) {
				values[i] = record[keys[i]];
				if (values[i] === undefined) defined = false;
			}
			// an undefined value is left out, as JSON leaves it out of an object
			if (!defined) {
				keys = keys.filter((k) => record[k] !== undefined);
				values = keys.map((k) => record[k]);
			}
			const index = length++;
			if (length > c.row.length) growColumns(c, length);
			[c.slab[index], c.start[index], c.end[index]] = put(JSON.stringify(values));
			c.shape[index] = shapes.idOf(keys);
			c.row[index] = row;
			c.sheet[index] = sheet;
			return index;
		},
		at(index) {
			const bytes = slabs[c.slab[index]].subarray(c.start[index], c.end[index]);
			const values = JSON.parse(decoder.decode(bytes)) as unknown[];
			const keys = shapes.keysOf(c.shape[index]);
			const record: Record<string, unknown> = {};
			for (let i = 0; i < keys.length; i++) record[keys[i]] = values[i];
			return record;
		},
		row: (index) => c.row[index],
		sheet: (index) => c.sheet[index],
	};
}
