import { isBlankRow, type RawRow } from './rawRow';

/**
 * Reads whole batches onto `rows` until they hold `want` rows with
 * something in them, or the batches end; blank rows come along but do not
 * count. Reads nothing when `rows` already hold enough.
 *
 * @param batches - a reader's raw rows, the rest of them
 * @param rows - the rows in hand; the batches read are added to it
 * @param want - how many non-blank rows to have
 * @returns how many non-blank rows `rows` now hold
 * @example
 * const rows = [{ row: 2, cells: [''] }]
 * await readNonBlankRows([[{ row: 3, cells: ['Ann'] }, { row: 4, cells: ['Bo'] }]].values(), rows, 1)
 * //=> 1 (rows: rows 2, 3 and 4: the whole batch is read)
 */
export async function readNonBlankRows(
	batches: AsyncIterator<RawRow[]> | Iterator<RawRow[]>,
	rows: RawRow[],
	want: number,
): Promise<number> {
	let filled = 0;
	for (const r of rows) if (!isBlankRow(r.cells)) filled++;
	while (filled < want) {
		const next = await batches.next();
		if (next.done) break;
		for (const r of next.value) {
			rows.push(r);
			if (!isBlankRow(r.cells)) filled++;
		}
	}
	return filled;
}
