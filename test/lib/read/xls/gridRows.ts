import type { GridSheet } from '../../../../lib/read/xls/createCellGrid';

/** A markup sheet's cells as rows of text by position ('' where a row has no cell), for assertions. */
export function gridRows(sheet: GridSheet): string[][] {
	const out: string[][] = [];
	sheet.grid.rows.forEach((r, i) => {
		if (!r) return;
		const cells: string[] = [];
		r.cols.forEach((c, k) => (cells[c] = r.texts[k]));
		out[i] = Array.from(cells, (t) => t ?? '');
	});
	return out;
}
