import {
	AUSTRALIAN_STATES,
	AU_POSTCODE,
	CA_POSTCODE,
	LAYOUT_CODES,
	POSTCODE_OF,
	PROVINCES,
	UK_POSTCODE,
} from './foreignLexicon';
import { cutLines, isHouseNumber } from './foreignLines';
import { DESIGNATORS } from './lexicon';
import { splitBritish } from './splitBritish';
import { splitContinental } from './splitContinental';
import { splitRegional } from './splitRegional';
import type { Token } from './tokens';
import type { AddressParts } from './types';

/** A word that may start "postcode city": "10117", "1012", "111", "00-001", "1100-053", "D-10117". */
const POSTCODE_START = /^(?:[a-z]{1,3}-)?(?:\d{3,5}|\d{2}-\d{3}|\d{4}-\d{3})$/i;
/** The last word of a Canadian or UK postcode: "M5V3L9", "3L9", "SW1A2AA", "2AA". */
const POSTCODE_END =
	/^(?:[a-z]\d[a-z](?:\d[a-z]\d)?|\d[a-z]\d|\d[a-z]{2}|[a-z]{1,2}\d[a-z\d]?\d[a-z]{2})$/i;
/** The last words of Australia's state names and codes ("nsw", "wales"). */
const AU_LAST_WORDS: ReadonlySet<string> = new Set(
	[...AUSTRALIAN_STATES.keys()].map((name) => name.slice(name.lastIndexOf(' ') + 1)),
);

/**
 * Whether `tokens[g]` starts "postcode city": a postcode-like word, then a
 * word of letters or the second half of a postcode ("111 51", "1012 NX").
 */
function startsPostcodeLine(tokens: readonly Token[], g: number, end: number): boolean {
	return (
		g + 1 < end &&
		!tokens[g].comma &&
		POSTCODE_START.test(tokens[g].text) &&
		/^(?:\p{L}|\d\d$|[A-Z]{2}$)/u.test(tokens[g + 1].text)
	);
}

/**
 * A quick look at the words, before any line is cut: whether `tokens[0,
 * end)` may be in a layout of another country. A Canadian or UK postcode
 * at the end, an Australian state and postcode, a country code alone on the
 * last line, or a last line (or, on one line, any word) that starts with a
 * postcode. Most US addresses fail it at once.
 *
 * @example
 * mayBeForeignLayout(tokenize('Unter den Linden 77, 10117 Berlin'), 5)
 * //=> true
 * mayBeForeignLayout(tokenize('32 N. Dean St., Englewood, NJ 7631'), 7)
 * //=> false
 */
export function mayBeForeignLayout(tokens: readonly Token[], end: number): boolean {
	if (end < 2) return false;
	const last = tokens[end - 1];
	if (POSTCODE_END.test(last.text)) return true;
	if (/^\d{4}$/.test(last.text) && AU_LAST_WORDS.has(tokens[end - 2].key)) return true;
	if (/^[A-Z]{2}$/.test(last.text) && tokens[end - 2].comma) return true;
	let g = end - 1;
	while (g > 0 && !tokens[g - 1].comma && !/^[-\u2013]$/.test(tokens[g - 1].text)) g--;
	if (g > 0) return startsPostcodeLine(tokens, g, end);
	// one line: a postcode right after the house number, or after a street that starts with one
	const numberFirst = isHouseNumber(tokens[0].text);
	for (let i = 2; i < end - 1; i++) {
		if (!startsPostcodeLine(tokens, i, end)) continue;
		if (isHouseNumber(tokens[i - 1].text) || (numberFirst && !DESIGNATORS.has(tokens[i - 1].key)))
			return true;
	}
	return false;
}

/** Splits `lines` in the layout of `country`; false when the country has none here or they do not fit it. */
function splitIn(lines: readonly string[], country: string, parts: AddressParts): boolean {
	if (country === 'CA') return splitRegional(lines, PROVINCES, CA_POSTCODE, parts);
	if (country === 'AU') return splitRegional(lines, AUSTRALIAN_STATES, AU_POSTCODE, parts);
	if (country === 'GB') return splitBritish(lines, parts);
	if (POSTCODE_OF.has(country)) return splitContinental(lines, country, parts);
	return false;
}

/** Whether a line ends with a postcode of `shape`, as its last word or last two. */
function endsWith(last: string, lastTwo: string, shape: RegExp): boolean {
	return shape.test(lastTwo) || shape.test(last);
}

/** Splits an address that names no country by its shape: a Canadian, UK or Australian postcode, or "postcode city". */
function splitByShape(lines: readonly string[], parts: AddressParts): boolean {
	const line = lines[lines.length - 1];
	const cut = line.lastIndexOf(' ');
	const last = line.slice(cut + 1);
	const lastTwo = line.slice(line.lastIndexOf(' ', cut - 1) + 1);
	if (endsWith(last, lastTwo, CA_POSTCODE))
		return splitRegional(lines, PROVINCES, CA_POSTCODE, parts);
	if (endsWith(last, lastTwo, UK_POSTCODE)) return splitBritish(lines, parts);
	const australian: AddressParts = {};
	if (AU_POSTCODE.test(last) && splitRegional(lines, AUSTRALIAN_STATES, AU_POSTCODE, australian))
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
