import { lookupKey } from '../text';
import { splitStreetCityUnit } from './splitStreetCityUnit';
import { tokenize } from './tokens';
import type { AddressParts } from './types';

/** The most words a province or state name has ("newfoundland and labrador"). */
const LONGEST_REGION = 4;

/** The region whose name or code ends `words`: [words it spans, its code]. */
function regionEnding(
	words: readonly string[],
	regions: ReadonlyMap<string, string>,
): [number, string] | undefined {
	for (let n = Math.min(LONGEST_REGION, words.length); n >= 1; n--) {
		// "Montréal (Québec)": Canada Post's French layout puts the province in brackets
		const code = regions.get(lookupKey(words.slice(-n).join(' ')).replace(/^\((.*)\)$/, '$1'));
		if (code !== undefined) return [n, code];
	}
	return undefined;
}

/** The postcode that ends `words` ("M5V 3L9", "M5V3L9", "2000"): [words it spans, as written]. */
function postcodeEnding(words: readonly string[], postcode: RegExp): [number, string] | undefined {
	for (const n of [2, 1]) {
		if (words.length < n) continue;
		const zip = words.slice(-n).join(' ');
		if (postcode.test(zip)) return [n, zip];
	}
	return undefined;
}

/**
 * Splits the layout of Canada and Australia, "street, city, region
 * postcode" ("123 Main St, Toronto, ON M5V 3L9"; "10 Smith St, Sydney NSW
 * 2000"), into `parts`; returns whether it did. The region may be written
 * as its code or its name, on the postcode's line or its own; street, unit
 * and city are read as in a US address.
 *
 * @example
 * const parts = {}
 * splitRegional(['123 Main St', 'Toronto ON M5V 3L9'], PROVINCES, CA_POSTCODE, parts)
 * parts
 * //=> { street: '123 Main St', city: 'Toronto', state: 'ON', zip: 'M5V 3L9' }
 */
export function splitRegional(
	lines: readonly string[],
	regions: ReadonlyMap<string, string>,
	postcode: RegExp,
	parts: AddressParts,
): boolean {
	const rest = [...lines];
	let words = rest.pop()?.split(' ') ?? [];
	const zip = postcodeEnding(words, postcode);
	if (!zip) return false;
	words = words.slice(0, -zip[0]);
	if (words.length === 0 && rest.length > 0) words = rest.pop()?.split(' ') ?? [];
	const region = regionEnding(words, regions);
	if (!region) return false;
	words = words.slice(0, -region[0]);
	if (words.length > 0) rest.push(words.join(' '));
	if (rest.length === 0) return false;
	const tokens = tokenize(rest.join(', '));
	splitStreetCityUnit(tokens, 0, tokens.length, parts, region[1]);
	if (parts.city === undefined) return false;
	parts.state = region[1];
	parts.zip = zip[1];
	return true;
}
