import {
	AUSTRALIAN_STATES,
	AU_POSTCODE,
	CA_POSTCODE,
	LAYOUT_CODES,
	POSTCODE_OF,
	PROVINCES,
	UK_POSTCODE,
} from './foreignLexicon';
import { cutLines } from './foreignLines';
import { splitBritish } from './splitBritish';
import { splitContinental } from './splitContinental';
import { splitRegional } from './splitRegional';
import type { AddressParts } from './types';

/** Splits `lines` in the layout of `country`; false when the country has none here or they do not fit it. */
function splitIn(lines: readonly string[], country: string, parts: AddressParts): boolean {
	if (country === 'CA') return splitRegional(lines, PROVINCES, CA_POSTCODE, parts);
	if (country === 'AU') return splitRegional(lines, AUSTRALIAN_STATES, AU_POSTCODE, parts);
	if (country === 'GB') return splitBritish(lines, parts);
	if (POSTCODE_OF.has(country)) return splitContinental(lines, country, parts);
	return false;
}

/** Whether the last line ends with a postcode of `shape`, as its last word or last two. */
function endsWith(lines: readonly string[], shape: RegExp): boolean {
	const words = lines[lines.length - 1].split(' ');
	return shape.test(words.slice(-2).join(' ')) || shape.test(words[words.length - 1]);
}

/** Splits an address that names no country by its shape: a Canadian, UK or Australian postcode, or "postcode city". */
function splitByShape(lines: readonly string[], parts: AddressParts): boolean {
	if (endsWith(lines, CA_POSTCODE)) return splitRegional(lines, PROVINCES, CA_POSTCODE, parts);
	if (endsWith(lines, UK_POSTCODE)) return splitBritish(lines, parts);
	const australian: AddressParts = {};
	if (
		endsWith(lines, AU_POSTCODE) &&
		splitRegional(lines, AUSTRALIAN_STATES, AU_POSTCODE, australian)
	)
		return Object.assign(parts, australian) !== undefined;
	return splitContinental(lines, undefined, parts);
}

/**
 * "… 10117 Berlin / DE": a country's ISO code alone on the last line, taken
 * when the lines ahead of it fit its layout ("…, Dover, DE" is Delaware).
 */
function splitByCodeLine(lines: readonly string[], parts: AddressParts): boolean {
	const code = lines[lines.length - 1];
	if (lines.length < 2 || !/^[A-Z]{2}$/.test(code) || !LAYOUT_CODES.has(code)) return false;
	const country = code === 'UK' ? 'GB' : code;
	const found: AddressParts = {};
	// a postcode shows the code is a country's: "…, Dover, DE" has none
	if (!splitIn(lines.slice(0, -1), country, found) || found.zip === undefined) return false;
	Object.assign(parts, found, { country });
	return true;
}

/**
 * Splits an address outside the US into `parts`: the layouts of Canada,
 * Australia, the UK and continental Europe ("street number, postcode
 * city"). `country` is the one the text names, the row gives, or the
 * caller assumes; without one, the address is split only when its shape
 * shows its country (a postcode no US address has, a street line written
 * the European way, a country code on the last line). Returns whether it
 * split: when not, `parts` is as it was.
 *
 * @example
 * const parts = {}
 * splitForeign('Unter den Linden 77 / 10117 Berlin / DE', undefined, parts)
 * parts
 * //=> { street: 'Unter den Linden 77', city: 'Berlin', zip: '10117', country: 'DE' }
 */
export function splitForeign(
	text: string,
	country: string | undefined,
	parts: AddressParts,
): boolean {
	const lines = cutLines(text);
	if (lines.length === 0) return false;
	const found: AddressParts = {};
	const split =
		country !== undefined
			? splitIn(lines, country, found)
			: splitByCodeLine(lines, found) || splitByShape(lines, found);
	if (split) Object.assign(parts, found);
	return split;
}
