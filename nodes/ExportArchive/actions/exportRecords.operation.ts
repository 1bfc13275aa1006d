import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { exportRecords } from '../../../lib';
import { failedItems } from '../../shared/items';
import { EXPORT_V1 } from '../defaults';
import { exportOptionsOf } from './parameters';
import { groupItems } from './groupItems';
import { recordsOf } from './outputs';

/**
 * Export Records: all input items become one file (or one file per value of
 * Group By), in the binary field chosen, paired with every item it holds.
 * The `_` fields earlier Intake nodes add are left out unless Fields names one.
 */
export async function exportRecordsOperation(
	this: IExecuteFunctions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const out: INodeExecutionData[] = [];
	try {
		const { options, binaryPropertyName } = exportOptionsOf(this, 0);
		const groupBy = String(this.getNodeParameter('groupBy', 0, EXPORT_V1.groupBy)).trim();
		const records = recordsOf(items, options.fields);
		for (const group of groupItems(items, groupBy)) {
			const fileName = options.fileName ?? (group.key !== undefined ? group.key : undefined);
			const result = await exportRecords(
				group.indexes.map((i) => records[i]),
				{ ...options, fileName, generatedAt: new Date() },
			);
			const binary = await this.helpers.prepareBinaryData(
				Buffer.from(result.data),
				result.fileName,
				result.mimeType,
			);
			const json: IDataObject = {
				fileName: result.fileName,
				format: options.format,
				count: result.count,
				items: group.indexes.length,
			};
			if (group.key !== undefined) json.group = group.key;
			if (result.warnings) json.warnings = result.warnings;
			out.push({
				json,
				binary: { [binaryPropertyName]: binary },
				pairedItem: group.indexes.map((item) => ({ item })),
			});
		}
	} catch (error) {
		out.push(...failedItems(this, error, { indexes: items.map((_, i) => i), shape: 'one' }));
	}
	return [out];
}
