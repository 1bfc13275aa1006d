import { IntakeError } from '../../errors';

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

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const DIR_ENTRY = 128;
const NO_STREAM = 0xffffffff;

function corrupt(why: string): IntakeError {
	return new IntakeError(
		'FILE_CORRUPT',
		`The .xls workbook could not be read: ${why}. It is likely damaged; open it in Excel or LibreOffice and save it as .xlsx or CSV.`,
	);
}

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
	if (bytes.length < 512 || SIGNATURE.some((b, i) => bytes[i] !== b))
		throw corrupt('it is not a compound file');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u32 = (at: number) => view.getUint32(at, true);
	const shift = view.getUint16(0x1e, true);
	if (shift !== 9 && shift !== 12)
		throw corrupt(`its sector size (2^${shift}) is not 512 or 4096 bytes`);
	const miniShift = view.getUint16(0x20, true);
	if (miniShift !== 6) throw corrupt(`its mini sector size (2^${miniShift}) is not 64 bytes`);
	const sectorSize = 1 << shift;
	const perSector = sectorSize >>> 2;
	// The header takes the first sector; a last sector cut short still counts.
	const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
	if (sectorCount <= 0) throw corrupt('it ends inside its header');
	const sectorAt = (n: number) => (n + 1) * sectorSize;
	const entryAt = (n: number, i: number): number => {
		const at = sectorAt(n) + i * 4;
		return at + 4 <= bytes.length ? u32(at) : FREE;
	};
	const inRange = (n: number) => n < sectorCount;

	// DIFAT: 109 entries in the header, then a chain of DIFAT sectors whose last entry links the next.
	const fatSectors: number[] = [];
	// FAT sectors past those that cover the file's sectors describe nothing: some writers fill the rest of the
	// DIFAT with 0 rather than FREE. A FAT sector past the end of a truncated file reads as free, as xlrd does.
	const fatLimit = Math.ceil(sectorCount / perSector);
	const addFat = (n: number): void => {
		if (n === FREE || n === END_OF_CHAIN || fatSectors.length >= fatLimit) return;
		fatSectors.push(n);
	};
	for (let i = 0; i < 109; i++) addFat(u32(0x4c + i * 4));
	const difatSeen = new Uint8Array(sectorCount);
	let difat = u32(0x44);
	for (let walked = 0; difat !== END_OF_CHAIN && difat !== FREE; walked++) {
		if (!inRange(difat))
			throw corrupt(`its allocation index names sector ${difat}, past the end of the file`);
		if (difatSeen[difat] || walked >= sectorCount) throw corrupt('its allocation index loops');
		difatSeen[difat] = 1;
		for (let i = 0; i < perSector - 1; i++) addFat(entryAt(difat, i));
		difat = entryAt(difat, perSector - 1);
	}
	if (fatSectors.length === 0) throw corrupt('it has no allocation table');

	const fat = new Uint32Array(fatSectors.length * perSector);
	fatSectors.forEach((s, k) => {
		for (let i = 0; i < perSector; i++) fat[k * perSector + i] = entryAt(s, i);
	});

	/** Follows a chain from `start`; stops after `maxSectors` (enough for the stream), and on a cycle or a bad link throws. */
	const chain = (
		next: Uint32Array,
		start: number,
		limit: number,
		maxSectors: number,
		what: string,
	): number[] => {
		const out: number[] = [];
		const seen = new Uint8Array(limit);
		let s = start;
		while (s !== END_OF_CHAIN && out.length < maxSectors) {
			if (s >= limit || s >= next.length) {
				if (s === FREE) break;
				throw corrupt(`the ${what} points to sector ${s}, past the end of the file`);
			}
			if (seen[s]) throw corrupt(`the ${what} loops back on itself`);
			seen[s] = 1;
			out.push(s);
			s = next[s];
		}
		return out;
	};
	const readSectors = (sectors: number[], size: number): Uint8Array => {
		const length = Math.min(size, sectors.length * sectorSize);
		const out = new Uint8Array(length);
		for (let k = 0; k < sectors.length && k * sectorSize < length; k++) {
			const from = sectorAt(sectors[k]);
			out.set(
				bytes.subarray(
					from,
					Math.min(from + Math.min(sectorSize, length - k * sectorSize), bytes.length),
				),
				k * sectorSize,
			);
		}
		return out;
	};

	const dirSectors = chain(fat, u32(0x30), sectorCount, sectorCount, 'directory');
	if (dirSectors.length === 0) throw corrupt('it has no directory');
	const dir = readSectors(dirSectors, dirSectors.length * sectorSize);
	const dirView = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
	const dirCount = Math.floor(dir.length / DIR_ENTRY);
	const entry = (i: number) => {
		const at = i * DIR_ENTRY;
		// The name ends at its NUL; a length field that is zero or past 64 bytes is damage, not a limit.
		const declared = dirView.getUint16(at + 0x40, true);
		const nameBytes = declared >= 2 && declared <= 64 ? declared : 64;
		let name = '';
		for (let k = 0; k + 1 < nameBytes; k += 2) {
			const c = dirView.getUint16(at + k, true);
			if (c === 0) break;
			name += String.fromCharCode(c);
		}
		const high = dirView.getUint32(at + 0x7c, true);
		return {
			name,
			type: dir[at + 0x42],
			left: dirView.getUint32(at + 0x44, true),
			right: dirView.getUint32(at + 0x48, true),
			child: dirView.getUint32(at + 0x4c, true),
			start: dirView.getUint32(at + 0x74, true),
			// Version 3 files leave the high half undefined; nothing real is 4 GB.
			size: shift === 9 || high === 0 ? dirView.getUint32(at + 0x78, true) : Infinity,
		};
	};
	const root = entry(0);
	if (root.type !== 5) throw corrupt('its directory has no root entry');

	// The root's children form a tree through left/right links; visit each entry at most once.
	const top: Array<ReturnType<typeof entry>> = [];
	const visited = new Uint8Array(dirCount);
	const pending = [root.child];
	while (pending.length > 0) {
		const i = pending.pop()!;
		if (i === NO_STREAM || i >= dirCount || visited[i]) continue;
		visited[i] = 1;
		const e = entry(i);
		if (e.type === 1 || e.type === 2) top.push(e);
		pending.push(e.left, e.right);
	}

	const cutoff = u32(0x38) || 4096;
	let mini: { fat: Uint32Array; data: Uint8Array } | undefined;
	const miniStream = () => {
		if (mini) return mini;
		// The whole chain, whatever size the root claims: writers that get the size wrong still chain every sector.
		let rootSectors: number[];
		try {
			rootSectors = chain(fat, root.start, sectorCount, sectorCount, 'mini stream');
		} catch {
			// Damage past the size the root claims: read what that size covers.
			rootSectors = chain(
				fat,
				root.start,
				sectorCount,
				Math.ceil(Math.min(root.size, bytes.length) / sectorSize),
				'mini stream',
			);
		}
		const data = readSectors(rootSectors, rootSectors.length * sectorSize);
		const miniFatSectors = chain(fat, u32(0x3c), sectorCount, sectorCount, 'mini allocation table');
		const table = readSectors(miniFatSectors, miniFatSectors.length * sectorSize);
		const tableView = new DataView(table.buffer, table.byteOffset, table.byteLength);
		const miniFat = new Uint32Array(table.length >>> 2);
		for (let i = 0; i < miniFat.length; i++) miniFat[i] = tableView.getUint32(i * 4, true);
		mini = { fat: miniFat, data };
		return mini;
	};

	// Entries no tree reaches: where a damaged red-black tree leaves a stream, found by a linear scan as xlrd and SheetJS do.
	// Entries inside a storage (an embedded object's streams) are marked, so they are never taken for the workbook's own.
	let orphans: Array<ReturnType<typeof entry>> | undefined;
	const orphanStreams = () => {
		if (orphans) return orphans;
		const reached = visited.slice();
		const nested = top.filter((t) => t.type === 1).map((t) => t.child);
		while (nested.length > 0) {
			const i = nested.pop()!;
			if (i === NO_STREAM || i >= dirCount || reached[i]) continue;
			reached[i] = 1;
			const e = entry(i);
			nested.push(e.left, e.right, e.child);
		}
		orphans = [];
		for (let i = 1; i < dirCount; i++) {
			if (reached[i]) continue;
			const e = entry(i);
			if (e.type === 2) orphans.push(e);
		}
		return orphans;
	};

	const stream = (name: string): Uint8Array | undefined => {
		const wanted = name.toLowerCase();
		const named = (t: ReturnType<typeof entry>) => t.type === 2 && t.name.toLowerCase() === wanted;
		const e = top.find(named) ?? orphanStreams().find(named);
		if (!e) return undefined;
		if (e.size < cutoff) {
			const m = miniStream();
			const count = Math.floor(m.data.length / 64);
			const sectors = chain(m.fat, e.start, count, Math.ceil(e.size / 64), `stream "${e.name}"`);
			const length = Math.min(e.size, sectors.length * 64);
			const out = new Uint8Array(length);
			for (let k = 0; k < sectors.length && k * 64 < length; k++) {
				out.set(
					m.data.subarray(sectors[k] * 64, sectors[k] * 64 + Math.min(64, length - k * 64)),
					k * 64,
				);
			}
			return out;
		}
		// A size past the chain (or the file) reads as what the chain holds, as xlrd does; nothing is allocated from the claim.
		return readSectors(
			chain(
				fat,
				e.start,
				sectorCount,
				Math.ceil(Math.min(e.size, bytes.length) / sectorSize),
				`stream "${e.name}"`,
			),
			e.size,
		);
	};

	return { entries: top.map((t) => ({ name: t.name, type: t.type, size: t.size })), stream };
}
