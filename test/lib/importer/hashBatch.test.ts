import { hashBatch } from '../../../lib/importer/hashBatch';
import { createIdempotencyKey } from '../../../lib/importer';

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

	it('returns the key of { operation, records, ids }, as reports written before kept it', () => {
		const items = [
			{ ...item, record: { b: 'x"y', a: 1, c: null, d: true } },
			{
				row: 3,
				record: { nested: { z: 1, y: [1, { b: 2, a: 1 }] }, when: new Date(0) },
				key: 'k2',
				operation: 'update' as const,
				id: 'u-1',
			},
			{ ...item, record: { 7: 'index-like', __x: undefined, n: Infinity } },
		];
		expect(hashBatch('update', items)).toBe(
			createIdempotencyKey({
				operation: 'update',
				records: items.map((i) => i.record),
				ids: items.map((i) => ('id' in i ? i.id : null)),
			}),
		);
		// the values the general walk gave before this fast path, unchanged
		expect(hashBatch('create', [item])).toBe('a02354c5e521e95c1a1bfb303af3db64');
		expect(createIdempotencyKey({ lastName: 'Lovelace', firstName: 'Ada' })).toBe(
			'468fd5a008b4d92ee9a09b64c9b2e58b',
		);
	});
});
