import { lockboxAt, startsPoBox } from './boxes';
import {
	DESIGNATORS,
	DIRECTIONS,
	HOUSE_NUMBER,
	NUMBER_WORD_SET,
	PLACE_LINES,
	ROUTES,
	ROUTE_TYPES,
	STREET_TYPE_SET,
} from './lexicon';
import { hasDigit, type Token } from './tokens';
import { unitAt } from './units';

/**
 * Whether a street line starts at `tokens[i]`: a house number ("12",
 * "12B", "N12W345"), a PO box, or a spelled number ("One Busch Place").
 */
export function startsStreet(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	return (
		t !== undefined &&
		(HOUSE_NUMBER.test(t.text) || startsPoBox(tokens, i) || NUMBER_WORD_SET.has(t.key))
	);
}

/** Whether a unit with a number or "#" starts at `tokens[i]` ("Apt 4", "# B", "Suite 200"). */
function startsNumberedUnit(tokens: readonly Token[], i: number): boolean {
	if (unitAt(tokens, i) === 0) return false;
	const text = tokens
		.slice(i, i + 3)
		.map((t) => t.text)
		.join('');
	return /\d|#/.test(text);
}

/**
 * Whether the comma group `tokens[a, b)` holds part of a street line rather
 * than only a city name: it starts with a digit or a PO box, or holds a
 * numbered unit ("Chicago" has none; "Apt 4, Chicago" has one).
 */
export function hasStreetSign(tokens: readonly Token[], a: number, b: number): boolean {
	if (hasDigit(tokens[a].text) || startsPoBox(tokens, a)) return true;
	for (let i = a; i < b; i++) if (startsNumberedUnit(tokens, i)) return true;
	return false;
}

/** Whether a token is a word of a street line (a type, a route, a building, a box, a directional). */
function isStreetLineWord(run: readonly Token[], k: number): boolean {
	const t = run[k];
	return (
		STREET_TYPE_SET.has(t.key) ||
		PLACE_LINES.has(t.key) ||
		ROUTES.has(t.key) ||
		(DIRECTIONS.has(t.key) && (k === 0 || t.key.length > 1)) ||
		t.text === '#' ||
		startsPoBox(run, k) ||
		lockboxAt(run, k, run.length) > 0
	);
}

/**
 * Whether words ahead of a street line are text apart from it (a name, "Acme
 * Inc"), not the start of the street itself ("North Main").
 */
export function isLeadText(run: readonly Token[]): boolean {
	return !run.some((_, k) => isStreetLineWord(run, k));
}

/**
 * Whether a token is a plain word that can name a recipient ("TWILIO"): three
 * letters or more, and not a street, unit, route or number word.
 */
export function isNameWord(t: Token): boolean {
	return (
		/^\p{L}{3,}$/u.test(t.text) &&
		!STREET_TYPE_SET.has(t.key) &&
		!DIRECTIONS.has(t.key) &&
		!DESIGNATORS.has(t.key) &&
		!ROUTES.has(t.key) &&
		!NUMBER_WORD_SET.has(t.key) &&
		!PLACE_LINES.has(t.key) &&
		!ROUTE_TYPES.has(t.key)
	);
}
