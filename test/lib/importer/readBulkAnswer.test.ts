import { parseRetryAfter, readBulkAnswer } from '../../../lib/importer';

describe('readBulkAnswer', () => {
	it('reads the documented answer: errors by index, duplicates by code, counts kept', () => {
		expect(
			readBulkAnswer({
				object_name: 'clients',
				created: 1,
				duplicates: 1,
				failed: 1,
				errors: [
					{ index: 2, code: 'INVALID_EMAIL', message: 'bad email' },
					{ index: '1', code: 'DUPLICATE_RECORD', message: 'exists' },
				],
			}),
		).toEqual({
			results: [
				{ index: 1, status: 'duplicate', code: 'DUPLICATE_RECORD', message: 'exists' },
				{ index: 2, status: 'failed', code: 'INVALID_EMAIL', message: 'bad email' },
			],
			counts: { created: 1, duplicates: 1, failed: 1 },
		});
	});

	it('reads per-record results, in the words targets use, completed by the errors list', () => {
		expect(
			readBulkAnswer({
				data: {
					results: [
						{ index: 0, status: 'Inserted', id: 7 },
						{ index: 1, status: 'error' },
						{ index: 0, status: 'created' },
					],
					errors: [{ index: 1, code: 'X', message: 'why' }],
				},
			}),
		).toEqual({
			results: [
				{ index: 0, status: 'created', id: '7' },
				{ index: 1, status: 'failed', code: 'X', message: 'why' },
			],
		});
	});

	it('keeps a record listed twice with different statuses, so the importer can flag the contradiction', () => {
		expect(
			readBulkAnswer({
				results: [
					{ index: 0, status: 'created', id: 'c-1' },
					{ index: 1, status: 'created', id: 'c-2' },
				],
				errors: [{ index: 0, code: 'INVALID_EMAIL', message: 'bad' }],
			}),
		).toEqual({
			results: [
				{ index: 0, status: 'created', id: 'c-1' },
				{ index: 0, status: 'failed', code: 'INVALID_EMAIL', message: 'bad' },
				{ index: 1, status: 'created', id: 'c-2' },
			],
		});
	});

	it('reads the updated count of a bulk update answer', () => {
		expect(readBulkAnswer({ object_name: 'clients', updated: 2, failed: 0, errors: [] })).toEqual({
			results: [],
			counts: { updated: 2, failed: 0 },
		});
	});

	it('gives undefined for an answer in neither shape, so the outcome is reported unknown', () => {
		expect([
			readBulkAnswer('OK'),
			readBulkAnswer({ ok: true }),
			readBulkAnswer(null),
			readBulkAnswer([1]),
		]).toEqual([undefined, undefined, undefined, undefined]);
	});
});

describe('parseRetryAfter', () => {
	it('reads seconds and HTTP dates, and nothing else', () => {
		const now = Date.parse('Wed, 21 Oct 2026 07:27:58 GMT');
		expect([
			parseRetryAfter('3', now),
			parseRetryAfter(['1.5'], now),
			parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', now),
			parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now),
			parseRetryAfter('-1', now),
			parseRetryAfter('soon', now),
			parseRetryAfter(undefined, now),
		]).toEqual([3000, 1500, 2000, 0, undefined, undefined, undefined]);
	});
});
