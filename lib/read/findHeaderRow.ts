import { isBlankRow, type RawRow } from './rawRow';

/** What {@link findHeaderRow} found. */
export interface HeaderSearch {
	/** The header row, or `undefined` when no non-blank row is at or below `headerRow`. */
	header: RawRow | undefined;
	/** The rows after the header in the batch it was found in: the first data rows. */
	pending: RawRow[];
	/** Whether any non-blank row was seen at all (none: the file is empty). */
	sawAnyRow: boolean;
}

/**
 * Finds the header row: the first non-blank row at or below row `headerRow`.
 * Reads batches only until it is found, so the rest of a large file still
 * streams; rows above it are dropped.
 *
 * @param batches - a reader's raw rows (see {@link openRowSource})
 * @param headerRow - the 1-based row the user set as the header row
 * @returns the header row, the rest of its batch, and whether the file had any content
 * @example
 * const batches = [[{ row: 1, cells: ['Export'] }, { row: 2, cells: [''] }, { row: 3, cells: ['Name'] }, { row: 4, cells: ['Ann'] }]]
 * await findHeaderRow(batches.values(), 2)
 * //=> { header: { row: 3, cells: ['Name'] }, pending: [{ row: 4, cells: ['Ann'] }], sawAnyRow: true }
 */
export async function findHeaderRow(
	batches: AsyncIterator<RawRow[]> | Iterator<RawRow[]>,
	headerRow: number,
): Promise<HeaderSearch> {
	let sawAnyRow = false;
	for (;;) {
		const next = await batches.next();
		if (next.done) return { header: undefined, pending: [], sawAnyRow };
		const batch = next.value;
		for (let i = 0; i < batch.length; i++) {
			const r = batch[i];
			if (isBlankRow(r.cells)) continue;
			sawAnyRow = true;
			if (r.row >= headerRow) return { header: r, pending: batch.slice(i + 1), sawAnyRow };
		}
	}
}
