import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * The Intake API credential's Extra Headers: a JSON object of names to values
 * (text or numbers; anything else is left out). The credential sends them;
 * the Import Batch node redacts their values from every message.
 *
 * @throws Error when the field is not valid JSON; the message never quotes it, as the values may be secrets
 */
export function readExtraHeaders(credentials: ICredentialDataDecryptedObject): Record<string, string> {
	const raw = credentials.extraHeaders;
	let parsed: unknown = raw;
	if (typeof raw === 'string') {
		if (raw.trim() === '') return {};
		try {
			parsed = JSON.parse(raw);
		} catch {
			// a credential has no node to build a NodeOperationError on; n8n shows this message when the credential is used
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
			throw new Error('Intake API credential: Extra Headers is not valid JSON; write an object such as {"X-Tenant": "acme"}');
		}
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string' || typeof value === 'number') headers[name] = String(value);
	return headers;
}
