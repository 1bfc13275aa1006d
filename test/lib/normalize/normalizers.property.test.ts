import fc from 'fast-check';
import { detectDateOrder } from '../../../lib/normalize/detectDateOrder';
import { normalizeEmail } from '../../../lib/normalize/normalizeEmail';
import { normalizePhone } from '../../../lib/normalize/normalizePhone';
import { parseDate } from '../../../lib/normalize/parseDate';
import { splitAddress } from '../../../lib/normalize/splitAddress';
import { splitName } from '../../../lib/normalize/splitName';

const anyText = fc.oneof(
	fc.string({ maxLength: 120 }),
	fc.string({ unit: 'grapheme', maxLength: 60 }),
	fc.stringMatching(/^[0-9A-Za-z ,.#'"()\-/:@+]{0,80}$/),
);

describe('normalizers on arbitrary strings', () => {
	it('never throw, and give well-formed results', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const name = splitName(text);
				if (name)
					for (const v of Object.values(name)) expect(typeof v === 'string' && v !== '').toBe(true);
				const address = splitAddress(text);
				if (address)
					for (const v of Object.values(address))
						expect(typeof v === 'string' && v !== '').toBe(true);
				const phone = normalizePhone(text);
				if (phone.ok) expect(phone.e164).toMatch(/^\+\d{2,16}$/);
				const date = parseDate(text);
				if (date.ok) expect(parseDate(date.value)).toEqual(date);
				const email = normalizeEmail(text);
				if (email.ok) expect(normalizeEmail(email.email).ok).toBe(true);
				expect(['YMD', 'MDY', 'DMY', 'ambiguous']).toContain(detectDateOrder([text]));
			}),
			{ numRuns: 1500 },
		);
	});
	it('parse what they print: a split name and a normalized phone come back the same', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('Jane', 'Robert', 'Maria'),
				fc.constantFrom('Doe', 'van Beethoven', 'de la Cruz', "O'Brien"),
				(first, last) => {
					expect(splitName(`${first} ${last}`)).toEqual({ first, last });
					expect(splitName(`${last}, ${first}`)).toEqual({ first, last });
				},
			),
		);
	});
});
