import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { openSpreadsheet } from '../../lib';
import { readInputFile } from '../shared/binary';
import { failedItems } from '../shared/items';
import { defaultsOf, readOptionsOf, type NodeOptions } from './readOptions';
import { rowItems } from './rowItems';

/** Reads each input item's file and emits one item per data row. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const version = this.getNode().typeVersion;
	const d = defaultsOf(version);
	const out: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const propertyName = this.getNodeParameter(
				'binaryPropertyName',
				itemIndex,
				d.binaryPropertyName,
			) as string;
			const options = this.getNodeParameter('options', itemIndex, {}) as NodeOptions;
			const file = await readInputFile(this, itemIndex, propertyName);
			const reader = await openSpreadsheet(
				file.bytes,
				readOptionsOf(options, file.fileName, version),
			);
			for (const row of await rowItems(reader, itemIndex, options, version)) out.push(row);
		} catch (error) {
			out.push(...failedItems(this, error, { indexes: [itemIndex] }));
		}
	}
	return [out];
}
