import { corruptCompound, HEADER, headerField, type CompoundLayout } from './compoundLayout';
import { followChain, readSectors } from './sectorChain';

/** The size of one directory entry. */
const DIR_ENTRY = 128;
/** A left, right or child link to no entry. */
const NO_STREAM = 0xffffffff;

/** Directory entry types ([MS-CFB] 2.6.1). */
export const STORAGE = 1;
export const STREAM = 2;
export const ROOT = 5;

/** One entry of a compound file's directory. */
export interface DirectoryEntry {
	name: string;
	/** 1 storage, 2 stream, 5 root. */
	type: number;
	/** Siblings in the red-black tree of the storage that holds the entry. */
	left: number;
	right: number;
	/** The root of a storage's own tree. */
	child: number;
	/** The first sector (or mini sector) of a stream. */
	start: number;
	size: number;
}

/** A compound file's directory, read by {@link readDirectory}. */
export interface Directory {
	/** Entries there are room for in the directory's sectors. */
	count: number;
	/** Entry `i` (0 ≤ i < count), read from the directory's bytes on each call. */
	entry(i: number): DirectoryEntry;
	/** Entry 0, which holds the mini stream. */
	root: DirectoryEntry;
	/** The storages and streams directly under the root. */
	top: DirectoryEntry[];
	/** 1 for each entry the root's tree reaches. */
	reached: Uint8Array;
}

/**
 * Reads a compound file's directory and walks the tree of the root's
 * children through their left and right links. Each entry is visited at
 * most once and links past the directory are ignored, so a damaged tree
 * ends the walk rather than looping.
 *
 * @param layout - the container
 * @param fat - its allocation table
 * @returns the directory
 * @throws IntakeError `FILE_CORRUPT` when the directory's chain is damaged or empty, or entry 0 is not the root
 * @example
 * readDirectory(layout, fat).top.map((e) => e.name)
 * //=> ['Workbook', '\u0005SummaryInformation', …]
 */
export function readDirectory(layout: CompoundLayout, fat: Uint32Array): Directory {
	const { sectorCount, sectorSize } = layout;
	const start = headerField(layout, HEADER.directoryStart);
	const sectors = followChain(fat, start, sectorCount, sectorCount, 'directory');
	if (sectors.length === 0) throw corruptCompound('it has no directory');
	const bytes = readSectors(layout, sectors, sectors.length * sectorSize);
	const count = Math.floor(bytes.length / DIR_ENTRY);
	const entry = entryReader(bytes, layout.shift);
	const root = entry(0);
	if (root.type !== ROOT) throw corruptCompound('its directory has no root entry');

	const top: DirectoryEntry[] = [];
	const reached = new Uint8Array(count);
	const pending = [root.child];
	while (pending.length > 0) {
		const i = pending.pop()!;
		if (i === NO_STREAM || i >= count || reached[i]) continue;
		reached[i] = 1;
		const e = entry(i);
		if (e.type === STORAGE || e.type === STREAM) top.push(e);
		pending.push(e.left, e.right);
	}
	return { count, entry, root, top, reached };
}

/** Reads entry `i` of the directory's bytes. */
function entryReader(dir: Uint8Array, shift: number): (i: number) => DirectoryEntry {
	const view = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
	return (i) => {
		const at = i * DIR_ENTRY;
		// The name ends at its NUL; a length field that is zero or past 64 bytes is damage, not a limit.
		const declared = view.getUint16(at + 0x40, true);
		const nameBytes = declared >= 2 && declared <= 64 ? declared : 64;
		let name = '';
		for (let k = 0; k + 1 < nameBytes; k += 2) {
			const c = view.getUint16(at + k, true);
			if (c === 0) break;
			name += String.fromCharCode(c);
		}
		const high = view.getUint32(at + 0x7c, true);
		return {
			name,
			type: dir[at + 0x42],
			left: view.getUint32(at + 0x44, true),
			right: view.getUint32(at + 0x48, true),
			child: view.getUint32(at + 0x4c, true),
			start: view.getUint32(at + 0x74, true),
			// Version 3 files leave the high half undefined; nothing real is 4 GB.
			size: shift === 9 || high === 0 ? view.getUint32(at + 0x78, true) : Infinity,
		};
	};
}

/**
 * The streams no tree reaches: where a damaged red-black tree leaves a
 * stream, found by a linear scan as xlrd and SheetJS do. Entries inside a
 * storage (an embedded object's streams) are marked first, so they are never
 * taken for the workbook's own; each entry is marked at most once.
 *
 * @param dir - the directory
 * @returns the unreached streams, in directory order
 * @example
 * findOrphanStreams(dir).map((e) => e.name)
 * //=> ['Workbook'] (for a file whose tree lost it)
 */
export function findOrphanStreams(dir: Directory): DirectoryEntry[] {
	const reached = dir.reached.slice();
	const nested = dir.top.filter((t) => t.type === STORAGE).map((t) => t.child);
	while (nested.length > 0) {
		const i = nested.pop()!;
		if (i === NO_STREAM || i >= dir.count || reached[i]) continue;
		reached[i] = 1;
		const e = dir.entry(i);
		nested.push(e.left, e.right, e.child);
	}
	const orphans: DirectoryEntry[] = [];
	for (let i = 1; i < dir.count; i++) {
		if (reached[i]) continue;
		const e = dir.entry(i);
		if (e.type === STREAM) orphans.push(e);
	}
	return orphans;
}
