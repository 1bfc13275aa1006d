import type { ZipFormat } from './options';
import { STATE_CODES, STATE_NAMES, ZERO_ZIP } from './lexicon';
import { nameEndingAt } from './names';
import { MAX_CITY_WORDS, knownCityStart } from './places';
import { hasDigit, join, startsWithDigit, type Token } from './tokens';
import type { AddressParts } from './types';

/** A full ZIP: five digits, maybe a dash (or en or em dash) and four more. */
const ZIP = /^\d{5}(?:[-\u2013\u2014]?\d{4})?$/;
/** Digit runs taken as a ZIP only right after a state: dropped zeros, typos ("2110", "9151-2100", "6065460610"). */
const LOOSE_ZIP = /^\d{3,10}$|^\d{3,5}[-\u2013\u2014]\d{3,4}$/;
/** A state code as written: two letters, each maybe with a period ("IL", "N.Y."), maybe a comma. */
const WRITTEN_STATE_CODE = /^([a-z]\.?){2},?$/i;

/**
 * The state that ends at `tokens[end - 1]`, as a USPS code, and how many
 * tokens it spans. "9 Front St Washington DC": the city and the state's
 * code, not the name "Washington DC".
 *
 * @example
 * stateEndingAt(tokenize('Wake Forest, North Carolina'), 4)
 * //=> [2, 'NC']
 */
export function stateEndingAt(tokens: readonly Token[], end: number): [number, string] | undefined {
	if (end < 2) return undefined;
	const named = nameEndingAt(tokens, end, STATE_NAMES);
	if (
		named &&
		named[0] > 1 &&
		STATE_CODES.has(tokens[end - 1].key.toUpperCase()) &&
		knownCityStart(tokens, 0, end - 1, named[1]) >= 0
	)
		return [1, named[1]];
	if (named) return named;
	const last = tokens[end - 1];
	const code = last.key.toUpperCase();
	return STATE_CODES.has(code) && WRITTEN_STATE_CODE.test(last.text) ? [1, code] : undefined;
}

/** A ZIP as written: the token without a trailing period, comma or stray quote. */
function zipText(token: Token): string {
	return startsWithDigit(token.text.slice(-1)) ? token.text : token.text.replace(/[.,"']+$/, '');
}

/** Whether `tokens[end - 2, end)` is a ZIP written in two digit groups after a state: "041 01". */
function isSplitZipAfterState(tokens: readonly Token[], end: number): boolean {
	return (
		end > 2 &&
		/^\d{2,5}$/.test(tokens[end - 2].text) &&
		/^\d{2,4}$/.test(zipText(tokens[end - 1])) &&
		!tokens[end - 2].comma &&
		stateEndingAt(tokens, end - 2) !== undefined
	);
}

/** How many tokens the ZIP at the end of `tokens[0, end)` spans: 0, 1 or 2. */
function zipTokenCount(tokens: readonly Token[], end: number): number {
	if (end > 0 && ZIP.test(zipText(tokens[end - 1]))) return 1;
	if (isSplitZipAfterState(tokens, end)) return 2;
	if (end > 1 && LOOSE_ZIP.test(zipText(tokens[end - 1])) && stateEndingAt(tokens, end - 1))
		return 1;
	return 0;
}

/**
 * Takes the ZIP and state from the end of `tokens[0, end)` into `parts`;
 * returns the new end. A full ZIP ("02110", "62704-1234", "627041234") is
 * taken wherever it ends the text; a short or long digit run ("2110",
 * "9151-2100", "041 01") only right after a state, where nothing else fits.
 */
export function takeZipAndState(
	tokens: readonly Token[],
	end: number,
	parts: AddressParts,
	format: ZipFormat,
): number {
	const zipTokens = zipTokenCount(tokens, end);
	let zip =
		zipTokens === 0
			? undefined
			: zipTokens === 1
				? zipText(tokens[end - 1])
				: `${tokens[end - 2].text} ${zipText(tokens[end - 1])}`;
	end -= zipTokens;
	const state = stateEndingAt(tokens, end);
	if (state) {
		parts.state = state[1];
		end -= state[0];
	}
	if (zip !== undefined && format === 'usps') zip = uspsZip(zip, parts.state);
	if (zip !== undefined) parts.zip = zip;
	return end;
}

/**
 * "101 E Market St Unit 17771 CA Long Beach 90807": the state written ahead of
 * the city. Takes both when the words after a state code name a place of that
 * state, or follow a number; returns the new end.
 */
export function takeStateBeforeCity(
	tokens: readonly Token[],
	end: number,
	parts: AddressParts,
): number {
	for (let at = end - 2; at >= Math.max(1, end - 1 - MAX_CITY_WORDS); at--) {
		const code = tokens[at].key.toUpperCase();
		if (!/^[a-z]{2}$/i.test(tokens[at].text) || !STATE_CODES.has(code)) continue;
		if (tokens.slice(at + 1, end).some((t) => hasDigit(t.text))) return end;
		if (knownCityStart(tokens, at + 1, end, code) === at + 1 || hasDigit(tokens[at - 1].text)) {
			parts.state = code;
			parts.city = join(tokens.slice(at + 1, end));
			return at;
		}
	}
	return end;
}

/**
 * The USPS form of a ZIP: "12345-6789", and a leading zero a spreadsheet
 * dropped put back in the states whose ZIPs start with 0. Other digit runs
 * come back as written.
 *
 * @example
 * uspsZip('2110', 'MA')
 * //=> '02110'
 */
export function uspsZip(zip: string, state: string | undefined): string {
	const digits = zip.replace(/\D/g, '');
	const lostLeadingZero =
		(digits.length === 4 || digits.length === 8) && state !== undefined && ZERO_ZIP.has(state);
	const padded = lostLeadingZero ? `0${digits}` : digits;
	if (padded.length === 5) return padded;
	if (padded.length === 9) return `${padded.slice(0, 5)}-${padded.slice(5)}`;
	return zip;
}
