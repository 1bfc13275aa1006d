import { undoDoubleDecoding } from './undoDoubleDecoding';

const ASCII = /^[\u0000-\u007f]*$/;

/**
 * Finds the columns whose text was decoded twice (UTF-8 bytes read as
 * Windows-1252 by an earlier tool, see {@link undoDoubleDecoding}): those
 * where at least one cell repairs and every cell that is not plain ASCII
 * repairs. One cell never decides: a column that mixes a real `é` with
 * `Ã©`, or holds text that does not repair, is left alone.
 *
 * Pure and synchronous; never throws. Cells that are not text are skipped.
 *
 * @param rows - rows of cells, as read (the header row may be included)
 * @returns the column indexes, ascending
 *
 * @example
 * findDoubleDecodedColumns([['JosÃ©', 'José'], ['MÃ¼ller', 'Ann']])
 * //=> [0]
 */
export function findDoubleDecodedColumns(rows: ReadonlyArray<ReadonlyArray<string>>): number[] {
	const repaired = new Set<number>();
	const failed = new Set<number>();
	for (const row of Array.isArray(rows) ? rows : []) {
		if (!Array.isArray(row)) continue;
		row.forEach((cell: unknown, column) => {
			if (failed.has(column) || typeof cell !== 'string' || ASCII.test(cell)) return;
			if (undoDoubleDecoding(cell) === undefined) {
				failed.add(column);
				repaired.delete(column);
			} else repaired.add(column);
		});
	}
	return [...repaired].sort((a, b) => a - b);
}
