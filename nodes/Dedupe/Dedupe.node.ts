import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { properties } from './description';
import { execute } from './execute';

export class Dedupe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Dedupe',
		name: 'dedupe',
		icon: { light: 'file:dedupe.svg', dark: 'file:dedupe.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["policy"] + " duplicates"}}',
		description:
			'Find people who are already there, in the file or in an existing client list, by email, phone and similar names; skip, update, create or merge them, and hold possible duplicates for review',
		defaults: { name: 'Dedupe' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		inputNames: ['Records', 'Existing'],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Unique', 'Duplicates', 'Review'],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return execute.call(this);
	}
}
