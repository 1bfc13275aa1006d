import type { ReadIssueCode } from '../../types';
import type { IssueSink, RawRow } from '../rawRow';

/** A merged range: rows 1-based (as `RawRow.row`), columns 0-based (as `RawRow.cells`), both ends included. */
export interface MergeRange {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

/** Ranges kept per sheet: Excel's own files stay far below; a hostile file gets an issue, not a hang. */
export const MAX_MERGE_RANGES = 100_000;
/** Cells the fill may write per sheet: three columns of a million rows, well short of exhausting memory. */
export const MAX_MERGE_FILLS = 4_000_000;

const LIMIT_CODE: ReadIssueCode = 'SHEET_MERGE_LIMIT';

/** Fills merged ranges into rows as they stream by (see {@link createMergeFiller}). */
export interface MergeFiller {
	/** Fills the covered cells of one row, in place; rows must come in ascending order. */
	fill(row: RawRow): void;
	/** Adds a range found while reading (ODS declares a span at its first cell), before its first row is filled. */
	add(range: MergeRange): void;
}

interface Active {
	range: MergeRange;
	value: string;
}

/**
 * Makes the filler for a sheet's merged ranges: as rows go by in order, the
 * value of each range's top-left cell is copied into every other cell of the
 * range, down and across, so "Smith" merged over three rows reads as "Smith"
 * in each. Only rows that are there get filled: a range reaching past the
 * data makes up no rows. Beyond {@link MAX_MERGE_RANGES} ranges or
 * {@link MAX_MERGE_FILLS} filled cells the rest is left as the file has it,
 * with a `SHEET_MERGE_LIMIT` issue, so a hostile range such as A1:XFD1048576
 * costs no more than a real sheet.
 *
 * @param ranges - the sheet's merged ranges, in any order; single cells and reversed ends are allowed
 * @param onIssue - receives the `SHEET_MERGE_LIMIT` issue
 * @param maxColumn - the last column (0-based) a fill may reach, when the sheet's width is known
 * @returns the filler
 * @example
 * const filler = createMergeFiller([{ top: 2, left: 0, bottom: 3, right: 0 }], () => undefined)
 * const rows = [{ row: 2, cells: ['Smith', 'a'] }, { row: 3, cells: ['', 'b'] }]
 * rows.forEach((r) => filler.fill(r))
 * rows[1].cells
 * //=> ['Smith', 'b']
 */
export function createMergeFiller(
	ranges: readonly MergeRange[],
	onIssue: IssueSink,
	maxColumn = Number.MAX_SAFE_INTEGER,
): MergeFiller {
	const sorted = normalizeRanges(ranges, maxColumn);
	let reported = false;
	const report = (row: number, why: string): void => {
		if (reported) return;
		reported = true;
		onIssue({
			row,
			code: LIMIT_CODE,
			message: `The sheet has ${why}, more than a real sheet needs, so merged cells from row ${row} on were left empty instead of filled. Unmerge the cells in the workbook (Home › Merge & Center › Unmerge, then fill the values down), or turn off filling merged cells.`,
		});
	};
	if (sorted.length > MAX_MERGE_RANGES) {
		report(sorted[MAX_MERGE_RANGES].top, `${sorted.length.toLocaleString('en-US')} merged ranges`);
		sorted.length = MAX_MERGE_RANGES;
	}
	let next = 0;
	let budget = MAX_MERGE_FILLS;
	let active: Active[] = [];
	let count = sorted.length;
	return {
		add(range) {
			const [g] = normalizeRanges([range], maxColumn);
			if (!g) return;
			if (++count > MAX_MERGE_RANGES)
				report(g.top, `more than ${MAX_MERGE_RANGES.toLocaleString('en-US')} merged ranges`);
			else if (!reported) active.push({ range: g, value: '' });
		},
		fill(row) {
			const r = row.row;
			while (next < sorted.length && sorted[next].top <= r)
				active.push({ range: sorted[next++], value: '' });
			if (active.length === 0) return;
			if (active.some((a) => a.range.bottom < r))
				active = active.filter((a) => a.range.bottom >= r);
			const cells = row.cells;
			for (const a of active) {
				const { top, left, right } = a.range;
				if (r === top) a.value = cells[left] ?? '';
				if (a.value === '' || r < top) continue;
				budget -= right - left + 1;
				if (budget < 0) {
					report(
						r,
						`merged ranges covering more than ${MAX_MERGE_FILLS.toLocaleString('en-US')} cells`,
					);
					active = [];
					next = sorted.length;
					return;
				}
				for (let c = cells.length; c < left; c++) cells[c] = '';
				for (let c = left; c <= right; c++) cells[c] = a.value;
			}
		},
	};
}

/** Ranges with their ends in order, clipped to `maxColumn`, the single cells dropped, sorted by their top row. */
function normalizeRanges(ranges: readonly MergeRange[], maxColumn: number): MergeRange[] {
	const out: MergeRange[] = [];
	for (const g of ranges) {
		const top = Math.min(g.top, g.bottom);
		const bottom = Math.max(g.top, g.bottom);
		const left = Math.min(g.left, g.right);
		const right = Math.min(Math.max(g.left, g.right), maxColumn);
		if (left > right || (top === bottom && left === right)) continue;
		out.push({ top, left, bottom, right });
	}
	return out.sort((a, b) => a.top - b.top || a.left - b.left);
}
