import { sortRecords } from '../../../lib/export/sortRecords';

const ids = (rs: Array<Record<string, unknown>>): unknown[] => rs.map((r) => r.id);

describe('sortRecords', () => {
	it('returns numbers by value whatever their written form, empty last in both directions', () => {
		const rs = [
			{ id: 1, n: '1,200' },
			{ id: 2, n: 90 },
			{ id: 3, n: '' },
			{ id: 4, n: '-5' },
			{ id: 5 },
		];
		expect(ids(sortRecords(rs, [{ field: 'n' }]))).toEqual([4, 2, 1, 3, 5]);
		expect(ids(sortRecords(rs, [{ field: 'n', direction: 'desc' }]))).toEqual([1, 2, 4, 3, 5]);
	});

	it('returns dates by date, written in several forms', () => {
		const rs = [
			{ id: 1, d: '2025-01-05' },
			{ id: 2, d: '12/31/2024' },
			{ id: 3, d: new Date('2025-01-04T00:00:00Z') },
			{ id: 4, d: 'Feb 1, 2025' },
		];
		expect(ids(sortRecords(rs, [{ field: 'd' }]))).toEqual([2, 3, 1, 4]);
	});

	it('returns text case-insensitively, stably, with several keys', () => {
		const rs = [
			{ id: 1, g: 'b', s: 'zoë' },
			{ id: 2, g: 'a', s: 'Zoe' },
			{ id: 3, g: 'B', s: 'adam' },
			{ id: 4, g: 'a', s: 'zoe' },
		];
		expect(ids(sortRecords(rs, [{ field: 'g' }, { field: 's', direction: 'desc' }]))).toEqual([
			2, 4, 1, 3,
		]);
		expect(ids(sortRecords(rs, [{ field: 'client.name' }]))).toEqual([1, 2, 3, 4]);
	});
});
