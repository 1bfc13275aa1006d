import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INode,
	type INodeExecutionData,
} from 'n8n-workflow';
import type { PipelineException, PipelineProgress, PipelineReport } from '../../../../lib';
import { CODE, MESSAGE, ROW, SHEET } from '../../../shared/items';
import { importFailed } from '../import/report';

/** What became of a row Import File put on Exceptions: invalid, skipped, possibleDuplicate, failed or notAttempted (Import File). */
export const OUTCOME = '_outcome';

/**
 * An Exceptions item: the row (as read for an invalid or skipped row; the
 * clean record for the rest), its row number, outcome, code and message,
 * paired with the input item that held the file.
 */
export function exceptionItem(e: PipelineException, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { ...(e.source as IDataObject), [ROW]: e.row };
	if (e.sheet !== undefined) json[SHEET] = e.sheet;
	json[OUTCOME] = e.outcome;
	json[CODE] = e.code;
	json[MESSAGE] = e.message;
	return { json, pairedItem: { item: itemIndex } };
}

const count = (n: number) => n.toLocaleString('en-US');
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** Rows between two log lines of the read, transform, dedupe and write stages. */
const ROWS_PER_LINE = 100_000;

/** A progress line: "read 200,000 rows (31.2 of 40.0 MB)", "batch 12/40 (600 of 2,000 rows)". */
function lineOf(p: PipelineProgress, batchSize: number): string {
	if (p.stage === 'import' && p.total !== undefined) {
		const batches = Math.max(1, Math.ceil(p.total / batchSize));
		return `batch ${Math.min(batches, Math.ceil(p.done / batchSize))}/${batches} (${count(p.done)} of ${count(p.total)} rows)`;
	}
	const of = p.total !== undefined ? ` of ${count(p.total)}` : '';
	const bytes =
		p.bytes !== undefined
			? p.totalBytes !== undefined
				? ` (${mb(p.bytes)} of ${mb(p.totalBytes)} MB)`
				: ` (${mb(p.bytes)} MB)`
			: '';
	return `${p.stage} ${count(p.done)}${of} rows${bytes}`;
}

/**
 * The pipeline's progress to n8n's log: a line every 100,000 rows read,
 * transformed, deduped or written, and for the import about a hundred lines
 * in all, one per batch for short runs; each stage's last event too. The
 * file's size, when n8n knows it, stands in for a total the read lacks.
 */
export function progressLogger(
	ctx: IExecuteFunctions,
	file: string,
	batchSize: number,
	fileSize?: number,
): (p: PipelineProgress) => void {
	const next = new Map<string, number>();
	return (event) => {
		// the pipeline reads a stream of unknown length; n8n knows the file's size
		const p =
			event.bytes !== undefined && event.totalBytes === undefined && fileSize !== undefined
				? { ...event, totalBytes: fileSize }
				: event;
		const step =
			p.stage === 'import' && p.total !== undefined
				? batchSize * Math.max(1, Math.ceil(p.total / batchSize / 100))
				: ROWS_PER_LINE;
		const last = p.total !== undefined && p.done >= p.total;
		if (p.done < (next.get(p.stage) ?? step) && !last) return;
		if (last && next.get(p.stage) === Infinity) return;
		next.set(p.stage, last ? Infinity : (Math.floor(p.done / step) + 1) * step);
		ctx.logger?.info(`${ctx.getNode().name}: ${file}: ${lineOf(p, batchSize)}`);
	};
}

/** "262,144 rows: 250,000 created, 12,000 invalid, …, in 41.2 s" (the non-zero counts). */
export function summaryOf(report: PipelineReport): string {
	const { rows, warnings, valid, ...t } = report.totals;
	void warnings;
	void valid;
	const counts = Object.entries(t as Record<string, number>)
		.filter(([, n]) => n > 0)
		.map(([name, n]) => `${count(n)} ${name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`);
	const took = (report.durationMs / 1000).toFixed(1);
	return `${report.status}: ${count(rows)} rows${counts.length ? `: ${counts.join(', ')}` : ''}, in ${took} s`;
}

/** Whether the run ends the execution as the Import operation's would: the import ended with status Error (halted on a failed row, a refused token, a cancel). */
export function isFailedRun(report: PipelineReport): boolean {
	return report.status === 'Error' || report.import?.status === 'Error';
}

/**
 * The error for a run that ended with status Error: the Import operation's
 * (where it stopped, the counts, the import's id and how to resume), naming
 * the input item, with the whole pipeline report as `context.report`.
 */
export function fileImportFailed(
	node: INode,
	report: PipelineReport,
	itemIndex: number,
	file: string,
): NodeOperationError {
	const error = report.import
		? importFailed(node, report.import, itemIndex)
		: new NodeOperationError(node, `The import of ${file} stopped with status Error`, {
				itemIndex,
			});
	error.context.report = report as unknown as IDataObject;
	return error;
}
