import type { INodeProperties } from 'n8n-workflow';

/** A dropdown of the chosen schema's fields, for overrides, value maps, defaults and fixed values. */
const FIELD_PICKER: INodeProperties = {
	displayName: 'Field Name or ID',
	name: 'field',
	type: 'options',
	typeOptions: {
		loadOptionsMethod: 'getSchemaFields',
		loadOptionsDependsOn: ['schema', 'customSchema', 'customFields'],
	},
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** One "field → value" list, for default values and fixed values. */
function fieldValues(displayName: string, name: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Value',
		description,
		options: [
			{
				displayName: 'Value',
				name: 'values',
				values: [
					FIELD_PICKER,
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. Personal Injury',
					},
				],
			},
		],
	};
}

/** The node's parameters; the class holds its identity. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		noDataExpression: true,
		default: 'run',
		options: [
			{
				name: 'Map and Validate',
				value: 'run',
				description:
					'Turn every row into a clean record (Valid) or a row with its issues (Invalid)',
			},
			{
				name: 'Preview Mapping',
				value: 'preview',
				description:
					'Process only the first rows and output one report: each column, its field, confidence and reason, with sample values before and after',
			},
		],
	},
	{
		displayName: 'Preview Rows',
		name: 'previewRows',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1000 },
		default: 20,
		displayOptions: { show: { mode: ['preview'] } },
		description: 'How many rows the preview processes',
	},
	{
		displayName: 'Schema',
		name: 'schema',
		type: 'options',
		noDataExpression: true,
		default: 'clients',
		options: [
			{
				name: 'Cases',
				value: 'cases',
				description: 'Case name, number, type, status, client, dates, assignee',
			},
			{
				name: 'Clients',
				value: 'clients',
				description: 'People: name, company, emails, phones, address, date of birth',
			},
			{
				name: 'Contacts',
				value: 'contacts',
				description: 'Like clients; a company alone is also a contact',
			},
			{ name: 'Custom (JSON)', value: 'custom', description: 'A schema given as JSON' },
		],
	},
	{
		displayName: 'Custom Schema (JSON)',
		name: 'customSchema',
		type: 'json',
		default:
			'{\n  "name": "my-schema",\n  "extends": "clients",\n  "fields": [\n    { "key": "matterType", "type": "enum", "values": ["PI", "Family"], "required": true }\n  ]\n}',
		displayOptions: { show: { schema: ['custom'] } },
		description:
			'Fields with key, type (string, number, boolean, date, datetime, email, phone, enum), and optionally label, required, values, synonyms, default and maxLength. "extends" adds them to clients, contacts or cases.',
	},
	{
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Field',
		description: 'Fields to add to the schema',
		options: [
			{
				displayName: 'Field',
				name: 'fields',
				values: [
					{
						displayName: 'Allowed Values',
						name: 'values',
						type: 'string',
						default: '',
						placeholder: 'e.g. Web, Referral, Walk-in',
						description: 'For a list of values: the values, comma-separated',
					},
					{
						displayName: 'Default',
						name: 'default',
						type: 'string',
						default: '',
						description: 'Value for blank cells',
					},
					{
						displayName: 'Header Synonyms',
						name: 'synonyms',
						type: 'string',
						default: '',
						placeholder: 'e.g. Source, How Found',
						description: 'Other column names that mean this field, comma-separated',
					},
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'e.g. referralSource',
						description: "The field's name in every record: letters, digits and _",
					},
					{
						displayName: 'Label',
						name: 'label',
						type: 'string',
						default: '',
						placeholder: 'e.g. Referral source',
					},
					{
						displayName: 'Required',
						name: 'required',
						type: 'boolean',
						default: false,
						description: 'Whether every record needs a value',
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						default: 'string',
						options: [
							{ name: 'Boolean', value: 'boolean' },
							{ name: 'Date', value: 'date' },
							{ name: 'Date and Time', value: 'datetime' },
							{ name: 'Email', value: 'email' },
							{ name: 'List of Values', value: 'enum' },
							{ name: 'Number', value: 'number' },
							{ name: 'Phone', value: 'phone' },
							{ name: 'Text', value: 'string' },
						],
					},
				],
			},
		],
	},
	{
		displayName: 'Column Overrides',
		name: 'overrides',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Override',
		description: 'Map a source column to a field by hand; the rest are mapped automatically',
		options: [
			{
				displayName: 'Override',
				name: 'values',
				values: [
					{
						displayName: 'Source Column',
						name: 'column',
						type: 'string',
						default: '',
						placeholder: 'e.g. Cust Ref',
						description: "The column's header, exactly as in the file",
					},
					FIELD_PICKER,
				],
			},
		],
	},
	{
		displayName: 'Saved Mapping Profile (JSON)',
		name: 'profile',
		type: 'json',
		default: '',
		description:
			'A mapping profile from an earlier preview ("profile" in its report). A file with the same or similar headers is mapped the same way, with its saved options.',
	},
	{
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
	},
];
