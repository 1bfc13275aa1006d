/** The BOF record ids of BIFF8/BIFF5, BIFF4, BIFF3 and BIFF2: each opens a substream. */
export const BOF_IDS = new Set([0x0809, 0x0409, 0x0209, 0x0009]);
const EOF = 0x000a;

/** A walk through the records of one BIFF substream (see {@link walkRecords}). */
export interface RecordWalk {
	/** Steps to the next record of the substream's own level; false once the walk has ended. */
	next(): boolean;
	/** The current record's id. */
	id: number;
	/** The length of its data. */
	len: number;
	/** Where its data starts (after the 4-byte header). */
	at: number;
	/** Where its data ends: `at + len`. */
	end: number;
	/**
	 * Where the next record is read from: the current record's end, unless a
	 * reader that took in the records after it (CONTINUE, an SST's tail)
	 * moves it on. Once the walk has ended, where it stopped.
	 */
	pos: number;
}

/**
 * Walks the records of the BIFF substream whose BOF record lies at `offset`,
 * stopping at its EOF. Records of substreams nested in it (charts in a
 * sheet) are stepped over, and BOF and EOF records are not shown. A record
 * that runs past the end of the stream ends the walk, with `pos` at its
 * start. Each step moves forward, so damaged lengths can end a walk early
 * but never loop.
 *
 * @param stream - the workbook stream
 * @param offset - where the substream's BOF record starts
 * @returns the walk, before its first record
 * @example
 * const records = walkRecords(stream, 0)
 * const ids = []
 * while (records.next()) ids.push(records.id)
 * ids
 * //=> [0x0042, 0x0022, 0x0085, …] (the globals' records; BOF and EOF left out)
 */
export function walkRecords(stream: Uint8Array, offset: number): RecordWalk {
	return new Walk(stream, offset);
}

class Walk implements RecordWalk {
	id = 0;
	len = 0;
	at = 0;
	end = 0;
	pos: number;
	private depth = 0;
	private done = false;
	private readonly stream: Uint8Array;

	constructor(stream: Uint8Array, offset: number) {
		this.stream = stream;
		this.pos = offset;
	}

	next(): boolean {
		if (this.done) return false;
		const b = this.stream;
		while (this.pos + 4 <= b.length) {
			const pos = this.pos;
			const id = b[pos] | (b[pos + 1] << 8);
			const len = b[pos + 2] | (b[pos + 3] << 8);
			const at = pos + 4;
			const end = at + len;
			if (end > b.length) break;
			this.pos = end;
			if (BOF_IDS.has(id)) {
				this.depth++;
				continue;
			}
			if (id === EOF) {
				if (--this.depth <= 0) break;
				continue;
			}
			if (this.depth !== 1) continue;
			this.id = id;
			this.len = len;
			this.at = at;
			this.end = end;
			return true;
		}
		this.done = true;
		return false;
	}
}
