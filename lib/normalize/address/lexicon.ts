/**
 * The word sets and word shapes the address rules look words up in, built
 * once from the tables in `../data/`. Every set holds lookup keys (lower
 * case, periods removed: see `lookupKey`).
 */
import {
	ATTENTION_WORDS,
	BARE_UNIT_DESIGNATORS,
	BUILDING_PART_WORDS,
	FINAL_STREET_TYPES,
	FLOOR_WORDS,
	HIGHWAY_WORDS,
	NOT_BEFORE_SUITE,
	NUMBER_SIGNS,
	OTHER_UNIT_STARTS,
	PLACE_LINE_WORDS,
	PLACE_WORD_SPELLINGS,
	PUBLIC_HIGHWAY_OWNERS,
	REFERENCE_WORDS,
	ROUTE_WORDS,
	RURAL_ROUTE_WORDS,
} from '../data/addressWords';
import { MORE_COUNTRY_NAMES } from '../data/intlAddress';
import {
	COUNTRIES,
	DIRECTIONALS,
	NUMBERED_ROUTE_TYPES,
	NUMBER_WORDS,
	SPELLED_ORDINALS,
	STREET_TYPES,
	UNIT_DESIGNATORS,
	UNIT_WORDS,
	US_STATES,
	ZERO_ZIP_STATES,
} from '../data/usAddress';
import { toSet } from '../text';
import type { Token } from './tokens';

export const STATE_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(US_STATES));
export const STATE_CODES: ReadonlySet<string> = new Set(Object.values(US_STATES));
export const ZERO_ZIP = toSet(ZERO_ZIP_STATES);
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
	...Object.entries(COUNTRIES),
	...Object.entries(MORE_COUNTRY_NAMES),
]);
export const STREET_TYPE_SET = toSet(STREET_TYPES);
export const FINAL_TYPES = toSet(FINAL_STREET_TYPES);
export const ROUTE_TYPES = toSet(NUMBERED_ROUTE_TYPES);
export const ROUTES = toSet(ROUTE_WORDS);
export const RURAL = toSet(RURAL_ROUTE_WORDS);
export const HIGHWAYS = toSet(HIGHWAY_WORDS);
export const HIGHWAY_OWNERS = toSet(PUBLIC_HIGHWAY_OWNERS);
export const DESIGNATORS = toSet(UNIT_DESIGNATORS);
export const BARE_DESIGNATORS = toSet(BARE_UNIT_DESIGNATORS);
export const STANDALONE_UNITS = toSet(UNIT_WORDS);
export const DIRECTIONS = toSet(DIRECTIONALS);
export const NUMBER_WORD_SET = toSet(NUMBER_WORDS);
export const NUMBER_SIGN_SET = toSet(NUMBER_SIGNS);
export const FLOORS = toSet(FLOOR_WORDS);
export const SPELLED_ORDINAL_SET = toSet(SPELLED_ORDINALS);
export const ATTENTION = toSet(ATTENTION_WORDS);
export const PLACE_LINES = toSet(PLACE_LINE_WORDS);
export const BUILDING_PARTS = toSet(BUILDING_PART_WORDS);
export const REFERENCES = toSet(REFERENCE_WORDS);
export const NOT_BEFORE_SUITE_SET = toSet(NOT_BEFORE_SUITE);
export const PLACE_WORDS: ReadonlyMap<string, string> = new Map(
	Object.entries(PLACE_WORD_SPELLINGS),
);
/** Every word that can start a unit, for a quick no. */
export const UNIT_STARTS: ReadonlySet<string> = new Set([
	...UNIT_DESIGNATORS,
	...UNIT_WORDS,
	...NUMBER_WORDS,
	...OTHER_UNIT_STARTS,
]);

/** A house number: "123", "12B", "12-14", "12-B", "N12W345" (Wisconsin grid), "1st". */
export const HOUSE_NUMBER =
	/^(\d+[a-z]?|\d+[-/]\d+[a-z]?|\d+-?[a-z]|[nsew]\d+[nsew]?\d*|\d+(st|nd|rd|th))$/i;
/** A unit's identifier: letters and digits with inner dashes or slashes, maybe after "#": "4B", "#5", "A-2". */
export const UNIT_ID = /^#?[\p{L}\p{N}][\p{L}\p{N}\-/]*\.?$/u;

/** Whether a lookup key is an ordinal, in digits or spelled: "40th", "second". */
export function isOrdinal(key: string): boolean {
	return /^\d+(st|nd|rd|th)$/i.test(key) || SPELLED_ORDINAL_SET.has(key);
}

/** Whether a token is a directional ("N", "North", "NW"). */
export function isDirection(token: Token | undefined): boolean {
	return token !== undefined && DIRECTIONS.has(token.key);
}

/** Whether a token is a two-letter directional ("NW", "SE"): it ends a street, never starts a city. */
export function isTwoLetterDirection(token: Token): boolean {
	return DIRECTIONS.has(token.key) && token.key.length === 2;
}

/** Whether a token is a street type ("St", "Avenue"). */
export function isStreetType(token: Token): boolean {
	return STREET_TYPE_SET.has(token.key);
}
