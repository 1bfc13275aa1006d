import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { FIELD_OPTIONS } from './descriptions/choices';
import { optionsProperty } from './descriptions/options';

/** Match On's choices: the kinds of agreement that can make two records one person (also Import Batch's Import File). */
export const MATCH_ON_OPTIONS: INodePropertyOptions[] = [
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
		description: 'The same phone is the same person when the names agree or one record has no name',
	},
	{
		name: 'Similar Name',
		value: 'name',
		description:
			'A similar name is the same person with one more agreeing identifier, and a possible duplicate without one',
	},
];

/** The node's parameters: what counts as a duplicate and what to do with it, then the Options (descriptions/); the class holds its identity. */
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
		options: MATCH_ON_OPTIONS,
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
	optionsProperty,
];
