import {
	NodeOperationError,
	type IDataObject,
	type INode,
	type INodeExecutionData,
} from 'n8n-workflow';
import type { ImportReport } from '../../../../lib';
import { CODE, jsonOf, MESSAGE, ROW } from '../../../shared/items';

/** "99 created, 0 updated, …, 100 not attempted" */
export function countsText(report: ImportReport): string {
	const t = report.totals;
	return `${t.created} created, ${t.updated} updated, ${t.duplicate} duplicate, ${t.accepted} accepted, ${t.failed} failed, ${t.notAttempted} not attempted`;
}

/** Where an import that ended with status Error stopped: " at row 12", " after batch 3", or nothing. */
function whereItStopped(report: ImportReport): string {
	const halt = report.haltReason;
	if (halt?.row !== undefined) return ` at row ${halt.row}`;
	return halt?.batch !== undefined ? ` after batch ${halt.batch}` : '';
}

/**
 * The error for an import that ended with status Error (halted on a failed
 * row, a refused token, a cancel): where it stopped and why, the counts, the
 * import's id and how to resume, with the whole report attached as
 * `context.report`, where n8n keeps it with the failed execution.
 */
export function importFailed(node: INode, report: ImportReport, itemIndex = 0): NodeOperationError {
	const halt = report.haltReason;
	const message = `The import stopped with status Error${whereItStopped(report)} (${halt?.code ?? 'no reason given'}): ${countsText(report)}. Import ID ${report.importId}.`;
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
	const error = new NodeOperationError(node, message, { itemIndex, description });
	// n8n swaps a message naming a system error (ECONNREFUSED, EPERM, …) for a generic one; this message is already the one to show
	error.message = message;
	error.context.report = report as unknown as IDataObject;
	return error;
}

/** Whether an error is the node's own "the import stopped with status Error", whose rows were already accounted for. */
export function isImportFailure(error: unknown): boolean {
	return (
		error instanceof NodeOperationError &&
		typeof (error.context as IDataObject | undefined)?.report === 'object'
	);
}

/** Exceptions: each failed row as it came, with `_row`, `_code` and `_message`, paired with its item, ready to fix and import again. */
export function exceptionItems(
	items: INodeExecutionData[],
	report: ImportReport,
): INodeExecutionData[] {
	const exceptions: INodeExecutionData[] = [];
	report.results.forEach((result, index) => {
		if (result.status !== 'failed') return;
		exceptions.push({
			json: {
				...jsonOf(items[index]),
				[ROW]: result.row,
				[CODE]: result.code ?? 'IMPORT_REJECTED',
				[MESSAGE]: result.message ?? '',
			},
			pairedItem: { item: index },
		});
	});
	return exceptions;
}
