import { findHeaderRow } from '../../../lib/read/findHeaderRow';
import type { RawRow } from '../../../lib/read/rawRow';

const row = (n: number, ...cells: string[]): RawRow => ({ row: n, cells });

/** An async iterator over the batches, counting how many were taken. */
function batchesOf(batches: RawRow[][]): AsyncIterator<RawRow[]> & { taken: () => number } {
	let i = 0;
	return {
		next: async () =>
			i < batches.length ? { done: false, value: batches[i++] } : { done: true, value: undefined },
		taken: () => i,
	};
}

describe('findHeaderRow', () => {
	describe('where the header is', () => {
		it('returns the first row, and the rest of its batch as pending, when headerRow is 1', async () => {
			const found = await findHeaderRow(batchesOf([[row(1, 'Name'), row(2, 'Ann')]]), 1);
			expect(found).toEqual({
				header: row(1, 'Name'),
				pending: [row(2, 'Ann')],
				sawAnyRow: true,
				above: [],
				detection: {
					row: 1,
					chosen: 'option',
					reason: 'row 1: the row set as the header row',
					skipped: [],
				},
			});
		});

		it('skips blank and whitespace-only rows above the header', async () => {
			const found = await findHeaderRow(
				batchesOf([
					[row(1, ''), row(2, ' ', '\t')],
					[row(3, 'Name', 'City'), row(4, 'Ann', 'Oslo')],
				]),
				1,
			);
			expect(found.header).toEqual(row(3, 'Name', 'City'));
			expect(found.pending).toEqual([row(4, 'Ann', 'Oslo')]);
		});

		it('drops non-blank rows above headerRow (a report title) and takes the first non-blank one at or below it', async () => {
			const found = await findHeaderRow(
				batchesOf([
					[row(1, 'Export of 3 May'), row(2, ''), row(3, ''), row(4, 'Name'), row(5, 'Ann')],
				]),
				2,
			);
			expect(found).toEqual({
				header: row(4, 'Name'),
				pending: [row(5, 'Ann')],
				sawAnyRow: true,
				above: [[1, 'Export of 3 May']],
				detection: {
					row: 4,
					chosen: 'option',
					reason:
						'row 4: the first row with content at or below row 2, the row set as the header row',
					skipped: [1],
				},
			});
		});

		it('returns an empty pending list when the header ends its batch, and reads no further batch', async () => {
			const batches = batchesOf([[row(1, 'Name')], [row(2, 'Ann')], [row(3, 'Bo')]]);
			const found = await findHeaderRow(batches, 1);
			expect(found.pending).toEqual([]);
			expect(batches.taken()).toBe(1);
		});

		it('reads a plain (synchronous) iterator too', async () => {
			const found = await findHeaderRow([[row(1, 'Name'), row(2, 'Ann')]].values(), 1);
			expect(found.header).toEqual(row(1, 'Name'));
		});
	});

	describe('when there is none', () => {
		it('returns sawAnyRow false when every row is blank', async () => {
			expect(await findHeaderRow(batchesOf([[row(1, '')], [row(2, ' ')]]), 1)).toEqual({
				header: undefined,
				pending: [],
				sawAnyRow: false,
				above: [],
			});
		});

		it('returns sawAnyRow true when content ends above headerRow', async () => {
			expect(await findHeaderRow(batchesOf([[row(1, 'Name'), row(2, 'Ann')]]), 5)).toEqual({
				header: undefined,
				pending: [],
				sawAnyRow: true,
				above: [
					[1, 'Name'],
					[2, 'Ann'],
				],
			});
		});

		it('returns sawAnyRow false for no batches at all', async () => {
			expect((await findHeaderRow(batchesOf([]), 1)).sawAnyRow).toBe(false);
		});
	});

	describe('detected (auto)', () => {
		it('returns the header below a title, a date line and a blank row, with every row after it pending', async () => {
			const found = await findHeaderRow(
				batchesOf([
					[
						row(1, 'Client list', '', ''),
						row(2, 'Exported 2024-05-01'),
						row(3, ''),
						row(4, 'Name', 'Email', 'Phone'),
						row(5, 'Ann Lee', 'ann@example.com', '555-123-4567'),
					],
					[row(6, '', '', ''), row(7, 'Bo Li', 'bo@example.com', '555-987-6543')],
				]),
				'auto',
			);
			expect(found.header).toEqual(row(4, 'Name', 'Email', 'Phone'));
			expect(found.pending.map((r) => r.row)).toEqual([5, 6, 7]);
			expect(found.above).toEqual([
				[1, 'Client list'],
				[2, 'Exported 2024-05-01'],
			]);
			expect(found.detection).toEqual({
				row: 4,
				chosen: 'auto',
				reason:
					'row 4: the first row whose 3 cells are all labels, above rows of data; rows 1–2 look like a title and a date line',
				skipped: [1, 2],
			});
		});

		it('reads no more batches than it needs for 30 rows with content', async () => {
			const many = Array.from({ length: 40 }, (_, i) => [row(i + 2, `n${i}`, `${i}`)]);
			const batches = batchesOf([[row(1, 'Name', 'Age')], ...many]);
			const found = await findHeaderRow(batches, 'auto');
			expect(batches.taken()).toBe(30);
			expect(found.pending.length).toBe(29);
		});

		it('returns no header, and every row pending, when the first row holds data', async () => {
			const rows = [row(1, 'Ann', 'ann@example.com'), row(2, 'Bo', 'bo@example.com')];
			const found = await findHeaderRow(batchesOf([rows]), 'auto');
			expect(found.header).toBeUndefined();
			expect(found.pending).toEqual(rows);
			expect(found.detection?.row).toBe(0);
		});

		it('returns sawAnyRow false and no detection for a file of blank rows', async () => {
			expect(await findHeaderRow(batchesOf([[row(1, '')]]), 'auto')).toEqual({
				header: undefined,
				pending: [],
				sawAnyRow: false,
				above: [],
			});
		});
	});
});
