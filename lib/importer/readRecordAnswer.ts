import type { BatchResultEntry, ImportOperation } from './types';

/** An HTTP answer to one record's request, whatever its status. */
export interface RecordAnswer {
	statusCode: number;
	/** The parsed JSON body, or its text. */
	body: unknown;
}

/** What the request for one record was. */
export interface RecordRequest {
	operation: ImportOperation;
	/** The method a create went with: POST creates; PUT or PATCH may land on a record already there, so it updates. */
	method: string;
	/** Where the new record's id is in the body, dotted (`data.id`); `id` at the top is tried after it. */
	idPath: string;
	/** For an update: the id of the record to update. */
	id?: string;
	/** The object imported, as messages name it (`clients`). */
	object: string;
}

/** A record's outcome, as `send` reports it for its place in the batch. */
export type RecordOutcome = Omit<BatchResultEntry, 'index'>;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/** A value at a dotted path ("data.id") of a parsed body. */
function valueAt(body: unknown, path: string): unknown {
	let at: unknown = body;
	for (const part of path.split('.').filter(Boolean)) {
		if (!isObject(at) || !Object.hasOwn(at, part)) return undefined;
		at = at[part];
	}
	return at;
}

function idAt(body: unknown, path: string): string | undefined {
	const id = valueAt(body, path) ?? valueAt(body, 'id');
	return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Reads a target's error code and message from the usual body shapes: `{
 * code, message }`, `{ error: { code, message } }`, `{ error: 'text' }`, or
 * the body as text. Nothing is cut: a secret cut in two would escape the
 * redactor, so the caller redacts first and the importer cuts after.
 *
 * @param body - the parsed body of an answer, or its text
 * @returns the code and message found; each left out when the body has none
 *
 * @example
 * readTargetError({ error: { code: 'RATE_LIMITED', message: 'slow down' } })
 * //=> { code: 'RATE_LIMITED', message: 'slow down' }
 */
export function readTargetError(body: unknown): { code?: string; message?: string } {
	const b = isObject(body) ? body : {};
	const inner = isObject(b.error) ? b.error : b;
	const out: { code?: string; message?: string } = {};
	if (typeof inner.code === 'string') out.code = inner.code;
	const message =
		typeof inner.message === 'string'
			? inner.message
			: typeof b.error === 'string'
				? b.error
				: typeof body === 'string' && body.trim() !== ''
					? body
					: undefined;
	if (message !== undefined) out.message = message;
	return out;
}

const isOk = (status: number): boolean => status >= 200 && status < 300;

/** An update's answer: 2xx updated; 404 or 410 a failed row, the record to update being gone. */
function readUpdate(answer: RecordAnswer, request: RecordRequest): RecordOutcome | undefined {
	if (isOk(answer.statusCode)) {
		const id = request.id ?? idAt(answer.body, request.idPath);
		return { status: 'updated', ...(id !== undefined && { id }) };
	}
	if (answer.statusCode !== 404 && answer.statusCode !== 410) return undefined;
	const said = readTargetError(answer.body).message;
	return {
		status: 'failed',
		code: 'IMPORT_UPDATE_NOT_FOUND',
		message: `The record to update (${request.object} ${request.id ?? '?'}) is not in the target (${answer.statusCode}): it may have been deleted or merged since it was matched. Import the row as a new record, or drop it.${said ? ` The target said: ${said}` : ''}`,
	};
}

/**
 * Reads the answer to one record's request, as a target's per-record API
 * gives it. A create: 2xx is created (updated for PUT or PATCH) with the id
 * at `idPath`, 409 a duplicate with the target's code and message. An
 * update: 2xx is updated, 404 or 410 a failed row saying the record to
 * update is gone (`IMPORT_UPDATE_NOT_FOUND`). Any other answer says nothing
 * about the record: it is returned as `undefined`, for the caller to fail the
 * request, which the importer sorts and retries.
 *
 * @param answer - the answer's status and parsed body
 * @param request - what was asked: create or update, the method, where the id is
 * @returns the record's outcome, or undefined when the answer fails the request
 *
 * @example
 * readRecordAnswer({ statusCode: 201, body: { data: { id: 7 } } }, { operation: 'create', method: 'POST', idPath: 'data.id', object: 'clients' })
 * //=> { status: 'created', id: '7' }
 *
 * @example
 * readRecordAnswer({ statusCode: 409, body: { code: 'EXISTS', message: 'already there', id: 3 } }, { operation: 'create', method: 'POST', idPath: 'id', object: 'clients' })
 * //=> { status: 'duplicate', id: '3', code: 'EXISTS', message: 'already there' }
 */
export function readRecordAnswer(
	answer: RecordAnswer,
	request: RecordRequest,
): RecordOutcome | undefined {
	if (request.operation === 'update') return readUpdate(answer, request);
	const id = idAt(answer.body, request.idPath);
	const withId = id !== undefined ? { id } : {};
	if (isOk(answer.statusCode))
		return { status: request.method === 'POST' ? 'created' : 'updated', ...withId };
	if (answer.statusCode === 409)
		return { status: 'duplicate', ...withId, ...readTargetError(answer.body) };
	return undefined;
}
