import {
	COUPLE_CONJUNCTIONS,
	ORGANISATION_WORDS,
	VIETNAMESE_MIDDLE_NAMES,
} from '../data/nameParts';
import { lookupKey, toSet } from '../text';
import { COMPOUND_GIVEN_NAMES } from './data/compoundGivenNames';
import { givenNameOdds, isListedNameWord } from './nameWordOdds';
import { PARTICLES, SUFFIX_SET, TITLE_AND, TITLE_SET, WEAK_TITLE_SET } from './phrases';

/*
 * What one word of a name is: a name word, a word that joins two people, a
 * word that makes the text an organisation's; and where in a list of words
 * the surname or a compound given name is.
 */

const ORGANISATION = toSet(ORGANISATION_WORDS);
/** Each word as people write it: "llc", "LLC", "Llc", with and without a full stop. */
const ORGANISATION_SPELLINGS = toSet(ORGANISATION_WORDS.flatMap(spellings));
const VIETNAMESE_MIDDLE = toSet(VIETNAMESE_MIDDLE_NAMES);
const COUPLE_AND = toSet(COUPLE_CONJUNCTIONS);
const COMPOUND_GIVEN = toSet(COMPOUND_GIVEN_NAMES);
/** The first words, as people write them, accents too ("José", "MARÍA"). */
const COMPOUND_FIRST_WORDS = toSet(
	[...COMPOUND_GIVEN_NAMES.map((n) => n.split(' ')[0]), 'josé', 'maría'].flatMap(spellings),
);
/** A name word: letters and marks, with inner apostrophes, hyphens and periods ("O'Brien", "Doe-Smith", "J."). */
const NAME_WORD = /^['\p{L}\p{M}][\p{L}\p{M}'.\-]*$/u;
/** The same for plain ASCII words, which most are: a cheaper test first. */
const ASCII_NAME_WORD = /^['a-z][a-z'.-]*$/i;
/** A word in capitals among mixed-case words: two letters at least ("NOWAK", "LI"). */
const CAPITALS_WORD = /^[\p{Lu}][\p{Lu}'\-]+$/u;
/** A lone word that is at least this much likelier a surname than a given name is a surname ("SMITH"). */
const LONE_SURNAME_ODDS = -2;
/** The most words a compound given name has ("María de los Ángeles"). */
const LONGEST_COMPOUND = 4;

/** A lower-case word in lower case, capitals and title case, each with and without a full stop. */
function spellings(word: string): string[] {
	const forms = [word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1)];
	return [...forms, ...forms.map((f) => `${f}.`)];
}

/** Whether a word can be part of a name (or is a suffix written with digits: "3rd"). */
export function isNameWord(word: string): boolean {
	return ASCII_NAME_WORD.test(word) || NAME_WORD.test(word) || SUFFIX_SET.has(lookupKey(word));
}

/** Whether a word joins two people's given names ("&", "and"). */
export function isCoupleWord(word: string): boolean {
	return COUPLE_AND.has(word.toLowerCase());
}

/** Whether some word names an organisation ("Acme LLC", "Smith Family Trust"). */
export function hasOrganisationWord(words: readonly string[]): boolean {
	// an organisation's word ends its name ("Acme LLC") or starts one with "of" ("Bank of America")
	const n = words.length;
	if (n > 0 && isOrganisationWord(words[n - 1])) return true;
	// "Bank of America", "Church of the Nazarene"
	return n > 2 && /^(?:of|for)$/i.test(words[1]) && isOrganisationWord(words[0]);
}

function isOrganisationWord(word: string): boolean {
	// the common spellings, with no lower-casing: this runs on every name
	if (ORGANISATION_SPELLINGS.has(word)) return true;
	// "L.L.C.", "P.L.L.C."
	return word.length > 3 && word.includes('.') && ORGANISATION.has(lookupKey(word));
}

/** Whether a word is one of the Vietnamese middle names that stand before the given name (Văn, Thị). */
export function isVietnameseMiddle(word: string): boolean {
	return VIETNAMESE_MIDDLE.has(plainKey(word));
}

/** Whether a lone word is far likelier a surname than a given name ("SMITH", "Garcia"). */
export function isLoneSurname(word: string): boolean {
	return givenNameOdds(word) <= LONE_SURNAME_ODDS;
}

/** Whether every word is a title or joins two ("Dr.", "Dr. & Mrs."), and not a lone word that is also a surname ("Judge"). */
export function isTitlesOnly(words: readonly string[]): boolean {
	if (words.length === 0 || (words.length === 1 && WEAK_TITLE_SET.has(lookupKey(words[0]))))
		return false;
	return (
		TITLE_SET.has(lookupKey(words[0])) &&
		words.every((w) => TITLE_SET.has(lookupKey(w)) || TITLE_AND.has(w.toLowerCase()))
	);
}

/** Whether a word written in capitals can stand for a surname: three letters or more, or a listed surname ("LI", "NG"). */
function isCapitalsSurnameWord(word: string): boolean {
	if (!CAPITALS_WORD.test(word)) return false;
	if (word.replace(/[^\p{L}]/gu, '').length >= 3) return true;
	// "JD", "AJ" are given initials; "LI", "NG", "HO" listed surnames
	return isListedNameWord(word) && givenNameOdds(word) < 1;
}

/**
 * Where a surname written in capitals among mixed-case words is: "NOWAK Jan"
 * (start), "Jan NOWAK" (end). Returns [start, end) of the run, or undefined
 * when the words are not so written (wholly one case, or capitals in the middle).
 */
export function capitalsSurname(words: readonly string[]): [number, number] | undefined {
	if (words.length < 2) return undefined;
	const caps = words.map(isCapitalsSurnameWord);
	if (!words.some((w, i) => !caps[i] && /\p{Ll}/u.test(w))) return undefined;
	let start = 0;
	while (start < words.length && caps[start]) start++;
	if (start > 0) return start < words.length ? [0, start] : undefined;
	let end = words.length;
	while (end > 0 && caps[end - 1]) end--;
	return end < words.length && end > 0 ? [end, words.length] : undefined;
}

/** How many words a surname written first has: its particles and one word ("van der Berg Jan" → 3), leaving a given name. */
export function leadingSurnameLength(words: readonly string[]): number {
	let n = 0;
	while (n < words.length - 2 && PARTICLES.has(lookupKey(words[n]))) n++;
	return Math.min(n + 1, words.length - 1);
}

/** How many of the given words make one compound given name ("Mary Ann", "Jean Pierre"), or 1. */
export function compoundGivenLength(words: readonly string[], extra?: ReadonlySet<string>): number {
	if (words.length < 2) return 1;
	if (!extra && !COMPOUND_FIRST_WORDS.has(words[0])) return 1;
	for (let n = Math.min(LONGEST_COMPOUND, words.length); n >= 2; n--) {
		const key = plainKey(words.slice(0, n).join(' '));
		if (COMPOUND_GIVEN.has(key) || extra?.has(key)) return n;
	}
	return 1;
}

/** The lookup key of a name, accents and hyphens dropped: "Jean-Pierre" and "José" → "jean pierre", "jose". */
export function plainKey(text: string): string {
	const key = lookupKey(text).replace(/-/g, ' ');
	return /[^\x20-\x7e]/.test(key) ? key.normalize('NFD').replace(/\p{M}/gu, '') : key;
}
