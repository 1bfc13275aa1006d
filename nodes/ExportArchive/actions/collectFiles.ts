import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { ArchiveEntry } from '../../../lib';
import { EXPORT_V1 } from '../defaults';
import { listOf } from '../../shared/parameters';

/** The files of the input items, as archive entries, and the items that had none (so every item is accounted for). */
export interface CollectedFiles {
	entries: ArchiveEntry[];
	/** Items whose chosen binary fields held no file. */
	withoutFiles: number[];
}

/**
 * Reads the chosen binary fields of every input item through n8n's helpers
 * (all binary fields when none is named), each into the folder Folder By
 * gives for its item.
 */
export async function collectFiles(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
): Promise<CollectedFiles> {
	const entries: ArchiveEntry[] = [];
	const withoutFiles: number[] = [];
	for (let i = 0; i < items.length; i++) {
		const named = listOf(
			ctx.getNodeParameter('inputBinaryProperties', i, EXPORT_V1.inputBinaryProperties),
		);
		const binary = items[i].binary ?? {};
		const properties =
			named.length > 0 ? named.filter((name) => Object.hasOwn(binary, name)) : Object.keys(binary);
		if (properties.length === 0) {
			withoutFiles.push(i);
			continue;
		}
		const folder = String(ctx.getNodeParameter('folderBy', i, EXPORT_V1.folderBy) ?? '').trim();
		for (const property of properties) {
			const data = await ctx.helpers.getBinaryDataBuffer(i, property);
			const fileName =
				binary[property].fileName ||
				`${property}-${i + 1}${binary[property].fileExtension ? `.${binary[property].fileExtension}` : ''}`;
			entries.push({
				name: fileName,
				data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
				folder: folder || undefined,
			});
		}
	}
	return { entries, withoutFiles };
}
