import { findCompoundGivenNames } from '../../../../lib/normalize/name/findCompoundGivenNames';

describe('findCompoundGivenNames', () => {
	it('returns the hyphenated given names of a column, with a space', () => {
		expect(
			findCompoundGivenNames(['Anna-Lena Schmidt', 'Anna Lena Weber', 'Jean-Paul Roux']),
		).toEqual(new Set(['anna lena', 'jean paul']));
	});
	it('returns the same for capitals, accents and surname-first columns', () => {
		expect(findCompoundGivenNames(['SCHMIDT ANNA-LENA', 'Roux, Jean-Noël'])).toEqual(
			new Set(['anna lena', 'jean noel']),
		);
	});
	it('leaves out hyphenated surnames and short halves', () => {
		expect(findCompoundGivenNames(['Jane Doe-Smith', 'Kim Min-jun', 'Jean-X Roux'])).toEqual(
			new Set(),
		);
	});
	it('skips values that are not text', () => {
		expect(findCompoundGivenNames([42 as unknown as string, ''])).toEqual(new Set());
	});
});
