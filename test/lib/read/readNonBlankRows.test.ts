import type { RawRow } from '../../../lib/read/rawRow';
import { readNonBlankRows } from '../../../lib/read/readNonBlankRows';

const row = (n: number, text: string): RawRow => ({ row: n, cells: [text, ''] });

describe('readNonBlankRows', () => {
	it('reads whole batches until enough rows hold something; blank rows come along uncounted', async () => {
		const batches = [
			[row(3, 'Ann'), row(4, '')],
			[row(5, ''), row(6, 'Bo'), row(7, 'Cy')],
			[row(8, 'Di')],
		];
		const rows = [row(2, '')];
		expect(await readNonBlankRows(batches.values(), rows, 2)).toBe(3);
		expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
	});

	it('reads nothing when the rows in hand are enough, and stops at the end of the batches', async () => {
		const batches = [[row(3, 'Bo')]].values();
		const rows = [row(2, 'Ann')];
		expect(await readNonBlankRows(batches, rows, 1)).toBe(1);
		expect(rows).toHaveLength(1);
		expect(await readNonBlankRows(batches, rows, 5)).toBe(2);
		expect(await readNonBlankRows(batches, rows, 5)).toBe(2);
	});
});
