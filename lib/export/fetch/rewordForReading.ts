import type { Failure } from '../../importer/runRequests';
import type { FetchProblem } from './types';

/**
 * A transport failure in a reader's words. The failure comes from the
 * importer's classification, whose codes start `IMPORT_` and whose texts speak
 * of importing; a fetch reports `FETCH_` codes and speaks of reading. A 400
 * also points at the fields, filter and sort field, which the target may not
 * know.
 *
 * @param failure - the importer's classified failure
 * @param object - the object read (`clients`), when the caller named it
 * @returns the code and message for the fetch's result (not yet redacted)
 * @example
 * rewordForReading({ code: 'IMPORT_SERVER_ERROR', message: 'The target failed (500).', status: 500 }, 'clients').code
 * //=> 'FETCH_SERVER_ERROR'
 */
export function rewordForReading(failure: Failure, object: string | undefined): FetchProblem {
	const code = failure.code.replace(/^IMPORT_/, 'FETCH_');
	let message = failure.message
		.replace(
			/^The API token lacks permission to import[^(]*\(admin rights required\)\./,
			`The API token lacks permission to read ${object ?? 'these records'} through the export API: give it read access to them.`,
		)
		.replace(
			/, so nothing in it was imported: it is safe to run again\./,
			'; fetching again is safe.',
		)
		.replace(/;? ?the target may have taken the request\.?/, '.')
		.replace(/: lower the batch size\./, ': lower the page size.');
	if (failure.status === 400)
		message +=
			' Check the fields, the filter and the sort field: the target may not know one of them.';
	return { code, message };
}
