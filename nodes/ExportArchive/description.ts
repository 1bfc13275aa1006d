import type { INodeProperties } from 'n8n-workflow';
import { archiveProperties } from './descriptions/createArchive';
import { exportProperties } from './descriptions/exportRecords';
import { fetchProperties } from './descriptions/fetchRecords';
import { optionsProperty } from './descriptions/options';

/** The node's parameters: the operation, then each operation's own (descriptions/), then the Options; the class holds its identity. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		default: 'exportRecords',
		options: [
			{
				name: 'Bulk Export',
				value: 'bulkExport',
				action: 'Export several record sets and their files as one archive',
				description:
					'Each set of records (grouped by a field) as a file of the chosen format, plus the items’ files and a manifest, in one ZIP',
			},
			{
				name: 'Create Archive',
				value: 'createArchive',
				action: 'Put all input files in one archive',
				description:
					'The binary files of all input items in one ZIP, in folders, with a manifest of SHA-256 hashes',
			},
			{
				name: 'Export Records',
				value: 'exportRecords',
				action: 'Export records as a file',
				description:
					'All input items as one CSV, TSV, Excel, JSON, NDJSON or PDF file, or one file per group',
			},
			{
				name: 'Fetch Records',
				value: 'fetchRecords',
				action: 'Fetch records from the target system',
				description:
					'Read records from the target’s export API, page by page, with fields, a filter, sort and a limit',
			},
		],
	},

	// Export Records and Bulk Export
	...exportProperties,
	...archiveProperties,
	...fetchProperties,
	optionsProperty,
];
