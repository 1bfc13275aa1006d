import { HEADER, headerField, type CompoundLayout } from './compoundLayout';
import type { DirectoryEntry } from './readDirectory';
import { followChain, readSectors } from './sectorChain';

/** The size of a mini sector. */
const MINI_SECTOR = 64;

/** The mini stream (in the root's sectors) and its allocation table, where small streams live. */
export interface MiniStream {
	/** The mini sector after each mini sector. */
	fat: Uint32Array;
	data: Uint8Array;
}

/**
 * Reads the mini stream and its allocation table. The mini stream is the
 * root entry's whole chain, whatever size the root claims: writers that get
 * the size wrong still chain every sector. When the chain is damaged past
 * the size the root claims, what that size covers is read.
 *
 * @param layout - the container
 * @param fat - its allocation table
 * @param root - the directory's root entry
 * @returns the mini stream
 * @throws IntakeError `FILE_CORRUPT` when the chains are damaged within what they must hold
 * @example
 * readMiniStream(layout, fat, dir.root).data.length
 * //=> 4096
 */
export function readMiniStream(
	layout: CompoundLayout,
	fat: Uint32Array,
	root: DirectoryEntry,
): MiniStream {
	const { bytes, sectorCount, sectorSize } = layout;
	let rootSectors: number[];
	try {
		rootSectors = followChain(fat, root.start, sectorCount, sectorCount, 'mini stream');
	} catch {
		const claimed = Math.ceil(Math.min(root.size, bytes.length) / sectorSize);
		rootSectors = followChain(fat, root.start, sectorCount, claimed, 'mini stream');
	}
	const data = readSectors(layout, rootSectors, rootSectors.length * sectorSize);
	const start = headerField(layout, HEADER.miniFatStart);
	const tableSectors = followChain(fat, start, sectorCount, sectorCount, 'mini allocation table');
	const table = readSectors(layout, tableSectors, tableSectors.length * sectorSize);
	const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
	const miniFat = new Uint32Array(table.length >>> 2);
	for (let i = 0; i < miniFat.length; i++) miniFat[i] = view.getUint32(i * 4, true);
	return { fat: miniFat, data };
}

/**
 * The bytes of a small stream, from the mini stream. Its chain is followed
 * for no more mini sectors than its size needs, and the copy is at most what
 * that chain holds.
 *
 * @param mini - the mini stream
 * @param entry - the stream's directory entry
 * @returns its bytes
 * @throws IntakeError `FILE_CORRUPT` when its chain loops or points past the mini stream
 * @example
 * readMiniStreamBytes(mini, summaryEntry).length
 * //=> 236
 */
export function readMiniStreamBytes(mini: MiniStream, entry: DirectoryEntry): Uint8Array {
	const count = Math.floor(mini.data.length / MINI_SECTOR);
	const maxSectors = Math.ceil(entry.size / MINI_SECTOR);
	const sectors = followChain(mini.fat, entry.start, count, maxSectors, `stream "${entry.name}"`);
	const length = Math.min(entry.size, sectors.length * MINI_SECTOR);
	const out = new Uint8Array(length);
	for (let k = 0; k < sectors.length && k * MINI_SECTOR < length; k++) {
		const from = sectors[k] * MINI_SECTOR;
		out.set(
			mini.data.subarray(from, from + Math.min(MINI_SECTOR, length - k * MINI_SECTOR)),
			k * MINI_SECTOR,
		);
	}
	return out;
}
