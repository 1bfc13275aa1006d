import {
	isSuffixSegment,
	phraseAt,
	phraseAtEnd,
	surnameStart,
	takeLeadingSuffixes,
	takeTitles,
	takeTrailingSuffixes,
	TITLE_SET,
	SUFFIX_SET,
} from '../../../../lib/normalize/name/phrases';

describe('name phrases', () => {
	it('phraseAt and phraseAtEnd: the longest listed phrase at a place', () => {
		expect(phraseAt(['The', 'Hon.', 'Jane', 'Doe'], 0, TITLE_SET)).toBe(2);
		expect(phraseAt(['Jane', 'Doe'], 0, TITLE_SET)).toBe(0);
		expect(phraseAtEnd(['Jane', 'Doe', 'Ph.D.'], SUFFIX_SET)).toBe(1);
		expect(phraseAtEnd([], SUFFIX_SET)).toBe(0);
	});
	it('takeTitles: leading titles, keeping words for the name', () => {
		const words = ['Mr.', 'and', 'Mrs.', 'John', 'Smith'];
		expect(takeTitles(words, 1)).toEqual(['Mr.', 'and', 'Mrs.']);
		expect(words).toEqual(['John', 'Smith']);
		const alone = ['Dr.'];
		expect(takeTitles(alone, 1)).toEqual([]);
	});
	it('takeTrailingSuffixes and takeLeadingSuffixes: in input order', () => {
		const words = ['John', 'Smith', 'Jr.', 'CPA'];
		expect(takeTrailingSuffixes(words, 2, true)).toEqual(['Jr.', 'CPA']);
		expect(words).toEqual(['John', 'Smith']);
		const given = ['Jr.', 'Juan'];
		expect(takeLeadingSuffixes(given)).toEqual(['Jr.']);
		expect(given).toEqual(['Juan']);
	});
	it('isSuffixSegment: a whole comma segment of suffixes', () => {
		expect(isSuffixSegment(['Jr.'])).toBe(true);
		expect(isSuffixSegment(['Jane'])).toBe(false);
	});
	it('surnameStart: the last word with its particles', () => {
		expect(surnameStart(['Maria', 'de', 'la', 'Cruz'])).toBe(1);
		expect(surnameStart(['Ben', 'Y.', 'Zhao'])).toBe(2);
	});
});
