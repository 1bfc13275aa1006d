import { cleanText } from '../text';
import { givenNameOdds } from './nameWordOdds';
import { plainKey } from './nameWords';

/** Each half must be at least this much likelier a given name than a surname. */
const GIVEN_HALF_ODDS = 1;

/**
 * The compound given names a column shows by writing them with a hyphen
 * ("Anna-Maria Nowak", "Jean-Pierre Roux") whose halves are both given names:
 * where the same column writes them with a space ("Anna Maria Nowak"), they
 * are one given name too, not a first and a middle name. Surnames joined by
 * a hyphen ("Doe-Smith") are not given names and are left out.
 *
 * Pure and synchronous; never throws.
 *
 * @param values - the column's full names
 * @returns the names, lower case with a space ("anna maria"), for splitName's `compoundGivenNames`
 *
 * @example
 * findCompoundGivenNames(['Anna-Lena Schmidt', 'Anna Lena Weber', 'Jane Doe-Smith'])
 * //=> Set { 'anna lena' }
 */
export function findCompoundGivenNames(values: readonly string[]): Set<string> {
	const found = new Set<string>();
	for (const value of values) {
		if (typeof value !== 'string' || !value.includes('-')) continue;
		for (const word of cleanText(value).split(/[\s,]+/)) {
			const halves = word.split('-');
			if (halves.length !== 2 || halves.some((h) => h.length < 2)) continue;
			if (halves.every((h) => givenNameOdds(h) >= GIVEN_HALF_ODDS)) found.add(plainKey(word));
		}
	}
	return found;
}
