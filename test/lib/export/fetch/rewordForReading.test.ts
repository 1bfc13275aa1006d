import { rewordForReading } from '../../../../lib/export/fetch/rewordForReading';
import type { Failure } from '../../../../lib/importer/runRequests';

function failure(over: Partial<Failure>): Failure {
	return {
		code: 'IMPORT_X',
		message: '',
		retryable: false,
		auth: false,
		mayHaveArrived: false,
		...over,
	};
}

describe('rewordForReading', () => {
	it('returns a FETCH_ code and the permission message in reading words', () => {
		expect(
			rewordForReading(
				failure({
					code: 'IMPORT_FORBIDDEN',
					status: 403,
					message: 'The API token lacks permission to import clients (admin rights required).',
				}),
				'clients',
			),
		).toEqual({
			code: 'FETCH_FORBIDDEN',
			message:
				'The API token lacks permission to read clients through the export API: give it read access to them.',
		});
	});

	it('returns the page size, not the batch size, and the 400 hint', () => {
		expect(
			rewordForReading(
				failure({
					code: 'IMPORT_BAD_REQUEST',
					status: 400,
					message: 'Too large: lower the batch size.',
				}),
				undefined,
			),
		).toEqual({
			code: 'FETCH_BAD_REQUEST',
			message:
				'Too large: lower the page size. Check the fields, the filter and the sort field: the target may not know one of them.',
		});
	});

	it('returns "fetching again is safe" instead of the import\'s wording', () => {
		expect(
			rewordForReading(
				failure({
					message:
						'The target refused the batch, so nothing in it was imported: it is safe to run again.',
				}),
				undefined,
			).message,
		).toBe('The target refused the batch; fetching again is safe.');
	});
});
