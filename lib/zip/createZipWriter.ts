import { deflateSync } from 'fflate';
import { crc32 } from '../read/xlsx/crc32';
import { concatBytes } from '../bytes/concatBytes';

/** How one entry is written. */
export interface ZipEntryOptions {
	/** Deflate (the default) or store; a deflated entry that would come out no smaller is stored. */
	compression: 'deflate' | 'store';
	/** Modification time (written as DOS time in UTC fields, and as a Unix time in an extended-timestamp field). */
	modified: Date;
}

/** An entry as written, for the caller's accounting. */
export interface ZipEntryInfo {
	path: string;
	size: number;
	compressedSize: number;
	crc: number;
	offset: number;
}

/** A ZIP writer that hands back each part as it is made; it keeps only the central directory. */
export interface ZipWriter {
	/** The local header and data of one file, ready to write. */
	add(
		path: string,
		data: Uint8Array,
		options: ZipEntryOptions,
	): { chunks: Uint8Array[]; info: ZipEntryInfo };
	/** The central directory and end records (ZIP64 ones when needed). */
	finish(): Uint8Array[];
	/** Bytes handed out so far. */
	readonly written: number;
	/** Entries added so far. */
	readonly count: number;
}

const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8_FLAG = 0x0800;
/** Made by Unix (3), spec version 4.5, so that the Unix mode in the external attributes is read. */
const MADE_BY = (3 << 8) | 45;
/** -rw-r--r--, a regular file. */
const EXTERNAL_ATTRS = (0o100644 << 16) >>> 0;
const DOS_MIN = Date.UTC(1980, 0, 1);
const DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);

const encoder = new TextEncoder();

class Bytes {
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
	u32(v: number): this {
		this.view.setUint32(this.pos, v >>> 0, true);
		this.pos += 4;
		return this;
	}
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

/** DOS date and time from a Date's UTC fields (so the bytes do not depend on the machine's time zone), clamped to DOS's range. */
function dosTime(date: Date): { time: number; date: number } {
	const d = new Date(Math.min(DOS_MAX, Math.max(DOS_MIN, date.getTime())));
	return {
		time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
		date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
	};
}

/** The extended-timestamp field (0x5455): the modification time in Unix seconds, so readers show the true time. */
function timestampField(date: Date): Uint8Array {
	const seconds = Math.max(0, Math.min(0xffffffff, Math.floor(date.getTime() / 1000)));
	return new Bytes(9)
		.u16(0x5455)
		.u16(5)
		.raw(new Uint8Array([1]))
		.u32(seconds).data;
}

/** A ZIP64 extended-information field (0x0001) with the given 64-bit values, in the order the spec fixes. */
function zip64Field(values: number[]): Uint8Array {
	const b = new Bytes(4 + 8 * values.length).u16(0x0001).u16(8 * values.length);
	for (const v of values) b.u64(v);
	return b.data;
}

/**
 * Starts a ZIP archive written part by part: each {@link ZipWriter.add}
 * compresses one file whole (so its sizes and CRC-32 are known before its
 * local header, and no data descriptor is needed) and returns its bytes;
 * {@link ZipWriter.finish} returns the central directory. Names are written
 * as UTF-8 (flag bit 11). ZIP64 records are added where the spec needs them:
 * a file or offset past 4 GB, or more than 65,535 entries. The same input
 * and dates give the same bytes. Internal to the library: callers sanitize
 * names first.
 *
 * @returns the writer
 * @example
 * const zip = createZipWriter();
 * const { chunks } = zip.add('a.txt', new TextEncoder().encode('hi'), { compression: 'store', modified: new Date(0) });
 * [...chunks, ...zip.finish()].reduce((n, c) => n + c.length, 0)
 * //=> 155
 */
export function createZipWriter(): ZipWriter {
	const central: Uint8Array[] = [];
	let written = 0;
	let count = 0;
	let finished = false;

	const add = (
		path: string,
		data: Uint8Array,
		options: ZipEntryOptions,
	): { chunks: Uint8Array[]; info: ZipEntryInfo } => {
		if (finished) throw new Error('createZipWriter: add after finish');
		const name = encoder.encode(path);
		const crc = crc32(data);
		let method = 0;
		let body = data;
		if (options.compression === 'deflate' && data.length > 0) {
			const deflated = deflateSync(data, { level: 6 });
			if (deflated.length < data.length) {
				method = 8;
				body = deflated;
			}
		}
		const size = data.length;
		const compressedSize = body.length;
		const offset = written;
		const big = size >= MAX32 || compressedSize >= MAX32;
		const { time, date } = dosTime(options.modified);
		const stamp = timestampField(options.modified);
		const version = big ? 45 : 20;

		const localExtra = big ? concatBytes([zip64Field([size, compressedSize]), stamp]) : stamp;
		const local = new Bytes(30 + name.length + localExtra.length)
			.u32(0x04034b50)
			.u16(version)
			.u16(UTF8_FLAG)
			.u16(method)
			.u16(time)
			.u16(date)
			.u32(crc)
			.u32(big ? MAX32 : compressedSize)
			.u32(big ? MAX32 : size)
			.u16(name.length)
			.u16(localExtra.length)
			.raw(name)
			.raw(localExtra);

		const z64: number[] = [];
		if (size >= MAX32) z64.push(size);
		if (compressedSize >= MAX32) z64.push(compressedSize);
		if (offset >= MAX32) z64.push(offset);
		const centralExtra = z64.length > 0 ? concatBytes([zip64Field(z64), stamp]) : stamp;
		central.push(
			new Bytes(46 + name.length + centralExtra.length)
				.u32(0x02014b50)
				.u16(MADE_BY)
				.u16(z64.length > 0 ? 45 : version)
				.u16(UTF8_FLAG)
				.u16(method)
				.u16(time)
				.u16(date)
				.u32(crc)
				.u32(compressedSize >= MAX32 ? MAX32 : compressedSize)
				.u32(size >= MAX32 ? MAX32 : size)
				.u16(name.length)
				.u16(centralExtra.length)
				.u16(0)
				.u16(0)
				.u16(0)
				.u32(EXTERNAL_ATTRS)
				.u32(offset >= MAX32 ? MAX32 : offset)
				.raw(name)
				.raw(centralExtra).data,
		);
		written += local.data.length + compressedSize;
		count++;
		return { chunks: [local.data, body], info: { path, size, compressedSize, crc, offset } };
	};

	const finish = (): Uint8Array[] => {
		if (finished) throw new Error('createZipWriter: finish twice');
		finished = true;
		const cdOffset = written;
		const cdSize = central.reduce((n, c) => n + c.length, 0);
		const out = central.splice(0);
		const zip64 = count >= MAX16 || cdOffset >= MAX32 || cdSize >= MAX32;
		if (zip64) {
			const eocd64Offset = cdOffset + cdSize;
			out.push(
				new Bytes(56)
					.u32(0x06064b50)
					.u64(44)
					.u16(MADE_BY)
					.u16(45)
					.u32(0)
					.u32(0)
					.u64(count)
					.u64(count)
					.u64(cdSize)
					.u64(cdOffset).data,
			);
			out.push(new Bytes(20).u32(0x07064b50).u32(0).u64(eocd64Offset).u32(1).data);
		}
		out.push(
			new Bytes(22)
				.u32(0x06054b50)
				.u16(0)
				.u16(0)
				.u16(zip64 && count >= MAX16 ? MAX16 : count)
				.u16(zip64 && count >= MAX16 ? MAX16 : count)
				.u32(zip64 && cdSize >= MAX32 ? MAX32 : cdSize)
				.u32(zip64 && cdOffset >= MAX32 ? MAX32 : cdOffset)
				.u16(0).data,
		);
		written += out.reduce((n, c) => n + c.length, 0);
		return out;
	};

	return {
		add,
		finish,
		get written() {
			return written;
		},
		get count() {
			return count;
		},
	};
}
