import type { INodeProperties } from 'n8n-workflow';

/** Custom Fields: fields added to the chosen schema, one by one. */
export const customFieldsProperty: INodeProperties = {
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
};
