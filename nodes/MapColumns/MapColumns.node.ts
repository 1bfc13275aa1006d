import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { properties } from './description';
import { execute } from './execute';
import { getSchemaFields } from './methods';

export class MapColumns implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Map Columns',
		name: 'mapColumns',
		icon: { light: 'file:mapColumns.svg', dark: 'file:mapColumns.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{"to " + $parameter["schema"]}}',
		description:
			'Map spreadsheet columns onto clients, contacts or cases, and turn each row into a clean record or a precise list of issues',
		defaults: { name: 'Map Columns' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Valid', 'Invalid'],
		properties,
	};

	methods = { loadOptions: { getSchemaFields } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return execute.call(this);
	}
}
