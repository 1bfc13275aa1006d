import type { INodeProperties } from 'n8n-workflow';

/** A collection's options as n8n lists them: by name, whatever they are built from. */
export function alphabetical(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
}

/** Settings both operations share: how hard and how long to push the target. */
export const runOptions: INodeProperties[] = [
	{
		displayName: 'Concurrency',
		name: 'concurrency',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 64 },
		default: 1,
		description: 'Requests in flight at once',
	},
	{
		displayName: 'Rate Limit (Requests per Second)',
		name: 'maxRequestsPerSecond',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Most requests started per second; 0 for no limit',
	},
	{
		displayName: 'Tries per Request',
		name: 'attempts',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 100 },
		default: 5,
		description:
			'Tries in all for a request that gets 429, 5xx, a timeout or a network error, with exponential backoff that honours Retry-After; other errors are not retried',
	},
	{
		displayName: 'Request Timeout (Seconds)',
		name: 'timeoutSeconds',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 300,
		description:
			'How long one request may take; a timed-out request is retried with the same Idempotency-Key',
	},
	{
		displayName: 'Maximum Duration (Seconds)',
		name: 'maxDurationSeconds',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			'After this long no new request starts and the rest is reported as not attempted; 0 for no limit',
	},
];
