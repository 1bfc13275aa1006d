import { lookupKey } from '../text';
import { COUNTIES, UK_POSTCODE } from './foreignLexicon';
import { STREET_TYPE_SET } from './lexicon';
import { unitAt } from './units';
import { tokenize } from './tokens';
import type { AddressParts } from './types';

/** The postcode that ends `words` ("SW1A 2AA", "SW1A2AA"): [words it spans, as written]. */
function postcodeEnding(words: readonly string[]): [number, string] | undefined {
	for (const n of [2, 1]) {
		if (words.length < n) continue;
		const zip = words.slice(-n).join(' ');
		if (UK_POSTCODE.test(zip)) return [n, zip];
	}
	return undefined;
}

/**
 * "10 Downing Street London": the street and the post town on one line, cut
 * after the last street word; `undefined` when no street word shows where.
 */
function cutTown(words: readonly string[]): [string, string] | undefined {
	for (let i = words.length - 2; i >= 1; i--) {
		if (STREET_TYPE_SET.has(lookupKey(words[i])) && !words.slice(i + 1).some((w) => /\d/.test(w)))
			return [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')];
	}
	return undefined;
}

/** Whether a line is a unit alone: "Flat 2", "Apartment 4B", "Unit 7", "Suite 3". */
function isUnitLine(line: string): boolean {
	const tokens = tokenize(line);
	return tokens.length > 0 && unitAt(tokens, 0, tokens.length) === tokens.length;
}

/** The post town and county from the lines ahead of the postcode; false when there is no town. */
function takeTownAndCounty(rest: string[], townWords: string[], parts: AddressParts): boolean {
	let town = townWords.join(' ');
	if (COUNTIES.has(lookupKey(town)) && rest.length > 1) {
		parts.state = town;
		town = '';
	}
	if (town && /\d/.test(town)) {
		const cut = cutTown(townWords);
		if (!cut) return false;
		rest.push(cut[0]);
		town = cut[1];
	}
	if (!town) {
		const line = rest.pop() ?? '';
		if (parts.state === undefined && COUNTIES.has(lookupKey(line)) && rest.length > 1) {
			parts.state = line;
			town = rest.pop() ?? '';
		} else town = line;
	}
	if (!town || /\d/.test(town)) return false;
	parts.city = town;
	return rest.length > 0;
}

/**
 * Splits a UK address, Royal Mail's layout: units and building, street,
 * locality, post town, county (optional), postcode ("Flat 2, 5 High St,
 * Oxford, Oxfordshire, OX1 4AB"; "10 Downing Street, London SW1A 2AA"),
 * into `parts`; returns whether it did. The county goes to `state`; a
 * locality stays on the street line, after a comma.
 *
 * @example
 * const parts = {}
 * splitBritish(['10 Downing Street', 'London SW1A 2AA'], parts)
 * parts
 * //=> { city: 'London', street: '10 Downing Street', zip: 'SW1A 2AA' }
 */
export function splitBritish(lines: readonly string[], parts: AddressParts): boolean {
	const rest = lines.slice(0, -1);
	const words = lines[lines.length - 1]?.split(' ') ?? [];
	const zip = postcodeEnding(words);
	if (!zip) return false;
	const found: AddressParts = {};
	if (!takeTownAndCounty(rest, words.slice(0, -zip[0]), found)) return false;
	const units = rest.filter((line) => isUnitLine(line));
	const street = rest.filter((line) => !isUnitLine(line));
	if (street.length === 0) return false;
	Object.assign(parts, found);
	parts.street = street.join(', ');
	if (units.length > 0) parts.unit = units.join(', ');
	parts.zip = zip[1];
	return true;
}
