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
import { cleanText, lookupKey } from '../text';
import { COUNTRY_NAMES } from './lexicon';
import { nameEndingAt } from './names';
import type { SplitAddressOptions } from './options';
import { isPositionalText, parsePositional } from './positional';
import { hasContinentalWord } from './foreignLines';
import { mayBeForeignLayout, splitForeign } from './splitForeign';
import { splitStreetCityUnit } from './splitStreetCityUnit';
import { join, tokenize, type Token } from './tokens';
import type { AddressParts } from './types';
import { takeStateBeforeCity, takeZipAndState } from './zipAndState';

/** Longer text is no address: it comes back `undefined` unread. */
const MAX_LENGTH = 500;

/** Countries whose addresses are split into parts; others come back whole in `street`. */
const SPLIT_COUNTRIES: ReadonlySet<string> = new Set(['US', 'PR']);

/**
 * "L-2418 Luxembourg", "98000 Monaco": a country's name right after a
 * postcode that starts its line is the city of a city-state, not the country.
 */
function isCityAfterPostcode(tokens: readonly Token[], at: number): boolean {
	const before = tokens[at - 1];
	return (
		!before.comma &&
		/^(?:[a-z]{1,3}-)?\d{3,6}$/i.test(before.text) &&
		(at === 1 || tokens[at - 2].comma)
	);
}

/**
 * Takes a trailing country from `tokens[0, end)` into `parts` ("…, USA",
 * "United States US": named twice); returns the new end.
 */
function takeCountry(tokens: readonly Token[], end: number, parts: AddressParts): number {
	const country = nameEndingAt(tokens, end, COUNTRY_NAMES);
	if (!country || end - country[0] <= 0 || isCityAfterPostcode(tokens, end - country[0]))
		return end;
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

/** A US ZIP, the last word of most addresses: no layout of another country ends so. */
const ENDS_WITH_ZIP = /^\d{5}(?:-?\d{4})?$/;

/**
 * A US reading with no state and no ZIP of text with words no US address
 * has ("Piazza Navona 1, Roma"): the text is kept whole instead, not forced
 * into US parts.
 */
function keepForeignWhole(tokens: readonly Token[], end: number, parts: AddressParts): void {
	const rest = join(tokens.slice(0, end));
	if (!hasContinentalWord(rest)) return;
	for (const key of Object.keys(parts) as Array<keyof AddressParts>)
		if (key !== 'country') delete parts[key];
	parts.street = rest;
}

/** The country a row's own country cell names ("Germany", "de", "Deutschland"), if any. */
function countryOfHint(hint: string | undefined): string | undefined {
	if (hint === undefined) return undefined;
	const plain = cleanText(hint);
	const named = COUNTRY_NAMES.get(lookupKey(plain));
	if (named !== undefined) return named;
	if (!/^[a-z]{2}$/i.test(plain)) return undefined;
	const code = plain.toUpperCase();
	return code === 'UK' ? 'GB' : code;
}

/**
 * Splits `text` with options already checked: the work of a splitter made by
 * `createAddressSplitter`. Line breaks, semicolons and a slash between
 * spaces part lines as commas do.
 * `hint` is a country the text does not write but its row gives.
 */
export function splitAddressText(
	text: string,
	opts: Readonly<Required<SplitAddressOptions>>,
	hint?: string,
): AddressParts | undefined {
	if (typeof text !== 'string' || text.length > MAX_LENGTH) return undefined;
	const nfc = /[^\x20-\x7e]/.test(text) ? text.normalize('NFC') : text;
	const plain = cleanText(nfc);
	const cleaned =
		/[\n;]/.test(nfc) || nfc.includes(' / ')
			? cleanText(nfc.replace(/\s*[\n;]+\s*|\s+\/\s+/g, ', '))
			: plain;
	if (!/[a-z0-9]/i.test(cleaned) && !/[\p{L}\p{N}]/u.test(cleaned)) return undefined;
	const parts: AddressParts = {};
	// text with no comma has no positions: it is read by its shape whatever the layout
	if ((opts.layout === 'positional' && plain.includes(',')) || isPositionalText(plain)) {
		parsePositional(plain, parts, opts.zipFormat);
		return parts;
	}
	const tokens = tokenize(cleaned);
	const end = takeCountry(tokens, tokens.length, parts);
	const country =
		parts.country ??
		countryOfHint(hint) ??
		(opts.defaultCountry === 'US' ? undefined : opts.defaultCountry);
	if (country !== undefined && !SPLIT_COUNTRIES.has(country)) {
		// another country's address: split in its layout, or kept whole, never read as a US one
		const rest = join(tokens.slice(0, end));
		if (!splitForeign(rest, country, parts) && rest) parts.street = rest;
		return parts;
	}
	// most addresses end in a ZIP: no other country's layout ends so, and they go straight on
	const mayBeForeign =
		country === undefined && (end === 0 || !ENDS_WITH_ZIP.test(tokens[end - 1].text));
	if (
		mayBeForeign &&
		mayBeForeignLayout(tokens, end) &&
		splitForeign(join(tokens.slice(0, end)), undefined, parts)
	)
		return parts;
	splitUsTokens(tokens, end, parts, opts);
	if (mayBeForeign && !parts.state && !parts.zip) keepForeignWhole(tokens, end, parts);
	return parts;
}
