import { createRecordStore } from '../../../lib/pipeline/recordStore';

describe('createRecordStore', () => {
	it('returns each record as added, with its row and sheet, past its first room', () => {
		const store = createRecordStore();
		for (let i = 0; i < 3000; i++) store.add({ n: i, name: `P${i}` }, i + 2, i % 3);
		expect(store.length).toBe(3000);
		expect(store.at(2999)).toEqual({ n: 2999, name: 'P2999' });
		expect(store.text(5)).toBe('{"n":5,"name":"P5"}');
		expect([store.row(0), store.row(2999), store.sheet(2999)]).toEqual([2, 3001, 2]);
	});

	it('returns a fresh object each time, so a caller may change it', () => {
		const store = createRecordStore();
		store.add({ email: 'a@b.co' }, 2, 0);
		store.at(0).email = 'changed';
		expect(store.at(0)).toEqual({ email: 'a@b.co' });
	});
});
