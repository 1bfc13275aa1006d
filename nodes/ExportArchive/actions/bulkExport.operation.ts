import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { createBulkExport, exportRecords, type BulkExportSet } from '../../../lib';
import { failedItems, jsonOf, pairedWithAll, stripMeta } from '../../shared/items';
import { EXPORT_V1 } from '../defaults';
import { collectFiles } from './collectFiles';
import { groupItems } from './groupItems';
import { archiveOptionsOf, exportOptionsOf } from './parameters';

/**
 * Bulk Export: the input items' records, one file per record set (Group By:
 * clients, cases, tasks…; all in one set without it), in the chosen format,
 * plus every item's files as attachments (in folders by Folder By) and the
 * manifest, in one ZIP paired with every input item.
 */
export async function bulkExportOperation(
	this: IExecuteFunctions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	try {
		const { options } = exportOptionsOf(this, 0);
		const { fileName, manifest, compression, binaryPropertyName } = archiveOptionsOf(this, 0);
		const groupBy = String(this.getNodeParameter('groupBy', 0, EXPORT_V1.groupBy)).trim();
		const keepMeta = (options.fields ?? []).some((f) => f.startsWith('_'));
		const generatedAt = new Date();
		const sets: BulkExportSet[] = [];
		const counts: IDataObject = {};
		for (const group of groupItems(items, groupBy)) {
			const name = group.key ?? (options.fileName || 'records');
			const result = await exportRecords(
				group.indexes.map((i) => (keepMeta ? jsonOf(items[i]) : stripMeta(jsonOf(items[i])))),
				{ ...options, fileName: name, title: options.title ?? name, generatedAt },
			);
			sets.push({ name, data: result.data, fileName: result.fileName });
			counts[name] = result.count;
		}
		const { entries, withoutFiles } = await collectFiles(this, items);
		const archive = createBulkExport(sets, entries, { manifest, compression, date: generatedAt });
		const binary = await this.helpers.prepareBinaryData(
			Buffer.from(archive.data),
			fileName,
			'application/zip',
		);
		const json: IDataObject = {
			fileName,
			sets: counts,
			files: archive.files as unknown as IDataObject[],
			itemsWithoutFiles: withoutFiles,
		};
		return [
			[
				{
					json,
					binary: { [binaryPropertyName]: binary },
					pairedItem: pairedWithAll(items),
				},
			],
		];
	} catch (error) {
		return [failedItems(this, error, { indexes: items.map((_, i) => i), shape: 'one' })];
	}
}
