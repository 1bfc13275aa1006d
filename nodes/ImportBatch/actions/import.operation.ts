import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type INode,
	type INodeExecutionData,
} from 'n8n-workflow';
import {
	importInBatches,
	type ImportOptions,
	type ImportRecord,
	type ImportReport,
} from '../../../lib';
import { errorJson, toNodeError } from '../../shared/errors';
import { createSend, placeholdersOf } from '../transport';
import { jsonOf, rowOf, stripMeta } from '../../shared/items';
import { connect, runOptionsOf, type RunParameters } from './shared';

interface ImportParameters extends RunParameters {
	resumeFrom?: unknown;
	source?: string;
	recordsProperty?: string;
	keepMetaFields?: boolean;
	updateIdField?: string;
	tagField?: string;
	outputReportOnError?: boolean;
}

/** An id as the target may give it: non-blank text or a number. */
function idText(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * What the importer gets for an item: its row and record, and, for an item
 * Dedupe marked as an update (`_dedupe.operation: 'update'`), the operation
 * and the id of the record to update: `_dedupe.existingId`, else the item's
 * Update ID Field. An update without either is still passed as one, so the
 * library fails its row instead of creating a copy.
 */
function importRecordOf(
	item: INodeExecutionData,
	index: number,
	keepMeta: boolean,
	updateIdField: string,
): ImportRecord {
	const json = jsonOf(item);
	const entry: ImportRecord = {
		row: rowOf(json, index),
		record: keepMeta ? json : stripMeta(json),
	};
	const dedupe = json._dedupe;
	if (
		typeof dedupe !== 'object' ||
		dedupe === null ||
		Array.isArray(dedupe) ||
		(dedupe as IDataObject).operation !== 'update'
	)
		return entry;
	entry.operation = 'update';
	const id = idText((dedupe as IDataObject).existingId) ?? idText(json[updateIdField]);
	if (id !== undefined) entry.id = id;
	return entry;
}

/** A bulk path can only name {object}: a batch holds many records, so no other placeholder has one value. */
function checkBulkPath(ctx: IExecuteFunctions, name: string, path: string): void {
	const other = placeholdersOf(path).find((p) => p !== 'object');
	if (other !== undefined)
		throw new NodeOperationError(
			ctx.getNode(),
			`${name} can only use {object}, not {${other}}: a batch holds many records`,
			{
				itemIndex: 0,
				description: 'Use One Request per Record to put a field of each record in the path.',
			},
		);
}

/** "Resume From Report": an earlier report, or a list of imported keys, as JSON text or an object from an expression. */
function resumeOf(
	ctx: IExecuteFunctions,
	value: unknown,
): Pick<ImportOptions, 'resumeFrom' | 'alreadyImported'> {
	let parsed = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return {};
		try {
			parsed = JSON.parse(value);
		} catch {
			throw new NodeOperationError(ctx.getNode(), 'Resume From Report is not valid JSON', {
				itemIndex: 0,
				description:
					'Give the Report output of the earlier run, e.g. {{ $json }} from a node that loads it, or a list of imported keys.',
			});
		}
	}
	if (Array.isArray(parsed))
		return { alreadyImported: parsed.filter((k): k is string => typeof k === 'string') };
	if (typeof parsed === 'object' && parsed !== null) return { resumeFrom: parsed as ImportReport };
	return {};
}

/** An idempotency key from a field of the record; a blank one fails the row, never the run. */
function keyFromField(field: string): (record: Record<string, unknown>) => string {
	return (record) => {
		const value = record[field];
		if (value === undefined || value === null || String(value).trim() === '')
			throw new Error(`the key field "${field}" is blank`);
		return typeof value === 'object' ? JSON.stringify(value) : String(value).trim();
	};
}

/** "99 created, 0 updated, …, 100 not attempted" */
function countsText(report: ImportReport): string {
	const t = report.totals;
	return `${t.created} created, ${t.updated} updated, ${t.duplicate} duplicate, ${t.accepted} accepted, ${t.failed} failed, ${t.notAttempted} not attempted`;
}

/**
 * The error for an import that ended with status Error (halted on a failed
 * row, a refused token, a cancel): where it stopped and why, the counts, the
 * import's id and how to resume, with the whole report attached as
 * `context.report`, where n8n keeps it with the failed execution.
 */
function importFailed(node: INode, report: ImportReport): NodeOperationError {
	const halt = report.haltReason;
	const where =
		halt?.row !== undefined
			? ` at row ${halt.row}`
			: halt?.batch !== undefined
				? ` after batch ${halt.batch}`
				: '';
	const message = `The import stopped with status Error${where} (${halt?.code ?? 'no reason given'}): ${countsText(report)}. Import ID ${report.importId}.`;
	const t = report.totals;
	const imported = t.created + t.updated + t.duplicate + t.accepted;
	const description = [
		halt?.message,
		imported === 0
			? 'Nothing was imported. Fix the cause, then run this node again.'
			: "What was imported stays imported. To finish, fix the cause, then run this node again with Options → Resume From Report set to this import's report: rows already imported are skipped, and batches whose outcome is unknown are sent again under the same Idempotency-Key.",
		'The report is attached to this error (context.report). To get it on the Report output instead, turn on Options → Output Report on Error, or set the node to continue on error.',
	]
		.filter(Boolean)
		.join('\n\n');
	const error = new NodeOperationError(node, message, { itemIndex: 0, description });
	// n8n swaps a message naming a system error (ECONNREFUSED, EPERM, …) for a generic one; this message is already the one to show
	error.message = message;
	error.context.report = report as unknown as IDataObject;
	return error;
}

const IMPORTED: ReadonlySet<string> = new Set(['created', 'updated', 'duplicate', 'accepted']);

/**
 * Dedupe, remembering across executions, recorded the people it passed on
 * and put their hashed keys on the items (`_dedupe.keys`). A row this import
 * could not import must not stay remembered, or the next run would skip it
 * as seen before: its keys are taken back from the workflow's store, except
 * those an imported row shares (a family's one email). Never fails the node.
 */
async function forgetNotImported(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	imported: (index: number) => boolean,
): Promise<void> {
	if (typeof ctx.helpers.removeProcessed !== 'function') return;
	const keep = new Set<string>();
	const drop = new Set<string>();
	items.forEach((item, index) => {
		const dedupe = jsonOf(item)._dedupe as IDataObject | undefined;
		const keys =
			typeof dedupe === 'object' && dedupe !== null && Array.isArray(dedupe.keys)
				? dedupe.keys
				: [];
		for (const key of keys)
			if (typeof key === 'string' && /^[0-9a-f]{32}$/.test(key))
				(imported(index) ? keep : drop).add(key);
	});
	const keys = [...drop].filter((k) => !keep.has(k));
	if (keys.length === 0) return;
	try {
		await ctx.helpers.removeProcessed(keys, 'workflow', { mode: 'entries' });
	} catch (error) {
		ctx.logger?.warn(
			`${ctx.getNode().name}: could not take ${keys.length} rows that were not imported out of Dedupe's memory (${(error as Error).message}); a Dedupe that remembers may skip them next time: clear its history with Remove Duplicates → Clear Deduplication History`,
		);
	}
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
		if (object === '')
			throw new NodeOperationError(this.getNode(), 'Set the Object to import, e.g. clients', {
				itemIndex: 0,
			});
		const bulkPath = String(this.getNodeParameter('bulkPath', 0, '/api/v1/import/{object}')).trim();
		const bulkUpdatePath =
			mode === 'bulk' ? String(this.getNodeParameter('bulkUpdatePath', 0, '')).trim() : '';
		if (mode === 'bulk') checkBulkPath(this, 'Bulk Path', bulkPath);
		checkBulkPath(this, 'Bulk Update Path', bulkUpdatePath);
		const updateIdField = String(p.updateIdField ?? 'id').trim() || 'id';
		const tagField = String(p.tagField ?? '').trim();
		const createMethod = this.getNodeParameter('method', 0, 'POST') as IHttpRequestMethods;
		if (tagField !== '' && mode === 'perRecord' && createMethod !== 'POST') {
			// a PUT or PATCH may land on a record that was already there: tagged, a revert would delete it
			throw new NodeOperationError(
				this.getNode(),
				'Tag Created Records With Import ID In needs the Create Method POST',
				{
					itemIndex: 0,
					description: `A ${createMethod} may change a record that was already there; tagged with the import's ID, a revert would delete it.`,
				},
			);
		}
		const { request, redact, secrets } = await connect(this, p.timeoutSeconds);
		const withObject = (path: string): string =>
			path.split('{object}').join(encodeURIComponent(object));
		const send = createSend(
			request,
			{
				object,
				mode,
				bulkPath: withObject(bulkPath),
				recordsProperty: p.recordsProperty || 'records',
				createMethod,
				createPath: String(this.getNodeParameter('recordPath', 0, '/api/{object}')).trim(),
				idPath: String(this.getNodeParameter('idPath', 0, 'id')),
				updateMethod: this.getNodeParameter('updateMethod', 0, 'PATCH') as IHttpRequestMethods,
				updatePath: String(this.getNodeParameter('updatePath', 0, '/api/{object}/{id}')).trim(),
				bulkUpdatePath: withObject(bulkUpdatePath),
				bulkUpdateMethod: this.getNodeParameter(
					'bulkUpdateMethod',
					0,
					'PATCH',
				) as IHttpRequestMethods,
				updateIdField,
			},
			redact,
		);
		const options: ImportOptions = {
			...runOptionsOf(this, p, 'batch', secrets),
			...resumeOf(this, p.resumeFrom),
			send,
			object,
			onError,
			batchSize: mode === 'perRecord' ? 1 : (this.getNodeParameter('batchSize', 0, 50) as number),
			// without a bulk update endpoint, each update is a request of its own
			updateBatchSize:
				mode === 'perRecord' || bulkUpdatePath === ''
					? 1
					: (this.getNodeParameter('batchSize', 0, 50) as number),
		};
		if (keyField !== '') options.idempotencyKey = keyFromField(keyField);
		if (p.source) options.source = p.source;
		if (tagField !== '') options.tagField = tagField;
		const records = items.map((item, index) =>
			importRecordOf(item, index, p.keepMetaFields === true, updateIdField),
		);
		const report = await importInBatches(records, options);
		this.logger?.info(`${this.getNode().name}: ${report.status}: ${countsText(report)}`);
		await forgetNotImported(this, items, (index) => IMPORTED.has(report.results[index]?.status));
		if (report.status === 'Error' && p.outputReportOnError !== true && !this.continueOnFail())
			throw importFailed(this.getNode(), report);
		if (report.status === 'Halted (time limit)') {
			// the limit the user set, to cut a long import into runs: the report is the next run's Resume From Report, so this is no failure
			this.logger?.warn(
				`${this.getNode().name}: the time limit came first: ${report.totals.notAttempted} rows not attempted. Run again with Resume From Report set to this report (import ${report.importId}) to send them.`,
			);
		}
		const exceptions: INodeExecutionData[] = [];
		report.results.forEach((result, index) => {
			if (result.status !== 'failed') return;
			exceptions.push({
				json: {
					...jsonOf(items[index]),
					_row: result.row,
					_code: result.code ?? 'IMPORT_REJECTED',
					_message: result.message ?? '',
				},
				pairedItem: { item: index },
			});
		});
		return [[{ json: report as unknown as IDataObject, pairedItem: everyItem }], exceptions];
	} catch (error) {
		// nothing was imported (the import itself never throws once started): a Dedupe that remembers must forget these rows
		if (!isImportFailure(error)) await forgetNotImported(this, items, () => false);
		if (!this.continueOnFail()) throw toNodeError(this.getNode(), error, 0);
		return [items.map((_, item) => ({ json: errorJson(error), pairedItem: { item } })), []];
	}
}

/** Whether an error is the node's own "the import stopped with status Error", whose rows were already accounted for. */
function isImportFailure(error: unknown): boolean {
	return (
		error instanceof NodeOperationError &&
		typeof (error.context as IDataObject | undefined)?.report === 'object'
	);
}
