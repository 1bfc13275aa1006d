import { mergeRecords } from '../../../index';

describe('mergeRecords', () => {
	const existing = {
		id: 'c-1',
		firstName: 'Bob',
		lastName: 'Lee',
		email: 'bob@x.com',
		phone: '555-123-4567',
		city: '',
		notes: 'VIP',
		updatedAt: '2024-01-10',
	};
	const incoming = {
		firstName: 'Robert',
		lastName: 'Lee',
		email: 'rob@y.com',
		phone: '(555) 123-4567',
		city: 'Austin',
		notes: 'moved',
		updatedAt: '2025-06-01',
	};

	it('keeps existing values, fills the empty ones, and keeps both emails (one phone, written two ways, once)', () => {
		expect(mergeRecords([existing, incoming])).toEqual({
			id: 'c-1',
			firstName: 'Bob',
			lastName: 'Lee',
			email: 'bob@x.com',
			email2: 'rob@y.com',
			phone: '555-123-4567',
			city: 'Austin',
			notes: 'VIP',
			updatedAt: '2024-01-10',
		});
	});

	it('keeps incoming values, per field or for all', () => {
		expect(mergeRecords([existing, incoming], { fields: { notes: 'keepIncoming' } })).toMatchObject(
			{ firstName: 'Bob', notes: 'moved' },
		);
		expect(mergeRecords([existing, incoming], { default: 'keepIncoming' })).toMatchObject({
			firstName: 'Robert',
			notes: 'moved',
			email: 'rob@y.com',
			email2: 'bob@x.com',
			id: 'c-1',
		});
	});

	it('keeps the newest by a date field, whichever record it is in', () => {
		expect(mergeRecords([existing, incoming], { default: 'newest' })).toMatchObject({
			firstName: 'Robert',
			updatedAt: '2025-06-01',
		});
		expect(mergeRecords([incoming, existing], { default: 'newest' })).toMatchObject({
			firstName: 'Robert',
		});
		expect(
			mergeRecords(
				[
					{ a: 'old', seen: '2020-01-01' },
					{ a: 'new', seen: 'not a date' },
				],
				{ default: 'newest', dateField: 'seen' },
			),
		).toEqual({ a: 'old', seen: '2020-01-01' });
	});

	it('fills the slots of multi-valued fields in order, and leaves out values beyond them', () => {
		const merged = mergeRecords([
			{ phone: '111-111-1111' },
			{ phone: '222-222-2222' },
			{ phone: '333-333-3333', phone2: '111.111.1111' },
		]);
		expect(merged).toEqual({ phone: '111-111-1111', phone2: '222-222-2222' });
		expect(mergeRecords([{ email: 'a@x.com' }, { email: 'b@x.com' }], { multiValued: [] })).toEqual(
			{ email: 'a@x.com' },
		);
		expect(mergeRecords([{ email: 'A@x.com' }, { email: 'a@x.com', email2: 'c@x.com' }])).toEqual({
			email: 'A@x.com',
			email2: 'c@x.com',
		});
	});

	it('does not change its inputs, keeps a hostile __proto__ key a plain field, and reads non-objects as empty', () => {
		const a = JSON.parse('{"__proto__": "x", "name": "A"}');
		const b = { name: '', city: 'Paris' };
		const merged = mergeRecords([a, b, null as never, 'junk' as never]);
		expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
		expect(Object.keys(merged)).toEqual(['__proto__', 'name', 'city']);
		expect(b).toEqual({ name: '', city: 'Paris' });
	});

	it('throws a typed error for a bad policy', () => {
		expect(() => mergeRecords([{}], { default: 'loudest' as never })).toThrow(
			expect.objectContaining({ code: 'MERGE_INVALID_OPTION' }),
		);
		expect(() => mergeRecords([{}], { multiValued: [[]] })).toThrow(
			expect.objectContaining({ code: 'MERGE_INVALID_OPTION' }),
		);
	});
});
