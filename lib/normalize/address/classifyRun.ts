/**
 * The rules that say what the words left of a comma group (its run: no unit,
 * box or attention text) are: a recipient, a unit of the street line before
 * it, or a street line, maybe with a trailing suite number or letter. Each
 * rule is a predicate named after what it recognises.
 */
import { startsPoBox } from './boxes';
import {
	ATTENTION,
	BUILDING_PARTS,
	DIRECTIONS,
	HOUSE_NUMBER,
	NOT_BEFORE_SUITE_SET,
	PLACE_LINES,
	ROUTES,
	ROUTE_TYPES,
	STREET_TYPE_SET,
	UNIT_ID,
	isDirection,
	isTwoLetterDirection,
} from './lexicon';
import type { StreetLines } from './lines';
import { startsStreet } from './streetSigns';
import {
	anyHasDigit,
	hasDigit,
	isDigits,
	join,
	startsWithDigit,
	startsWithHash,
	type Token,
} from './tokens';

/** Where a run stands among the comma groups of its address. */
export interface RunPlace {
	/** Index of its comma group. */
	group: number;
	/** How many comma groups the street and city part of the address has. */
	groupCount: number;
	/** Whether a city follows the groups. */
	hasCity: boolean;
	/** Index of the first comma group that starts a street (-1: none does). */
	streetGroup: number;
}

/**
 * "Budd Insurance Agency Coldwater MI 49036": in a one-group address, words
 * ahead of the city with no number and no street word are a name, not a street.
 */
export function isNameAheadOfCity(
	run: readonly Token[],
	place: RunPlace,
	lines: StreetLines,
): boolean {
	return (
		place.groupCount === 1 &&
		place.hasCity &&
		lines.street.length === 0 &&
		run.every(
			(t, k) =>
				!startsStreet(run, k) &&
				!STREET_TYPE_SET.has(t.key) &&
				!ROUTES.has(t.key) &&
				!startsWithHash(t),
		)
	);
}

/**
 * "Office of General Counsel, 820 N. Michigan Avenue", "JANE DOE\n ACME
 * INC\n 12 MAIN ST", "Attn: Accounts": a line marked for someone's
 * attention anywhere, or a line ahead of the street with no number, street
 * word or building word, is a recipient.
 */
export function isRecipientLine(
	run: readonly Token[],
	place: RunPlace,
	lines: StreetLines,
): boolean {
	if (ATTENTION.has(run[0].key)) return true;
	return (
		lines.street.length === 0 &&
		place.group < place.streetGroup &&
		!anyHasDigit(run) &&
		!run.some((t) => STREET_TYPE_SET.has(t.key) || PLACE_LINES.has(t.key))
	);
}

/**
 * "111 W. Monroe, 12C, Chicago", "4101 winnfield road, 106 d": an identifier
 * (maybe with a letter) after the street line is its unit.
 */
export function isIdentifierAfterStreet(run: readonly Token[], lines: StreetLines): boolean {
	return (
		lines.street.length > 0 &&
		run.length <= 2 &&
		startsWithDigit(run[0].text) &&
		run.every((t) => UNIT_ID.test(t.text)) &&
		(run.length === 1 || /^\p{L}$/u.test(run[run.length - 1].text))
	);
}

/**
 * "1800 M Street, NW North Tower, Ste. 700", "12th Floor Executive
 * Conference Room": a part of a building after the street line is a unit.
 */
export function isBuildingPart(run: readonly Token[], lines: StreetLines): boolean {
	return (
		lines.street.length > 0 && !anyHasDigit(run) && BUILDING_PARTS.has(run[run.length - 1].key)
	);
}

/**
 * How many two-letter directionals lead a building part: they end the
 * street line before it ("NW" of "NW North Tower"). One word is left.
 */
export function leadingDirectionals(run: readonly Token[]): number {
	let k = 0;
	while (k < run.length - 1 && isTwoLetterDirection(run[k])) k++;
	return k;
}

/**
 * "OU Health Sciences Center P.O. Box 26901, SCB 223": a short letter code
 * and a number after the street line are a unit (not a route, box or
 * directional with its number).
 */
export function isShortCodeAndNumber(run: readonly Token[], lines: StreetLines): boolean {
	if (lines.street.length === 0 || run.length !== 2) return false;
	const code = run[0];
	return (
		/^\p{L}{2,4}$/u.test(code.text) &&
		isDigits(run[1].text) &&
		!startsPoBox(run, 0) &&
		!ROUTES.has(code.key) &&
		!ROUTE_TYPES.has(code.key) &&
		!DIRECTIONS.has(code.key)
	);
}

/** "111 W. Monroe, B12, Chicago, IL": a lone identifier with a digit after the street line is its unit. */
export function isLoneIdentifierAfterStreet(run: readonly Token[], lines: StreetLines): boolean {
	const only = run[0];
	return (
		lines.street.length > 0 && run.length === 1 && hasDigit(only.text) && UNIT_ID.test(only.text)
	);
}

/**
 * Whether the word before a trailing number ends a street's name, so the
 * number is a suite: a word of two letters or more with no digit (or a
 * directional after a street type), and no route type ("Highway 12") or
 * word that takes a number ("No 5", "A and 7", "lockbox 42").
 */
function endsStreetName(run: readonly Token[]): boolean {
	const word = run[run.length - 2];
	if (ROUTE_TYPES.has(word.key) || hasDigit(word.text) || NOT_BEFORE_SUITE_SET.has(word.key))
		return false;
	if (DIRECTIONS.has(word.key)) return STREET_TYPE_SET.has(run[run.length - 3].key);
	return word.key.length > 1;
}

/** "101 W. Grand Ave. 600": a trailing number after the street name is a suite. */
export function hasTrailingSuiteNumber(run: readonly Token[]): boolean {
	const last = run[run.length - 1];
	return (
		run.length >= 3 &&
		HOUSE_NUMBER.test(run[0].text) &&
		hasDigit(last.text) &&
		UNIT_ID.test(last.text) &&
		endsStreetName(run)
	);
}

/** "720 10th Ave SW A": a letter after the street's directional is its unit. */
export function hasTrailingUnitLetter(run: readonly Token[]): boolean {
	const last = run[run.length - 1];
	return (
		run.length >= 4 &&
		/^\p{L}$/u.test(last.text) &&
		!isDirection(last) &&
		isTwoLetterDirection(run[run.length - 2]) &&
		STREET_TYPE_SET.has(run[run.length - 3].key)
	);
}

/**
 * Puts the run where its rules say, tried in this order: recipient, unit of
 * the street line before it, or a street line (less a trailing unit).
 */
export function placeRun(run: Token[], place: RunPlace, lines: StreetLines): void {
	if (isNameAheadOfCity(run, place, lines) || isRecipientLine(run, place, lines)) {
		lines.recipient.push(join(run));
	} else if (isIdentifierAfterStreet(run, lines)) {
		lines.units.push(join(run));
	} else if (isBuildingPart(run, lines)) {
		const k = leadingDirectionals(run);
		lines.street[lines.street.length - 1].push(...run.slice(0, k));
		lines.units.push(join(run.slice(k)));
	} else if (isShortCodeAndNumber(run, lines) || isLoneIdentifierAfterStreet(run, lines)) {
		lines.units.push(join(run));
	} else {
		if (hasTrailingSuiteNumber(run) || hasTrailingUnitLetter(run))
			lines.units.push((run.pop() as Token).text);
		lines.street.push(run);
	}
}
