import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { runImport, type PipelineReport } from '../../../lib';
import { openInputFile } from '../../shared/binary';
import { failedItems } from '../../shared/items';
import { IMPORT_V1 } from '../defaults';
import { importOptionsOf } from './import.operation';
import { importSettingsOf } from './import/settings';
import { fileSettingsOf } from './importFile/options';
import {
	exceptionItem,
	fileImportFailed,
	isFailedRun,
	progressLogger,
	summaryOf,
} from './importFile/outputs';

/** Stops a stream nobody read to the end (a bad option, a halt), so its file is closed. */
function release(source: unknown): void {
	const destroy = (source as { destroy?: unknown } | null)?.destroy;
	if (typeof destroy === 'function') destroy.call(source);
}

/**
 * One item's file through the pipeline, straight to the target: each row
 * that did not make it goes to `exceptions` as soon as it is known; returns
 * the report, or throws as the Import operation does when the import ended
 * with status Error.
 */
async function importOneFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	exceptions: INodeExecutionData[],
): Promise<PipelineReport> {
	const settings = importSettingsOf(ctx);
	const { binaryPropertyName, run } = fileSettingsOf(ctx, itemIndex);
	// the pipeline reports the import's progress itself, stage by stage
	const { onProgress, ...importOptions } = await importOptionsOf(ctx, settings);
	void onProgress;
	const file = await openInputFile(ctx, itemIndex, binaryPropertyName);
	const name = file.fileName ?? binaryPropertyName;
	if (!importOptions.source) importOptions.source = name;
	const size = file.size === undefined ? '' : ` (${(file.size / 1_048_576).toFixed(1)} MB)`;
	ctx.logger?.info(
		`${ctx.getNode().name}: ${name}: reading the file${size} ${file.streamed ? 'as a stream' : 'from memory'}`,
	);
	let report: PipelineReport;
	try {
		report = await runImport(file.source, {
			...run,
			read: { ...run.read, fileName: file.fileName },
			import: importOptions,
			onException: (e) => {
				exceptions.push(exceptionItem(e, itemIndex));
			},
			onProgress: progressLogger(
				ctx,
				name,
				importOptions.batchSize ?? IMPORT_V1.batchSize,
				file.size,
			),
			signal: ctx.getExecutionCancelSignal?.(),
		});
	} finally {
		release(file.source);
	}
	ctx.logger?.info(`${ctx.getNode().name}: ${name}: ${summaryOf(report)}`);
	const outputOnError = settings.options.outputReportOnError ?? false;
	if (isFailedRun(report) && outputOnError !== true && !ctx.continueOnFail())
		throw fileImportFailed(ctx.getNode(), report, itemIndex, name);
	if (report.import?.status === 'Halted (time limit)')
		ctx.logger?.warn(
			`${ctx.getNode().name}: ${name}: the time limit came first: ${report.totals.notAttempted} rows not attempted. Run again with Resume From Report set to this report (import ${report.import.importId}) to send them.`,
		);
	return report;
}

/**
 * Import File: reads each input item's file as a stream, maps, cleans,
 * checks (and, if asked, dedupes) its rows and sends the clean records to
 * the target in batches, holding only what the pipeline keeps, never one
 * item per row. Outputs one report per file (the pipeline's, the importer's
 * inside it) on Report, and each row that did not make it on Exceptions
 * (its fields, `_row`, `_outcome`, `_code`, `_message`), both paired with
 * the item that held the file.
 */
export async function importFileOperation(
	this: IExecuteFunctions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const reports: INodeExecutionData[] = [];
	const exceptions: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		const own: INodeExecutionData[] = [];
		try {
			const report = await importOneFile(this, i, own);
			reports.push({ json: report as unknown as IDataObject, pairedItem: { item: i } });
			// one by one: a spread of 200,000 arguments would overflow the stack
			for (const item of own) exceptions.push(item);
		} catch (error) {
			reports.push(...failedItems(this, error, { indexes: [i] }));
		}
	}
	return [reports, exceptions];
}
