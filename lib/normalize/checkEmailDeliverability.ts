import { IntakeError } from '../errors';
import { normalizeEmail } from './normalizeEmail';

/** Options of {@link checkEmailDeliverability}. */
export interface DeliverabilityOptions {
	/**
	 * Looks up a domain's MX hosts. Required unless `skip`: the library does no
	 * network I/O of its own (it runs inside n8n Cloud). In Node, pass
	 * `resolveMxWithDns` from the command-line package (cli/), which asks the system DNS.
	 */
	resolveMx?: (domain: string) => Promise<string[]>;
	/** Milliseconds to wait for the resolver before answering `'unknown'`; needs `sleep`. Default 5000. */
	timeoutMs?: number;
	/** Waits `ms`: with it, a lookup slower than `timeoutMs` answers `'unknown'`; without it, the resolver's own timeout applies. */
	sleep?: (ms: number) => Promise<void>;
	/** Whether to skip the lookup and answer `'unknown'`, for demo or sample data. Default false. */
	skip?: boolean;
}

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
	const timeoutMs = options.timeoutMs ?? 5000;
	if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
		throw new IntakeError(
			'EMAIL_INVALID_OPTION',
			`Invalid option \`timeoutMs\`: expected a positive number of milliseconds, got ${JSON.stringify(options.timeoutMs)}`,
			{ option: 'timeoutMs' },
		);
	}
	if (options.resolveMx !== undefined && typeof options.resolveMx !== 'function') {
		throw new IntakeError(
			'EMAIL_INVALID_OPTION',
			'Invalid option `resolveMx`: expected a function (domain) => Promise<string[]>',
			{ option: 'resolveMx' },
		);
	}
	if (options.resolveMx === undefined && !options.skip) {
		throw new IntakeError(
			'EMAIL_INVALID_OPTION',
			'Missing option `resolveMx`: the library does no DNS lookups of its own; pass a resolver (in Node, resolveMxWithDns from the command-line package), or `skip: true`',
			{ option: 'resolveMx' },
		);
	}
	if (options.sleep !== undefined && typeof options.sleep !== 'function') {
		throw new IntakeError(
			'EMAIL_INVALID_OPTION',
			'Invalid option `sleep`: expected a function (ms) => Promise<void>',
			{ option: 'sleep' },
		);
	}
	if (options.skip) return { deliverable: 'unknown', reason: 'Deliverability check skipped' };
	const resolve = options.resolveMx as (domain: string) => Promise<string[]>;
	const normalized = normalizeEmail(email);
	if (!normalized.ok) return { deliverable: false, reason: normalized.message };
	const domain = normalized.email.slice(normalized.email.lastIndexOf('@') + 1);
	const timeout = options.sleep
		? options.sleep(timeoutMs).then(() => 'timeout' as const)
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
