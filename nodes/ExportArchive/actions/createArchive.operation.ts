import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { createArchive } from '../../../lib';
import { failedItems } from '../../shared/items';
import { collectFiles } from './collectFiles';
import { archiveOutput } from './outputs';
import { archiveOptionsOf } from './parameters';

/**
 * Create Archive: the binary files of all input items in one ZIP (folders by
 * Folder By, names made safe, collisions numbered), with manifest.csv, paired
 * with every input item. The output lists each file as written and the items
 * that had no file.
 */
export async function createArchiveOperation(
	this: IExecuteFunctions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	try {
		const target = archiveOptionsOf(this, 0);
		const { entries, withoutFiles } = await collectFiles(this, items);
		const archive = await createArchive(entries, {
			manifest: target.manifest,
			compression: target.compression,
			date: new Date(),
		});
		return await archiveOutput(this, items, archive.data, target, {
			fileName: target.fileName,
			files: archive.files as unknown as IDataObject[],
			count: archive.files.length,
			itemsWithoutFiles: withoutFiles,
		});
	} catch (error) {
		return [failedItems(this, error, { indexes: items.map((_, i) => i), shape: 'one' })];
	}
}
