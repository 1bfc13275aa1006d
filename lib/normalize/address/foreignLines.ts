import { cleanText, lookupKey } from '../text';
import { DESIGNATORS, FLOORS, ROUTES, ROUTE_TYPES } from './lexicon';
import { FOREIGN_STREET_ENDING, FOREIGN_STREET_WORDS } from './foreignLexicon';

/**
 * Cuts an address into its lines: at commas, semicolons, line breaks, and a
 * slash or dash between spaces ("Unter den Linden 77 / 10117 Berlin",
 * "Via Roma, 1 - 00184 Roma").
 *
 * @example
 * cutLines('Unter den Linden 77 / 10117 Berlin, DE')
 * //=> ['Unter den Linden 77', '10117 Berlin', 'DE']
 */
export function cutLines(text: string): string[] {
	return text
		.split(/\s*(?:[,;\n\r]|\s[/\u2013-]\s)\s*/)
		.map((line) => cleanText(line))
		.filter((line) => line !== '');
}

/** Whether a word is a house number as written after a street name: "77", "1a", "12-14", "3/5", "1 bis". */
export function isHouseNumber(word: string): boolean {
	return /^\d{1,5}[a-z]?(?:[-/]\d{1,5}[a-z]?)?$/i.test(word);
}

/** Whether a line holds a word of letters ("Hauptstr. 5", not "3º B"). */
export function hasNameWord(line: string): boolean {
	return /\p{L}{3}/u.test(line);
}

/** Whether a word, as a lookup key, names a US unit, floor or route ("Suite", "Box", "Route"): its number is no house number. */
function isUsNumberWord(key: string): boolean {
	return (
		DESIGNATORS.has(key) ||
		FLOORS.has(key) ||
		ROUTES.has(key) ||
		ROUTE_TYPES.has(key) ||
		key === '#'
	);
}

/**
 * Whether a line has a word no US address has: a letter outside ASCII, or a
 * street word of Europe ("Rue", "Via", "ul.", "…straße", "…straat").
 *
 * @example
 * hasContinentalWord('Piazza Navona 1')
 * //=> true
 * hasContinentalWord('1020 West Bryn Mawr 211')
 * //=> false
 */
export function hasContinentalWord(line: string): boolean {
	if (/(?![\x00-\x7f])\p{L}/u.test(line)) return true;
	for (const word of line.split(' ')) {
		const key = lookupKey(word);
		if (FOREIGN_STREET_WORDS.has(key) || FOREIGN_STREET_ENDING.test(key)) return true;
	}
	return false;
}

/**
 * Whether a street line is written the continental way, as no US line is:
 * a street word of Europe ("Rue", "Via", "ul.", "…straße", "…straat"), a
 * letter outside ASCII, or the house number after the street's name
 * ("Unter den Linden 77"; not "Suite 5" or "Route 66").
 *
 * @example
 * isContinentalStreet('Unter den Linden 77')
 * //=> true
 * isContinentalStreet('Suite 200')
 * //=> false
 */
export function isContinentalStreet(line: string): boolean {
	if (hasContinentalWord(line)) return true;
	const words = line.split(' ');
	const keys = words.map((w) => lookupKey(w));
	const n = words.length;
	return (
		n >= 2 &&
		isHouseNumber(words[n - 1]) &&
		!/\d/.test(words[n - 2]) &&
		!isUsNumberWord(keys[n - 2])
	);
}
