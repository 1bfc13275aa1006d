import { IntakeError } from '../../../lib/errors';
import { createDateParser } from '../../../lib/normalize/createDateParser';
import { createEmailNormalizer } from '../../../lib/normalize/createEmailNormalizer';
import { createPhoneNormalizer } from '../../../lib/normalize/createPhoneNormalizer';
import { normalizeEmail } from '../../../lib/normalize/normalizeEmail';
import { normalizePhone } from '../../../lib/normalize/normalizePhone';
import { parseDate } from '../../../lib/normalize/parseDate';

describe('createPhoneNormalizer', () => {
	it('normalizes with the options it was prepared with (its example)', () => {
		const normalize = createPhoneNormalizer({ defaultCountry: 'GB' });
		expect(normalize('020 7031 3000')).toEqual({
			ok: true,
			e164: '+442070313000',
			national: '020 7031 3000',
			country: 'GB',
		});
		expect(normalize('+1 555 123 4567')).toMatchObject({ ok: true, e164: '+15551234567' });
	});
	it('answers as normalizePhone does', () => {
		const normalize = createPhoneNormalizer();
		for (const text of ['(555) 123-4567 ext. 89', '555-12', '', 'call me', '+44 20 7031 3000'])
			expect(normalize(text)).toEqual(normalizePhone(text));
	});
	it('checks its options when prepared, not per number', () => {
		expect(() => createPhoneNormalizer({ defaultCountry: 'XX' })).toThrow(IntakeError);
	});
});

describe('createEmailNormalizer', () => {
	it('normalizes with the options it was prepared with (its example)', () => {
		expect(createEmailNormalizer({ suggest: false })('  Jane.Doe@GMIAL.com ')).toEqual({
			ok: true,
			email: 'Jane.Doe@gmial.com',
		});
		expect(createEmailNormalizer({ lowercaseLocal: true })('Jane@Example.com')).toEqual({
			ok: true,
			email: 'jane@example.com',
		});
	});
	it('answers as normalizeEmail does', () => {
		const normalize = createEmailNormalizer();
		for (const text of ['  Jane.Doe@GMIAL.com ', 'jane.doe@', 'nobody', ''])
			expect(normalize(text)).toEqual(normalizeEmail(text));
	});
	it('checks its options when prepared', () => {
		expect(() => createEmailNormalizer({ suggest: 1 as never })).toThrow(
			'Invalid option `suggest`: expected true or false, got 1',
		);
	});
});

describe('createDateParser', () => {
	it('reads with the options it was prepared with (its example)', () => {
		const parse = createDateParser({ order: 'DMY' });
		expect(parse('03/07/2024')).toEqual({ ok: true, value: '2024-07-03', hasTime: false });
		expect(parse(45000)).toEqual({ ok: true, value: '2023-03-15', hasTime: false });
	});
	it('answers as parseDate does', () => {
		const parse = createDateParser();
		for (const input of ['Jan 15, 2024 3:30 PM', '2023-02-29', '03/07/85', '', 45306])
			expect(parse(input)).toEqual(parseDate(input));
	});
	it('checks its options when prepared', () => {
		expect(() => createDateParser({ twoDigitYearPivot: -1 })).toThrow(IntakeError);
	});
});
