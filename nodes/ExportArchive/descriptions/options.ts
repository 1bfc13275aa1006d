import type { INodeProperties } from 'n8n-workflow';

// inside the Options collection a parameter of the node is reached from the root ('/operation'): n8n looks a bare
// name up among the collection's own values, which hid every option (found in a real n8n 2.41)
const optionForExport = { show: { '/operation': ['exportRecords', 'bulkExport'] } };
const optionForArchive = { show: { '/operation': ['createArchive', 'bulkExport'] } };
const optionForFetch = { show: { '/operation': ['fetchRecords'] } };

/** The Options collection: each option shown for the operations it applies to. */
export const optionsProperty: INodeProperties = {
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
};
