import type { INodeProperties } from 'n8n-workflow';

/** The node's parameters; the class holds its identity. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'e.g. data',
		hint: 'The name of the input binary field holding the file',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Delimiter',
				name: 'delimiter',
				type: 'options',
				default: 'auto',
				description: 'The character between fields in CSV/TSV files',
				options: [
					{ name: 'Auto-Detect', value: 'auto' },
					{ name: 'Comma (,)', value: ',' },
					{ name: 'Pipe (|)', value: '|' },
					{ name: 'Semicolon (;)', value: ';' },
					{ name: 'Tab', value: '\t' },
				],
			},
			{
				displayName: 'Encoding',
				name: 'encoding',
				type: 'options',
				default: 'auto',
				description:
					'The text encoding of CSV/TSV files. Excel on Windows usually writes Windows-1252.',
				options: [
					{ name: 'Auto-Detect', value: 'auto' },
					{ name: 'ISO-8859-1 (Latin-1)', value: 'iso-8859-1' },
					{ name: 'UTF-16 BE', value: 'utf-16be' },
					{ name: 'UTF-16 LE', value: 'utf-16le' },
					{ name: 'UTF-8', value: 'utf-8' },
					{ name: 'Windows-1252', value: 'windows-1252' },
				],
			},
			{
				displayName: 'File Format',
				name: 'format',
				type: 'options',
				default: 'auto',
				description: 'The format of the file; auto-detect reads it from the file contents',
				options: [
					{ name: 'Auto-Detect', value: 'auto' },
					{ name: 'CSV', value: 'csv' },
					{ name: 'TSV', value: 'tsv' },
					{ name: 'XLS (Legacy Excel)', value: 'xls' },
					{ name: 'XLSX (Excel)', value: 'xlsx' },
				],
			},
			{
				displayName: 'Header Row',
				name: 'headerRow',
				type: 'number',
				default: 1,
				typeOptions: { minValue: 1 },
				description:
					'The row number that holds the column names; rows above it, such as report titles, are skipped',
			},
			{
				displayName: 'Include Row Issues',
				name: 'includeIssues',
				type: 'boolean',
				default: true,
				description:
					'Whether to add an "_issues" list to rows that had a problem, such as a missing or extra field',
			},
			{
				displayName: 'Include Row Number',
				name: 'includeRowNumber',
				type: 'boolean',
				default: true,
				description: 'Whether to add the source row number, as a spreadsheet shows it, as "_row"',
			},
			{
				displayName: 'Maximum File Size (MB)',
				name: 'maxFileSizeMb',
				type: 'number',
				default: 50,
				typeOptions: { minValue: 1 },
				description: 'Files larger than this are rejected before they are read',
			},
			{
				displayName: 'Sheet',
				name: 'sheet',
				type: 'string',
				default: '',
				placeholder: 'e.g. Contacts or 0',
				description:
					'The sheet name, or its 0-based position, in an XLSX/XLS workbook. Leave empty for the first sheet.',
			},
		],
	},
];
