import { IntakeError } from '../../../lib/errors';
import {
	normalizeDeliverabilityOptions,
	normalizeEmailOptions,
	normalizeParseDateOptions,
	normalizePhoneOptions,
} from '../../../lib/normalize/options';

function thrown(run: () => unknown): IntakeError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(IntakeError);
		return error as IntakeError;
	}
	throw new Error('expected an IntakeError');
}

describe('normalizePhoneOptions', () => {
	it('fills in US and upper-cases the country', () => {
		expect(normalizePhoneOptions()).toEqual({ defaultCountry: 'US' });
		expect(normalizePhoneOptions({ defaultCountry: 'gb' })).toEqual({ defaultCountry: 'GB' });
	});
	it('refuses a country without a numbering plan, in the one wording', () => {
		const error = thrown(() => normalizePhoneOptions({ defaultCountry: 'XX' }));
		expect(error.code).toBe('PHONE_INVALID_OPTION');
		expect(error.message).toBe(
			'Invalid option `defaultCountry`: expected an ISO 3166-1 alpha-2 code that has a phone numbering plan, such as "US" or "GB", got "XX"',
		);
		expect(error.details).toEqual({ option: 'defaultCountry' });
	});
});

describe('normalizeEmailOptions', () => {
	it('fills in the defaults', () => {
		expect(normalizeEmailOptions()).toEqual({ suggest: true, lowercaseLocal: false });
		expect(normalizeEmailOptions({ suggest: false })).toEqual({
			suggest: false,
			lowercaseLocal: false,
		});
	});
	it('refuses an option that is not true or false', () => {
		const error = thrown(() => normalizeEmailOptions({ lowercaseLocal: 'yes' as never }));
		expect(error.code).toBe('EMAIL_INVALID_OPTION');
		expect(error.message).toBe(
			'Invalid option `lowercaseLocal`: expected true or false, got "yes"',
		);
	});
});

describe('normalizeParseDateOptions', () => {
	it('fills in the defaults', () => {
		expect(normalizeParseDateOptions()).toEqual({ order: 'auto', twoDigitYearPivot: 30 });
		expect(normalizeParseDateOptions({ order: 'DMY' })).toEqual({
			order: 'DMY',
			twoDigitYearPivot: 30,
		});
	});
	it('refuses an unknown order and a pivot outside 0..100', () => {
		expect(thrown(() => normalizeParseDateOptions({ order: 'DYM' as never })).message).toBe(
			'Invalid option `order`: expected "auto", "YMD", "MDY" or "DMY", got "DYM"',
		);
		const error = thrown(() => normalizeParseDateOptions({ twoDigitYearPivot: 101 }));
		expect(error.code).toBe('DATE_INVALID_OPTION');
		expect(error.message).toBe(
			'Invalid option `twoDigitYearPivot`: expected an integer from 0 to 100, got 101',
		);
	});
});

describe('normalizeDeliverabilityOptions', () => {
	const resolveMx = async (): Promise<string[]> => [];
	it('fills in a 5-second timeout', () => {
		expect(normalizeDeliverabilityOptions({ resolveMx }).timeoutMs).toBe(5000);
		expect(normalizeDeliverabilityOptions({ skip: true, timeoutMs: 10 }).timeoutMs).toBe(10);
	});
	it('needs a resolver unless skipped, and functions where functions go', () => {
		const missing = thrown(() => normalizeDeliverabilityOptions({}));
		expect(missing.code).toBe('EMAIL_INVALID_OPTION');
		expect(missing.message).toMatch(
			/^Invalid option `resolveMx`: expected a resolver.*resolveMxWithDns/,
		);
		expect(
			thrown(() => normalizeDeliverabilityOptions({ resolveMx: 'dns' as never })).message,
		).toBe(
			'Invalid option `resolveMx`: expected a function (domain) => Promise<string[]>, got "dns"',
		);
		expect(
			thrown(() => normalizeDeliverabilityOptions({ resolveMx, sleep: 5 as never })).message,
		).toBe('Invalid option `sleep`: expected a function (ms) => Promise<void>, got 5');
		expect(thrown(() => normalizeDeliverabilityOptions({ resolveMx, timeoutMs: 0 })).message).toBe(
			'Invalid option `timeoutMs`: expected a positive number of milliseconds, got 0',
		);
	});
});
