import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { properties } from './description';
import { execute } from './execute';

export class SpreadsheetToRecords implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Spreadsheet to Records',
		name: 'spreadsheetToRecords',
		icon: { light: 'file:spreadsheetToRecords.svg', dark: 'file:spreadsheetToRecords.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{"from " + $parameter["binaryPropertyName"]}}',
		description:
			'Read CSV, TSV, XLSX, XLS or ODS files into one item per row, whatever the encoding, delimiter or title rows',
		defaults: { name: 'Spreadsheet to Records' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return execute.call(this);
	}
}
