/**
 * A row's field texts, as a Map of field → text reads them (get, set, has,
 * delete, size, iteration), kept in one array slot per schema field: a row
 * fills ten or so fields, and a Map per row grows its table several times.
 * A key that is not a schema field goes to a Map of its own.
 */
export class FieldTexts {
	private readonly values: Array<string | undefined>;
	private others: Map<string, string> | undefined;

	constructor(private readonly slots: ReadonlyMap<string, number>) {
		this.values = new Array<string | undefined>(slots.size);
	}

	get(key: string): string | undefined {
		const slot = this.slots.get(key);
		return slot === undefined ? this.others?.get(key) : this.values[slot];
	}

	set(key: string, text: string): this {
		const slot = this.slots.get(key);
		if (slot === undefined) (this.others ??= new Map()).set(key, text);
		else this.values[slot] = text;
		return this;
	}

	has(key: string): boolean {
		return this.get(key) !== undefined;
	}

	delete(key: string): boolean {
		const slot = this.slots.get(key);
		if (slot === undefined) return this.others?.delete(key) ?? false;
		const had = this.values[slot] !== undefined;
		this.values[slot] = undefined;
		return had;
	}

	get size(): number {
		let n = this.others?.size ?? 0;
		for (const v of this.values) if (v !== undefined) n++;
		return n;
	}

	/** The fields and their texts: schema fields in schema order, then the others. */
	*[Symbol.iterator](): IterableIterator<[string, string]> {
		for (const [key, slot] of this.slots) {
			const text = this.values[slot];
			if (text !== undefined) yield [key, text];
		}
		if (this.others) yield* this.others;
	}
}
