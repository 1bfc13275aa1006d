import type { INodeProperties } from 'n8n-workflow';
import { FIELD_OPTIONS, RULE_OPTIONS } from './choices';

/** The Options collection: merging, weights, the phone country, the review band, and memory across executions. */
export const optionsProperty: INodeProperties = {
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
			description: 'Which filled value wins when both records have one. An empty value never wins.',
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
};
