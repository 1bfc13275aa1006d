import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { router } from './actions/router';
import { properties } from './description';

export class ExportArchive implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Export / Archive',
		name: 'exportArchive',
		icon: { light: 'file:exportArchive.svg', dark: 'file:exportArchive.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle:
			'={{ {"exportRecords": "Export as " + $parameter["format"], "createArchive": "Create archive", "bulkExport": "Bulk export", "fetchRecords": "Fetch " + $parameter["object"]}[$parameter["operation"]] }}',
		description:
			'Export records as CSV, TSV, Excel, JSON or PDF, put files in a verifiable ZIP, and fetch records from a case-management system or CRM',
		defaults: { name: 'Export / Archive' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'intakeApi',
				required: true,
				displayOptions: { show: { operation: ['fetchRecords'] } },
			},
		],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return router.call(this);
	}
}
