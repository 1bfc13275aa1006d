import { cleanText, lookupKey } from '../text';
import { COUNTRY_NAMES, STATE_CODES, STATE_NAMES } from './lexicon';
import type { ZipFormat } from './options';
import { splitStreetCityUnit } from './splitStreetCityUnit';
import { tokenize } from './tokens';
import type { AddressParts } from './types';
import { uspsZip } from './zipAndState';

/** The positions of the fixed layout, in order: Street, City, State, Zip, Country. */
const POSITIONS = 5;

/** A state as a USPS code when it is one or names one ("Colorado" → "CO"); as written otherwise. */
function stateOf(state: string): string {
	const upper = state.toUpperCase();
	return STATE_NAMES.get(lookupKey(state)) ?? (STATE_CODES.has(upper) ? upper : state);
}

/** A country as an ISO code when it names one or is two letters ("USA" → "US"); as written otherwise. */
function countryOf(country: string): string {
	return (
		COUNTRY_NAMES.get(lookupKey(country)) ??
		(/^[a-z]{2}$/i.test(country) ? country.toUpperCase() : country)
	);
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
	if (street) {
		const tokens = tokenize(street);
		splitStreetCityUnit(tokens, 0, tokens.length, parts, undefined);
	}
	if (city) parts.city = city;
	if (state) parts.state = stateOf(state);
	if (zip) parts.zip = format === 'usps' ? uspsZip(zip, parts.state) : zip;
	if (country) parts.country = countryOf(country);
}
