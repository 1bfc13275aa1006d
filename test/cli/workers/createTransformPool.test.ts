import { packRows, unpackRows } from '../../../cli/src/workers/createTransformPool';

describe('packRows and unpackRows', () => {
	const decisions = { dateOrders: {}, decimalMarks: {}, nameOrders: {} };
	const mapping = { columns: [] };

	it('packs rows with the same keys into flat cells, and unpacks them as they were', () => {
		const rows = [
			{ Name: 'Ann', Email: 'ann@example.com', _row: 2 },
			{ Name: 'Bob', Email: '', _row: 3 },
		];
		const packed = packRows(rows);
		expect(packed).toEqual({
			keys: ['Name', 'Email', '_row'],
			cells: ['Ann', 'ann@example.com', 2, 'Bob', '', 3],
		});
		expect(unpackRows({ id: 1, ...packed!, firstIndex: 0, decisions, mapping })).toEqual(rows);
	});

	it('leaves rows whose keys differ as they are', () => {
		expect(packRows([{ A: '1' }, { A: '2', B: '3' }])).toBeUndefined();
		expect(
			packRows([
				{ A: '1', B: '2' },
				{ A: '2', C: '3' },
			]),
		).toBeUndefined();
		const rows = [{ A: '1' }, { B: '2' }];
		expect(unpackRows({ id: 1, rows, firstIndex: 0, decisions, mapping })).toBe(rows);
	});
});
