import type { INodeProperties } from 'n8n-workflow';
import { alphabetical, runOptions } from './runOptions';

const forRevert = { show: { operation: ['revert'] } };

/** The Revert Import operation's parameters: where the report is, how to delete, and its Options. */
export const revertProperties: INodeProperties[] = [
	{
		displayName: 'Report Field',
		name: 'reportField',
		type: 'string',
		default: '',
		placeholder: 'e.g. report',
		description:
			'The field of each input item that holds the import report; leave empty when the item is the report itself (the Report output of Import Batch)',
		displayOptions: forRevert,
	},
	{
		displayName: 'Delete Path',
		name: 'deletePath',
		type: 'string',
		default: '/api/{object}/{id}',
		description:
			"Added to the credential's base URL; its placeholders take the object and the ID of each created record",
		displayOptions: forRevert,
	},
	{
		displayName: 'Options',
		name: 'revertOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: forRevert,
		options: alphabetical([
			...runOptions,
			{
				displayName: 'Object',
				name: 'object',
				type: 'string',
				default: '',
				placeholder: 'e.g. clients',
				description: 'The object to delete from; by default the one the report names',
			},
			{
				displayName: 'Export Path',
				name: 'exportPath',
				type: 'string',
				default: '/api/v1/export/{object}',
				description:
					"For an import that tagged what it created: the target's export API, added to the credential's base URL, searched for the records carrying the import's ID (filter_field, filter_operator=eq, filter_value, fields, limit)",
			},
			{
				displayName: 'Search Page Size',
				name: 'searchPageSize',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 10000 },
				default: 1000,
				description:
					'Records asked for per search; the search is repeated until it finds nothing new',
			},
		]),
	},
];
