import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { ExportRecord } from '../../../lib';
import { jsonOf, pairedWithAll, stripMeta } from '../../shared/items';

/**
 * The input items' records as the exports write them: without the `_` fields
 * earlier Intake nodes add, unless Fields names one of them.
 */
export function recordsOf(
	items: readonly INodeExecutionData[],
	fields: readonly string[] | undefined,
): ExportRecord[] {
	const keepMeta = (fields ?? []).some((f) => f.startsWith('_'));
	return items.map((item) => (keepMeta ? jsonOf(item) : stripMeta(jsonOf(item))));
}

/** Where an archive goes: its file name and the binary field that holds it. */
export interface ArchiveTarget {
	fileName: string;
	binaryPropertyName: string;
}

/** The one item an archive operation puts out: the ZIP in its binary field, paired with every input item. */
export async function archiveOutput(
	ctx: IExecuteFunctions,
	items: readonly INodeExecutionData[],
	zip: Uint8Array,
	target: ArchiveTarget,
	json: IDataObject,
): Promise<INodeExecutionData[][]> {
	const binary = await ctx.helpers.prepareBinaryData(
		Buffer.from(zip),
		target.fileName,
		'application/zip',
	);
	return [
		[
			{
				json,
				binary: { [target.binaryPropertyName]: binary },
				pairedItem: pairedWithAll(items),
			},
		],
	];
}
