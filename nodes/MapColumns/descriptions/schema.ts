import type { INodeProperties } from 'n8n-workflow';

/** Which rows: the mode and how many rows a preview reads; and which schema: built in, or custom JSON. */
export const schemaProperties: INodeProperties[] = [
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
];
