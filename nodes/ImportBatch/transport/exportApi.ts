import type { IDataObject } from 'n8n-workflow';
import { answerError, TransportError } from './errors';
import { fillPath } from './paths';
import { isOk, type Answer, type Redact, type Requester } from './requester';

/** The records of a search answer: `{ records: [...] }` as the documented export gives them, `{ data: [...] }`, or a bare list. */
function recordsOf(body: unknown): Array<Record<string, unknown>> | undefined {
	const list = Array.isArray(body)
		? body
		: typeof body === 'object' && body !== null
			? ((body as IDataObject).records ?? (body as IDataObject).data)
			: undefined;
	return Array.isArray(list) ? (list as Array<Record<string, unknown>>) : undefined;
}

/** A GET of the export API at `path` with a query: the answer when 2xx, else the transport error the library sorts. */
async function getExport(
	request: Requester,
	path: string,
	redact: Redact,
	query: Record<string, string>,
): Promise<Answer> {
	const answer = await request(
		'GET',
		`${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams(query).toString()}`,
	);
	if (!isOk(answer)) throw answerError(answer, redact);
	return answer;
}

/**
 * `find` for a revert: one page of the target's export API, filtered on the
 * tag field (`filter_field`, `filter_operator=eq`, `filter_value`), asking
 * for the id and the tag field only. The library checks each record's tag
 * before deleting it.
 */
export function createFind(request: Requester, path: string, pageSize: number, redact: Redact) {
	return async ({
		field,
		value,
	}: {
		field: string;
		value: string;
	}): Promise<Array<Record<string, unknown>>> => {
		const answer = await getExport(request, path, redact, {
			filter_field: field,
			filter_operator: 'eq',
			filter_value: value,
			fields: `id,${field}`,
			limit: String(pageSize),
		});
		const records = recordsOf(answer.body);
		if (!records)
			throw new TransportError(
				'the search answer has no list of records ({ "records": [...] }); check the Export Path',
				{ status: answer.statusCode, code: 'IMPORT_BAD_RESPONSE' },
			);
		return records;
	};
}

/**
 * `request` for fetchAllRecords: a GET of the export API at `path` with the
 * library's query (fields, filters, sort, limit), the answer's body for a 2xx,
 * else the transport error the library sorts (retries, 401/403, redaction).
 */
export function createExportReader(request: Requester, path: string, redact: Redact) {
	return async (query: Record<string, string>): Promise<unknown> =>
		(await getExport(request, path, redact, query)).body;
}

/** `remove` for a revert: DELETE at the path, 2xx deleted, 404 or 410 already gone. */
export function createRemove(
	request: Requester,
	pathTemplate: string,
	object: string,
	redact: Redact,
) {
	return async (target: { id: string }): Promise<'deleted' | 'notFound'> => {
		const filled = fillPath(pathTemplate, (name) =>
			name === 'object' ? object : name === 'id' ? target.id : undefined,
		);
		// a path needing more than {object} and {id} is refused before the revert starts
		if ('missing' in filled)
			throw new TransportError(
				`The Delete Path ${pathTemplate} needs {${filled.missing}}, which a revert does not know`,
				{ notSent: true },
			);
		const answer = await request('DELETE', filled.path);
		if (isOk(answer)) return 'deleted';
		if (answer.statusCode === 404 || answer.statusCode === 410) return 'notFound';
		throw answerError(answer, redact);
	};
}
