import type { INodeProperties } from 'n8n-workflow';
import {
	delimiterOption,
	encodingOption,
	includeIssuesOption,
	includeRowNumberOption,
	maxFileSizeOption,
	sheetOption,
} from './commonOptions';

/** Version 1's Options collection, as released: never changed (see test/nodes/SpreadsheetToRecords/contract.test.ts). */
export const optionsV1: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	displayOptions: { show: { '@version': [1] } },
	options: [
		delimiterOption,
		encodingOption,
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
		includeIssuesOption,
		includeRowNumberOption,
		maxFileSizeOption,
		sheetOption,
	],
};
