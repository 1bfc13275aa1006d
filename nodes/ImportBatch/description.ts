import type { INodeProperties } from 'n8n-workflow';
import { importProperties } from './descriptions/import';
import { revertProperties } from './descriptions/revert';

/** The node's parameters: the operation, then each operation's own (descriptions/); the class holds its identity. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Import',
				value: 'import',
				action: 'Import records in batches',
				description: 'Send the input records to the target system',
			},
			{
				name: 'Revert Import',
				value: 'revert',
				action: 'Revert an import',
				description: 'Delete exactly the records an earlier import created, from its report',
			},
		],
		default: 'import',
	},
	...importProperties,
	...revertProperties,
];
