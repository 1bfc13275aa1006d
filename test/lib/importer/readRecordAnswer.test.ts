import { readRecordAnswer, readTargetError, type RecordRequest } from '../../../lib/importer';

const create: RecordRequest = {
	operation: 'create',
	method: 'POST',
	idPath: 'id',
	object: 'clients',
};
const update: RecordRequest = {
	operation: 'update',
	method: 'PATCH',
	idPath: 'id',
	id: '42',
	object: 'clients',
};

describe('readRecordAnswer', () => {
	describe('a create', () => {
		it('returns created with the id at idPath for a 2xx (the first example)', () => {
			expect(
				readRecordAnswer(
					{ statusCode: 201, body: { data: { id: 7 } } },
					{ ...create, idPath: 'data.id' },
				),
			).toEqual({ status: 'created', id: '7' });
		});

		it('falls back to a top-level id when idPath finds none, and leaves id out when there is none', () => {
			expect(
				readRecordAnswer(
					{ statusCode: 200, body: { id: 'c-1' } },
					{ ...create, idPath: 'data.id' },
				),
			).toEqual({ status: 'created', id: 'c-1' });
			expect(readRecordAnswer({ statusCode: 204, body: '' }, create)).toEqual({
				status: 'created',
			});
			expect(readRecordAnswer({ statusCode: 200, body: { id: { nested: 1 } } }, create)).toEqual({
				status: 'created',
			});
		});

		it('returns updated for a PUT or PATCH create, which may land on a record already there', () => {
			expect(
				readRecordAnswer({ statusCode: 200, body: { id: 9 } }, { ...create, method: 'PUT' }),
			).toEqual({ status: 'updated', id: '9' });
			expect(
				readRecordAnswer({ statusCode: 200, body: {} }, { ...create, method: 'PATCH' }),
			).toEqual({ status: 'updated' });
		});

		it("returns duplicate with the target's id, code and message for a 409 (the second example)", () => {
			expect(
				readRecordAnswer(
					{ statusCode: 409, body: { code: 'EXISTS', message: 'already there', id: 3 } },
					create,
				),
			).toEqual({ status: 'duplicate', id: '3', code: 'EXISTS', message: 'already there' });
			expect(readRecordAnswer({ statusCode: 409, body: 'Conflict' }, create)).toEqual({
				status: 'duplicate',
				message: 'Conflict',
			});
		});

		it('returns undefined for any other answer, which fails the request', () => {
			for (const statusCode of [400, 401, 404, 410, 422, 429, 500, 302])
				expect(readRecordAnswer({ statusCode, body: { message: 'no' } }, create)).toBeUndefined();
		});
	});

	describe('an update', () => {
		it('returns updated with the id updated, else the answer’s, for a 2xx', () => {
			expect(readRecordAnswer({ statusCode: 200, body: { id: 99 } }, update)).toEqual({
				status: 'updated',
				id: '42',
			});
			expect(
				readRecordAnswer({ statusCode: 200, body: { id: 99 } }, { ...update, id: undefined }),
			).toEqual({ status: 'updated', id: '99' });
			expect(readRecordAnswer({ statusCode: 204, body: '' }, { ...update, id: undefined })).toEqual(
				{ status: 'updated' },
			);
		});

		it('returns a failed row saying the record is gone for a 404 or 410, quoting the target', () => {
			expect(
				readRecordAnswer({ statusCode: 404, body: { message: 'no such client' } }, update),
			).toEqual({
				status: 'failed',
				code: 'IMPORT_UPDATE_NOT_FOUND',
				message:
					'The record to update (clients 42) is not in the target (404): it may have been deleted or merged since it was matched. Import the row as a new record, or drop it. The target said: no such client',
			});
			expect(readRecordAnswer({ statusCode: 410, body: '' }, { ...update, id: undefined })).toEqual(
				{
					status: 'failed',
					code: 'IMPORT_UPDATE_NOT_FOUND',
					message:
						'The record to update (clients ?) is not in the target (410): it may have been deleted or merged since it was matched. Import the row as a new record, or drop it.',
				},
			);
		});

		it('returns undefined for any other answer, a 409 included', () => {
			for (const statusCode of [400, 409, 429, 503])
				expect(readRecordAnswer({ statusCode, body: {} }, update)).toBeUndefined();
		});
	});
});

describe('readTargetError', () => {
	it('reads { error: { code, message } } (the example)', () => {
		expect(readTargetError({ error: { code: 'RATE_LIMITED', message: 'slow down' } })).toEqual({
			code: 'RATE_LIMITED',
			message: 'slow down',
		});
	});

	it('reads { code, message }, { error: text } and a text body', () => {
		expect(readTargetError({ code: 'BAD', message: 'bad email' })).toEqual({
			code: 'BAD',
			message: 'bad email',
		});
		expect(readTargetError({ error: 'Unauthorized' })).toEqual({ message: 'Unauthorized' });
		expect(readTargetError('Service Unavailable')).toEqual({ message: 'Service Unavailable' });
	});

	it('returns nothing for a body that says nothing', () => {
		for (const body of [undefined, null, '', '   ', 42, {}, { code: 5, message: 6 }, []])
			expect(readTargetError(body)).toEqual({});
	});
});
