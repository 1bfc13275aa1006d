import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { importInBatches, type ImportOptions } from '../../../lib';
import { failedItems, pairedWithAll } from '../../shared/items';
import { IMPORT_V1 } from '../defaults';
import { createSend } from '../transport';
import { forgetNotImported } from './import/forgetNotImported';
import { importRecordOf, keyFromField } from './import/records';
import { countsText, exceptionItems, importFailed, isImportFailure } from './import/report';
import { importSettingsOf, resumeOf, sendSettingsOf, type ImportSettings } from './import/settings';
import { connect, runOptionsOf } from './shared';

const IMPORTED: ReadonlySet<string> = new Set(['created', 'updated', 'duplicate', 'accepted']);

/** The library's options: the run's, the resume, where records go, and how many a request holds (Import File's too). */
export async function importOptionsOf(
	ctx: IExecuteFunctions,
	s: ImportSettings,
): Promise<ImportOptions> {
	const { request, redact, secrets } = await connect(ctx, s.options.timeoutSeconds);
	const send = createSend(request, sendSettingsOf(ctx, s), redact);
	const batchSize = () => ctx.getNodeParameter('batchSize', 0, IMPORT_V1.batchSize) as number;
	const options: ImportOptions = {
		...runOptionsOf(ctx, s.options, 'batch', secrets),
		...resumeOf(ctx, s.options.resumeFrom),
		send,
		object: s.object,
		onError: s.onError,
		batchSize: s.mode === 'perRecord' ? 1 : batchSize(),
		// without a bulk update endpoint, each update is a request of its own
		updateBatchSize: s.mode === 'perRecord' || s.bulkUpdatePath === '' ? 1 : batchSize(),
	};
	if (s.keyField !== '') options.idempotencyKey = keyFromField(s.keyField);
	if (s.options.source) options.source = s.options.source;
	if (s.tagField !== '') options.tagField = s.tagField;
	return options;
}

/**
 * Import: sends every input item to the target in one run, then outputs the
 * run's report (paired with every item) and an exception item per failed row
 * (paired with its item), carrying its original fields, `_row`, `_code` and
 * `_message`, ready to fix and import again.
 */
export async function importOperation(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	try {
		const settings = importSettingsOf(this);
		const options = await importOptionsOf(this, settings);
		const keepMeta = settings.options.keepMetaFields === true;
		const records = items.map((item, index) =>
			importRecordOf(item, index, keepMeta, settings.updateIdField),
		);
		const report = await importInBatches(records, options);
		this.logger?.info(`${this.getNode().name}: ${report.status}: ${countsText(report)}`);
		await forgetNotImported(this, items, (index) => IMPORTED.has(report.results[index]?.status));
		const outputOnError = settings.options.outputReportOnError ?? false;
		if (report.status === 'Error' && outputOnError !== true && !this.continueOnFail())
			throw importFailed(this.getNode(), report);
		if (report.status === 'Halted (time limit)') {
			// the limit the user set, to cut a long import into runs: the report is the next run's Resume From Report, so this is no failure
			this.logger?.warn(
				`${this.getNode().name}: the time limit came first: ${report.totals.notAttempted} rows not attempted. Run again with Resume From Report set to this report (import ${report.importId}) to send them.`,
			);
		}
		const reportItem = { json: report as unknown as IDataObject, pairedItem: pairedWithAll(items) };
		return [[reportItem], exceptionItems(items, report)];
	} catch (error) {
		// nothing was imported (the import itself never throws once started): a Dedupe that remembers must forget these rows
		if (!isImportFailure(error)) await forgetNotImported(this, items, () => false);
		return [failedItems(this, error, { indexes: items.map((_, i) => i) }), []];
	}
}
