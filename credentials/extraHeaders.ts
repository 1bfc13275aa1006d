import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** The Intake API credential's Extra Headers, read: the headers, or why they could not be read. */
export interface ExtraHeaders {
	headers: Record<string, string>;
	/** Set when the field is not a JSON object; the message never quotes it, as the values may be secrets. */
	invalid?: string;
}

/**
 * The Intake API credential's Extra Headers: a JSON object of names to values
 * (text or numbers; anything else is left out). The credential sends them;
 * the Import Batch node redacts their values from every message, and refuses
 * to run (a NodeOperationError) when they are not valid JSON.
 *
 * @example
 * readExtraHeaders({ extraHeaders: '{"X-Tenant": "acme", "X-Shard": 3}' })
 * //=> { headers: { 'X-Tenant': 'acme', 'X-Shard': '3' } }
 */
export function readExtraHeaders(credentials: ICredentialDataDecryptedObject): ExtraHeaders {
	const raw = credentials.extraHeaders;
	let parsed: unknown = raw;
	if (typeof raw === 'string') {
		if (raw.trim() === '') return { headers: {} };
		parsed = parseJson(raw);
		if (parsed === NOT_JSON) {
			return {
				headers: {},
				invalid:
					'Intake API credential: Extra Headers is not valid JSON; write an object such as {"X-Tenant": "acme"}',
			};
		}
	}
	if (parsed === undefined || parsed === null) return { headers: {} };
	if (typeof parsed !== 'object' || Array.isArray(parsed)) {
		return {
			headers: {},
			invalid:
				'Intake API credential: Extra Headers must be a JSON object of header names to values, such as {"X-Tenant": "acme"}',
		};
	}
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(parsed))
		if (typeof value === 'string' || typeof value === 'number') headers[name] = String(value);
	return { headers };
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return NOT_JSON;
	}
}
