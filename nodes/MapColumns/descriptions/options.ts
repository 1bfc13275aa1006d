import type { INodeProperties } from 'n8n-workflow';
import { FIELD_PICKER, fieldValues } from './fieldPicker';

/** The Options collection: how values are read and written. */
export const optionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Address Layout',
			name: 'addressLayout',
			type: 'options',
			default: 'auto',
			description: 'How a Full Address column is read',
			options: [
				{ name: 'Auto-Detect', value: 'auto' },
				{ name: 'Street, City, State, Zip, Country', value: 'positional' },
			],
		},
		{
			displayName: 'Date Order',
			name: 'dateOrder',
			type: 'options',
			default: 'auto',
			description:
				'Day-month order of dates such as 03/04/2024. Auto-detect decides per column from values like 25/12/2024, and reports the rest as ambiguous.',
			options: [
				{ name: 'Auto-Detect per Column', value: 'auto' },
				{ name: 'Day/Month/Year (EU)', value: 'DMY' },
				{ name: 'Month/Day/Year (US)', value: 'MDY' },
				{ name: 'Year/Month/Day (ISO)', value: 'YMD' },
			],
		},
		{
			displayName: 'Decimal Mark',
			name: 'decimalMark',
			type: 'options',
			default: 'auto',
			description:
				'Decimal mark of numbers such as 1.234,56 or 9,99. Auto-detect decides per column from values that settle it, and reports a column that nothing settles (1,234 alone).',
			options: [
				{ name: 'Auto-Detect per Column', value: 'auto' },
				{ name: 'Point (1,234.56)', value: '.' },
				{ name: 'Comma (1.234,56)', value: ',' },
			],
		},
		fieldValues('Default Values', 'defaults', 'Values for blank cells of a field'),
		{
			displayName: 'Default Phone Country',
			name: 'phoneCountry',
			type: 'string',
			default: 'US',
			placeholder: 'e.g. US',
			description: 'Two-letter country code for numbers written without +',
		},
		{
			displayName: 'Empty Rows',
			name: 'emptyRows',
			type: 'options',
			default: 'skip',
			options: [
				{ name: 'Skip', value: 'skip' },
				{ name: 'Report as Invalid', value: 'error' },
			],
		},
		fieldValues(
			'Fixed Values',
			'fixedValues',
			'Values for every record of the import, whatever the file says (e.g. one case type per file)',
		),
		{
			displayName: 'Include Mapping Report',
			name: 'includeReport',
			type: 'boolean',
			default: false,
			description: 'Whether to output the mapping report as the first Valid item',
		},
		{
			displayName: 'Name Order',
			name: 'nameOrder',
			type: 'options',
			default: 'auto',
			description:
				'Word order of a Full Name column written without a comma. Auto-detect decides per column from how often each word is a given name or a surname, and reports a column it cannot decide.',
			options: [
				{ name: 'Auto-Detect per Column', value: 'auto' },
				{ name: 'Given Name First (Anna Kowalski)', value: 'givenFirst' },
				{ name: 'Surname First (Kowalski Anna)', value: 'surnameFirst' },
			],
		},
		{
			displayName: 'Suggest Email Fixes',
			name: 'emailSuggestions',
			type: 'boolean',
			default: true,
			description: 'Whether to warn about likely typos in email domains (gmial.com)',
		},
		{
			displayName: 'Unmapped Values',
			name: 'unmappedValues',
			type: 'options',
			default: 'error',
			description: "What to do with a value its field's value map lacks",
			options: [
				{ name: 'Report as Invalid', value: 'error' },
				{ name: 'Keep as Written, with a Warning', value: 'keep' },
			],
		},
		{
			displayName: 'Value Maps',
			name: 'valueMaps',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Value Map Entry',
			description:
				'Map the source system\'s values onto yours, e.g. case type "PI" → "Personal Injury"',
			options: [
				{
					displayName: 'Entry',
					name: 'values',
					values: [
						FIELD_PICKER,
						{
							displayName: 'From',
							name: 'from',
							type: 'string',
							default: '',
							placeholder: 'e.g. PI',
						},
						{
							displayName: 'To',
							name: 'to',
							type: 'string',
							default: '',
							placeholder: 'e.g. Personal Injury',
						},
					],
				},
			],
		},
		{
			displayName: 'Whitespace',
			name: 'whitespace',
			type: 'options',
			default: 'collapse',
			options: [
				{ name: 'Trim and Collapse', value: 'collapse' },
				{ name: 'Trim Ends', value: 'trim' },
				{ name: 'Keep', value: 'keep' },
			],
		},
		{
			displayName: 'ZIP Format',
			name: 'zipFormat',
			type: 'options',
			default: 'asWritten',
			description: 'How ZIPs split out of a full address are written',
			options: [
				{ name: 'As Written', value: 'asWritten' },
				{ name: 'USPS (12345-6789, Leading Zero Restored)', value: 'usps' },
			],
		},
	],
};
