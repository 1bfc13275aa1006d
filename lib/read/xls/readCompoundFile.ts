import {
	HEADER,
	headerField,
	readCompoundLayout,
	type CompoundLayout,
} from './compound/compoundLayout';
import { readMiniStream, readMiniStreamBytes, type MiniStream } from './compound/miniStream';
import { readAllocationTable } from './compound/readAllocationTable';
import {
	findOrphanStreams,
	readDirectory,
	STREAM,
	type DirectoryEntry,
} from './compound/readDirectory';
import { followChain, readSectors } from './compound/sectorChain';

/** A stream at the top level of a compound file. */
export interface CompoundEntry {
	name: string;
	/** 1 storage, 2 stream. */
	type: number;
	size: number;
}

/** A compound file (OLE2/CFB) opened by {@link readCompoundFile}. */
export interface CompoundFile {
	/** The entries directly under the root storage. */
	entries: CompoundEntry[];
	/** The bytes of a top-level stream, found by name ignoring case; undefined when there is none. */
	stream: (name: string) => Uint8Array | undefined;
}

/** Streams smaller than this live in the mini stream, when the header does not say. */
const DEFAULT_MINI_CUTOFF = 4096;

/**
 * Opens a Compound File Binary container (the OLE2 "structured storage" an
 * .xls workbook lives in) and reads its streams. Every sector chain is walked
 * at most once per sector, so a cycle or a sector number past the end of the
 * file ends the walk with an error rather than a loop, and no buffer is
 * allocated from a size the file declares without checking it against the
 * bytes that are there.
 *
 * @param bytes - the whole file
 * @returns the top-level entries and a way to read a stream by name
 * @throws IntakeError `FILE_CORRUPT` when the header, the allocation tables or the directory are damaged
 * @example
 * readCompoundFile(bytes).stream('Workbook')?.length
 * //=> 18944
 */
export function readCompoundFile(bytes: Uint8Array): CompoundFile {
	const layout = readCompoundLayout(bytes);
	const fat = readAllocationTable(layout);
	const dir = readDirectory(layout, fat);
	const cutoff = headerField(layout, HEADER.miniStreamCutoff) || DEFAULT_MINI_CUTOFF;
	// The mini stream and the orphan scan are read only when a stream needs them, and once.
	let mini: MiniStream | undefined;
	let orphans: DirectoryEntry[] | undefined;

	const stream = (name: string): Uint8Array | undefined => {
		const wanted = name.toLowerCase();
		const named = (t: DirectoryEntry) => t.type === STREAM && t.name.toLowerCase() === wanted;
		const e = dir.top.find(named) ?? (orphans ??= findOrphanStreams(dir)).find(named);
		if (!e) return undefined;
		if (e.size < cutoff)
			return readMiniStreamBytes((mini ??= readMiniStream(layout, fat, dir.root)), e);
		return readLargeStream(layout, fat, e);
	};
	return {
		entries: dir.top.map((t) => ({ name: t.name, type: t.type, size: t.size })),
		stream,
	};
}

/**
 * The bytes of a stream in the file's own sectors. A size past the chain (or
 * the file) reads as what the chain holds, as xlrd does; nothing is
 * allocated from the claim.
 */
function readLargeStream(layout: CompoundLayout, fat: Uint32Array, e: DirectoryEntry): Uint8Array {
	const { bytes, sectorCount, sectorSize } = layout;
	const maxSectors = Math.ceil(Math.min(e.size, bytes.length) / sectorSize);
	const sectors = followChain(fat, e.start, sectorCount, maxSectors, `stream "${e.name}"`);
	return readSectors(layout, sectors, e.size);
}
