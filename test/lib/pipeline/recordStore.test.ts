import { createRecordStore } from '../../../lib/pipeline/recordStore';

describe('createRecordStore', () => {
	it('returns each record as added, with its row and sheet, past its first room', () => {
		const store = createRecordStore();
		for (let i = 0; i < 3000; i++) store.add({ n: i, name: `P${i}` }, i + 2, i % 3);
		expect(store.length).toBe(3000);
		expect(store.at(2999)).toEqual({ n: 2999, name: 'P2999' });
		expect([store.row(0), store.row(2999), store.sheet(2999)]).toEqual([2, 3001, 2]);
	});

	it("keeps each record's own fields, in their order, and values of any JSON type", () => {
		const store = createRecordStore();
		const records = [
			{ b: 'José Nguyễn 😀', a: 1.5, c: true },
			{ a: null, list: ['x', 'y'], nested: { k: 'v' } },
			{ b: 'x', a: 2, c: false },
			{},
		];
		records.forEach((r, i) => store.add(r, i, 0));
		expect(records.map((_, i) => store.at(i))).toEqual(records);
		expect(Object.keys(store.at(0))).toEqual(['b', 'a', 'c']);
	});

	it('leaves out undefined values, as JSON does', () => {
		const store = createRecordStore();
		store.add({ a: undefined, b: 'x' }, 2, 0);
		expect(store.at(0)).toEqual({ b: 'x' });
		expect(Object.keys(store.at(0))).toEqual(['b']);
	});

	it('holds a record larger than a slab, and the records after it', () => {
		const store = createRecordStore();
		const big = { text: 'é'.repeat(3 * 1024 * 1024) };
		store.add({ n: 1 }, 2, 0);
		store.add(big, 3, 0);
		store.add({ n: 3 }, 4, 0);
		expect([store.at(0), store.at(1).text === big.text, store.at(2)]).toEqual([
			{ n: 1 },
			true,
			{ n: 3 },
		]);
	});

	it('returns a fresh object each time, so a caller may change it', () => {
		const store = createRecordStore();
		store.add({ email: 'a@b.co' }, 2, 0);
		store.at(0).email = 'changed';
		expect(store.at(0)).toEqual({ email: 'a@b.co' });
	});
});
