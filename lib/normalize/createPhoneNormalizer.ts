import {
	Metadata,
	parsePhoneNumberFromString,
	validatePhoneNumberLength,
	type CountryCode,
	type PhoneNumber,
} from 'libphonenumber-js/min';
import { normalizePhoneOptions, type NormalizePhoneOptions } from './options';

/** Why a phone number was refused. */
export type PhoneErrorCode =
	| 'PHONE_EMPTY'
	| 'PHONE_NOT_A_NUMBER'
	| 'PHONE_TOO_SHORT'
	| 'PHONE_TOO_LONG'
	| 'PHONE_INVALID_COUNTRY'
	| 'PHONE_INVALID';

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
/** Digits and the usual separators only: no "+", letters or extension. */
const SHORT_PLAIN = /^[\d\s().\-/]{1,40}$/;
/** One NANP country's test, compiled once from libphonenumber-js's own metadata. */
interface NanpPlan {
	country: string;
	/** "Leading digits" that settle the country by themselves (most Caribbean plans). */
	leading?: RegExp;
	/** Otherwise the whole-number patterns: the plan's own, then any one of its number types (US, CA). */
	national?: RegExp;
	types?: RegExp[];
}

/** Number types libphonenumber-js tries, fixed line first. */
const NUMBER_TYPES = [
	'FIXED_LINE',
	'MOBILE',
	'PREMIUM_RATE',
	'TOLL_FREE',
	'SHARED_COST',
	'VOIP',
	'PERSONAL_NUMBER',
	'PAGER',
	'UAN',
	'VOICEMAIL',
];

/** The parts of libphonenumber-js's numbering plan object this file reads; not all are in its typings. */
interface PlanInternals {
	leadingDigits(): string | undefined;
	nationalNumberPattern?(): string;
	type?(t: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

let nanpPlans: NanpPlan[] | null | undefined;

/**
 * The NANP countries in libphonenumber-js's order, with the tests its
 * getCountryByNationalNumber runs: the first plan whose leading digits start
 * the number, or whose number types match it whole. `null` when the metadata
 * does not have the shape this reads, so every number takes the library path.
 */
function nanp(): NanpPlan[] | null {
	if (nanpPlans !== undefined) return nanpPlans;
	try {
		const metadata = new Metadata() as unknown as {
			getCountryCodesForCallingCode(code: string): string[] | undefined;
			selectNumberingPlan(c: string): void;
			numberingPlan: PlanInternals;
		};
		const plans: NanpPlan[] = [];
		for (const country of metadata.getCountryCodesForCallingCode('1') ?? []) {
			metadata.selectNumberingPlan(country);
			const plan = metadata.numberingPlan;
			const leading = plan.leadingDigits();
			if (leading) {
				plans.push({ country, leading: new RegExp(`^(?:${leading})`) });
				continue;
			}
			const national = plan.nationalNumberPattern?.();
			if (!national || !plan.type) throw new Error('unexpected metadata');
			const types: RegExp[] = [];
			for (const name of NUMBER_TYPES) {
				const type = plan.type(name);
				const pattern = type?.pattern();
				if (!type || !pattern) continue;
				const lengths = type.possibleLengths();
				// every fast-path number has 10 digits
				if (lengths && !lengths.includes(10)) continue;
				types.push(new RegExp(`^(?:${pattern})$`));
			}
			plans.push({ country, national: new RegExp(`^(?:${national})$`), types });
		}
		nanpPlans = plans.length > 0 ? plans : null;
	} catch {
		nanpPlans = null;
	}
	return nanpPlans;
}

/** The NANP country of a 10-digit national number as libphonenumber-js decides it; `undefined` when none; `null` when unknown. */
function nanpCountry(nationalNumber: string): string | undefined | null {
	const plans = nanp();
	if (!plans) return null;
	for (const plan of plans) {
		if (plan.leading) {
			if (plan.leading.test(nationalNumber)) return plan.country;
		} else if (
			plan.national?.test(nationalNumber) &&
			plan.types?.some((t) => t.test(nationalNumber))
		) {
			return plan.country;
		}
	}
	return undefined;
}

function fail(code: PhoneErrorCode, message: string): PhoneResult {
	return { ok: false, code, message };
}

/** "00 49 30 …", "(00) 49 …": the international call prefix most of the world dials, written instead of "+". */
const DIALLED_ABROAD = /^\(?00\)?[\s.-]*(?=[1-9])/;

/**
 * A number written with the international prefix "00" where the default
 * country dials another one (the US dials 011): read as "+…" when that
 * gives a valid number, since no national number there starts with 00.
 */
function parseDialledAbroad(text: string): PhoneResult | undefined {
	if (!DIALLED_ABROAD.test(text)) return undefined;
	const parsed = parsePhoneNumberFromString(text.replace(DIALLED_ABROAD, '+'));
	return parsed && parsed.isValid() ? resultOf(parsed) : undefined;
}

/** A parsed number as a result: E.164, national form without the extension, country, extension. */
function resultOf(parsed: PhoneNumber): PhoneResult {
	const result: PhoneResult = {
		ok: true,
		e164: parsed.number,
		national: parsed.formatNational().replace(/ ext\. .*$/, ''),
	};
	if (parsed.country) result.country = parsed.country;
	if (parsed.ext) result.extension = parsed.ext;
	return result;
}

/** The general path: libphonenumber-js parses and checks the length for the number's country. */
function parseWithLibrary(text: string, country: CountryCode): PhoneResult {
	const digits = text.replace(/\D/g, '');
	const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
	if (digits.length === 0)
		return fail('PHONE_NOT_A_NUMBER', `${shown} is not a phone number: it has no digits`);
	const parsed = parsePhoneNumberFromString(text, country);
	if (!parsed || !parsed.isPossible()) {
		const abroad = parseDialledAbroad(text);
		if (abroad) return abroad;
		// say why: the length check names too short, too long or a bad country code
		const lengthError = validatePhoneNumberLength(text, country);
		if (lengthError === 'TOO_SHORT' || lengthError === 'INVALID_LENGTH') {
			return fail(
				'PHONE_TOO_SHORT',
				`${shown} is too short for a phone number of ${country} (${digits.length} digits); check for missing digits or the country`,
			);
		}
		if (lengthError === 'TOO_LONG') {
			return fail(
				'PHONE_TOO_LONG',
				`${shown} is too long for a phone number of ${country} (${digits.length} digits); check for extra digits, or two numbers in one cell`,
			);
		}
		if (lengthError === 'INVALID_COUNTRY')
			return fail(
				'PHONE_INVALID_COUNTRY',
				`${shown} starts with a "+" country code that does not exist`,
			);
		if (!parsed) return fail('PHONE_NOT_A_NUMBER', `${shown} is not a phone number`);
		return fail(
			'PHONE_INVALID',
			`${shown} is not a possible phone number of ${parsed.country ?? country}`,
		);
	}
	if (parsed.countryCallingCode === '1' && !/^[2-9]/.test(parsed.nationalNumber)) {
		// libphonenumber accepts the length, but no NANP area code starts with 0 or 1
		return fail(
			'PHONE_INVALID',
			`${shown} is not a valid North American number: the area code cannot start with ${parsed.nationalNumber[0]}`,
		);
	}
	return resultOf(parsed);
}

/** One phone number, with checked options: see {@link normalizePhone}. */
function normalizeWith(text: string, country: CountryCode): PhoneResult {
	if (typeof text !== 'string') return fail('PHONE_EMPTY', 'The phone number is empty');
	const trimmed = text.trim();
	if (trimmed === '') return fail('PHONE_EMPTY', 'The phone number is empty');
	if (trimmed.length > MAX_LENGTH)
		return fail(
			'PHONE_TOO_LONG',
			`The phone number is ${trimmed.length} characters long; a phone number has at most 17 digits`,
		);
	if (country === 'US') {
		const m = US_SHAPE.exec(trimmed);
		if (m) {
			const area = m[2] ?? m[3];
			const plus = m[1] !== undefined && m[1].startsWith('+');
			const e164 = `+1${area}${m[4]}${m[5]}`;
			const found = nanpCountry(e164.slice(2));
			if (found !== null) {
				const result: PhoneResult = { ok: true, e164, national: `(${area}) ${m[4]}-${m[5]}` };
				// a national number no plan claims keeps the default country; "+1" and no plan has none
				const detected = found ?? (plus ? undefined : country);
				if (detected) result.country = detected;
				return result;
			}
		}
		// a US number written without "+" and with under 10 digits is too short whatever it is: answer without the library
		if (SHORT_PLAIN.test(trimmed)) {
			const digits = trimmed.replace(/\D/g, '');
			if (digits.length >= 3 && digits.length < 10) {
				return fail(
					'PHONE_TOO_SHORT',
					`${JSON.stringify(trimmed)} is too short for a phone number of US (${digits.length} digits); check for missing digits or the country`,
				);
			}
		}
	}
	return parseWithLibrary(trimmed, country);
}

/**
 * Prepares {@link normalizePhone} for many numbers: checks the options once,
 * here, and returns a function that normalizes one number with them, as
 * normalizePhone(text, options) does. Use it for a column of numbers.
 *
 * The returned function is pure and synchronous and never throws on any text.
 *
 * @param options - see {@link NormalizePhoneOptions}
 * @returns a function from a number as typed to a {@link PhoneResult}
 * @throws IntakeError `PHONE_INVALID_OPTION` for an unknown `defaultCountry`, when preparing
 *
 * @example
 * const normalize = createPhoneNormalizer({ defaultCountry: 'GB' })
 * normalize('020 7031 3000')
 * //=> { ok: true, e164: '+442070313000', national: '020 7031 3000', country: 'GB' }
 * normalize('+1 555 123 4567').e164
 * //=> '+15551234567'
 */
export function createPhoneNormalizer(
	options?: NormalizePhoneOptions,
): (text: string) => PhoneResult {
	const { defaultCountry } = normalizePhoneOptions(options);
	return (text) => normalizeWith(text, defaultCountry);
}
