/**
 * A fixed-size buffer filled front to back with little-endian integers and
 * raw bytes, as ZIP records are laid out. The caller sizes it exactly: a
 * write past the end throws (DataView's RangeError).
 *
 * @example
 * new LittleEndianWriter(6).u16(0x5455).u32(1).data
 * //=> Uint8Array [0x55, 0x54, 1, 0, 0, 0]
 */
export class LittleEndianWriter {
	readonly data: Uint8Array;
	private readonly view: DataView;
	private pos = 0;

	constructor(size: number) {
		this.data = new Uint8Array(size);
		this.view = new DataView(this.data.buffer);
	}

	u16(v: number): this {
		this.view.setUint16(this.pos, v, true);
		this.pos += 2;
		return this;
	}

	/** Unsigned 32 bits; the value is taken modulo 2^32 (`>>> 0`). */
	u32(v: number): this {
		this.view.setUint32(this.pos, v >>> 0, true);
		this.pos += 4;
		return this;
	}

	/** Unsigned 64 bits, from a safe integer. */
	u64(v: number): this {
		this.view.setBigUint64(this.pos, BigInt(v), true);
		this.pos += 8;
		return this;
	}

	raw(b: Uint8Array): this {
		this.data.set(b, this.pos);
		this.pos += b.length;
		return this;
	}
}
