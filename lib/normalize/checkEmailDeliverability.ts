import { normalizeEmail } from './normalizeEmail';
import { normalizeDeliverabilityOptions, type DeliverabilityOptions } from './options';

export type { DeliverabilityOptions } from './options';

/** What {@link checkEmailDeliverability} resolves to. */
export interface DeliverabilityResult {
	/** `true` when the domain has mail servers, `false` when it certainly has none, `'unknown'` when it could not be told. */
	deliverable: boolean | 'unknown';
	/** Why, in words a user can act on. */
	reason: string;
}

const NO_DOMAIN_CODES = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);

/**
 * Tells whether an email address's domain can receive mail, by looking up its
 * MX records through an injected resolver. It never sends mail and never
 * rejects: a lookup that fails, or takes longer than `timeoutMs` when a `sleep` is given, answers
 * `'unknown'`, and an invalid address answers `false` without a lookup.
 *
 * @param email - the address
 * @param options - see {@link DeliverabilityOptions}
 * @returns `{ deliverable, reason }`
 * @throws IntakeError `EMAIL_INVALID_OPTION` for a bad option
 *
 * @example
 * await checkEmailDeliverability('jane@example.com', { resolveMx: async () => ['mx.example.com'] })
 * //=> { deliverable: true, reason: 'example.com accepts mail (MX: mx.example.com)' }
 */
export async function checkEmailDeliverability(
	email: string,
	options: DeliverabilityOptions = {},
): Promise<DeliverabilityResult> {
	const { timeoutMs, skip, resolveMx, sleep } = normalizeDeliverabilityOptions(options);
	if (skip) return { deliverable: 'unknown', reason: 'Deliverability check skipped' };
	const resolve = resolveMx as (domain: string) => Promise<string[]>;
	const normalized = normalizeEmail(email);
	if (!normalized.ok) return { deliverable: false, reason: normalized.message };
	const domain = normalized.email.slice(normalized.email.lastIndexOf('@') + 1);
	const timeout = sleep
		? sleep(timeoutMs).then(() => 'timeout' as const)
		: new Promise<never>(() => undefined);
	try {
		const answer = await Promise.race([Promise.resolve().then(() => resolve(domain)), timeout]);
		if (answer === 'timeout')
			return {
				deliverable: 'unknown',
				reason: `The mail server lookup for ${domain} took longer than ${timeoutMs} ms`,
			};
		const hosts = Array.isArray(answer)
			? answer.filter((h) => typeof h === 'string' && h !== '' && h !== '.')
			: [];
		if (hosts.length === 0)
			return { deliverable: false, reason: `${domain} has no mail servers (no MX records)` };
		return {
			deliverable: true,
			reason: `${domain} accepts mail (MX: ${hosts.slice(0, 3).join(', ')})`,
		};
	} catch (error) {
		const code = (error as { code?: unknown })?.code;
		if (typeof code === 'string' && NO_DOMAIN_CODES.has(code))
			return {
				deliverable: false,
				reason: `${domain} does not exist or has no mail servers (${code})`,
			};
		return {
			deliverable: 'unknown',
			reason: `The mail server lookup for ${domain} failed: ${(error as Error)?.message ?? String(error)}`,
		};
	}
}
