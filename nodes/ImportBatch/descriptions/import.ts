import type { INodeProperties } from 'n8n-workflow';
import { endpointProperties } from './importEndpoint';
import { alphabetical, runOptions } from './runOptions';

const forImport = { show: { operation: ['import', 'importFile'] } };
/** Options about the input items' own fields: Import File's records come from its file. */
const forItems = { show: { '/operation': ['import'] } };

/** The Import operation's parameters: where records go (importEndpoint.ts), what a failed row does, how records are keyed, and its Options. */
export const importProperties: INodeProperties[] = [
	...endpointProperties,
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
				displayOptions: forItems,
			},
			{
				displayName: 'Source Name',
				name: 'source',
				type: 'string',
				default: '',
				placeholder: 'e.g. clients.xlsx',
				description:
					"Where the records came from, kept in the report; Import File uses the file's name when this is empty",
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
				displayOptions: forItems,
			},
		]),
	},
];
