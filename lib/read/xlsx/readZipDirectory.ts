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
	const count = view.getUint16(eocd + 10, true);
	const dirSize = view.getUint32(eocd + 12, true);
	const dirOffset = view.getUint32(eocd + 16, true);
	if (count === 0xffff || dirOffset === 0xffffffff) throw corrupt('ZIP64 archives are not supported');
	if (count > MAX_ENTRIES) throw corrupt(`it holds ${count} parts, more than any workbook needs`);
	if (dirOffset + dirSize > bytes.length) throw corrupt('the archive directory points past the end of the file');
	const entries: ZipEntry[] = [];
	const decoder = new TextDecoder('utf-8');
	let p = dirOffset;
	for (let n = 0; n < count; n++) {
		if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt('the archive directory is damaged');
		const nameLength = view.getUint16(p + 28, true);
		const extraLength = view.getUint16(p + 30, true);
		const commentLength = view.getUint16(p + 32, true);
		if (p + 46 + nameLength > bytes.length) throw corrupt('the archive directory is damaged');
		entries.push({
			name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/\\/g, '/'),
			flags: view.getUint16(p + 8, true),
			method: view.getUint16(p + 10, true),
			crc32: view.getUint32(p + 16, true),
			compressedSize: view.getUint32(p + 20, true),
			uncompressedSize: view.getUint32(p + 24, true),
			localHeaderOffset: view.getUint32(p + 42, true),
		});
		p += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
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
	if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) throw corrupt(`the part ${entry.name} is damaged`);
	const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
	if (start + entry.compressedSize > bytes.length) throw corrupt(`the part ${entry.name} is truncated`);
	return start;
}
