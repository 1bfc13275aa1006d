/**
 * The clean records of a run, held compactly: each as its JSON text, with its
 * source row number and sheet in typed arrays. A million records of ten
 * short fields take about 150 MB this way, against 600 MB or more as objects.
 */
export interface RecordStore {
	readonly length: number;
	/** Adds a record; returns its index. */
	add(record: Record<string, unknown>, row: number, sheet: number): number;
	/** The record at `index`, parsed afresh (the caller may change it). */
	at(index: number): Record<string, unknown>;
	/** Its JSON text. */
	text(index: number): string;
	row(index: number): number;
	sheet(index: number): number;
}

/** Doubles an Int32Array's room when it is full. */
function grown(array: Int32Array, needed: number): Int32Array {
	if (needed <= array.length) return array;
	const next = new Int32Array(Math.max(needed, array.length * 2));
	next.set(array);
	return next;
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
	const texts: string[] = [];
	let rows: Int32Array = new Int32Array(1024);
	let sheets: Int32Array = new Int32Array(1024);
	return {
		get length() {
			return texts.length;
		},
		add(record, row, sheet) {
			const index = texts.length;
			rows = grown(rows, index + 1);
			sheets = grown(sheets, index + 1);
			texts.push(JSON.stringify(record));
			rows[index] = row;
			sheets[index] = sheet;
			return index;
		},
		at: (index) => JSON.parse(texts[index]) as Record<string, unknown>,
		text: (index) => texts[index],
		row: (index) => rows[index],
		sheet: (index) => sheets[index],
	};
}
