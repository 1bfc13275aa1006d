import type { INodeProperties } from 'n8n-workflow';

const forExport = { show: { operation: ['exportRecords', 'bulkExport'] } };
const forArchive = { show: { operation: ['createArchive', 'bulkExport'] } };
const forFetch = { show: { operation: ['fetchRecords'] } };
// inside the Options collection a parameter of the node is reached from the root ('/operation'): n8n looks a bare
// name up among the collection's own values, which hid every option (found in a real n8n 2.41)
const optionForExport = { show: { '/operation': ['exportRecords', 'bulkExport'] } };
const optionForArchive = { show: { '/operation': ['createArchive', 'bulkExport'] } };
const optionForFetch = { show: { '/operation': ['fetchRecords'] } };

const FILTER_HELP =
	'A FilterGroup as JSON, such as {"operator": "and", "conditions": [{"field": "status", "operator": "eq", "value": "open"}, {"field": "opened", "operator": "gte", "value": "2025-01-01"}]} (groups may nest), or the flat form {"filter_field": "status", "filter_operator": "eq", "filter_value": "open"}. Operators: eq, neq, contains, not_contains, starts_with, ends_with, gt, gte, lt, lte, in, not_in, is_empty, is_not_empty. Leave empty for every record.';

/** The node's parameters; the class holds its identity. */
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
	{
		displayName: 'Input Binary Fields',
		name: 'inputBinaryProperties',
		type: 'string',
		default: '',
		displayOptions: forArchive,
		placeholder: 'e.g. data, attachment',
		description:
			'The items’ binary fields to put in the archive, comma-separated; leave empty for all of them',
	},
	{
		displayName: 'Folder By',
		name: 'folderBy',
		type: 'string',
		default: '',
		displayOptions: forArchive,
		placeholder: 'e.g. {{ $json.caseNumber }}',
		description:
			'The folder each item’s files go in, usually an expression such as the case or client; leave empty for none. Names are made safe for every system (no .., no absolute paths, no reserved names).',
	},

	// Fetch Records
	{
		displayName: 'Object',
		name: 'object',
		type: 'string',
		default: 'clients',
		required: true,
		displayOptions: forFetch,
		placeholder: 'e.g. clients',
		description: 'What to fetch: clients, contacts, cases, tasks, …',
	},
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: true,
		displayOptions: forFetch,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'fetchLimit',
		type: 'number',
		default: 1000,
		typeOptions: { minValue: 1 },
		displayOptions: { show: { operation: ['fetchRecords'], returnAll: [false] } },
		description: 'Max number of results to return',
	},
	{
		displayName: 'Fields',
		name: 'fetchFields',
		type: 'string',
		default: '',
		displayOptions: forFetch,
		placeholder: 'e.g. firstName, lastName, email',
		description: 'The fields to ask for, comma-separated; leave empty for the target’s default',
	},
	{
		displayName: 'Filter (JSON)',
		name: 'fetchFilter',
		type: 'json',
		default: '',
		displayOptions: forFetch,
		description: FILTER_HELP,
	},
	{
		displayName: 'Sort By',
		name: 'fetchSortBy',
		type: 'string',
		default: 'created_at',
		displayOptions: forFetch,
		description: 'The field the target sorts by',
	},
	{
		displayName: 'Sort Direction',
		name: 'fetchSortDirection',
		type: 'options',
		default: 'desc',
		displayOptions: forFetch,
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
	},

	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Archive Name',
				name: 'archiveName',
				type: 'string',
				default: 'archive.zip',
				displayOptions: optionForArchive,
				description: 'The ZIP’s file name',
			},
			{
				displayName: 'Byte Order Mark',
				name: 'bom',
				type: 'boolean',
				default: true,
				displayOptions: optionForExport,
				description:
					'Whether to start a CSV or TSV with a UTF-8 byte order mark, so Excel shows accents right',
			},
			{
				displayName: 'Compression',
				name: 'compression',
				type: 'options',
				default: 'deflate',
				displayOptions: optionForArchive,
				options: [
					{ name: 'Deflate', value: 'deflate', description: 'Smaller archive' },
					{
						name: 'Store',
						value: 'store',
						description: 'Faster, for files that are already compressed (PDF, JPEG, DOCX)',
					},
				],
			},
			{
				displayName: 'Export Path',
				name: 'exportPath',
				type: 'string',
				default: '/api/v1/export/{object}',
				displayOptions: optionForFetch,
				description:
					'The target’s export API, added to the credential’s base URL; its placeholder takes the object',
			},
			{
				displayName: 'File Name',
				name: 'fileName',
				type: 'string',
				default: '',
				displayOptions: optionForExport,
				placeholder: 'e.g. clients',
				description:
					'The exported file’s name (the extension is added); leave empty for “export”, or the group’s value',
			},
			{
				displayName: 'Guard Against Formulas',
				name: 'formulaGuard',
				type: 'boolean',
				default: true,
				displayOptions: optionForExport,
				description:
					'Whether to put an apostrophe before CSV and TSV text a spreadsheet would run as a formula (starting with =, +, -, @), as OWASP advises; numbers stay numbers, and Excel files hold such text as text',
			},
			{
				displayName: 'JSON Shape',
				name: 'jsonShape',
				type: 'options',
				default: 'envelope',
				displayOptions: optionForExport,
				options: [
					{
						name: 'Envelope',
						value: 'envelope',
						description:
							'An object with the format, the records and their total, as the documented export API answers',
					},
					{ name: 'Array', value: 'array', description: 'A plain array of records' },
				],
			},
			{
				displayName: 'Line Ending',
				name: 'lineEnding',
				type: 'options',
				default: 'crlf',
				displayOptions: optionForExport,
				options: [
					{ name: 'CRLF (Windows, RFC 4180)', value: 'crlf' },
					{ name: 'LF', value: 'lf' },
				],
			},
			{
				displayName: 'Manifest',
				name: 'manifest',
				type: 'boolean',
				default: true,
				displayOptions: optionForArchive,
				description:
					'Whether to add manifest.csv: every file’s path, size and SHA-256, so the archive can be verified',
			},
			{
				displayName: 'Orientation',
				name: 'orientation',
				type: 'options',
				default: 'auto',
				displayOptions: optionForExport,
				options: [
					{ name: 'Automatic', value: 'auto', description: 'Landscape when the columns need it' },
					{ name: 'Landscape', value: 'landscape' },
					{ name: 'Portrait', value: 'portrait' },
				],
			},
			{
				displayName: 'Output Binary Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				description: 'The binary field the file goes in',
			},
			{
				displayName: 'Page Size',
				name: 'pageSize',
				type: 'number',
				default: 1000,
				typeOptions: { minValue: 1, maxValue: 10000 },
				displayOptions: optionForFetch,
				description: 'Records asked for per request (the documented API allows up to 10,000)',
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				displayOptions: optionForExport,
				description:
					'The PDF report’s heading and the Excel sheet’s name; leave empty for the file name',
			},
		],
	},
];
