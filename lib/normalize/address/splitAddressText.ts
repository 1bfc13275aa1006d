/**
 * How an address is read, from its end back (the parts at the end are the
 * surest):
 *
 * 1. `tokens`: the text cut into words, each with its lookup key and whether
 *    a comma follows it. Text with empty comma positions goes to `positional`
 *    instead.
 * 2. A trailing country (`names`), then the ZIP and the state (`zipAndState`).
 * 3. What is left, `splitStreetCityUnit`: the city at the end (`findCity`,
 *    with the place tries of `places`), then each comma group ahead of it
 *    word by word (`readGroup`: `units`, `boxes`, `recipients`), and what is
 *    left of the group placed by the rules of `classifyRun`.
 *
 * The word lists live in `../data/` and are looked up through `lexicon`.
 */
import { cleanText } from '../text';
import { COUNTRY_NAMES } from './lexicon';
import { nameEndingAt } from './names';
import type { SplitAddressOptions } from './options';
import { parsePositional } from './positional';
import { splitStreetCityUnit } from './splitStreetCityUnit';
import { join, tokenize, type Token } from './tokens';
import type { AddressParts } from './types';
import { takeStateBeforeCity, takeZipAndState } from './zipAndState';

/** Longer text is no address: it comes back `undefined` unread. */
const MAX_LENGTH = 500;

/** Countries whose addresses are split into parts; others come back whole in `street`. */
const SPLIT_COUNTRIES: ReadonlySet<string> = new Set(['US', 'PR']);

/** Whether text has empty comma positions (",Denver", "1 Main St,,CO"): the positional layout. */
function hasEmptyPositions(plain: string): boolean {
	return plain.includes(',') && /^,|,\s*,/.test(plain);
}

/**
 * Takes a trailing country from `tokens[0, end)` into `parts` ("…, USA",
 * "United States US": named twice); returns the new end.
 */
function takeCountry(tokens: readonly Token[], end: number, parts: AddressParts): number {
	const country = nameEndingAt(tokens, end, COUNTRY_NAMES);
	if (!country || end - country[0] <= 0) return end;
	parts.country = country[1];
	end -= country[0];
	const again = nameEndingAt(tokens, end, COUNTRY_NAMES);
	if (again && again[1] === country[1] && end - again[0] > 0) end -= again[0];
	return end;
}

/** Reads a US address, read from its end: country, ZIP and state, then street, unit and city. */
function splitUsTokens(
	tokens: readonly Token[],
	end: number,
	parts: AddressParts,
	opts: Readonly<Required<SplitAddressOptions>>,
): void {
	end = takeZipAndState(tokens, end, parts, opts.zipFormat);
	if (parts.zip !== undefined && parts.state === undefined)
		end = takeStateBeforeCity(tokens, end, parts);
	if (end > 0)
		splitStreetCityUnit(tokens, 0, end, parts, parts.city === undefined ? parts.state : undefined);
}

/**
 * Splits `text` with options already checked: the work of a splitter made by
 * `createAddressSplitter`. Line breaks and semicolons part lines as commas do.
 */
export function splitAddressText(
	text: string,
	opts: Readonly<Required<SplitAddressOptions>>,
): AddressParts | undefined {
	if (typeof text !== 'string' || text.length > MAX_LENGTH) return undefined;
	const nfc = /[^\x20-\x7e]/.test(text) ? text.normalize('NFC') : text;
	const plain = cleanText(nfc);
	const cleaned = /[\n;]/.test(nfc) ? cleanText(nfc.replace(/\s*[\n;]+\s*/g, ', ')) : plain;
	if (!/[a-z0-9]/i.test(cleaned) && !/[\p{L}\p{N}]/u.test(cleaned)) return undefined;
	const parts: AddressParts = {};
	if (opts.layout === 'positional' || hasEmptyPositions(plain)) {
		parsePositional(plain, parts, opts.zipFormat);
		return parts;
	}
	const tokens = tokenize(cleaned);
	const end = takeCountry(tokens, tokens.length, parts);
	if (SPLIT_COUNTRIES.has(parts.country ?? opts.defaultCountry)) {
		splitUsTokens(tokens, end, parts, opts);
	} else {
		const rest = join(tokens.slice(0, end));
		if (rest) parts.street = rest;
	}
	return parts;
}
