import type { INodeProperties } from 'n8n-workflow';
import { customFieldsProperty } from '../../MapColumns/descriptions/customFields';
import { mappingProperties } from '../../MapColumns/descriptions/mapping';
import { optionsProperty as mapOptions } from '../../MapColumns/descriptions/options';
import { schemaProperties } from '../../MapColumns/descriptions/schema';
import { MATCH_ON_OPTIONS } from '../../Dedupe/description';
import {
	delimiterOption,
	encodingOption,
	sheetOption,
	autoHeaderRowOption,
} from '../../SpreadsheetToRecords/descriptions/commonOptions';
import { alphabetical } from './runOptions';

const forFile = { show: { operation: ['importFile'] } };

/** A parameter another node declares, shown for Import File only (and under its own conditions). */
function forImportFile(p: INodeProperties): INodeProperties {
	return { ...p, displayOptions: { show: { ...p.displayOptions?.show, ...forFile.show } } };
}

const byName = (list: INodeProperties[], name: string): INodeProperties => {
	const found = list.find((p) => p.name === name);
	if (!found) throw new Error(`no parameter ${name}`);
	return found;
};

/** What file, and onto which schema: the binary field, then the schema and the saved mapping as Map Columns offers them. */
export const importFileSourceProperties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'e.g. data',
		hint: 'The name of the input binary field holding the file (CSV, TSV, XLSX, XLS or ODS)',
		displayOptions: forFile,
	},
	forImportFile(byName(schemaProperties, 'schema')),
	forImportFile(byName(schemaProperties, 'customSchema')),
	forImportFile(customFieldsProperty),
	forImportFile({
		...byName(mappingProperties, 'profile'),
		description:
			'A mapping profile from a Map Columns preview ("profile" in its report). Leave empty to map the columns automatically. A file with the same or similar headers is mapped the same way, with its saved options.',
	}),
];

/** Whether and how duplicates within the file are found before anything is sent. */
export const importFileDedupeProperties: INodeProperties[] = [
	{
		displayName: 'Find Duplicates',
		name: 'dedupe',
		type: 'boolean',
		default: false,
		description:
			'Whether to find the same person twice in the file before importing, as the Dedupe node does (households and offices are never merged); possible duplicates are held back on Exceptions for a person to decide',
		displayOptions: forFile,
	},
	{
		displayName: 'Duplicate Policy',
		name: 'duplicatePolicy',
		type: 'options',
		default: 'merge',
		options: [
			{
				name: 'Merge',
				value: 'merge',
				description:
					'Combine duplicates field by field into one record (filled values win; second emails and phones are kept)',
			},
			{ name: 'Skip', value: 'skip', description: 'Import only the first of each person' },
			{ name: 'Create New', value: 'createNew', description: 'Import duplicates anyway' },
		],
		displayOptions: { show: { operation: ['importFile'], dedupe: [true] } },
	},
	{
		displayName: 'Match On',
		name: 'matchOn',
		type: 'multiOptions',
		options: MATCH_ON_OPTIONS,
		default: ['email', 'phone', 'name', 'address', 'dateOfBirth'],
		description: 'What can make two rows the same person',
		displayOptions: { show: { operation: ['importFile'], dedupe: [true] } },
	},
];

/** How the file is read and its values cleaned: the read options that matter, then Map Columns' options but its report. */
export const importFileOptionsProperty: INodeProperties = {
	displayName: 'File Options',
	name: 'fileOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	displayOptions: forFile,
	options: alphabetical([
		delimiterOption,
		encodingOption,
		{
			...autoHeaderRowOption,
			description: `${autoHeaderRowOption.description} The report says which row was used.`,
		},
		sheetOption,
		...((mapOptions.options ?? []) as INodeProperties[]).filter((o) => o.name !== 'includeReport'),
	]),
};
