import type { ImportBatchItem } from '../../../../lib';
import { fillPath, placeholdersOf, valueFor } from '../../../../nodes/ImportBatch/transport/paths';

describe('placeholdersOf', () => {
	it('returns the placeholder names of a path template, dotted ones included', () => {
		expect(placeholdersOf('/api/{object}/{id}/notes/{case.number}')).toEqual([
			'object',
			'id',
			'case.number',
		]);
		expect(placeholdersOf('/api/v1/import')).toEqual([]);
	});
});

describe('fillPath', () => {
	it('fills every placeholder, URL-encoded: trimmed text, finite numbers and booleans', () => {
		const values: Record<string, unknown> = { object: 'clients', id: ' a/b ', n: 7, flag: false };
		expect(fillPath('/api/{object}/{id}/{n}/{flag}', (name) => values[name])).toEqual({
			path: '/api/clients/a%2Fb/7/false',
		});
	});

	it('names the first placeholder left blank, so nothing is sent with literal braces', () => {
		for (const blank of ['', '  ', undefined, null, Number.NaN, {}])
			expect(fillPath('/api/{object}/{id}/{other}', (n) => (n === 'object' ? 'x' : blank))).toEqual(
				{ missing: 'id' },
			);
	});
});

describe('valueFor', () => {
	const item: ImportBatchItem = {
		row: 2,
		key: 'k',
		operation: 'create',
		record: { id: 'rec-1', address: { zip: '02134' } },
	};
	it('gives {object} the object, {id} the id to update, else the record’s field', () => {
		expect(valueFor('object', 'clients', item)).toBe('clients');
		expect(valueFor('id', 'clients', { ...item, operation: 'update', id: 'upd-9' })).toBe('upd-9');
		expect(valueFor('id', 'clients', item)).toBe('rec-1');
		expect(valueFor('address.zip', 'clients', item)).toBe('02134');
		expect(valueFor('address.city', 'clients', item)).toBeUndefined();
		expect(valueFor('__proto__', 'clients', item)).toBeUndefined();
	});
});
