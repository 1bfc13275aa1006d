import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { createBulkExport, exportRecords, type BulkExportSet } from '../../../lib';
import { failedItems } from '../../shared/items';
import { EXPORT_V1 } from '../defaults';
import { collectFiles } from './collectFiles';
import { groupItems } from './groupItems';
import { archiveOutput, recordsOf } from './outputs';
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
		const target = archiveOptionsOf(this, 0);
		const groupBy = String(this.getNodeParameter('groupBy', 0, EXPORT_V1.groupBy)).trim();
		const records = recordsOf(items, options.fields);
		const generatedAt = new Date();
		const sets: BulkExportSet[] = [];
		const counts: IDataObject = {};
		for (const group of groupItems(items, groupBy)) {
			const name = group.key ?? (options.fileName || 'records');
			const result = await exportRecords(
				group.indexes.map((i) => records[i]),
				{ ...options, fileName: name, title: options.title ?? name, generatedAt },
			);
			sets.push({ name, data: result.data, fileName: result.fileName });
			counts[name] = result.count;
		}
		const { entries, withoutFiles } = await collectFiles(this, items);
		const archive = createBulkExport(sets, entries, {
			manifest: target.manifest,
			compression: target.compression,
			date: generatedAt,
		});
		return await archiveOutput(this, items, archive.data, target, {
			fileName: target.fileName,
			sets: counts,
			files: archive.files as unknown as IDataObject[],
			itemsWithoutFiles: withoutFiles,
		});
	} catch (error) {
		return [failedItems(this, error, { indexes: items.map((_, i) => i), shape: 'one' })];
	}
}
