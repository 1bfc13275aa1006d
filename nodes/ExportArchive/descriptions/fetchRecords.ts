import type { INodeProperties } from 'n8n-workflow';
import { FILTER_HELP } from './filterHelp';

const forFetch = { show: { operation: ['fetchRecords'] } };

/** Fetch Records' parameters: the object, how many, which fields, the filter and the sort. */
export const fetchProperties: INodeProperties[] = [
	{
		displayName: 'Object',
		name: 'object',
		type: 'string',
		default: 'clients',
		required: true,
		displayOptions: forFetch,
		placeholder: 'e.g. clients',
		description: 'What to fetch: clients, contacts, cases, tasks, …',
	},
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: true,
		displayOptions: forFetch,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'fetchLimit',
		type: 'number',
		default: 1000,
		typeOptions: { minValue: 1 },
		displayOptions: { show: { operation: ['fetchRecords'], returnAll: [false] } },
		description: 'Max number of results to return',
	},
	{
		displayName: 'Fields',
		name: 'fetchFields',
		type: 'string',
		default: '',
		displayOptions: forFetch,
		placeholder: 'e.g. firstName, lastName, email',
		description: 'The fields to ask for, comma-separated; leave empty for the target’s default',
	},
	{
		displayName: 'Filter (JSON)',
		name: 'fetchFilter',
		type: 'json',
		default: '',
		displayOptions: forFetch,
		description: FILTER_HELP,
	},
	{
		displayName: 'Sort By',
		name: 'fetchSortBy',
		type: 'string',
		default: 'created_at',
		displayOptions: forFetch,
		description: 'The field the target sorts by',
	},
	{
		displayName: 'Sort Direction',
		name: 'fetchSortDirection',
		type: 'options',
		default: 'desc',
		displayOptions: forFetch,
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
	},
	{
		displayName: 'Output',
		name: 'fetchOutput',
		type: 'options',
		default: 'records',
		displayOptions: forFetch,
		options: [
			{
				name: 'One Item per Record',
				value: 'records',
				description: 'Each record as an item, for the nodes after it',
			},
			{
				name: 'Count Only',
				value: 'count',
				description:
					'One item with the number of records that match (object, count, status): a reconciliation without keeping every record in the workflow',
			},
		],
	},
];
