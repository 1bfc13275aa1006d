import { givenNameOdds, isListedNameWord } from '../../../../lib/normalize/name/nameWordOdds';

describe('givenNameOdds', () => {
	it('returns a positive number for a given name and a negative one for a surname', () => {
		expect(givenNameOdds('Anna')).toBeGreaterThan(5);
		expect(givenNameOdds('ROBERT')).toBeGreaterThan(5);
		expect(givenNameOdds('Smith')).toBeLessThan(-5);
		expect(givenNameOdds('Kowalski')).toBeLessThan(-1);
	});
	it('reads accents and hyphens through their parts', () => {
		expect(givenNameOdds('Mária')).toBe(givenNameOdds('maria'));
		expect(givenNameOdds('Anna-Lena')).toBeCloseTo(
			(givenNameOdds('anna') + givenNameOdds('lena')) / 2,
		);
		expect(givenNameOdds('Doe-Smith')).toBeLessThan(-3);
	});
	it('returns the same small negative number for any unlisted word', () => {
		expect(givenNameOdds('Zzyzx')).toBe(givenNameOdds('Qwpfg'));
		expect(givenNameOdds('Zzyzx')).toBeLessThan(0);
		expect(givenNameOdds('Zzyzx')).toBeGreaterThan(-2);
	});
});

describe('isListedNameWord', () => {
	it('returns whether a word is in the name files', () => {
		expect(isListedNameWord('Li')).toBe(true);
		expect(isListedNameWord('JD')).toBe(false);
	});
});
