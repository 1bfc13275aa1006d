/*
 * The records of a ZIP file (PKWARE APPNOTE 6.3.x, sections 4.3 and 4.5),
 * each built from what is known of its entry: the local file header before
 * each file's data, the central directory header per file, and the end
 * records (ZIP64 ones when a count, size or offset does not fit the plain
 * record). No data descriptors: each entry is compressed whole before its
 * header is written, so its sizes and CRC-32 go in the header.
 */
import { concatBytes } from '../bytes/concatBytes';
import { LittleEndianWriter } from './littleEndianWriter';

/** The largest value of a 32-bit field; the value itself means "see the ZIP64 field". */
export const MAX32 = 0xffffffff;
/** The largest value of a 16-bit field; as an entry count, "see the ZIP64 end record". */
export const MAX16 = 0xffff;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8_FLAG = 0x0800;
/** Made by Unix (3), spec version 4.5, so that the Unix mode in the external attributes is read. */
const MADE_BY = (3 << 8) | 45;
/** Version needed to extract: 2.0 (deflate), 4.5 (ZIP64). */
const VERSION_DEFLATE = 20;
const VERSION_ZIP64 = 45;
/** -rw-r--r--, a regular file. */
const EXTERNAL_ATTRS = (0o100644 << 16) >>> 0;
const DOS_MIN = Date.UTC(1980, 0, 1);
const DOS_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;

/** One entry as its headers describe it. */
export interface ZipEntryRecord {
	/** The path, UTF-8. */
	name: Uint8Array;
	/** 0 stored, 8 deflated. */
	method: 0 | 8;
	crc: number;
	size: number;
	compressedSize: number;
	/** Where its local header starts in the archive. */
	offset: number;
	modified: Date;
}

/** DOS date and time from a Date's UTC fields (so the bytes do not depend on the machine's time zone), clamped to DOS's range. */
export function dosTime(date: Date): { time: number; date: number } {
	const d = new Date(Math.min(DOS_MAX, Math.max(DOS_MIN, date.getTime())));
	return {
		time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
		date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
	};
}

/** The extended-timestamp field (0x5455): the modification time in Unix seconds, so readers show the true time. */
function timestampField(date: Date): Uint8Array {
	const seconds = Math.max(0, Math.min(MAX32, Math.floor(date.getTime() / 1000)));
	return new LittleEndianWriter(9)
		.u16(0x5455)
		.u16(5)
		.raw(new Uint8Array([1]))
		.u32(seconds).data;
}

/** A ZIP64 extended-information field (0x0001) with the given 64-bit values, in the order the spec fixes. */
function zip64Field(values: number[]): Uint8Array {
	const b = new LittleEndianWriter(4 + 8 * values.length).u16(0x0001).u16(8 * values.length);
	for (const v of values) b.u64(v);
	return b.data;
}

/** Whether the local header needs ZIP64: a size of 4 GiB or more. */
function isBig(e: ZipEntryRecord): boolean {
	return e.size >= MAX32 || e.compressedSize >= MAX32;
}

/**
 * The local file header: both sizes in a ZIP64 field (and 0xFFFFFFFF in the
 * header) when either is 4 GiB or more; then the timestamp field.
 */
export function localFileHeader(e: ZipEntryRecord): Uint8Array {
	const big = isBig(e);
	const stamp = timestampField(e.modified);
	const extra = big ? concatBytes([zip64Field([e.size, e.compressedSize]), stamp]) : stamp;
	const { time, date } = dosTime(e.modified);
	return new LittleEndianWriter(30 + e.name.length + extra.length)
		.u32(LOCAL_HEADER)
		.u16(big ? VERSION_ZIP64 : VERSION_DEFLATE)
		.u16(UTF8_FLAG)
		.u16(e.method)
		.u16(time)
		.u16(date)
		.u32(e.crc)
		.u32(big ? MAX32 : e.compressedSize)
		.u32(big ? MAX32 : e.size)
		.u16(e.name.length)
		.u16(extra.length)
		.raw(e.name)
		.raw(extra).data;
}

/**
 * The central directory header: each of size, compressed size and offset
 * that is 4 GiB or more goes in a ZIP64 field (in that order) and reads
 * 0xFFFFFFFF in the header.
 */
export function centralDirectoryHeader(e: ZipEntryRecord): Uint8Array {
	const z64: number[] = [];
	if (e.size >= MAX32) z64.push(e.size);
	if (e.compressedSize >= MAX32) z64.push(e.compressedSize);
	if (e.offset >= MAX32) z64.push(e.offset);
	const stamp = timestampField(e.modified);
	const extra = z64.length > 0 ? concatBytes([zip64Field(z64), stamp]) : stamp;
	const { time, date } = dosTime(e.modified);
	return new LittleEndianWriter(46 + e.name.length + extra.length)
		.u32(CENTRAL_HEADER)
		.u16(MADE_BY)
		.u16(z64.length > 0 || isBig(e) ? VERSION_ZIP64 : VERSION_DEFLATE)
		.u16(UTF8_FLAG)
		.u16(e.method)
		.u16(time)
		.u16(date)
		.u32(e.crc)
		.u32(Math.min(e.compressedSize, MAX32))
		.u32(Math.min(e.size, MAX32))
		.u16(e.name.length)
		.u16(extra.length)
		.u16(0) // comment length
		.u16(0) // disk number start
		.u16(0) // internal attributes
		.u32(EXTERNAL_ATTRS)
		.u32(Math.min(e.offset, MAX32))
		.raw(e.name)
		.raw(extra).data;
}

/**
 * The records after the central directory: the ZIP64 end record and its
 * locator when the entry count is 65,535 or more or the directory's size or
 * offset is 4 GiB or more, then the plain end record (whose fields that do
 * not fit read all ones).
 *
 * @param count - entries in the archive
 * @param cdSize - the central directory's length in bytes
 * @param cdOffset - where the central directory starts
 * @example
 * endOfCentralDirectory(1, 46, 100).map((r) => r.length)
 * //=> [22]
 */
export function endOfCentralDirectory(
	count: number,
	cdSize: number,
	cdOffset: number,
): Uint8Array[] {
	const out: Uint8Array[] = [];
	const zip64 = count >= MAX16 || cdOffset >= MAX32 || cdSize >= MAX32;
	if (zip64) {
		out.push(
			new LittleEndianWriter(56)
				.u32(ZIP64_END)
				.u64(44) // the size of the rest of this record
				.u16(MADE_BY)
				.u16(VERSION_ZIP64)
				.u32(0) // this disk
				.u32(0) // the disk with the central directory
				.u64(count) // entries on this disk
				.u64(count)
				.u64(cdSize)
				.u64(cdOffset).data,
		);
		// the locator: on disk 0, the ZIP64 end record at the end of the central directory, 1 disk
		out.push(
			new LittleEndianWriter(20)
				.u32(ZIP64_LOCATOR)
				.u32(0)
				.u64(cdOffset + cdSize)
				.u32(1).data,
		);
	}
	out.push(
		new LittleEndianWriter(22)
			.u32(END_OF_CENTRAL_DIRECTORY)
			.u16(0)
			.u16(0)
			.u16(Math.min(count, MAX16))
			.u16(Math.min(count, MAX16))
			.u32(Math.min(cdSize, MAX32))
			.u32(Math.min(cdOffset, MAX32))
			.u16(0).data, // comment length
	);
	return out;
}
