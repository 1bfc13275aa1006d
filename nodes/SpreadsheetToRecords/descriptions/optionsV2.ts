import type { INodeProperties } from 'n8n-workflow';
import {
	delimiterOption,
	encodingOption,
	includeIssuesOption,
	includeRowNumberOption,
	maxFileSizeOption,
	sheetOption,
	autoHeaderRowOption,
} from './commonOptions';

/**
 * Version 2's Options collection: the header row is found automatically
 * (0), ODS files are read, every sheet can be read at once, and merged
 * cells can be filled.
 */
export const optionsV2: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
	options: [
		delimiterOption,
		encodingOption,
		{
			displayName: 'Fill Merged Cells',
			name: 'fillMerged',
			type: 'boolean',
			default: false,
			description:
				'Whether to copy the value of merged cells into every cell of the merge, down and across (a client name merged over three rows then appears on all three)',
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
				{ name: 'ODS (LibreOffice)', value: 'ods' },
				{ name: 'TSV', value: 'tsv' },
				{ name: 'XLS (Legacy Excel)', value: 'xls' },
				{ name: 'XLSX (Excel)', value: 'xlsx' },
			],
		},
		{
			...autoHeaderRowOption,
			description: `${autoHeaderRowOption.description} The first item of each file says which row was used, and why, in "_header".`,
		},
		includeIssuesOption,
		includeRowNumberOption,
		maxFileSizeOption,
		{
			displayName: 'Read All Sheets',
			name: 'readAllSheets',
			type: 'boolean',
			default: false,
			description:
				'Whether to read every visible sheet of a workbook, each with its own header row, and add the sheet name to each item as "_sheet". Sheet is then ignored.',
		},
		sheetOption,
	],
};
