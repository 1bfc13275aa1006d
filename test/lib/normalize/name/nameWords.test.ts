import {
	capitalsSurname,
	compoundGivenLength,
	hasOrganisationWord,
	isCoupleWord,
	isLoneSurname,
	isNameWord,
	isTitlesOnly,
	isVietnameseMiddle,
	leadingSurnameLength,
	plainKey,
} from '../../../../lib/normalize/name/nameWords';

describe('name words', () => {
	it('isNameWord: letters with inner marks, and suffixes written with digits', () => {
		expect(['Anna', "O'Brien", 'Doe-Smith', 'J.', 'Łukasz', '3rd'].map(isNameWord)).toEqual([
			true,
			true,
			true,
			true,
			true,
			true,
		]);
		expect(['7', '&', '😀', 'a;b'].map(isNameWord)).toEqual([false, false, false, false]);
	});
	it('isCoupleWord: "&", "and", "+"', () => {
		expect(['&', 'AND', '+', 'y'].map(isCoupleWord)).toEqual([true, true, true, false]);
	});
	it('hasOrganisationWord: a legal form at the end, a body before "of"', () => {
		expect(hasOrganisationWord(['Acme', 'L.L.C.'])).toBe(true);
		expect(hasOrganisationWord(['Smith', 'Family', 'TRUST'])).toBe(true);
		expect(hasOrganisationWord(['Bank', 'of', 'America'])).toBe(true);
		expect(hasOrganisationWord(['Trust', 'Smith'])).toBe(false);
		expect(hasOrganisationWord([])).toBe(false);
	});
	it('isLoneSurname: a word far likelier a surname', () => {
		expect(['SMITH', 'Garcia', 'Ashley', 'Zzyzx'].map(isLoneSurname)).toEqual([
			true,
			true,
			false,
			false,
		]);
	});
	it('isTitlesOnly: titles and the words that join them, not a lone weak title', () => {
		expect(isTitlesOnly(['Dr.'])).toBe(true);
		expect(isTitlesOnly(['Mr.', 'and', 'Mrs.'])).toBe(true);
		expect(isTitlesOnly(['Judge'])).toBe(false);
		expect(isTitlesOnly(['and'])).toBe(false);
		expect(isTitlesOnly([])).toBe(false);
	});
	it('capitalsSurname: the run of capitals at one end among mixed-case words', () => {
		expect(capitalsSurname(['NOWAK', 'Jan'])).toEqual([0, 1]);
		expect(capitalsSurname(['Jan', 'Maria', 'NOWAK', 'KOWALSKA'])).toEqual([2, 4]);
		expect(capitalsSurname(['LI', 'Wei'])).toEqual([0, 1]);
		expect(capitalsSurname(['JD', 'Salinger'])).toBeUndefined();
		expect(capitalsSurname(['JAN', 'NOWAK'])).toBeUndefined();
		expect(capitalsSurname(['Jan', 'NOWAK', 'Piotr'])).toEqual(undefined);
	});
	it('leadingSurnameLength: particles and one word, leaving a given name', () => {
		expect(leadingSurnameLength(['Kowalski', 'Jan'])).toBe(1);
		expect(leadingSurnameLength(['van', 'der', 'Berg', 'Jan'])).toBe(3);
		expect(leadingSurnameLength(['de', 'Jan'])).toBe(1);
	});
	it("compoundGivenLength: the listed compound given names and the caller's", () => {
		expect(compoundGivenLength(['Mary', 'Ann'])).toBe(2);
		expect(compoundGivenLength(['MARÍA', 'DEL', 'CARMEN'])).toBe(3);
		expect(compoundGivenLength(['John', 'Michael'])).toBe(1);
		expect(compoundGivenLength(['Anna', 'Lena'], new Set(['anna lena']))).toBe(2);
		expect(compoundGivenLength(['Anna'])).toBe(1);
	});
	it('isVietnameseMiddle and plainKey: accents and hyphens dropped', () => {
		expect(isVietnameseMiddle('Văn')).toBe(true);
		expect(isVietnameseMiddle('Thị')).toBe(true);
		expect(plainKey('Jean-Noël')).toBe('jean noel');
	});
});
