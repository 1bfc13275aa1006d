import type { INodeProperties } from 'n8n-workflow';
import { DEDUPE_FIELDS, DEFAULT_DEDUPE_OPTIONS } from '../../lib';

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

const FIELD_OPTIONS = DEDUPE_FIELDS.map((f) => ({ name: FIELD_LABELS[f] ?? f, value: f }));

const RULE_OPTIONS = [
	{ name: 'Keep Existing', value: 'keepExisting', description: 'The existing (or earliest) record’s value wins' },
	{ name: 'Keep Incoming', value: 'keepIncoming', description: 'The incoming (or latest) record’s value wins' },
	{ name: 'Keep Newest', value: 'newest', description: 'The value from the record with the latest date in the date field wins' },
];

/** The node's parameters; the class holds its identity. */
export const properties: INodeProperties[] = [
	{
		displayName:
			'Connect the records to import to the first input. Optionally connect existing records (fetched from the target system, or a previous export) to the second input to find people who are already there.',
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
			{ name: 'Merge', value: 'merge', description: 'Combine duplicates field by field (filled values win; second emails and phones are kept)' },
			{ name: 'Skip', value: 'skip', description: 'Do not import a duplicate' },
			{ name: 'Update', value: 'update', description: 'Overwrite the existing record’s fields with the incoming filled values' },
			{ name: 'Create New', value: 'createNew', description: 'Import duplicates anyway, flagged' },
		],
	},
	{
		displayName: 'Match Threshold',
		name: 'threshold',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		default: DEFAULT_DEDUPE_OPTIONS.threshold,
		description: 'Score (0 to 1) from which two records count as the same person. Lower finds more and risks false matches.',
	},
	{
		displayName: 'Fields to Compare',
		name: 'fields',
		type: 'multiOptions',
		options: FIELD_OPTIONS,
		default: [...DEDUPE_FIELDS],
		description: 'Which fields to compare. Records use the canonical keys (firstName, lastName, email, phone, street, city, state, zip, dateOfBirth); Map Columns produces them.',
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
				description: 'The field holding when each record was last changed, used by the Keep Newest rule',
			},
			{
				displayName: 'Default Merge Rule',
				name: 'defaultRule',
				type: 'options',
				options: RULE_OPTIONS,
				default: 'keepExisting',
				description: 'Which filled value wins when both records have one. An empty value never wins.',
			},
			{
				displayName: 'Existing ID Field',
				name: 'existingIdField',
				type: 'string',
				default: 'id',
				description: 'The field of existing records that identifies them in the target system; it is copied onto updates and matches',
			},
			{
				displayName: 'Field Weights',
				name: 'weights',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: 'Add Weight',
				description: 'How much agreement and disagreement on a field count, in points of evidence. Defaults were tuned on the FEBRL test sets.',
				options: [
					{
						displayName: 'Weight',
						name: 'values',
						values: [
							{ displayName: 'Field', name: 'field', type: 'options', options: FIELD_OPTIONS, default: 'email' },
							{ displayName: 'Agree', name: 'agree', type: 'number', typeOptions: { minValue: 0, maxValue: 100 }, default: 5 },
							{ displayName: 'Disagree', name: 'disagree', type: 'number', typeOptions: { minValue: 0, maxValue: 100 }, default: 1 },
						],
					},
				],
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
							{ displayName: 'Field', name: 'field', type: 'string', default: '', placeholder: 'e.g. notes' },
							{ displayName: 'Rule', name: 'rule', type: 'options', options: RULE_OPTIONS, default: 'keepIncoming' },
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
		],
	},
];
