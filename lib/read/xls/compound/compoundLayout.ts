import { IntakeError } from '../../../errors';

/**
 * The geometry of a Compound File Binary container (the OLE2 "structured
 * storage" an .xls workbook lives in), read from its 512-byte header, and
 * the bounds-checked reads every other part of the reader goes through.
 * [MS-CFB] 2.2: the header fills sector -1; sector `n` starts at
 * `(n + 1) * sectorSize`.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A free sector, or an allocation entry past the end of a truncated file. */
export const FREE = 0xffffffff;
/** The link that ends a sector chain. */
export const END_OF_CHAIN = 0xfffffffe;

/** Header fields, by byte offset. */
export const HEADER = Object.freeze({
	sectorShift: 0x1e,
	miniSectorShift: 0x20,
	directoryStart: 0x30,
	miniStreamCutoff: 0x38,
	miniFatStart: 0x3c,
	difatStart: 0x44,
	/** The first 109 DIFAT entries. */
	difat: 0x4c,
});

/** A compound file's bytes and geometry. */
export interface CompoundLayout {
	bytes: Uint8Array;
	view: DataView;
	/** 9 (512-byte sectors, version 3) or 12 (4,096-byte sectors, version 4). */
	shift: number;
	sectorSize: number;
	/** 32-bit entries a sector holds. */
	perSector: number;
	/** Sectors after the header, a last one cut short included; at least 1. */
	sectorCount: number;
}

/** The FILE_CORRUPT error for a damaged .xls container. */
export function corruptCompound(why: string): IntakeError {
	return new IntakeError(
		'FILE_CORRUPT',
		`The .xls workbook could not be read: ${why}. It is likely damaged; open it in Excel or LibreOffice and save it as .xlsx or CSV.`,
	);
}

/**
 * Checks a compound file's header and reads its geometry.
 *
 * @param bytes - the whole file
 * @returns the layout every other read works from
 * @throws IntakeError `FILE_CORRUPT` for a missing signature, a sector size other than 512 or 4096 bytes,
 * a mini sector size other than 64 bytes, or a file that ends inside its header
 * @example
 * readCompoundLayout(xlsBytes).sectorSize
 * //=> 512
 */
export function readCompoundLayout(bytes: Uint8Array): CompoundLayout {
	if (bytes.length < 512 || SIGNATURE.some((b, i) => bytes[i] !== b))
		throw corruptCompound('it is not a compound file');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const shift = view.getUint16(HEADER.sectorShift, true);
	if (shift !== 9 && shift !== 12)
		throw corruptCompound(`its sector size (2^${shift}) is not 512 or 4096 bytes`);
	const miniShift = view.getUint16(HEADER.miniSectorShift, true);
	if (miniShift !== 6)
		throw corruptCompound(`its mini sector size (2^${miniShift}) is not 64 bytes`);
	const sectorSize = 1 << shift;
	// The header takes the first sector; a last sector cut short still counts.
	const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
	if (sectorCount <= 0) throw corruptCompound('it ends inside its header');
	return { bytes, view, shift, sectorSize, perSector: sectorSize >>> 2, sectorCount };
}

/** A 32-bit little-endian header field. */
export function headerField(layout: CompoundLayout, at: number): number {
	return layout.view.getUint32(at, true);
}

/** Where sector `n` starts in the file. */
export function sectorOffset(layout: CompoundLayout, n: number): number {
	return (n + 1) * layout.sectorSize;
}

/** The `i`th 32-bit entry of sector `n`; FREE when the file ends before it. */
export function sectorEntry(layout: CompoundLayout, n: number, i: number): number {
	const at = sectorOffset(layout, n) + i * 4;
	return at + 4 <= layout.bytes.length ? layout.view.getUint32(at, true) : FREE;
}
