import { COMMON_TLDS, POPULAR_EMAIL_DOMAINS } from './data/emailDomains';
import { normalizeEmailOptions, type EmailOptions } from './options';
import { editDistance } from './text';

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
 * Whether a domain's labels are host names and its last one a name of
 * letters, worked out once per domain: a client list repeats a few hundred.
 * Bounded, and a pure memo, as {@link SUGGESTIONS}.
 */
const DOMAIN_CHECKS = new Map<string, boolean>();

function isDomainWellFormed(domain: string): boolean {
	let ok = DOMAIN_CHECKS.get(domain);
	if (ok !== undefined) return ok;
	const labels = domain.split('.');
	ok =
		labels.length >= 2 &&
		labels.every((l) => LABEL.test(l)) &&
		/^\p{L}{2,63}$/u.test(labels[labels.length - 1]);
	if (DOMAIN_CHECKS.size >= MAX_SUGGESTIONS) DOMAIN_CHECKS.clear();
	DOMAIN_CHECKS.set(domain, ok);
	return ok;
}

/** The address as typed, quoted for a message (cut at 60 characters). */
function shownOf(email: string): string {
	return JSON.stringify(email.length > 60 ? `${email.slice(0, 60)}…` : email);
}

/** One address, with checked options: see {@link normalizeEmail}. */
function normalizeWith(text: string, opts: Required<EmailOptions>): EmailResult {
	if (typeof text !== 'string') return fail('EMAIL_EMPTY', 'The email address is empty');
	const typed = text.trim();
	if (typed === '') return fail('EMAIL_EMPTY', 'The email address is empty');
	let email = typed;
	if (email.length > 320)
		return fail(
			'EMAIL_TOO_LONG',
			`The email address is ${email.length} characters long; at most 254 are allowed`,
		);
	// the patterns below only match an address ending ">", starting "mailto:" or ending "."
	const angle = email.endsWith('>') ? /<([^<>]+)>\s*$/.exec(email) : null;
	if (angle) email = angle[1].trim();
	if (email.length >= 7 && (email.charCodeAt(0) | 32) === 109)
		email = email.replace(/^mailto:/i, '');
	if (email.endsWith('.')) email = email.slice(0, -1);
	const at = email.lastIndexOf('@');
	if (at < 0)
		return fail('EMAIL_MISSING_AT', `${shownOf(typed)} is not an email address: it has no "@"`);
	let local = email.slice(0, at);
	const domain = email.slice(at + 1).toLowerCase();
	if (local === '')
		return fail('EMAIL_INVALID_LOCAL', `${shownOf(typed)} has nothing before the "@"`);
	if (domain === '')
		return fail('EMAIL_INVALID_DOMAIN', `${shownOf(typed)} has no domain after the "@"`);
	if (local.length > 64)
		return fail(
			'EMAIL_TOO_LONG',
			`${shownOf(typed)} has a name part of ${local.length} characters; at most 64 are allowed`,
		);
	if (!LOCAL.test(local)) {
		return fail(
			'EMAIL_INVALID_LOCAL',
			`${shownOf(typed)} has a character or dot that an email name part cannot have (spaces, a second "@", "..", or a dot at either end)`,
		);
	}
	if (!isDomainWellFormed(domain)) {
		return fail(
			'EMAIL_INVALID_DOMAIN',
			`${shownOf(typed)} has an invalid domain "${domain}": expected a name such as example.com`,
		);
	}
	if (domain.length > 253 || local.length + domain.length + 1 > 254)
		return fail(
			'EMAIL_TOO_LONG',
			`${shownOf(typed)} is longer than the 254 characters an address may have`,
		);
	if (opts.lowercaseLocal) local = local.toLowerCase();
	const result: EmailResult = { ok: true, email: `${local}@${domain}` };
	if (opts.suggest) {
		const better = suggestDomain(domain);
		if (better) result.suggestion = `${local}@${better}`;
	}
	return result;
}

/**
 * Prepares {@link normalizeEmail} for many addresses: checks the options
 * once, here, and returns a function that normalizes one address with them,
 * as normalizeEmail(text, options) does. Use it for a column of addresses.
 *
 * The returned function is pure and synchronous and never throws on any text.
 *
 * @param options - see {@link EmailOptions}
 * @returns a function from an address as typed to an {@link EmailResult}
 * @throws IntakeError `EMAIL_INVALID_OPTION` for a bad option, when preparing
 *
 * @example
 * const normalize = createEmailNormalizer({ suggest: false })
 * normalize('  Jane.Doe@GMIAL.com ')
 * //=> { ok: true, email: 'Jane.Doe@gmial.com' }
 */
export function createEmailNormalizer(options?: EmailOptions): (text: string) => EmailResult {
	const opts = normalizeEmailOptions(options);
	return (text) => normalizeWith(text, opts);
}
