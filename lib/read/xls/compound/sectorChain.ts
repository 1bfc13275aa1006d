import {
	corruptCompound,
	END_OF_CHAIN,
	FREE,
	sectorOffset,
	type CompoundLayout,
} from './compoundLayout';

/**
 * Follows a sector chain through an allocation table from `start`. The walk
 * visits each sector at most once and stops after `maxSectors` (enough for
 * the stream being read), so a cycle, a link past `limit` or a chain longer
 * than its stream can never loop or grow past the file.
 *
 * @param next - the allocation table: the sector after each sector
 * @param start - the chain's first sector
 * @param limit - sectors there are (a link at or past it is damage, FREE aside)
 * @param maxSectors - the most sectors to take
 * @param what - what the chain holds, for errors ("directory", `stream "Workbook"`)
 * @returns the chain's sectors in order; a FREE link ends it early
 * @throws IntakeError `FILE_CORRUPT` for a link past the end or a chain that loops
 * @example
 * followChain(Uint32Array.of(1, 0xfffffffe), 0, 2, 2, 'directory')
 * //=> [0, 1]
 */
export function followChain(
	next: Uint32Array,
	start: number,
	limit: number,
	maxSectors: number,
	what: string,
): number[] {
	const out: number[] = [];
	const seen = new Uint8Array(limit);
	let s = start;
	while (s !== END_OF_CHAIN && out.length < maxSectors) {
		if (s >= limit || s >= next.length) {
			if (s === FREE) break;
			throw corruptCompound(`the ${what} points to sector ${s}, past the end of the file`);
		}
		if (seen[s]) throw corruptCompound(`the ${what} loops back on itself`);
		seen[s] = 1;
		out.push(s);
		s = next[s];
	}
	return out;
}

/**
 * Copies the first `size` bytes held by a chain of sectors. The copy is at
 * most what the chain holds (never sized from `size` alone), and a last
 * sector the file cuts short gives the bytes that are there (the rest stays
 * zero).
 *
 * @param layout - the container
 * @param sectors - the chain, from {@link followChain}
 * @param size - the bytes wanted
 * @returns the bytes
 * @example
 * readSectors(layout, [3, 4], 600).length
 * //=> 600
 */
export function readSectors(layout: CompoundLayout, sectors: number[], size: number): Uint8Array {
	const { bytes, sectorSize } = layout;
	const length = Math.min(size, sectors.length * sectorSize);
	const out = new Uint8Array(length);
	for (let k = 0; k < sectors.length && k * sectorSize < length; k++) {
		const from = sectorOffset(layout, sectors[k]);
		const to = Math.min(from + Math.min(sectorSize, length - k * sectorSize), bytes.length);
		out.set(bytes.subarray(from, to), k * sectorSize);
	}
	return out;
}
