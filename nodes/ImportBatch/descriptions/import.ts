import type { INodeProperties } from 'n8n-workflow';
import { alphabetical, runOptions } from './runOptions';

const forImport = { show: { operation: ['import'] } };

/** The Import operation's parameters: what is imported, where it goes, what a failed row does, and its Options. */
export const importProperties: INodeProperties[] = [
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
		displayOptions: { show: { operation: ['import'], mode: ['bulk'] } },
	},
	{
		displayName: 'Batch Size',
		name: 'batchSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 100000 },
		default: 50,
		description: 'Records per request (the documented bulk API takes at most 50)',
		displayOptions: { show: { operation: ['import'], mode: ['bulk'] } },
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
		displayOptions: { show: { operation: ['import'], mode: ['perRecord'] } },
	},
	{
		displayName: 'Create Path',
		name: 'recordPath',
		type: 'string',
		default: '/api/{object}',
		description:
			"Where a new record is sent, added to the credential's base URL; {object} is replaced by the object, and {field} by that field of the record (a record that leaves it blank fails, unsent)",
		displayOptions: { show: { operation: ['import'], mode: ['perRecord'] } },
	},
	{
		displayName: 'ID Field in Response',
		name: 'idPath',
		type: 'string',
		default: 'id',
		placeholder: 'e.g. data.uuid',
		description:
			"Where the new record's ID is in the answer, dotted for nested fields; a revert deletes by these IDs",
		displayOptions: { show: { operation: ['import'], mode: ['perRecord'] } },
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
		displayOptions: forImport,
	},
	{
		displayName: 'Update Path',
		name: 'updatePath',
		type: 'string',
		default: '/api/{object}/{id}',
		description:
			"Where an update is sent on its own, added to the credential's base URL. Its placeholders take the object, the ID of the record to update, and any {field} of the record.",
		displayOptions: forImport,
	},
	{
		// not "On Error": n8n's own node setting has that name, and means something else
		displayName: 'When a Row Fails',
		name: 'onError',
		type: 'options',
		description:
			'What the import does when the target refuses a record. A refused token (401 or 403) halts it either way.',
		options: [
			{
				name: 'Halt on Error',
				value: 'halt',
				description:
					'Send nothing after the first failed record; what was sent stays imported and the report says exactly what',
			},
			{
				name: 'Skip Row and Continue',
				value: 'skip',
				description: 'Log the failed record on the Exceptions output and go on',
			},
		],
		default: 'halt',
		displayOptions: forImport,
	},
	{
		displayName: 'Idempotency Key Field',
		name: 'keyField',
		type: 'string',
		default: '',
		placeholder: 'e.g. externalId',
		description:
			'A field that identifies each record in every run. Leave empty to key records by their content. Keys let a resumed import skip what was imported and let a retry never create twice.',
		displayOptions: forImport,
	},
	{
		displayName: 'Options',
		name: 'importOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: forImport,
		options: alphabetical([
			...runOptions,
			{
				displayName: 'Output Report on Error',
				name: 'outputReportOnError',
				type: 'boolean',
				default: false,
				description:
					'Whether to output the report instead of failing the execution when the import ends with status Error (it halted on a failed row, the token was refused, or it was cancelled). Off, the error carries the report, and says how to resume.',
			},
			{
				displayName: 'Records Property',
				name: 'recordsProperty',
				type: 'string',
				default: 'records',
				description: "The body field that holds the batch's records",
				displayOptions: { show: { '/mode': ['bulk'] } },
			},
			{
				displayName: 'Resume From Report',
				name: 'resumeFrom',
				type: 'json',
				default: '',
				description:
					'The Report output of an earlier run of this import (or a list of its imported keys): rows it imported are not sent again',
			},
			{
				displayName: 'Send Fields Starting With _',
				name: 'keepMetaFields',
				type: 'boolean',
				default: false,
				description:
					'Whether to send fields such as _row, _warnings and _dedupe that earlier Intake nodes add; they are left out by default',
			},
			{
				displayName: 'Source Name',
				name: 'source',
				type: 'string',
				default: '',
				placeholder: 'e.g. clients.xlsx',
				description: 'Where the records came from, kept in the report',
			},
			{
				displayName: 'Tag Created Records With Import ID In',
				name: 'tagField',
				type: 'string',
				default: '',
				placeholder: 'e.g. importId',
				description:
					"A field of the target in which every record this import creates gets the import's ID (updates are never tagged). Lets Revert Import find and delete records the target created without saying their IDs, through its export API. Leave empty not to tag.",
			},
			{
				displayName: 'Update ID Field',
				name: 'updateIdField',
				type: 'string',
				default: 'id',
				placeholder: 'e.g. clientId',
				description:
					'For an update, the field that holds the ID of the record to update when the item has no _dedupe.existingId; a bulk update also sends the ID in this field',
			},
		]),
	},
];
