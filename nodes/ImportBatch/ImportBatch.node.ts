import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { getSchemaFields } from '../MapColumns/methods';
import { router } from './actions/router';
import { properties } from './description';

export class ImportBatch implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Import Batch',
		name: 'importBatch',
		icon: { light: 'file:importBatch.svg', dark: 'file:importBatch.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle:
			'={{$parameter["operation"] === "revert" ? "Revert import" : ($parameter["operation"] === "importFile" ? "Import file to " : "Import ") + $parameter["object"]}}',
		description:
			'Send records to a case-management system or CRM in batches, halting or skipping failed rows, with a full report and exception log, resume, and revert',
		defaults: { name: 'Import Batch' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Report', 'Exceptions'],
		credentials: [{ name: 'intakeApi', required: true }],
		properties,
	};

	// Import File's field dropdowns (Default Values, Fixed Values, Value Maps) list the chosen schema's fields, as Map Columns' do
	methods = { loadOptions: { getSchemaFields } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return router.call(this);
	}
}
