import type { INodeProperties } from 'n8n-workflow';

const forImport = { show: { operation: ['import', 'importFile'] } };
/** Updates come from Dedupe's items, which only the Import operation takes. */
const forUpdates = { show: { operation: ['import'] } };

/** Where the Import operation sends records: the object, bulk or one request per record, and the create and update paths and methods. */
export const endpointProperties: INodeProperties[] = [
	{
		displayName: 'Object',
		name: 'object',
		type: 'string',
		default: 'clients',
		required: true,
		placeholder: 'e.g. clients',
		description:
			'What the records are, as the target names it in its paths: clients, contacts, cases, …',
		displayOptions: forImport,
	},
	{
		displayName: 'Endpoint',
		name: 'mode',
		type: 'options',
		options: [
			{
				name: 'Bulk Import (Batches)',
				value: 'bulk',
				description: 'POST {"records": [...]} to a bulk import endpoint',
			},
			{
				name: 'One Request per Record',
				value: 'perRecord',
				description: 'Send each record on its own',
			},
		],
		default: 'bulk',
		displayOptions: forImport,
	},
	{
		displayName: 'Bulk Path',
		name: 'bulkPath',
		type: 'string',
		default: '/api/v1/import/{object}',
		description: "Added to the credential's base URL; {object} is replaced by the object",
		displayOptions: { show: { operation: ['import', 'importFile'], mode: ['bulk'] } },
	},
	{
		displayName: 'Batch Size',
		name: 'batchSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 100000 },
		default: 50,
		description: 'Records per request (the documented bulk API takes at most 50)',
		displayOptions: { show: { operation: ['import', 'importFile'], mode: ['bulk'] } },
	},
	{
		displayName: 'Create Method',
		name: 'method',
		type: 'options',
		options: [
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
			{ name: 'PATCH', value: 'PATCH' },
		],
		default: 'POST',
		description:
			'How a new record is sent; an answer to PUT or PATCH counts as updated, not created, so a revert leaves it alone',
		displayOptions: { show: { operation: ['import', 'importFile'], mode: ['perRecord'] } },
	},
	{
		displayName: 'Create Path',
		name: 'recordPath',
		type: 'string',
		default: '/api/{object}',
		description:
			"Where a new record is sent, added to the credential's base URL; {object} is replaced by the object, and {field} by that field of the record (a record that leaves it blank fails, unsent)",
		displayOptions: { show: { operation: ['import', 'importFile'], mode: ['perRecord'] } },
	},
	{
		displayName: 'ID Field in Response',
		name: 'idPath',
		type: 'string',
		default: 'id',
		placeholder: 'e.g. data.uuid',
		description:
			"Where the new record's ID is in the answer, dotted for nested fields; a revert deletes by these IDs",
		displayOptions: { show: { operation: ['import', 'importFile'], mode: ['perRecord'] } },
	},
	{
		displayName: 'Bulk Update Path',
		name: 'bulkUpdatePath',
		type: 'string',
		default: '',
		placeholder: 'e.g. /api/v1/update/{object}',
		description:
			'Where updates go in batches, as {"records": [...]} with each record carrying its ID in the Update ID Field. Leave empty to send each update on its own to the Update Path (the documented API has no bulk update).',
		displayOptions: { show: { operation: ['import'], mode: ['bulk'] } },
	},
	{
		displayName: 'Bulk Update Method',
		name: 'bulkUpdateMethod',
		type: 'options',
		options: [
			{ name: 'PATCH', value: 'PATCH' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		default: 'PATCH',
		description: 'How a batch of updates is sent to the Bulk Update Path',
		displayOptions: { show: { operation: ['import'], mode: ['bulk'] } },
	},
	{
		displayName: 'Update Method',
		name: 'updateMethod',
		type: 'options',
		options: [
			{ name: 'PATCH', value: 'PATCH', description: 'Change only the fields sent' },
			{ name: 'PUT', value: 'PUT', description: 'Replace the record with the fields sent' },
		],
		default: 'PATCH',
		description:
			'How an update is sent on its own: items that Dedupe marked as updates (_dedupe.operation is "update") change the existing record instead of creating one',
		displayOptions: forUpdates,
	},
	{
		displayName: 'Update Path',
		name: 'updatePath',
		type: 'string',
		default: '/api/{object}/{id}',
		description:
			"Where an update is sent on its own, added to the credential's base URL. Its placeholders take the object, the ID of the record to update, and any {field} of the record.",
		displayOptions: forUpdates,
	},
];
