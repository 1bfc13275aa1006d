import { createPhoneNormalizer, type PhoneResult } from './createPhoneNormalizer';
import type { NormalizePhoneOptions } from './options';

export type { PhoneErrorCode, PhoneResult } from './createPhoneNormalizer';
export { DEFAULT_NORMALIZE_PHONE_OPTIONS, type NormalizePhoneOptions } from './options';

/**
 * Normalizes a phone number to E.164 ("+15551234567") and national format
 * ("(555) 123-4567"), with its country and extension.
 *
 * Accepts every common way of writing a number: 5551234567, 555-123-4567,
 * 555.123.4567, (555) 123-4567, +15551234567, 1-555-123-4567, with an
 * extension written "x123", "ext. 123" or "#123". A number without "+" is
 * read in `defaultCountry`. A number is accepted when its length is possible
 * for its country (libphonenumber-js "min" metadata), so placeholder numbers
 * such as 555-0100 pass; the country is found from the number itself
 * ("+1 416…" is CA).
 *
 * The common 10-digit US shapes take a fast path that gives the same answer
 * as libphonenumber-js (tests check this): the NANP country is decided with
 * the library's own metadata patterns, compiled once, in the library's order.
 *
 * Pure and synchronous; never throws on any text. For many numbers with the
 * same options, {@link createPhoneNormalizer} checks the options once.
 *
 * @param text - the phone number as typed
 * @param options - see {@link NormalizePhoneOptions}
 * @returns `{ ok: true, e164, national, country?, extension? }`, or `{ ok: false, code, message }`
 *   with code `PHONE_EMPTY`, `PHONE_NOT_A_NUMBER`, `PHONE_TOO_SHORT`, `PHONE_TOO_LONG`,
 *   `PHONE_INVALID_COUNTRY` or `PHONE_INVALID`
 * @throws IntakeError `PHONE_INVALID_OPTION` for an unknown `defaultCountry`
 *
 * @example
 * normalizePhone('(555) 123-4567 ext. 89')
 * //=> { ok: true, e164: '+15551234567', national: '(555) 123-4567', country: 'US', extension: '89' }
 *
 * @example
 * normalizePhone('020 7031 3000', { defaultCountry: 'GB' })
 * //=> { ok: true, e164: '+442070313000', national: '020 7031 3000', country: 'GB' }
 *
 * @example
 * normalizePhone('555-12')
 * //=> { ok: false, code: 'PHONE_TOO_SHORT', message: '"555-12" is too short for a phone number of US (5 digits); …' }
 */
export function normalizePhone(text: string, options?: NormalizePhoneOptions): PhoneResult {
	return createPhoneNormalizer(options)(text);
}
