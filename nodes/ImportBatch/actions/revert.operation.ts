import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { revertImport, type ImportReport } from '../../../lib';
import { createFind, createRemove, placeholdersOf } from '../transport';
import { CODE, failedItems, jsonOf, MESSAGE, ROW } from '../../shared/items';
import { IMPORT_V1 } from '../defaults';
import { connect, runOptionsOf, type RunParameters } from './shared';

interface RevertParameters extends RunParameters {
	object?: string;
	exportPath?: string;
	searchPageSize?: number;
}

/**
 * Revert Import: for each input item holding an import report, deletes
 * exactly the records that import created and outputs the revert's own
 * report (paired with the item), plus an exception item per id it could not
 * delete. Reverting twice is harmless: records already gone are counted so.
 */
export async function revertOperation(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const reports: INodeExecutionData[] = [];
	const exceptions: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const field = String(this.getNodeParameter('reportField', i, IMPORT_V1.reportField)).trim();
			const json = jsonOf(items[i]);
			const report = (field === '' ? json : json[field]) as unknown as ImportReport;
			const p = this.getNodeParameter('revertOptions', i, {}) as RevertParameters;
			const object =
				(p.object ?? '').trim() || (typeof report?.object === 'string' ? report.object : '');
			// a value that is no report at all gets the library's message, which says what a report is
			if (object === '' && typeof report?.importId === 'string')
				throw new NodeOperationError(
					this.getNode(),
					'The report names no object; set Options → Object',
					{ itemIndex: i },
				);
			const deletePath = String(
				this.getNodeParameter('deletePath', i, IMPORT_V1.deletePath),
			).trim();
			const unknown = placeholdersOf(deletePath).find((name) => name !== 'object' && name !== 'id');
			if (unknown !== undefined)
				throw new NodeOperationError(
					this.getNode(),
					`Delete Path can only use {object} and {id}, not {${unknown}}`,
					{ itemIndex: i, description: 'A revert knows each record only by its ID.' },
				);
			const { request, redact, secrets } = await connect(this, p.timeoutSeconds);
			const remove = createRemove(request, deletePath, object, redact);
			const exportPath = (p.exportPath ?? IMPORT_V1.revertOptions.exportPath)
				.trim()
				.split('{object}')
				.join(encodeURIComponent(object));
			const find = createFind(
				request,
				exportPath,
				Math.min(
					10_000,
					Math.max(1, Math.floor(p.searchPageSize ?? IMPORT_V1.revertOptions.searchPageSize)),
				),
				redact,
			);
			const revert = await revertImport(report, {
				...runOptionsOf(this, p, 'delete', secrets),
				object,
				remove,
				find,
			});
			const found = revert.search
				? ` (${revert.search.found} found by their ${revert.search.field} tag)`
				: '';
			this.logger?.info(
				`${this.getNode().name}: revert of ${revert.importId}: ${revert.status}: ${revert.totals.deleted} deleted${found}, ${revert.totals.alreadyGone} already gone, ${revert.totals.failed} failed`,
			);
			reports.push({ json: revert as unknown as IDataObject, pairedItem: { item: i } });
			for (const r of revert.results) {
				if (r.status === 'failed')
					exceptions.push({
						json: {
							id: r.id,
							[ROW]: r.row ?? null,
							[CODE]: r.code ?? '',
							[MESSAGE]: r.message ?? '',
						},
						pairedItem: { item: i },
					});
			}
		} catch (error) {
			reports.push(...failedItems(this, error, { indexes: [i] }));
		}
	}
	return [reports, exceptions];
}
