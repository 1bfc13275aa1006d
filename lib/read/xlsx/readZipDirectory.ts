import { IntakeError } from '../../errors';

/** One entry of a ZIP archive's central directory. */
export interface ZipEntry {
	name: string;
	/** 0 = stored, 8 = deflated. */
	method: number;
	flags: number;
	crc32: number;
	compressedSize: number;
	/** The size the archive claims; checked again while inflating. */
	uncompressedSize: number;
	localHeaderOffset: number;
}

const MAX_ENTRIES = 20000;

/** The FILE_CORRUPT error for a workbook archive that can't be opened. */
export function corrupt(why: string): IntakeError {
	return new IntakeError(
		'FILE_CORRUPT',
		`The workbook could not be opened: ${why}. Open it in Excel or LibreOffice and save it again as .xlsx.`,
	);
}

/**
 * Lists the entries of a ZIP archive (an XLSX file) from its central directory,
 * without inflating anything.
 *
 * @param bytes - the whole archive
 * @returns the entries, in directory order
 * @throws IntakeError `FILE_CORRUPT` for a truncated or malformed archive
 * @example
 * readZipDirectory(xlsxBytes).map((e) => e.name)
 * //=> ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', …]
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end-of-central-directory record sits in the last 22 + 65535 bytes.
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw corrupt('the archive is truncated (no end-of-directory record)');
	let count = view.getUint16(eocd + 10, true);
	let dirSize = view.getUint32(eocd + 12, true);
	let dirOffset = view.getUint32(eocd + 16, true);
	if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
		// Some writers always write ZIP64 records, with markers in the classic one; the locator sits just before it.
		const loc = eocd - 20;
		if (loc < 0 || view.getUint32(loc, true) !== 0x07064b50)
			throw corrupt('its ZIP64 end-of-directory record is missing');
		const at = u64(view, loc + 8);
		if (at + 56 > loc || view.getUint32(at, true) !== 0x06064b50)
			throw corrupt('its ZIP64 end-of-directory record is damaged');
		count = u64(view, at + 32);
		dirSize = u64(view, at + 40);
		dirOffset = u64(view, at + 48);
	}
	if (count > MAX_ENTRIES) throw corrupt(`it holds ${count} parts, more than any workbook needs`);
	if (dirOffset + dirSize > bytes.length)
		throw corrupt('the archive directory points past the end of the file');
	const entries: ZipEntry[] = [];
	const decoder = new TextDecoder('utf-8');
	let p = dirOffset;
	for (let n = 0; n < count; n++) {
		if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50)
			throw corrupt('the archive directory is damaged');
		const nameLength = view.getUint16(p + 28, true);
		const extraLength = view.getUint16(p + 30, true);
		const commentLength = view.getUint16(p + 32, true);
		if (p + 46 + nameLength + extraLength > bytes.length)
			throw corrupt('the archive directory is damaged');
		const entry: ZipEntry = {
			// Windows tools write backslashes; some writers start names with a slash.
			name: decoder
				.decode(bytes.subarray(p + 46, p + 46 + nameLength))
				.replace(/\\/g, '/')
				.replace(/^\/+/, ''),
			flags: view.getUint16(p + 8, true),
			method: view.getUint16(p + 10, true),
			crc32: view.getUint32(p + 16, true),
			compressedSize: view.getUint32(p + 20, true),
			uncompressedSize: view.getUint32(p + 24, true),
			localHeaderOffset: view.getUint32(p + 42, true),
		};
		if (
			entry.uncompressedSize === 0xffffffff ||
			entry.compressedSize === 0xffffffff ||
			entry.localHeaderOffset === 0xffffffff
		) {
			readZip64Extra(view, p + 46 + nameLength, p + 46 + nameLength + extraLength, entry);
		}
		entries.push(entry);
		p += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** A little-endian 64-bit number; past 2^53 it is no archive this reader can hold anyway. */
function u64(view: DataView, at: number): number {
	return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

/** Takes the ZIP64 sizes and offset (extra field 0x0001) for the fields marked 0xFFFFFFFF, in the order the format lists them. */
function readZip64Extra(view: DataView, start: number, end: number, entry: ZipEntry): void {
	for (let q = start; q + 4 <= end;) {
		const id = view.getUint16(q, true);
		const size = view.getUint16(q + 2, true);
		if (id === 0x0001) {
			let f = q + 4;
			const take = (): number => {
				if (f + 8 > q + 4 + size || f + 8 > end) throw corrupt('the archive directory is damaged');
				const v = u64(view, f);
				f += 8;
				return v;
			};
			if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
			if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
			if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
			return;
		}
		q += 4 + size;
	}
	throw corrupt('the archive directory is damaged (ZIP64 sizes are missing)');
}

/**
 * Where an entry's compressed data starts, read from its local header.
 *
 * @param bytes - the whole archive
 * @param entry - an entry from {@link readZipDirectory}
 * @returns the byte offset of the data
 */
export function zipDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const p = entry.localHeaderOffset;
	if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50)
		throw corrupt(`the part ${entry.name} is damaged`);
	const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
	if (start + entry.compressedSize > bytes.length)
		throw corrupt(`the part ${entry.name} is truncated`);
	return start;
}
