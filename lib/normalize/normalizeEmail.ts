import { IntakeError } from '../errors';
import { COMMON_TLDS, POPULAR_EMAIL_DOMAINS } from './data/emailDomains';
import { editDistance } from './text';

/** Options of {@link normalizeEmail}. */
export interface EmailOptions {
	/** Whether to suggest a fix for a mistyped popular domain ("gmial.com" → "gmail.com"). Default true. */
	suggest?: boolean;
	/**
	 * Whether to lower-case the local part too. Default false: RFC 5321 lets
	 * the local part be case-sensitive, although almost no provider treats it so.
	 */
	lowercaseLocal?: boolean;
}

/** Default {@link EmailOptions}. */
export const DEFAULT_EMAIL_OPTIONS: Readonly<Required<EmailOptions>> = Object.freeze({
	suggest: true,
	lowercaseLocal: false,
});

/** Why an email address was refused. */
export type EmailErrorCode =
	| 'EMAIL_EMPTY'
	| 'EMAIL_MISSING_AT'
	| 'EMAIL_INVALID_LOCAL'
	| 'EMAIL_INVALID_DOMAIN'
	| 'EMAIL_TOO_LONG';

/** What {@link normalizeEmail} returns. */
export type EmailResult =
	| { ok: true; email: string; suggestion?: string }
	| { ok: false; code: EmailErrorCode; message: string };

/** RFC 5322 dot-atom local part: atext characters, dots only between them. */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** A DNS host name label (RFC 1035 as relaxed by RFC 1123), or a Unicode one. */
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const POPULAR = new Set(POPULAR_EMAIL_DOMAINS);
const TLDS = new Set(COMMON_TLDS);
const TLD_TYPOS: Readonly<Record<string, string>> = {
	con: 'com',
	cmo: 'com',
	ocm: 'com',
	cim: 'com',
	vom: 'com',
	xom: 'com',
	comm: 'com',
	om: 'com',
	co: 'com',
	nte: 'net',
	ner: 'net',
	ent: 'net',
	nett: 'net',
	orgg: 'org',
	ogr: 'org',
};

function fail(code: EmailErrorCode, message: string): EmailResult {
	return { ok: false, code, message };
}

/**
 * Suggestions already worked out, by domain: a client list repeats a few
 * hundred domains, and each costs a scan of the popular ones. Bounded, and
 * a pure memo, so results never depend on what was seen before.
 */
const SUGGESTIONS = new Map<string, string | undefined>();
const MAX_SUGGESTIONS = 10_000;

/** A likely intended domain for a mistyped one, or undefined (memoized). */
function suggestDomain(domain: string): string | undefined {
	if (SUGGESTIONS.has(domain)) return SUGGESTIONS.get(domain);
	const suggestion = findSuggestion(domain);
	if (SUGGESTIONS.size >= MAX_SUGGESTIONS) SUGGESTIONS.clear();
	SUGGESTIONS.set(domain, suggestion);
	return suggestion;
}

function findSuggestion(domain: string): string | undefined {
	if (POPULAR.has(domain)) return undefined;
	let best: string | undefined;
	let bestDistance = 3;
	// editDistance turns away a candidate whose length is off by more than the cap at once
	for (const candidate of POPULAR) {
		const d = editDistance(domain, candidate, 2);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	if (best) return best;
	const dot = domain.lastIndexOf('.');
	const tld = domain.slice(dot + 1);
	const fixed = TLD_TYPOS[tld];
	// "example.co" is a real TLD: only fix it where the name is a popular provider
	if (fixed && !(TLDS.has(tld) && !POPULAR.has(`${domain.slice(0, dot)}.${fixed}`)))
		return `${domain.slice(0, dot)}.${fixed}`;
	return undefined;
}

/**
 * Checks and normalizes an email address: trims it, drops a "mailto:" prefix
 * and a display name ("Jane <jane@x.com>"), lower-cases the domain, and
 * suggests a fix for a mistyped popular domain ("gmial.com" → "gmail.com").
 *
 * The syntax accepted is a practical subset of RFC 5322: a dot-atom local
 * part (letters, digits and ! # $ % & ' * + / = ? ^ _ ` { | } ~ -, with
 * single dots between; no quoted strings or comments), at most 64
 * characters, and a domain of at least two host-name labels (Unicode
 * letters allowed), at most 253 characters, with a top-level domain of
 * letters. IP-literal domains are refused: client lists never hold them.
 *
 * Pure and synchronous; never throws on any text.
 *
 * @param text - the address as typed
 * @param options - see {@link EmailOptions}
 * @returns `{ ok: true, email, suggestion? }`, or `{ ok: false, code, message }` with code
 *   `EMAIL_EMPTY`, `EMAIL_MISSING_AT`, `EMAIL_INVALID_LOCAL`, `EMAIL_INVALID_DOMAIN` or `EMAIL_TOO_LONG`
 * @throws IntakeError `EMAIL_INVALID_OPTION` for a bad option
 *
 * @example
 * normalizeEmail('  Jane.Doe@GMIAL.com ')
 * //=> { ok: true, email: 'Jane.Doe@gmial.com', suggestion: 'Jane.Doe@gmail.com' }
 *
 * @example
 * normalizeEmail('jane.doe@')
 * //=> { ok: false, code: 'EMAIL_INVALID_DOMAIN', message: '"jane.doe@" has no domain after the "@"' }
 */
export function normalizeEmail(text: string, options?: EmailOptions): EmailResult {
	const opts = { ...DEFAULT_EMAIL_OPTIONS, ...options };
	for (const key of ['suggest', 'lowercaseLocal'] as const) {
		if (typeof opts[key] !== 'boolean') {
			throw new IntakeError(
				'EMAIL_INVALID_OPTION',
				`Invalid option \`${key}\`: expected true or false, got ${JSON.stringify(opts[key])}`,
				{ option: key },
			);
		}
	}
	if (typeof text !== 'string' || text.trim() === '')
		return fail('EMAIL_EMPTY', 'The email address is empty');
	let email = text.trim();
	if (email.length > 320)
		return fail(
			'EMAIL_TOO_LONG',
			`The email address is ${email.length} characters long; at most 254 are allowed`,
		);
	const shown = JSON.stringify(email.length > 60 ? `${email.slice(0, 60)}…` : email);
	const angle = /<([^<>]+)>\s*$/.exec(email);
	if (angle) email = angle[1].trim();
	email = email.replace(/^mailto:/i, '').replace(/\.$/, '');
	const at = email.lastIndexOf('@');
	if (at < 0) return fail('EMAIL_MISSING_AT', `${shown} is not an email address: it has no "@"`);
	let local = email.slice(0, at);
	const domain = email.slice(at + 1).toLowerCase();
	if (local === '') return fail('EMAIL_INVALID_LOCAL', `${shown} has nothing before the "@"`);
	if (domain === '') return fail('EMAIL_INVALID_DOMAIN', `${shown} has no domain after the "@"`);
	if (local.length > 64)
		return fail(
			'EMAIL_TOO_LONG',
			`${shown} has a name part of ${local.length} characters; at most 64 are allowed`,
		);
	if (!LOCAL.test(local)) {
		return fail(
			'EMAIL_INVALID_LOCAL',
			`${shown} has a character or dot that an email name part cannot have (spaces, a second "@", "..", or a dot at either end)`,
		);
	}
	const labels = domain.split('.');
	if (
		labels.length < 2 ||
		!labels.every((l) => LABEL.test(l)) ||
		!/^\p{L}{2,63}$/u.test(labels[labels.length - 1])
	) {
		return fail(
			'EMAIL_INVALID_DOMAIN',
			`${shown} has an invalid domain "${domain}": expected a name such as example.com`,
		);
	}
	if (domain.length > 253 || local.length + domain.length + 1 > 254)
		return fail('EMAIL_TOO_LONG', `${shown} is longer than the 254 characters an address may have`);
	if (opts.lowercaseLocal) local = local.toLowerCase();
	const result: EmailResult = { ok: true, email: `${local}@${domain}` };
	if (opts.suggest) {
		const better = suggestDomain(domain);
		if (better) result.suggestion = `${local}@${better}`;
	}
	return result;
}
