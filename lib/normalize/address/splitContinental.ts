import { lookupKey } from '../text';
import {
	ANY_POSTCODE,
	DISTINCT_POSTCODE,
	LAYOUT_CODES,
	POSTCODE_OF,
	PREFIXES,
	PROVINCE_CODES,
} from './foreignLexicon';
import { hasNameWord, isContinentalStreet, isHouseNumber } from './foreignLines';
import { STREET_TYPE_SET } from './lexicon';
import type { AddressParts } from './types';

/** The last line of a continental address, read: "10117 Berlin", "00100 Roma RM", "D-10117 Berlin". */
export interface PostcodeLine {
	zip: string;
	city: string;
	/** A province written after the city: "RM" in "00100 Roma RM", "Madrid" in "28013 Madrid (Madrid)". */
	state?: string;
	/** The country a prefix names: "D-10117" → "DE". */
	country?: string;
	/** Whether the postcode's shape, or its prefix, is one no US address has. */
	distinct: boolean;
}

/** The postcode at the start of `words`, as [words it spans, postcode, country of its prefix]. */
function postcodeAt(
	words: readonly string[],
	country: string | undefined,
): [number, string, string | undefined] | undefined {
	const prefixed = /^([a-z]{1,3})-(\d.*)$/i.exec(words[0]);
	const byPrefix = prefixed ? PREFIXES.get(prefixed[1].toLowerCase()) : undefined;
	if (prefixed && byPrefix && (country === undefined || country === byPrefix)) {
		const shape = POSTCODE_OF.get(byPrefix);
		if (shape?.test(prefixed[2])) return [1, prefixed[2], byPrefix];
	}
	const shape = country === undefined ? ANY_POSTCODE : POSTCODE_OF.get(country);
	if (!shape) return undefined;
	for (const n of [2, 1]) {
		if (words.length <= n) continue;
		const zip = words.slice(0, n).join(' ');
		if (shape.test(zip)) return [n, zip, undefined];
	}
	return undefined;
}

/** Whether the words after a postcode are a city ("Berlin", "Paris Cedex 08", "Roma RM"): letters first, digits only after "Cedex". */
function isCityWords(words: readonly string[], country: string | undefined): boolean {
	if (words.length === 0 || !/^\p{L}/u.test(words[0])) return false;
	const cedex = words.findIndex((w) => lookupKey(w) === 'cedex');
	// "Paris Cedex 08", "Praha 1": a district number may end the city
	const named = cedex >= 0 ? cedex : /^\d{1,2}$/.test(words[words.length - 1]) ? -1 : words.length;
	if (words.slice(0, named < 0 ? words.length - 1 : named).some((w) => /\d/.test(w))) return false;
	// "12345 Main Street" is a US street line, not a postcode and a city
	return country !== undefined || !STREET_TYPE_SET.has(lookupKey(words[words.length - 1]));
}

/**
 * A code after the city, taken off `city`: an Italian province ("Roma RM"),
 * a province in brackets ("Madrid (Madrid)"), or the country's own code
 * ("Berlin DE").
 */
function trailingCode(
	city: string[],
	country: string | undefined,
): { state?: string; country?: string } | undefined {
	const last = city[city.length - 1];
	if (city.length < 2) return undefined;
	if (/^\(.+\)$/.test(last)) {
		city.pop();
		return { state: last.slice(1, -1) };
	}
	if (!/^[A-Z]{2}$/.test(last)) return undefined;
	const italian = country === undefined || country === 'IT' || country === 'SM';
	if (italian && PROVINCE_CODES.has(last)) {
		city.pop();
		return { state: last };
	}
	if (LAYOUT_CODES.has(last) && (country === undefined || country === last)) {
		city.pop();
		return { country: last };
	}
	return undefined;
}

/**
 * Reads "postcode city" ("10117 Berlin", "1012 NX Amsterdam", "00-001
 * Warszawa", "00100 Roma RM"); `undefined` when the line is not one.
 *
 * @example
 * readPostcodeLine('00100 Roma RM', 'IT')
 * //=> { zip: '00100', city: 'Roma', state: 'RM', distinct: false }
 */
export function readPostcodeLine(
	line: string,
	country: string | undefined,
): PostcodeLine | undefined {
	// every postcode shape has a digit in its first word: most lines fail here
	if (!/^\S*\d/.test(line)) return undefined;
	const words = line.split(' ');
	const found = postcodeAt(words, country);
	if (!found) return undefined;
	const [n, zip, prefix] = found;
	const city = words.slice(n);
	if (!isCityWords(city, country)) return undefined;
	const tail = trailingCode(city, country ?? prefix);
	const result: PostcodeLine = {
		zip,
		city: city.join(' '),
		distinct: prefix !== undefined || DISTINCT_POSTCODE.test(zip),
	};
	if (tail?.state !== undefined) result.state = tail.state;
	if ((tail?.country ?? prefix) !== undefined) result.country = tail?.country ?? prefix;
	return result;
}

/**
 * One line, "Unter den Linden 77 10117 Berlin" or "10 Rue de Rivoli 75001
 * Paris": cut ahead of a postcode that follows the house number, or that
 * follows a street line starting with one.
 */
function cutOneLine(line: string, country: string | undefined): string[] {
	const words = line.split(' ');
	const numberFirst = isHouseNumber(words[0]);
	for (let i = 2; i < words.length - 1; i++) {
		if (!/\d/.test(words[i])) continue;
		const afterNumber = isHouseNumber(words[i - 1]);
		if (!afterNumber && !(numberFirst && !/\d/.test(words.slice(1, i).join(' ')))) continue;
		const tail = words.slice(i).join(' ');
		if (readPostcodeLine(tail, country)) return [words.slice(0, i).join(' '), tail];
	}
	return [line];
}

/**
 * A line that is a house number alone belongs to a street line: the name
 * after it ("2, rue de la Reine, L-2418 Luxembourg"), else the name before
 * it ("Via Roma, 1, 00184 Roma"; "C/ Gran Vía, 12, 2º izq., 28013 Madrid").
 */
function joinNumberLines(lines: readonly string[]): string[] {
	const joined: string[] = [];
	const last = lines.length - 1;
	for (let i = 0; i < lines.length; i++) {
		const previous = joined[joined.length - 1];
		const next = lines[i + 1];
		if (!isHouseNumber(lines[i]) || i === last) joined.push(lines[i]);
		else if (i + 1 < last && !/\d/.test(next) && hasNameWord(next))
			joined.push(`${lines[i]}, ${lines[++i]}`);
		else if (previous !== undefined && !/\d/.test(previous))
			joined[joined.length - 1] = `${previous}, ${lines[i]}`;
		else joined.push(lines[i]);
	}
	return joined;
}

/**
 * Whether a street line ahead of "postcode city" shows an address of
 * Europe: a street line written the continental way, or, ahead of a
 * five-digit postcode, any street line with a house number that is not a US
 * unit ("2 Place du Capitole, 31000 Toulouse"; not "Suite 5, 1200 Broadway":
 * a four-digit run after a US unit is a house number).
 */
function showsContinental(street: string, zip: string): boolean {
	if (isContinentalStreet(street)) return true;
	return /^\d{5}$/.test(zip) && /^\d+[a-z]?\s+\p{L}/iu.test(street);
}

/**
 * "12 Rue Victor Hugo, Lyon" of a country known: no postcode, but a street
 * line with its number and then a city; false when the lines are not so.
 */
function splitStreetAndCity(lines: readonly string[], parts: AddressParts): boolean {
	if (lines.length !== 2 || /\d/.test(lines[1]) || !/^\p{L}/u.test(lines[1])) return false;
	if (!/\d/.test(lines[0]) || !hasNameWord(lines[0])) return false;
	parts.street = lines[0];
	parts.city = lines[1];
	return true;
}

/**
 * Splits the continental layout, "street number, postcode city"
 * (DE, AT, CH, NL, FR, IT, ES, BE, DK, SE, NO, PL …), into `parts`; returns
 * whether it did. Lines ahead of the street line are a recipient's ("c/o",
 * a company), lines between it and the postcode its unit ("3º B").
 * `country` is the country written or assumed; when none is, the address
 * must show it is not a US one (a postcode shape or street line no US address
 * has).
 */
export function splitContinental(
	lines: readonly string[],
	country: string | undefined,
	parts: AddressParts,
): boolean {
	const all = lines.length === 1 ? cutOneLine(lines[0], country) : joinNumberLines(lines);
	const last = readPostcodeLine(all[all.length - 1], country);
	if (!last) return country !== undefined && splitStreetAndCity(all, parts);
	const before = all.slice(0, -1);
	let at = before.findIndex((line) => /\d/.test(line) && hasNameWord(line));
	if (at < 0) at = before.length - 1;
	// a code after the city ("… Berlin DE") is no proof: "2641 Orchard Knob SE" is a US street
	const known = country !== undefined || (last.distinct && last.country !== undefined);
	if (!known && !(at >= 0 && (last.distinct || showsContinental(before[at], last.zip))))
		return false;
	if (at >= 0) parts.street = before[at];
	if (at > 0) parts.recipient = before.slice(0, at).join(', ');
	if (at >= 0 && at < before.length - 1) parts.unit = before.slice(at + 1).join(', ');
	parts.city = last.city;
	if (last.state !== undefined) parts.state = last.state;
	parts.zip = last.zip;
	if (last.country !== undefined && parts.country === undefined) parts.country = last.country;
	return true;
}
