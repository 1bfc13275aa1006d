/**
 * The word sets and postcode shapes the rules for addresses outside the US
 * look words up in, built once from `../data/intlAddress`.
 */
import {
	AU_STATES,
	CA_PROVINCES,
	CONTINENTAL_POSTCODES,
	CONTINENTAL_STREET_ENDINGS,
	CONTINENTAL_STREET_WORDS,
	IT_PROVINCES,
	LAYOUT_COUNTRY_CODES,
	POSTCODE_PREFIXES,
	UK_COUNTIES,
} from '../data/intlAddress';
import { toSet } from '../text';

export const PROVINCES: ReadonlyMap<string, string> = new Map(Object.entries(CA_PROVINCES));
export const AUSTRALIAN_STATES: ReadonlyMap<string, string> = new Map(Object.entries(AU_STATES));
export const COUNTIES = toSet(UK_COUNTIES);
export const PROVINCE_CODES = toSet(IT_PROVINCES);
export const LAYOUT_CODES = toSet(LAYOUT_COUNTRY_CODES);
export const PREFIXES: ReadonlyMap<string, string> = new Map(Object.entries(POSTCODE_PREFIXES));
export const FOREIGN_STREET_WORDS = toSet(CONTINENTAL_STREET_WORDS);
/** One-word street names end in one of these: "hauptstraße", "kalverstraat". */
export const FOREIGN_STREET_ENDING = new RegExp(
	`\\p{L}(?:${CONTINENTAL_STREET_ENDINGS.join('|')})$`,
	'u',
);

/** Each continental country's postcode, whole. */
export const POSTCODE_OF: ReadonlyMap<string, RegExp> = new Map(
	Object.entries(CONTINENTAL_POSTCODES).map(([c, p]) => [c, new RegExp(`^(?:${p})$`)]),
);
/** A continental postcode when the country is not known: the shapes that are common and distinct. */
export const ANY_POSTCODE = /^(?:\d{4,5}|\d{4} ?[A-Z]{2}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3})$/;
/** Postcode shapes that no US address line has: NL, SE/CZ/SK/GR, PL, PT. */
export const DISTINCT_POSTCODE = /^(?:\d{4} ?[A-Z]{2}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3})$/;

/** Canada Post's postal code: A1A 1A1 (no D, F, I, O, Q or U; no W or Z first). */
export const CA_POSTCODE = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i;
/** Royal Mail's postcode: outward code (A9, A9A, A99, AA9, AA9A, AA99), space, inward code (9AA). */
export const UK_POSTCODE =
	/^(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRV-Y\d]?) ?\d[ABD-HJLNP-UW-Z]{2})$/i;
/** Australia Post's postcode: four digits. */
export const AU_POSTCODE = /^\d{4}$/;
