import { readListedResults } from '../../../lib/importer/readListedResults';

const same = (t: string): string => t;

describe('readListedResults', () => {
	describe('with well-formed entries', () => {
		it('returns one result per batch index, undefined where nothing is listed', () => {
			const reasons: string[] = [];
			const listed = readListedResults(
				[{ index: 1, status: 'created', id: 7 }],
				[2, 3, 4],
				same,
				reasons,
			);
			expect(listed).toEqual([
				undefined,
				{ row: 0, key: '', status: 'created', id: '7' },
				undefined,
			]);
			expect(reasons).toEqual([]);
		});

		it('gives a failure without a reason the default code and message', () => {
			const [r] = readListedResults([{ index: 0, status: 'failed' }], [2], same, []);
			expect(r).toEqual({
				row: 0,
				key: '',
				status: 'failed',
				code: 'IMPORT_REJECTED',
				message: 'The target rejected the record and gave no reason.',
			});
		});

		it('keeps the code and message of a non-failure only when it has a code', () => {
			const listed = readListedResults(
				[
					{ index: 0, status: 'duplicate', code: 'DUP', message: 'seen' },
					{ index: 1, status: 'created', message: 'fine' },
				],
				[2, 3],
				same,
				[],
			);
			expect(listed).toEqual([
				{ row: 0, key: '', status: 'duplicate', code: 'DUP', message: 'seen' },
				{ row: 0, key: '', status: 'created' },
			]);
		});
	});

	describe('with malformed entries', () => {
		it('skips entries out of range, without an integer index or with an unknown status', () => {
			const listed = readListedResults(
				[
					{ index: 2, status: 'created' },
					{ index: -1, status: 'created' },
					{ index: 0.5, status: 'created' },
					{ index: 0, status: 'done' },
					'created',
					null,
				],
				[2, 3],
				same,
				[],
			);
			expect(listed).toEqual([undefined, undefined]);
		});
	});

	describe('when a record is listed twice', () => {
		it('reads it once when both entries agree, keeping the first fields', () => {
			const [r] = readListedResults(
				[
					{ index: 0, status: 'created', id: 'a' },
					{ index: 0, status: 'created', id: 'b', code: 'NEW' },
				],
				[2],
				same,
				[],
			);
			expect(r).toEqual({ row: 0, key: '', status: 'created', id: 'a', code: 'NEW' });
		});

		it('keeps a failure listed beside another status, and notes the contradiction', () => {
			const reasons: string[] = [];
			const [r] = readListedResults(
				[
					{ index: 0, status: 'created' },
					{ index: 0, status: 'failed', message: 'bad' },
				],
				[5],
				same,
				reasons,
			);
			expect(r).toMatchObject({ status: 'failed', message: 'bad' });
			expect(reasons).toEqual(['it listed row 5 as created and as failed']);
		});

		it('makes a record listed with two non-failed statuses accepted, with IMPORT_COUNTS_MISMATCH', () => {
			const reasons: string[] = [];
			const [r] = readListedResults(
				[
					{ index: 0, status: 'created', id: 'x' },
					{ index: 0, status: 'duplicate' },
				],
				[9],
				same,
				reasons,
			);
			expect(r).toEqual({
				row: 0,
				key: '',
				status: 'accepted',
				id: 'x',
				code: 'IMPORT_COUNTS_MISMATCH',
				message: 'The target listed this row as created and as duplicate; check it in the target.',
			});
			expect(reasons).toEqual(['it listed row 9 as created and as duplicate']);
		});
	});

	describe('redaction', () => {
		it('redacts ids, codes and messages, and cuts a message after redacting', () => {
			const redact = (t: string): string => t.split('SECRET').join('***');
			const [r] = readListedResults(
				[
					{
						index: 0,
						status: 'failed',
						id: 'SECRET-1',
						code: 'SECRET',
						message: `${'m'.repeat(495)}SECRET`,
					},
				],
				[2],
				redact,
				[],
			);
			expect(r!.id).toBe('***-1');
			expect(r!.code).toBe('***');
			expect(r!.message).toBe(`${'m'.repeat(495)}***`);
		});
	});
});
