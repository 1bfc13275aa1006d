import type { INodeProperties } from 'n8n-workflow';

/*
 * The options both versions share, as v1 released them. Each default is a
 * literal (n8n's scanner wants that); defaults.ts says the same, and a test
 * holds the two equal.
 */

export const delimiterOption: INodeProperties = {
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
};

export const encodingOption: INodeProperties = {
	displayName: 'Encoding',
	name: 'encoding',
	type: 'options',
	default: 'auto',
	description: 'The text encoding of CSV/TSV files. Excel on Windows usually writes Windows-1252.',
	options: [
		{ name: 'Auto-Detect', value: 'auto' },
		{ name: 'ISO-8859-1 (Latin-1)', value: 'iso-8859-1' },
		{ name: 'UTF-16 BE', value: 'utf-16be' },
		{ name: 'UTF-16 LE', value: 'utf-16le' },
		{ name: 'UTF-8', value: 'utf-8' },
		{ name: 'Windows-1252', value: 'windows-1252' },
	],
};

export const includeIssuesOption: INodeProperties = {
	displayName: 'Include Row Issues',
	name: 'includeIssues',
	type: 'boolean',
	default: true,
	description:
		'Whether to add an "_issues" list to rows that had a problem, such as a missing or extra field',
};

export const includeRowNumberOption: INodeProperties = {
	displayName: 'Include Row Number',
	name: 'includeRowNumber',
	type: 'boolean',
	default: true,
	description: 'Whether to add the source row number, as a spreadsheet shows it, as "_row"',
};

export const maxFileSizeOption: INodeProperties = {
	displayName: 'Maximum File Size (MB)',
	name: 'maxFileSizeMb',
	type: 'number',
	default: 50,
	typeOptions: { minValue: 1 },
	description: 'Files larger than this are rejected before they are read',
};

export const sheetOption: INodeProperties = {
	displayName: 'Sheet',
	name: 'sheet',
	type: 'string',
	default: '',
	placeholder: 'e.g. Contacts or 0',
	description:
		'The sheet name, or its 0-based position, in an XLSX/XLS workbook. Leave empty for the first sheet.',
};

/** Header Row with 0 = found automatically (Spreadsheet to Records v2, Import Batch's Import File; each says where the choice is reported). */
export const autoHeaderRowOption: INodeProperties = {
	displayName: 'Header Row',
	name: 'headerRow',
	type: 'number',
	default: 0,
	typeOptions: { minValue: 0 },
	description:
		'The row number that holds the column names. 0 finds it automatically: the row that looks like column names above rows of data, below any report title, date line or notes.',
};
