import { detectHeaderRow, type HeaderDetection } from './detectHeaderRow';
import { readNonBlankRows } from './readNonBlankRows';
import { isBlankRow, type RawRow } from './rawRow';

/** What {@link findHeaderRow} found. */
export interface HeaderSearch {
	/**
	 * The header row, or `undefined` when there is none: no non-blank row at
	 * or below a set `headerRow`, or (detected) a file whose first row is data.
	 */
	header: RawRow | undefined;
	/** The rows read after the header (blank ones included): the first data rows. */
	pending: RawRow[];
	/** Whether any non-blank row was seen at all (none: the file is empty). */
	sawAnyRow: boolean;
	/** How the header row was settled; `undefined` when no non-blank row was seen at or below `headerRow`. */
	detection?: HeaderDetection;
	/** The first of the rows above the header with content: row number and first text (at most {@link HEADER_SEARCH_ROWS}). */
	above: Array<[row: number, text: string]>;
}

/** Non-blank rows read before the header row is chosen: exports put their titles and notes in the first few. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * Finds the header row. With `'auto'`, the first {@link HEADER_SEARCH_ROWS}
 * non-blank rows are read and the one that looks most like labels over rows
 * of data is chosen (see {@link detectHeaderRow}); with a number, it is the
 * first non-blank row at or below that row. Only the batches needed are read,
 * so the rest of a large file still streams; rows above the header are listed
 * in `detection.skipped`, never read as data.
 *
 * @param batches - a reader's raw rows (see {@link openRowSource})
 * @param headerRow - the 1-based row the user set as the header row, or `'auto'`
 * @returns the header row, the rows read after it, whether the file had any content, and how the row was chosen
 * @example
 * const batches = [[{ row: 1, cells: ['Export'] }, { row: 2, cells: [''] }, { row: 3, cells: ['Name'] }, { row: 4, cells: ['Ann'] }]]
 * (await findHeaderRow(batches.values(), 2)).header
 * //=> { row: 3, cells: ['Name'] }
 */
export async function findHeaderRow(
	batches: AsyncIterator<RawRow[]> | Iterator<RawRow[]>,
	headerRow: number | 'auto',
): Promise<HeaderSearch> {
	if (headerRow === 'auto') return detectInFirstRows(batches);
	const above: number[] = [];
	const texts: Array<[number, string]> = [];
	for (;;) {
		const next = await batches.next();
		if (next.done)
			return { header: undefined, pending: [], sawAnyRow: above.length > 0, above: texts };
		const batch = next.value;
		for (let i = 0; i < batch.length; i++) {
			const r = batch[i];
			if (isBlankRow(r.cells)) continue;
			if (r.row < headerRow) {
				above.push(r.row);
				if (texts.length < HEADER_SEARCH_ROWS) texts.push([r.row, firstText(r)]);
				continue;
			}
			const detection: HeaderDetection = {
				row: r.row,
				chosen: 'option',
				reason: `row ${r.row}: ${r.row === headerRow ? 'the row' : `the first row with content at or below row ${headerRow}, the row`} set as the header row`,
				skipped: above,
			};
			return { header: r, pending: batch.slice(i + 1), sawAnyRow: true, detection, above: texts };
		}
	}
}

/** Reads whole batches until enough non-blank rows are in hand, then lets {@link detectHeaderRow} choose. */
async function detectInFirstRows(
	batches: AsyncIterator<RawRow[]> | Iterator<RawRow[]>,
): Promise<HeaderSearch> {
	const read: RawRow[] = [];
	const filled = await readNonBlankRows(batches, read, HEADER_SEARCH_ROWS);
	if (filled === 0) return { header: undefined, pending: [], sawAnyRow: false, above: [] };
	const { detection, index } = detectHeaderRow(read);
	if (index < 0) return { header: undefined, pending: read, sawAnyRow: true, detection, above: [] };
	const above = read
		.slice(0, index)
		.filter((r) => !isBlankRow(r.cells))
		.map((r): [number, string] => [r.row, firstText(r)]);
	return { header: read[index], pending: read.slice(index + 1), sawAnyRow: true, detection, above };
}

/** A row's first text, shortened to quote in a message. */
function firstText(r: RawRow): string {
	const text = (r.cells.find((c) => c.trim() !== '') ?? '').trim();
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
