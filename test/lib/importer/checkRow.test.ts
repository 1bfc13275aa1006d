import { checkRow, toBatchItem } from '../../../lib/importer/checkRow';
import { createIdempotencyKey } from '../../../lib/importer';

const keying = { keyOf: (record: Record<string, unknown>) => `k:${JSON.stringify(record)}` };

describe('checkRow', () => {
	describe('rows that can be sent', () => {
		it('keys a create by its content', () => {
			expect(checkRow({ row: 2, record: { a: 1 } }, 0, keying)).toEqual({
				ok: true,
				row: { row: 2, record: { a: 1 }, key: 'k:{"a":1}', operation: 'create' },
			});
		});

		it('keys an update by what it does and to which record, trimming the id', () => {
			const checked = checkRow(
				{ row: 3, record: { a: 1 }, operation: 'update', id: ' 42 ' },
				0,
				keying,
			);
			expect(checked).toEqual({
				ok: true,
				row: {
					row: 3,
					record: { a: 1 },
					key: createIdempotencyKey({ operation: 'update', id: '42', record: { a: 1 } }),
					operation: 'update',
					id: '42',
				},
			});
		});

		it("uses the caller's key function, and the position as the row number when the row has none", () => {
			const checked = checkRow({ record: { email: 'a@b.c' } } as never, 4, {
				...keying,
				idempotencyKey: (record) => String(record.email),
			});
			expect(checked).toMatchObject({ ok: true, row: { row: 5, key: 'a@b.c' } });
		});
	});

	describe('rows that fail', () => {
		it('fails a row without a record', () => {
			expect(checkRow({ row: 2 } as never, 0, keying)).toEqual({
				ok: false,
				failure: {
					row: 2,
					status: 'failed',
					code: 'IMPORT_INVALID_RECORD',
					message: 'The row has no record (an object of fields); nothing was sent.',
				},
			});
		});

		it('fails an unknown operation', () => {
			const checked = checkRow({ row: 2, record: {}, operation: 'delete' } as never, 0, keying);
			expect(checked.ok === false && checked.failure.message).toBe(
				'The row\'s operation is "delete"; it must be "create" or "update". Nothing was sent.',
			);
		});

		it('fails an update without an id rather than create a copy', () => {
			const checked = checkRow({ row: 2, record: {}, operation: 'update', id: '  ' }, 0, keying);
			expect(checked).toMatchObject({
				ok: false,
				failure: { row: 2, status: 'failed', operation: 'update', code: 'IMPORT_UPDATE_NO_ID' },
			});
		});

		it('fails a row whose key function throws or gives a blank key', () => {
			const throws = checkRow({ row: 2, record: {} }, 0, {
				...keying,
				idempotencyKey: () => {
					throw new Error('no email');
				},
			});
			expect(throws).toMatchObject({
				ok: false,
				failure: { code: 'IMPORT_KEY_MISSING', message: 'No idempotency key: no email' },
			});
			const blank = checkRow({ row: 2, record: {} }, 0, { ...keying, idempotencyKey: () => '' });
			expect(blank).toMatchObject({ ok: false, failure: { code: 'IMPORT_KEY_MISSING' } });
		});
	});
});

describe('toBatchItem', () => {
	const create = { row: 2, record: { a: 1 }, key: 'k', operation: 'create' as const };

	it('tags a create in the tag field, leaving the checked record as it was', () => {
		expect(toBatchItem(create, 'importId', 'imp-1')).toEqual({
			row: 2,
			record: { a: 1, importId: 'imp-1' },
			key: 'k',
			operation: 'create',
		});
		expect(create.record).toEqual({ a: 1 });
	});

	it('never tags an update, and sends a create untagged without a tag field', () => {
		expect(toBatchItem({ ...create, operation: 'update', id: '9' }, 'importId', 'imp-1')).toEqual({
			row: 2,
			record: { a: 1 },
			key: 'k',
			operation: 'update',
			id: '9',
		});
		expect(toBatchItem(create, undefined, 'imp-1').record).toBe(create.record);
	});
});
