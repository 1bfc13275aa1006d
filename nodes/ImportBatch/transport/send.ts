import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import {
	readBulkAnswer,
	readRecordAnswer,
	type BatchResult,
	type BatchResultEntry,
	type ImportBatchItem,
	type SendContext,
} from '../../../lib';
import { answerError } from './errors';
import { fillPath, valueFor } from './paths';
import { isOk, type Redact, type Requester } from './requester';

/** Where and how the import sends records: the node's endpoint settings. */
export interface SendSettings {
	object: string;
	mode: 'bulk' | 'perRecord';
	/** The bulk import path, `{object}` filled in. */
	bulkPath: string;
	/** The body field that holds a batch's records. */
	recordsProperty: string;
	/** One request per record: how creates go. */
	createMethod: IHttpRequestMethods;
	createPath: string;
	/** Where the new record's id is in a per-record answer. */
	idPath: string;
	/** How updates go when there is no bulk update path: one request each. */
	updateMethod: IHttpRequestMethods;
	updatePath: string;
	/** A bulk update endpoint, `{object}` filled in; empty when the target has none. */
	bulkUpdatePath: string;
	bulkUpdateMethod: IHttpRequestMethods;
	/** The field in which each record of a bulk update carries its id. */
	updateIdField: string;
}

/**
 * The importer's `send`: each batch goes where its operation says. Creates go
 * to the bulk endpoint, or one request per record; updates go to the bulk
 * update endpoint when there is one, else one request per record to the
 * update path.
 */
export function createSend(request: Requester, settings: SendSettings, redact: Redact) {
	return async (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
		const { recordsProperty } = settings;
		if (context.operation === 'update') {
			if (settings.bulkUpdatePath === '')
				return sendEach(request, batch, context, settings, redact);
			const records = batch.map((b) => ({ ...b.record, [settings.updateIdField]: b.id }));
			const body = { [recordsProperty]: records as IDataObject[] };
			const { bulkUpdateMethod: method, bulkUpdatePath: path } = settings;
			return sendBatch(request, { method, path, body }, context, redact);
		}
		if (settings.mode !== 'bulk') return sendEach(request, batch, context, settings, redact);
		const body = { [recordsProperty]: batch.map((b) => b.record) as IDataObject[] };
		return sendBatch(request, { method: 'POST', path: settings.bulkPath, body }, context, redact);
	};
}

/** One request for a whole batch, keyed by Idempotency-Key, its answer read by readBulkAnswer. */
async function sendBatch(
	request: Requester,
	{ method, path, body }: { method: IHttpRequestMethods; path: string; body: IDataObject },
	context: SendContext,
	redact: Redact,
): Promise<BatchResult> {
	const answer = await request(method, path, body, { 'Idempotency-Key': context.batchKey });
	if (!isOk(answer)) throw answerError(answer, redact);
	const read = readBulkAnswer(answer.body);
	if (!read) return answer.body as BatchResult;
	for (const r of read.results) if (r.message) r.message = redact(r.message);
	return read;
}

/** The failed row for a record that leaves a placeholder of its path blank: nothing is sent. */
function pathValueMissing(
	index: number,
	path: { name: string; template: string; missing: string },
	operation: SendContext['operation'],
): BatchResultEntry {
	const { name, template, missing } = path;
	const what =
		missing === 'id' && operation === 'update'
			? 'the id of the record to update'
			: `the record's field "${missing}"`;
	return {
		index,
		status: 'failed',
		code: 'IMPORT_PATH_VALUE_MISSING',
		message: `The ${name} ${template} needs {${missing}}, but ${what} is blank, so nothing was sent. Fill it in, or change the ${name}.`,
	};
}

/**
 * One request per record, its answer read by readRecordAnswer (the target's
 * texts redacted). A path placeholder the record leaves blank fails its row
 * unsent. An answer that says nothing about the record fails the request,
 * to be sorted and retried by the importer.
 */
async function sendEach(
	request: Requester,
	batch: ImportBatchItem[],
	context: SendContext,
	settings: SendSettings,
	redact: Redact,
): Promise<BatchResult> {
	const operation = context.operation;
	const results: BatchResultEntry[] = [];
	const [method, template, name] =
		operation === 'update'
			? [settings.updateMethod, settings.updatePath, 'Update Path']
			: [settings.createMethod, settings.createPath, 'Create Path'];
	for (const [index, item] of batch.entries()) {
		const filled = fillPath(template, (field) => valueFor(field, settings.object, item));
		if ('missing' in filled) {
			results.push(pathValueMissing(index, { name, template, missing: filled.missing }, operation));
			continue;
		}
		const answer = await request(method, filled.path, item.record as IDataObject, {
			'Idempotency-Key': batch.length === 1 ? context.batchKey : `${context.batchKey}-${index}`,
		});
		const { idPath, object } = settings;
		const outcome = readRecordAnswer(answer, { operation, method, idPath, id: item.id, object });
		if (!outcome) throw answerError(answer, redact);
		if (outcome.message !== undefined) outcome.message = redact(outcome.message);
		results.push({ index, ...outcome });
	}
	return { results };
}
