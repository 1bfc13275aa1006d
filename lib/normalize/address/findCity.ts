import { lockboxAt, poBoxAt, startsPoBox } from './boxes';
import {
	FINAL_TYPES,
	HOUSE_NUMBER,
	ROUTE_TYPES,
	STREET_TYPE_SET,
	isDirection,
	isTwoLetterDirection,
} from './lexicon';
import { knownCityStart } from './places';
import { hasStreetSign, startsStreet } from './streetSigns';
import { anyHasDigit, hasDigit, type Token } from './tokens';
import { unitAt } from './units';

/**
 * Whether the street type right after the house number names the street
 * rather than ends it, because another type follows: "4788 Lake Mirror
 * Place" (but "12 Ave C Rd" ends at "Ave": "ave" ends a street for sure).
 */
function isTypeWordInName(tokens: readonly Token[], i: number, from: number, to: number): boolean {
	return (
		i === from + 1 &&
		!FINAL_TYPES.has(tokens[i].key) &&
		!tokens[i].comma &&
		tokens.slice(i + 2, to - 1).some((t) => STREET_TYPE_SET.has(t.key))
	);
}

/**
 * Index past the street words that close a street type at `tokens[i]`:
 * more types ("Park Dr", "Street Dr"), a route number ("Highway 212") and a
 * short directional ("Main St NW"). One token is left for the city.
 */
function streetTypeEnd(tokens: readonly Token[], i: number, to: number): number {
	let end = i + 1;
	while (
		end < to - 1 &&
		STREET_TYPE_SET.has(tokens[end].key) &&
		!tokens[end - 1].comma &&
		!FINAL_TYPES.has(tokens[end - 1].key)
	)
		end++;
	if (ROUTE_TYPES.has(tokens[end - 1].key) && end < to - 1 && /^\d+[a-z]?$/i.test(tokens[end].text))
		end++;
	if (
		end < to - 1 &&
		!tokens[end - 1].comma &&
		isDirection(tokens[end]) &&
		tokens[end].key.length <= 2
	)
		end++;
	return end;
}

/**
 * Index just past the street part of `tokens[from, to)`, a run that holds
 * street and city with no comma between, or -1 when no street type ends it.
 *
 * @example
 * streetEnd(tokenize('23485 Western Ave Park Forest'), 0, 5)
 * //=> 3
 */
export function streetEnd(tokens: readonly Token[], from: number, to: number): number {
	for (let i = from + 1; i < to - 1; i++) {
		if (!STREET_TYPE_SET.has(tokens[i].key) || startsPoBox(tokens, i)) continue;
		if (isTypeWordInName(tokens, i, from, to)) continue;
		return streetTypeEnd(tokens, i, to);
	}
	return -1;
}

/** Index past the units and lockboxes at `tokens[i]` that leave a token before `b`. */
function skipUnits(tokens: readonly Token[], i: number, b: number): number {
	for (;;) {
		const u = unitAt(tokens, i) || (i < b ? lockboxAt(tokens, i, b) : 0);
		if (u === 0 || i + u >= b) return i;
		i += u;
	}
}

/**
 * Index past the units and PO boxes ahead of the street ("department 0823 po
 * box 120001 dallas"), and whether a PO box's number was the last of them: a
 * box's line ends at its number. Boxes one after another are read as one
 * ("box # 2806 po box 8500").
 */
function skipLeadingBoxesAndUnits(
	tokens: readonly Token[],
	a: number,
	b: number,
): { at: number; afterBox: boolean } {
	let i = a;
	for (;;) {
		const box = poBoxAt(tokens, i);
		if (box > 0 && i + box < b - 1) {
			i += box + 1;
			if (poBoxAt(tokens, i) > 0) continue;
			return { at: i, afterBox: true };
		}
		const lock = lockboxAt(tokens, i, b);
		if (lock > 0 && i + lock < b - 1) {
			i += lock;
			continue;
		}
		const u = unitAt(tokens, i);
		if (u > 0 && i + u < b - 1) i += u;
		else return { at: i, afterBox: false };
	}
}

/**
 * Where the city starts after a street line with no street type: after its
 * last digit-bearing word ("Highway 212 Kenai"), or one name word after a
 * house number ("1320 West Webster Chiago"). -1 when no word has a digit.
 */
function cityAfterUntypedStreet(tokens: readonly Token[], i: number, b: number): number {
	for (let j = b - 2; j >= i; j--) {
		if (!hasDigit(tokens[j].text)) continue;
		let k = j + 1;
		if (HOUSE_NUMBER.test(tokens[j].text) && !(j > 0 && ROUTE_TYPES.has(tokens[j - 1].key))) {
			if (k < b - 1 && isDirection(tokens[k])) k++;
			if (k < b - 1) k++;
		}
		return skipUnits(tokens, k, b);
	}
	return -1;
}

/**
 * Where the city starts in the group `tokens[a, b)` that holds street (and
 * units) then city with no comma between, or -1.
 */
function cityCut(tokens: readonly Token[], a: number, b: number): number {
	const lead = skipLeadingBoxesAndUnits(tokens, a, b);
	if (lead.afterBox) return skipUnits(tokens, lead.at, b);
	const i = lead.at;
	if (i > a && !startsStreet(tokens, i)) return i;
	const end = streetEnd(tokens, i, b);
	return end < 0 ? cityAfterUntypedStreet(tokens, i, b) : skipUnits(tokens, end, b);
}

/**
 * ", N Hanover,": directionals spelled out or of one letter, alone ahead of a
 * known city in its comma group, are part of its name; after a number they
 * are the route's ("Hwy. 31, W. White House").
 */
function isDirectionalOfCity(tokens: readonly Token[], a: number, known: number): boolean {
	return (
		!hasDigit(tokens[a - 1].text) &&
		tokens.slice(a, known).every((t) => isDirection(t) && t.key.length !== 2)
	);
}

/**
 * Where the city starts in the last comma group `[a, b)` of `tokens[from,
 * b)`, given the state that follows it; `b` when there is none. A place name
 * known in the state wins, then a group with no street sign, then the cut
 * after the street. A two-letter directional at the head of the city group
 * ends the street ("1105 Bolton Road, NW Atlanta").
 */
export function findCityStart(
	tokens: readonly Token[],
	from: number,
	[a, b]: readonly [number, number],
	manyGroups: boolean,
	state: string,
): number {
	let cityFrom = b;
	const known = knownCityStart(tokens, a, b, state);
	if (known >= a && (known > a || manyGroups || !startsStreet(tokens, a))) {
		cityFrom = known > a && manyGroups && isDirectionalOfCity(tokens, a, known) ? a : known;
	} else if (!hasStreetSign(tokens, a, b) && (manyGroups || !anyHasDigit(tokens.slice(a, b)))) {
		cityFrom = a;
	} else {
		const cut = cityCut(tokens, a, b);
		if (cut > a && cut < b) cityFrom = cut;
	}
	if (cityFrom === a && a > from && cityFrom < b - 1 && isTwoLetterDirection(tokens[cityFrom]))
		cityFrom++;
	return cityFrom;
}
