import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';
import { invalidOption } from '../errors';

/*
 * The options of the phone, email and date normalizers and of the
 * deliverability check, their defaults, and their checks: each checked once,
 * when a normalizer is prepared (createPhoneNormalizer, createEmailNormalizer,
 * createDateParser), never once per value. Every bad option is an
 * `invalidOption` error: "Invalid option `x`: expected …, got …".
 */

/** Options of {@link normalizePhone} and {@link createPhoneNormalizer}. */
export interface NormalizePhoneOptions {
	/** ISO 3166-1 alpha-2 country for numbers written without a "+" country code. Default `'US'`. */
	defaultCountry?: string;
}

/** Default {@link NormalizePhoneOptions}. */
export const DEFAULT_NORMALIZE_PHONE_OPTIONS: Readonly<Required<NormalizePhoneOptions>> =
	Object.freeze({ defaultCountry: 'US' });

/** {@link NormalizePhoneOptions} checked: the country upper-cased, one with a numbering plan. */
export interface ResolvedPhoneOptions {
	defaultCountry: CountryCode;
}

/**
 * Checks phone options and fills in the defaults.
 *
 * @throws IntakeError `PHONE_INVALID_OPTION` for a country without a phone numbering plan
 */
export function normalizePhoneOptions(options?: NormalizePhoneOptions): ResolvedPhoneOptions {
	const country = options?.defaultCountry ?? DEFAULT_NORMALIZE_PHONE_OPTIONS.defaultCountry;
	if (typeof country !== 'string' || !isSupportedCountry(country.toUpperCase()))
		throw invalidOption(
			'PHONE_INVALID_OPTION',
			'defaultCountry',
			'an ISO 3166-1 alpha-2 code that has a phone numbering plan, such as "US" or "GB"',
			country,
		);
	return { defaultCountry: country.toUpperCase() as CountryCode };
}

/** Options of {@link normalizeEmail} and {@link createEmailNormalizer}. */
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

/**
 * Checks email options and fills in the defaults.
 *
 * @throws IntakeError `EMAIL_INVALID_OPTION` for an option that is not true or false
 */
export function normalizeEmailOptions(options?: EmailOptions): Required<EmailOptions> {
	const opts = { ...DEFAULT_EMAIL_OPTIONS, ...options };
	for (const key of ['suggest', 'lowercaseLocal'] as const) {
		if (typeof opts[key] !== 'boolean')
			throw invalidOption('EMAIL_INVALID_OPTION', key, 'true or false', opts[key]);
	}
	return opts;
}

/** Day-month order of numeric dates: 'YMD' 2024-01-15, 'MDY' 01/15/2024, 'DMY' 15/01/2024. */
export type DateOrder = 'YMD' | 'MDY' | 'DMY';

/** Options of {@link parseDate} and {@link createDateParser}. */
export interface ParseDateOptions {
	/**
	 * Order of day and month in numeric dates such as 03/07/2024. `'auto'`
	 * reads a date whose first part is over 12 as DMY and one whose second
	 * part is over 12 as MDY, and refuses the rest (`DATE_AMBIGUOUS`) rather
	 * than guess: use {@link detectDateOrder} on the whole column to choose.
	 * A date that starts with a 4-digit year is always YMD. Default `'auto'`.
	 */
	order?: 'auto' | DateOrder;
	/**
	 * Two-digit years below the pivot are 20xx, the others 19xx. Default 30,
	 * as in Excel: "29" is 2029 and "30" is 1930; "3/7/85" is 1985.
	 */
	twoDigitYearPivot?: number;
}

/** Default {@link ParseDateOptions}. */
export const DEFAULT_PARSE_DATE_OPTIONS: Readonly<Required<ParseDateOptions>> = Object.freeze({
	order: 'auto',
	twoDigitYearPivot: 30,
});

/**
 * Checks date options and fills in the defaults.
 *
 * @throws IntakeError `DATE_INVALID_OPTION` for an unknown order or a pivot outside 0..100
 */
export function normalizeParseDateOptions(options?: ParseDateOptions): Required<ParseDateOptions> {
	const merged = { ...DEFAULT_PARSE_DATE_OPTIONS, ...options };
	if (!['auto', 'YMD', 'MDY', 'DMY'].includes(merged.order))
		throw invalidOption(
			'DATE_INVALID_OPTION',
			'order',
			'"auto", "YMD", "MDY" or "DMY"',
			merged.order,
		);
	const pivot = merged.twoDigitYearPivot;
	if (!Number.isInteger(pivot) || pivot < 0 || pivot > 100)
		throw invalidOption(
			'DATE_INVALID_OPTION',
			'twoDigitYearPivot',
			'an integer from 0 to 100',
			pivot,
		);
	return merged;
}

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

/** Milliseconds {@link checkEmailDeliverability} waits for a resolver, when it can. */
const DEFAULT_DELIVERABILITY_TIMEOUT_MS = 5000;

/**
 * Checks deliverability options: a resolver unless `skip`, functions where
 * functions go, a positive timeout (default 5000 ms).
 *
 * @throws IntakeError `EMAIL_INVALID_OPTION` naming the option
 */
export function normalizeDeliverabilityOptions(
	options: DeliverabilityOptions,
): DeliverabilityOptions & { timeoutMs: number } {
	const timeoutMs = options.timeoutMs ?? DEFAULT_DELIVERABILITY_TIMEOUT_MS;
	const code = 'EMAIL_INVALID_OPTION';
	if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
		throw invalidOption(code, 'timeoutMs', 'a positive number of milliseconds', options.timeoutMs);
	if (options.resolveMx !== undefined && typeof options.resolveMx !== 'function')
		throw invalidOption(
			code,
			'resolveMx',
			'a function (domain) => Promise<string[]>',
			options.resolveMx,
		);
	if (options.resolveMx === undefined && !options.skip)
		throw invalidOption(
			code,
			'resolveMx',
			'a resolver, since the library does no DNS lookups of its own (in Node, resolveMxWithDns from the command-line package), or `skip: true`',
			undefined,
		);
	if (options.sleep !== undefined && typeof options.sleep !== 'function')
		throw invalidOption(code, 'sleep', 'a function (ms) => Promise<void>', options.sleep);
	return { ...options, timeoutMs };
}
