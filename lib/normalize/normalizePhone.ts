import { isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/min';
import { IntakeError } from '../errors';

/** Options of {@link normalizePhone}. */
export interface NormalizePhoneOptions {
	/** ISO 3166-1 alpha-2 country for numbers written without a "+" country code. Default `'US'`. */
	defaultCountry?: string;
}

/** Default {@link NormalizePhoneOptions}. */
export const DEFAULT_NORMALIZE_PHONE_OPTIONS: Readonly<Required<NormalizePhoneOptions>> = Object.freeze({ defaultCountry: 'US' });

/** Why a phone number was refused. */
export type PhoneErrorCode = 'PHONE_EMPTY' | 'PHONE_NOT_A_NUMBER' | 'PHONE_TOO_SHORT' | 'PHONE_TOO_LONG' | 'PHONE_INVALID_COUNTRY' | 'PHONE_INVALID';

/** What {@link normalizePhone} returns. */
export type PhoneResult =
	| { ok: true; e164: string; national: string; country?: string; extension?: string }
	| { ok: false; code: PhoneErrorCode; message: string };

/**
 * The common US shapes: 5551234567, 555-123-4567, 555.123.4567,
 * (555) 123-4567, +1 555 123 4567, 1-555-123-4567. The area code starts
 * with 2-9, so a leading 1 is always the country code, as libphonenumber reads it.
 */
const US_SHAPE = /^(\+?1[\s.-]?)?(?:\(([2-9]\d\d)\)|([2-9]\d\d))[\s.-]?(\d{3})[\s.-]?(\d{4})$/;
const MAX_LENGTH = 100;
/**
 * libphonenumber's answer for each area code and exchange, with and without
 * "+1", filled on first sight: its NANP country patterns read those six
 * digits (800-1xx is DO, +1 524-575 has no country), not the area code alone.
 * Bounded: a pure cache of constant metadata, emptied when it gets large.
 */
const areaCountry = new Map<string, PhoneResult>();
const MAX_CACHED_PREFIXES = 100000;

function checkedCountry(options: NormalizePhoneOptions | undefined): CountryCode {
	const country = options?.defaultCountry ?? DEFAULT_NORMALIZE_PHONE_OPTIONS.defaultCountry;
	if (typeof country !== 'string' || !isSupportedCountry(country.toUpperCase())) {
		throw new IntakeError(
			'PHONE_INVALID_OPTION',
			`Invalid option \`defaultCountry\`: expected an ISO 3166-1 alpha-2 code that has a phone numbering plan, such as "US" or "GB", got ${JSON.stringify(country)}`,
			{ option: 'defaultCountry' },
		);
	}
	return country.toUpperCase() as CountryCode;
}

function fail(code: PhoneErrorCode, message: string): PhoneResult {
	return { ok: false, code, message };
}

/** The general path: libphonenumber-js parses and checks the length for the number's country. */
function parseWithLibrary(text: string, country: CountryCode): PhoneResult {
	const digits = text.replace(/\D/g, '');
	const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
	if (digits.length === 0) return fail('PHONE_NOT_A_NUMBER', `${shown} is not a phone number: it has no digits`);
	const parsed = parsePhoneNumberFromString(text, country);
	if (!parsed || !parsed.isPossible()) {
		// say why: the length check names too short, too long or a bad country code
		const lengthError = validatePhoneNumberLength(text, country);
		if (lengthError === 'TOO_SHORT' || lengthError === 'INVALID_LENGTH') {
			return fail('PHONE_TOO_SHORT', `${shown} is too short for a phone number of ${country} (${digits.length} digits); check for missing digits or the country`);
		}
		if (lengthError === 'TOO_LONG') {
			return fail('PHONE_TOO_LONG', `${shown} is too long for a phone number of ${country} (${digits.length} digits); check for extra digits, or two numbers in one cell`);
		}
		if (lengthError === 'INVALID_COUNTRY') return fail('PHONE_INVALID_COUNTRY', `${shown} starts with a "+" country code that does not exist`);
		if (!parsed) return fail('PHONE_NOT_A_NUMBER', `${shown} is not a phone number`);
		return fail('PHONE_INVALID', `${shown} is not a possible phone number of ${parsed.country ?? country}`);
	}
	if (parsed.countryCallingCode === '1' && !/^[2-9]/.test(parsed.nationalNumber)) {
		// libphonenumber accepts the length, but no NANP area code starts with 0 or 1
		return fail('PHONE_INVALID', `${shown} is not a valid North American number: the area code cannot start with ${parsed.nationalNumber[0]}`);
	}
	const result: PhoneResult = { ok: true, e164: parsed.number, national: parsed.formatNational().replace(/ ext\. .*$/, '') };
	if (parsed.country) result.country = parsed.country;
	if (parsed.ext) result.extension = parsed.ext;
	return result;
}

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
 * as libphonenumber-js (a test checks this): libphonenumber reads each area
 * code and exchange once, and later numbers that share them are formatted
 * from the match alone.
 *
 * Pure and synchronous; never throws on any text.
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
	const country = checkedCountry(options);
	if (typeof text !== 'string') return fail('PHONE_EMPTY', 'The phone number is empty');
	const trimmed = text.trim();
	if (trimmed === '') return fail('PHONE_EMPTY', 'The phone number is empty');
	if (trimmed.length > MAX_LENGTH) return fail('PHONE_TOO_LONG', `The phone number is ${trimmed.length} characters long; a phone number has at most 17 digits`);
	if (country === 'US') {
		const m = US_SHAPE.exec(trimmed);
		if (m) {
			const area = m[2] ?? m[3];
			const plus = m[1] !== undefined && m[1].startsWith('+');
			const e164 = `+1${area}${m[4]}${m[5]}`;
			const key = `${plus ? '+' : ''}${area}${m[4]}`;
			let sample = areaCountry.get(key);
			if (sample === undefined) {
				// libphonenumber's own answer for this area code and exchange, once: it decides the country
				sample = parseWithLibrary(trimmed, country);
				if (areaCountry.size >= MAX_CACHED_PREFIXES) areaCountry.clear();
				areaCountry.set(key, sample);
			}
			if (sample.ok) {
				const result: PhoneResult = { ok: true, e164, national: `(${area}) ${m[4]}-${m[5]}` };
				if (sample.country) result.country = sample.country;
				return result;
			}
		}
	}
	return parseWithLibrary(trimmed, country);
}
