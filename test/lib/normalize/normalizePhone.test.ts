import fc from 'fast-check';
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min';
import { normalizePhone } from '../../../lib/normalize/normalizePhone';
import { loadPhoneCases, describeCorpus } from '../../helpers/corpus';

describe('normalizePhone', () => {
	describe('US shapes', () => {
		it.each([
			'5551234567',
			'555-123-4567',
			'555.123.4567',
			'(555) 123-4567',
			'+15551234567',
			'1-555-123-4567',
			'1 (555) 123-4567',
		])('returns +15551234567 for %s', (input) => {
			const r = normalizePhone(input);
			expect(r).toMatchObject({ ok: true, e164: '+15551234567', national: '(555) 123-4567' });
		});
		it('returns the extension', () => {
			expect(normalizePhone('555-123-4567 x123')).toEqual({
				ok: true,
				e164: '+15551234567',
				national: '(555) 123-4567',
				country: 'US',
				extension: '123',
			});
			expect(normalizePhone('(555) 123-4567 ext. 89')).toMatchObject({ extension: '89' });
		});
		it('finds the NANP country from the area code', () => {
			expect(normalizePhone('416 555 0100')).toMatchObject({
				ok: true,
				e164: '+14165550100',
				country: 'CA',
			});
		});
	});

	describe('international', () => {
		it('reads national numbers in the default country and "+" numbers anywhere', () => {
			expect(normalizePhone('020 7031 3000', { defaultCountry: 'GB' })).toEqual({
				ok: true,
				e164: '+442070313000',
				national: '020 7031 3000',
				country: 'GB',
			});
			expect(normalizePhone('+44 20 7031 3000')).toMatchObject({
				ok: true,
				e164: '+442070313000',
				country: 'GB',
			});
		});

		it('reads "00" as the international prefix where the default country dials another (the US dials 011)', () => {
			expect(normalizePhone('00 49 30 901820')).toEqual({
				ok: true,
				e164: '+4930901820',
				national: '030 901820',
				country: 'DE',
			});
			expect(normalizePhone('0049 30 901820 ext. 12')).toMatchObject({
				e164: '+4930901820',
				extension: '12',
			});
			expect(normalizePhone('(00) 44 20 7946 0958')).toMatchObject({ e164: '+442079460958' });
			expect(normalizePhone('0049 30 901820', { defaultCountry: 'GB' })).toMatchObject({
				e164: '+4930901820',
			});
			// only a valid number is read so; anything else keeps its reason
			expect(normalizePhone('00 12')).toMatchObject({ ok: false, code: 'PHONE_TOO_SHORT' });
			expect(normalizePhone('00 49 30')).toMatchObject({ ok: false });
		});
	});

	describe('errors', () => {
		it('returns a clear code for too short, too long, not a number and empty', () => {
			expect(normalizePhone('555-12')).toMatchObject({ ok: false, code: 'PHONE_TOO_SHORT' });
			expect(normalizePhone('55512345678901')).toMatchObject({ ok: false, code: 'PHONE_TOO_LONG' });
			expect(normalizePhone('call me')).toMatchObject({ ok: false, code: 'PHONE_NOT_A_NUMBER' });
			expect(normalizePhone('   ')).toMatchObject({ ok: false, code: 'PHONE_EMPTY' });
			expect(normalizePhone('+999 123')).toMatchObject({
				ok: false,
				code: 'PHONE_INVALID_COUNTRY',
			});
			expect(normalizePhone('1234567890')).toMatchObject({ ok: false, code: 'PHONE_INVALID' });
		});
		it('throws only for an unknown default country', () => {
			expect(() => normalizePhone('1', { defaultCountry: 'XX' })).toThrow(/defaultCountry/);
		});
	});

	describeCorpus('corpus', () => {
		it('gives the expected E.164 for every libphonenumber case that holds under real metadata', () => {
			const cases = loadPhoneCases();
			for (const c of cases) {
				expect({
					input: c.input,
					result: normalizePhone(c.input, { defaultCountry: c.region }),
				}).toMatchObject({ input: c.input, result: { ok: true, e164: c.expected_e164 } });
			}
			expect(cases.length).toBe(64);
		});
	});

	describe('fast path', () => {
		it('agrees with libphonenumber-js where numbers share an area code but not a country', () => {
			// libphonenumber's NANP country depends on the exchange: 800-1xx reads as DO, +1 524-575 as no country
			for (const text of [
				'800-253-0000',
				'800-167-5095',
				'+1 524-200-0000',
				'+1 524-575-8663',
				'+1 800-078-8259',
			]) {
				const ref = parsePhoneNumberFromString(text, 'US');
				const got = normalizePhone(text);
				expect({ text, country: got.ok ? got.country : 'refused' }).toEqual({
					text,
					country: ref?.country,
				});
			}
		});
		it('agrees with libphonenumber-js on the country of every area code, across exchanges, with and without +1', () => {
			const mismatches: string[] = [];
			for (let area = 200; area <= 999; area++) {
				for (
					let exchange = 0;
					exchange <= 999;
					exchange += area % 100 === 0 || area === 524 ? 1 : 41
				) {
					for (const prefix of ['', '+1 ']) {
						const text = `${prefix}${area}-${String(exchange).padStart(3, '0')}-${String((area * 7919 + exchange) % 10000).padStart(4, '0')}`;
						const ref = parsePhoneNumberFromString(text, 'US');
						const got = normalizePhone(text);
						if (!got.ok || got.e164 !== ref?.number || got.country !== ref?.country)
							mismatches.push(text);
					}
				}
			}
			expect(mismatches).toEqual([]);
		});
		it('agrees with libphonenumber-js on every 10-digit US shape', () => {
			const digit = fc.integer({ min: 0, max: 9 }).map(String);
			fc.assert(
				fc.property(
					fc.integer({ min: 200, max: 999 }),
					fc.array(digit, { minLength: 7, maxLength: 7 }),
					fc.constantFrom('', '1-', '+1 ', '1 '),
					fc.constantFrom('-', '.', ' ', ''),
					fc.boolean(),
					(area, rest, prefix, sep, parens) => {
						const a = parens ? `(${area}) ` : `${area}${sep}`;
						const text = `${prefix}${a}${rest.slice(0, 3).join('')}${sep}${rest.slice(3).join('')}`;
						const ref = parsePhoneNumberFromString(text, 'US');
						const got = normalizePhone(text);
						const expected =
							ref && ref.isPossible()
								? {
										ok: true,
										e164: ref.number,
										national: ref.formatNational(),
										...(ref.country ? { country: ref.country } : {}),
									}
								: { ok: false };
						expect(got.ok ? got : { ok: false }).toEqual(expected);
					},
				),
				{ numRuns: 2000 },
			);
		});
	});

	describe('short numbers', () => {
		it('calls every plain US number of 3 to 9 digits too short, as libphonenumber does', () => {
			for (let n = 3; n <= 9; n++) {
				for (const sep of ['', '-', ' ', '.']) {
					const text = '2345678901'.slice(0, n).split('').join(sep);
					expect(parsePhoneNumberFromString(text, 'US')?.isPossible() ?? false).toBe(false);
					expect(['TOO_SHORT', 'INVALID_LENGTH']).toContain(validatePhoneNumberLength(text, 'US'));
					expect(normalizePhone(text)).toEqual({
						ok: false,
						code: 'PHONE_TOO_SHORT',
						message: `${JSON.stringify(text)} is too short for a phone number of US (${n} digits); check for missing digits or the country`,
					});
				}
			}
		});
	});
});
