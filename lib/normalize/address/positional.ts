import { cleanText, lookupKey } from '../text';
import { AUSTRALIAN_STATES, PROVINCES } from './foreignLexicon';
import { COUNTRY_NAMES, STATE_CODES, STATE_NAMES } from './lexicon';
import type { ZipFormat } from './options';
import { splitStreetCityUnit } from './splitStreetCityUnit';
import { tokenize } from './tokens';
import type { AddressParts } from './types';
import { uspsZip } from './zipAndState';

/** The positions of the fixed layout, in order: Street, City, State, Zip, Country. */
const POSITIONS = 5;

/**
 * A state as its postal code when it is one or names one ("Colorado" → "CO",
 * "Ontario" → "ON" in Canada); a code of another country upper case; as
 * written otherwise.
 */
function stateOf(state: string, country: string | undefined): string {
	const upper = state.toUpperCase();
	const key = lookupKey(state);
	if (country === undefined || country === 'US')
		return STATE_NAMES.get(key) ?? (STATE_CODES.has(upper) ? upper : state);
	const named = (country === 'CA' ? PROVINCES : AUSTRALIAN_STATES).get(key);
	if (named !== undefined && (country === 'CA' || country === 'AU')) return named;
	return /^[a-z]{2,3}$/i.test(state) ? upper : state;
}

/** A country as an ISO code when it names one or is two letters ("USA" → "US"); as written otherwise. */
function countryOf(country: string): string {
	return (
		COUNTRY_NAMES.get(lookupKey(country)) ??
		(/^[a-z]{2}$/i.test(country) ? country.toUpperCase() : country)
	);
}

/**
 * Whether text has empty comma positions (",Denver", "1 Main St,,CO"): it is
 * read in the positional layout whatever the layout option says.
 *
 * @example
 * isPositionalText(',,CO,80202')
 * //=> true
 */
export function isPositionalText(text: string): boolean {
	return text.includes(',') && /^\s*,|,\s*,/.test(text);
}

/**
 * Reads the fixed layout `Street, City, State, Zip, Country` left to right
 * into `parts`; an empty position stays empty (",,CO,80202" has no city).
 * More than five fields: the extra ones at the front are street lines (a
 * unit, a building). The street position is split into street and unit.
 *
 * @example
 * const parts = {}
 * parsePositional(',Denver,CO,80202', parts, 'asWritten')
 * parts
 * //=> { city: 'Denver', state: 'CO', zip: '80202' }
 */
export function parsePositional(text: string, parts: AddressParts, format: ZipFormat): void {
	const fields = text.split(',').map((f) => cleanText(f));
	while (fields.length > POSITIONS) fields.splice(0, 2, `${fields[0]}, ${fields[1]}`);
	const [street = '', city = '', state = '', zip = '', country = ''] = fields;
	if (country) parts.country = countryOf(country);
	if (street && parts.country !== undefined && parts.country !== 'US') {
		// "Unter den Linden 77": another country's street line is not read by the US rules
		parts.street = street;
	} else if (street) {
		const tokens = tokenize(street);
		splitStreetCityUnit(tokens, 0, tokens.length, parts, undefined);
	}
	if (city) parts.city = city;
	if (state) parts.state = stateOf(state, parts.country);
	if (zip) parts.zip = format === 'usps' ? uspsZip(zip, parts.state) : zip;
}
