import { createEmailNormalizer, type EmailResult } from './createEmailNormalizer';
import type { EmailOptions } from './options';

export type { EmailErrorCode, EmailResult } from './createEmailNormalizer';
export { DEFAULT_EMAIL_OPTIONS, type EmailOptions } from './options';

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
 * Pure and synchronous; never throws on any text. For many addresses with the
 * same options, {@link createEmailNormalizer} checks the options once.
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
	return createEmailNormalizer(options)(text);
}
