import { hashBatch } from '../../../lib/importer/hashBatch';

const item = { row: 2, record: { a: 1 }, key: 'k', operation: 'create' as const };

describe('hashBatch', () => {
	it('returns the same hash for the same body, whatever the row numbers and keys', () => {
		expect(hashBatch('create', [item])).toBe(hashBatch('create', [{ ...item, row: 9, key: 'x' }]));
	});

	it('returns another hash when the operation, a record or an id changes', () => {
		const base = hashBatch('create', [item]);
		expect(hashBatch('update', [item])).not.toBe(base);
		expect(hashBatch('create', [{ ...item, record: { a: 2 } }])).not.toBe(base);
		expect(hashBatch('create', [{ ...item, id: '1' }])).not.toBe(base);
	});
});
