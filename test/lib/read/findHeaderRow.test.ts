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
			expect(found).toEqual({ header: row(1, 'Name'), pending: [row(2, 'Ann')], sawAnyRow: true });
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
			expect(found).toEqual({ header: row(4, 'Name'), pending: [row(5, 'Ann')], sawAnyRow: true });
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
			});
		});

		it('returns sawAnyRow true when content ends above headerRow', async () => {
			expect(await findHeaderRow(batchesOf([[row(1, 'Name'), row(2, 'Ann')]]), 5)).toEqual({
				header: undefined,
				pending: [],
				sawAnyRow: true,
			});
		});

		it('returns sawAnyRow false for no batches at all', async () => {
			expect((await findHeaderRow(batchesOf([]), 1)).sawAnyRow).toBe(false);
		});
	});
});
