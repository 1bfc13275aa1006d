import type { INodeProperties } from 'n8n-workflow';
import { FILTER_HELP } from './filterHelp';

const forExport = { show: { operation: ['exportRecords', 'bulkExport'] } };

/** Export Records' and Bulk Export's parameters: the format, the fields, the filter, the sort, the limit and the groups. */
export const exportProperties: INodeProperties[] = [
	{
		displayName: 'Format',
		name: 'format',
		type: 'options',
		default: 'csv',
		displayOptions: forExport,
		options: [
			{ name: 'CSV', value: 'csv', description: 'Comma-separated, UTF-8, for spreadsheets' },
			{
				name: 'Excel (XLSX)',
				value: 'xlsx',
				description:
					'A formatted workbook: bold frozen header with filters, real dates and numbers',
			},
			{ name: 'JSON', value: 'json', description: 'For integrations' },
			{ name: 'NDJSON', value: 'ndjson', description: 'One JSON record per line' },
			{ name: 'PDF', value: 'pdf', description: 'A printable table report' },
			{ name: 'TSV', value: 'tsv', description: 'Tab-separated' },
		],
	},
	{
		displayName: 'Fields',
		name: 'fields',
		type: 'string',
		default: '',
		displayOptions: forExport,
		placeholder: 'e.g. firstName:First Name, lastName:Last Name, email, client.name:Client',
		description:
			'The fields to write, in order, comma-separated; rename one with a colon (email:Email Address) and reach into nested fields with dots (client.name). Leave empty for every field.',
	},
	{
		displayName: 'Filter (JSON)',
		name: 'filter',
		type: 'json',
		default: '',
		displayOptions: forExport,
		description: FILTER_HELP,
	},
	{
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'string',
		default: '',
		displayOptions: forExport,
		placeholder: 'e.g. lastName',
		description:
			'The field to sort by (dates and numbers sort as such, whatever their written form); leave empty to keep the input order',
	},
	{
		displayName: 'Sort Direction',
		name: 'sortDirection',
		type: 'options',
		default: 'asc',
		displayOptions: forExport,
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
	},
	{
		displayName: 'Max Records',
		name: 'maxRecords',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		displayOptions: forExport,
		description: 'Most records per file, after filtering and sorting; 0 for all',
	},
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'string',
		default: '',
		displayOptions: forExport,
		placeholder: 'e.g. caseType',
		description:
			'Export Records: one file per value of this field. Bulk Export: the record sets, one file each (for example a field holding clients, cases or tasks). Leave empty for one file.',
	},

	// Create Archive and Bulk Export
];
