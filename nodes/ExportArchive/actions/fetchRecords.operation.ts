import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';
import { fetchAllRecords } from '../../../lib';
import { connect, runOptionsOf } from '../../ImportBatch/actions/shared';
import { createExportReader } from '../../ImportBatch/transport';
import { failedItems } from '../../shared/items';
import { EXPORT_V1 } from '../defaults';
import { listOf } from '../../shared/parameters';
import { filterOf, type ExportNodeOptions } from './parameters';

/**
 * Fetch Records: for each input item (usually one), reads records from the
 * target's export API through the Intake API credential, every page or up to
 * the limit, and outputs one item per record (or, with Output Count Only, one
 * item with their number), paired with that input item.
 * A fetch that fails (a refused token, no permission, a target that ignores
 * paging) fails the node with the library's code and message, unless
 * Continue On Fail; one stopped by the time limit keeps what it read.
 */
export async function fetchRecordsOperation(
	this: IExecuteFunctions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const object = String(this.getNodeParameter('object', i, EXPORT_V1.object)).trim();
			if (object === '')
				throw new NodeOperationError(
					this.getNode(),
					'Object is empty; set the object to fetch, such as clients',
					{ itemIndex: i },
				);
			const o = this.getNodeParameter('options', i, {}) as ExportNodeOptions;
			const returnAll = this.getNodeParameter('returnAll', i, EXPORT_V1.returnAll) as boolean;
			const limit = returnAll
				? undefined
				: Math.max(
						1,
						Math.floor(Number(this.getNodeParameter('fetchLimit', i, EXPORT_V1.fetchLimit))),
					);
			const fields = listOf(this.getNodeParameter('fetchFields', i, EXPORT_V1.fetchFields));
			const path = (o.exportPath ?? EXPORT_V1.exportPath)
				.trim()
				.split('{object}')
				.join(encodeURIComponent(object));
			const { request, redact, secrets } = await connect(this, undefined);
			// one page at a time: the run's concurrency and per-batch progress do not apply
			const { sleep, signal, retry, secrets: hidden } = runOptionsOf(this, {}, 'fetch', secrets);
			const read = createExportReader(request, path, redact);
			const result = await fetchAllRecords({
				sleep,
				signal,
				retry,
				secrets: hidden,
				request: (query) => read(query),
				fields: fields.length > 0 ? fields : undefined,
				filter: filterOf(this, this.getNodeParameter('fetchFilter', i, EXPORT_V1.fetchFilter), i),
				sortBy:
					String(this.getNodeParameter('fetchSortBy', i, EXPORT_V1.fetchSortBy)).trim() ||
					EXPORT_V1.fetchSortBy,
				sortDir: this.getNodeParameter('fetchSortDirection', i, EXPORT_V1.fetchSortDirection) as
					'asc' | 'desc',
				pageSize: Math.min(10_000, Math.max(1, Math.floor(o.pageSize ?? EXPORT_V1.pageSize))),
				maxRecords: limit,
			});
			if (result.status === 'Error') {
				throw new NodeOperationError(this.getNode(), result.error?.message ?? 'The fetch failed', {
					itemIndex: i,
					description: `Error code: ${result.error?.code ?? 'FETCH_FAILED'}. ${result.records.length} records were read before it stopped.`,
				});
			}
			if (result.status !== 'Complete')
				this.logger?.warn(
					`${this.getNode().name}: ${result.status}: ${result.records.length} ${object} read${result.error ? ` (${result.error.message})` : ''}`,
				);
			if (this.getNodeParameter('fetchOutput', i, EXPORT_V1.fetchOutput) === 'count')
				out.push({
					json: { object, count: result.records.length, status: result.status },
					pairedItem: { item: i },
				});
			else
				for (const record of result.records)
					out.push({ json: record as IDataObject, pairedItem: { item: i } });
		} catch (error) {
			out.push(...failedItems(this, error, { indexes: [i] }));
		}
	}
	return [out];
}
