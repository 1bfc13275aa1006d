import { NodeOperationError, type IDataObject, type IExecuteFunctions, type IHttpRequestMethods, type INodeExecutionData } from 'n8n-workflow';
import { importInBatches, type ImportOptions, type ImportReport } from '../../../lib';
import { errorJson, toNodeError } from '../../shared/errors';
import { createBulkSend, createRecordSend, fillPath } from '../transport';
import { connect, jsonOf, runOptionsOf, type RunParameters } from './shared';

interface ImportParameters extends RunParameters {
	resumeFrom?: unknown;
	source?: string;
	recordsProperty?: string;
	keepMetaFields?: boolean;
}

/** The row people see: the spreadsheet row an earlier Intake node recorded in `_row`, else the item's position from 1. */
function rowOf(item: INodeExecutionData, index: number): number {
	const row = jsonOf(item)._row;
	return typeof row === 'number' && Number.isInteger(row) && row > 0 ? row : index + 1;
}

/** The record to send: the item's fields, without the `_` fields earlier Intake nodes add unless asked. */
function recordOf(item: INodeExecutionData, keepMeta: boolean): IDataObject {
	const json = jsonOf(item);
	if (keepMeta) return json;
	const record: IDataObject = {};
	for (const [key, value] of Object.entries(json)) if (!key.startsWith('_')) record[key] = value;
	return record;
}

/** "Resume From Report": an earlier report, or a list of imported keys, as JSON text or an object from an expression. */
function resumeOf(ctx: IExecuteFunctions, value: unknown): Pick<ImportOptions, 'resumeFrom' | 'alreadyImported'> {
	let parsed = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return {};
		try {
			parsed = JSON.parse(value);
		} catch {
			throw new NodeOperationError(ctx.getNode(), 'Resume From Report is not valid JSON', { itemIndex: 0, description: 'Give the Report output of the earlier run, e.g. {{ $json }} from a node that loads it, or a list of imported keys.' });
		}
	}
	if (Array.isArray(parsed)) return { alreadyImported: parsed.filter((k): k is string => typeof k === 'string') };
	if (typeof parsed === 'object' && parsed !== null) return { resumeFrom: parsed as ImportReport };
	return {};
}

/** An idempotency key from a field of the record; a blank one fails the row, never the run. */
function keyFromField(field: string): (record: Record<string, unknown>) => string {
	return (record) => {
		const value = record[field];
		if (value === undefined || value === null || String(value).trim() === '') throw new Error(`the key field "${field}" is blank`);
		return typeof value === 'object' ? JSON.stringify(value) : String(value).trim();
	};
}

/**
 * Import: sends every input item to the target in one run, then outputs the
 * run's report (paired with every item) and an exception item per failed row
 * (paired with its item), carrying its original fields, `_row`, `_code` and
 * `_message`, ready to fix and import again.
 */
export async function importOperation(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const everyItem = items.map((_, item) => ({ item }));
	try {
		const object = String(this.getNodeParameter('object', 0)).trim();
		const mode = this.getNodeParameter('mode', 0) as 'bulk' | 'perRecord';
		const onError = this.getNodeParameter('onError', 0) as 'halt' | 'skip';
		const keyField = String(this.getNodeParameter('keyField', 0, '')).trim();
		const p = this.getNodeParameter('importOptions', 0, {}) as ImportParameters;
		if (object === '') throw new NodeOperationError(this.getNode(), 'Set the Object to import, e.g. clients', { itemIndex: 0 });
		const { request, redact, secrets } = await connect(this, p.timeoutSeconds);
		const send = mode === 'perRecord'
			? createRecordSend(request, this.getNodeParameter('method', 0) as IHttpRequestMethods, fillPath(String(this.getNodeParameter('recordPath', 0)), { object }), String(this.getNodeParameter('idPath', 0, 'id')), redact)
			: createBulkSend(request, fillPath(String(this.getNodeParameter('bulkPath', 0)), { object }), p.recordsProperty || 'records', redact);
		const options: ImportOptions = {
			...runOptionsOf(this, p, 'batch', secrets),
			...resumeOf(this, p.resumeFrom),
			send,
			object,
			onError,
			batchSize: mode === 'perRecord' ? 1 : (this.getNodeParameter('batchSize', 0, 50) as number),
		};
		if (keyField !== '') options.idempotencyKey = keyFromField(keyField);
		if (p.source) options.source = p.source;
		const records = items.map((item, index) => ({ row: rowOf(item, index), record: recordOf(item, p.keepMetaFields === true) }));
		const report = await importInBatches(records, options);
		this.logger?.info(`${this.getNode().name}: ${report.status}: ${report.totals.created} created, ${report.totals.updated} updated, ${report.totals.duplicate} duplicate, ${report.totals.accepted} accepted, ${report.totals.failed} failed, ${report.totals.notAttempted} not attempted`);
		const exceptions: INodeExecutionData[] = [];
		report.results.forEach((result, index) => {
			if (result.status !== 'failed') return;
			exceptions.push({ json: { ...jsonOf(items[index]), _row: result.row, _code: result.code ?? 'IMPORT_REJECTED', _message: result.message ?? '' }, pairedItem: { item: index } });
		});
		return [[{ json: report as unknown as IDataObject, pairedItem: everyItem }], exceptions];
	} catch (error) {
		if (!this.continueOnFail()) throw toNodeError(this.getNode(), error, 0);
		return [items.map((_, item) => ({ json: errorJson(error), pairedItem: { item } })), []];
	}
}
