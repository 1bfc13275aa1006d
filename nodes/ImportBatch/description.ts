import type { INodeProperties } from 'n8n-workflow';
import { importProperties } from './descriptions/import';
import {
	importFileDedupeProperties,
	importFileOptionsProperty,
	importFileSourceProperties,
} from './descriptions/importFile';
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
				name: 'Import File',
				value: 'importFile',
				action: 'Import a spreadsheet file in batches',
				description:
					"Read the input item's file as a stream, map, clean and check its rows, and send them to the target system; outputs only the report and the rows that failed, so a large file never becomes one item per row",
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
	...importFileSourceProperties,
	...importProperties,
	...importFileDedupeProperties,
	importFileOptionsProperty,
	...revertProperties,
];
