import type { INodeProperties } from 'n8n-workflow';
import { DEDUPE_V1 } from './defaults';

const FIELD_LABELS: Record<string, string> = {
	email: 'Email (and Email 2)',
	phone: 'Phone (all phone fields)',
	firstName: 'First Name',
	lastName: 'Last Name',
	dateOfBirth: 'Date of Birth',
	street: 'Street',
	unit: 'Unit',
	city: 'City',
	zip: 'ZIP',
	state: 'State',
};

const FIELD_OPTIONS = DEDUPE_V1.fields.map((f) => ({ name: FIELD_LABELS[f] ?? f, value: f }));

const RULE_OPTIONS = [
	{
		name: 'Keep Existing',
		value: 'keepExisting',
		description: 'The existing (or earliest) record’s value wins',
	},
	{
		name: 'Keep Incoming',
		value: 'keepIncoming',
		description: 'The incoming (or latest) record’s value wins',
	},
	{
		name: 'Keep Newest',
		value: 'newest',
		description: 'The value from the record with the latest date in the date field wins',
	},
];

/** The node's parameters; the class holds its identity. */
export const properties: INodeProperties[] = [
	{
		displayName:
			'Connect the records to import to the first input. Optionally connect existing records (fetched from the target system, or a previous export) to the second input to find people who are already there. Records to import come out on Unique, duplicates on Duplicates, and possible duplicates, for a person to decide, on Review.',
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Duplicate Policy',
		name: 'policy',
		type: 'options',
		default: 'merge',
		options: [
			{
				name: 'Merge',
				value: 'merge',
				description:
					'Combine duplicates field by field (filled values win; second emails and phones are kept)',
			},
			{ name: 'Skip', value: 'skip', description: 'Do not import a duplicate' },
			{
				name: 'Update',
				value: 'update',
				description: 'Overwrite the existing record’s fields with the incoming filled values',
			},
			{ name: 'Create New', value: 'createNew', description: 'Import duplicates anyway, flagged' },
		],
	},
	{
		displayName: 'Match On',
		name: 'matchOn',
		type: 'multiOptions',
		options: [
			{
				name: 'Address',
				value: 'address',
				description: 'The same street address confirms a similar name or a date of birth',
			},
			{
				name: 'Date of Birth',
				value: 'dateOfBirth',
				description:
					'The same date of birth confirms a similar name, or with the same address, phone or email makes a duplicate',
			},
			{
				name: 'Email',
				value: 'email',
				description:
					'The same email is the same person, unless the first names plainly differ (a family mailbox)',
			},
			{
				name: 'Phone',
				value: 'phone',
				description:
					'The same phone is the same person when the names agree or one record has no name',
			},
			{
				name: 'Similar Name',
				value: 'name',
				description:
					'A similar name is the same person with one more agreeing identifier, and a possible duplicate without one',
			},
		],
		default: ['email', 'phone', 'name', 'address', 'dateOfBirth'],
		description:
			'What can make two records the same person. Households and offices (different first names with different dates of birth or emails) and two generations (Jr and Sr) are never merged.',
	},
	{
		displayName: 'Match Threshold',
		name: 'threshold',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		default: 0.8,
		description:
			'Score (0 to 1) from which a similar name or date of birth with one more agreeing identifier counts as the same person; below it, the pair is a possible duplicate for review. The same email or phone does not need it.',
	},
	{
		displayName: 'Fields to Compare',
		name: 'fields',
		type: 'multiOptions',
		options: FIELD_OPTIONS,
		default: [
			'email',
			'phone',
			'firstName',
			'lastName',
			'dateOfBirth',
			'street',
			'unit',
			'city',
			'zip',
			'state',
		],
		description:
			'Which fields make up the score. Records use the canonical keys (firstName, lastName, suffix, email, phone, street, city, state, zip, dateOfBirth); Map Columns produces them.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Date Field for Newest',
				name: 'dateField',
				type: 'string',
				default: 'updatedAt',
				description:
					'The field holding when each record was last changed, used by the Keep Newest rule',
			},
			{
				displayName: 'Default Merge Rule',
				name: 'defaultRule',
				type: 'options',
				options: RULE_OPTIONS,
				default: 'keepExisting',
				description:
					'Which filled value wins when both records have one. An empty value never wins.',
			},
			{
				displayName: 'Existing ID Field',
				name: 'existingIdField',
				type: 'string',
				default: 'id',
				description:
					'The field of existing records that identifies them in the target system; it is copied onto updates and matches',
			},
			{
				displayName: 'Field Weights',
				name: 'weights',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: 'Add Weight',
				description:
					'How much agreement and disagreement on a field count, in points of evidence. Defaults were tuned on the FEBRL test sets.',
				options: [
					{
						displayName: 'Weight',
						name: 'values',
						values: [
							{
								displayName: 'Field',
								name: 'field',
								type: 'options',
								options: FIELD_OPTIONS,
								default: 'email',
							},
							{
								displayName: 'Agree',
								name: 'agree',
								type: 'number',
								typeOptions: { minValue: 0, maxValue: 100 },
								default: 5,
							},
							{
								displayName: 'Disagree',
								name: 'disagree',
								type: 'number',
								typeOptions: { minValue: 0, maxValue: 100 },
								default: 1,
							},
						],
					},
				],
			},
			{
				displayName: 'History Size',
				name: 'historySize',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10000,
				description:
					'With Remember Across Executions: how many people to remember; the oldest are forgotten first',
			},
			{
				displayName: 'Ignore Gmail Dots and Plus Tags',
				name: 'gmailNormalize',
				type: 'boolean',
				default: true,
				description: 'Whether j.o.e+news@gmail.com counts as joe@gmail.com',
			},
			{
				displayName: 'Merge Rules per Field',
				name: 'mergeRules',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: 'Add Rule',
				options: [
					{
						displayName: 'Rule',
						name: 'values',
						values: [
							{
								displayName: 'Field',
								name: 'field',
								type: 'string',
								default: '',
								placeholder: 'e.g. notes',
							},
							{
								displayName: 'Rule',
								name: 'rule',
								type: 'options',
								options: RULE_OPTIONS,
								default: 'keepIncoming',
							},
						],
					},
				],
			},
			{
				displayName: 'Phone Country',
				name: 'phoneCountry',
				type: 'string',
				default: 'US',
				description: 'Two-letter country code for phone numbers written without one',
			},
			{
				displayName: 'Possible Duplicate Threshold',
				name: 'reviewThreshold',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				default: 0.2,
				description:
					'Score (0 to 1) from which a similar name with nothing else agreeing goes to Review; below it, the rest of the record says they are two people. At most the Match Threshold.',
			},
			{
				displayName: 'Remember Across Executions',
				name: 'remember',
				type: 'options',
				options: [
					{
						name: 'Off',
						value: 'off',
						description: 'Compare only the records of this execution (and the Existing input)',
					},
					{
						name: 'This Node',
						value: 'node',
						description: 'Skip people this node passed on in earlier executions',
					},
					{
						name: 'This Workflow',
						value: 'workflow',
						description:
							'Skip people any Dedupe node of this workflow passed on in earlier executions',
					},
				],
				default: 'off',
				description:
					'Whether a scheduled or inbox workflow should never pass the same person on twice across days. Hashed keys of the email, the phone with the name, and the name with the birthday are kept in n8n, not the records.',
			},
		],
	},
];
