import { createAddressSplitter, type AddressResult } from './address/createAddressSplitter';
import type { SplitAddressOptions } from './address/options';

export {
	createAddressSplitter,
	type AddressResult,
	type AddressSplitter,
} from './address/createAddressSplitter';
export {
	DEFAULT_SPLIT_ADDRESS_OPTIONS,
	normalizeSplitAddressOptions,
	type SplitAddressOptions,
	type ZipFormat,
} from './address/options';
export type { AddressParts } from './address/types';

/** The splitter with the default options, prepared once. */
const splitWithDefaults = createAddressSplitter();

/**
 * Splits a one-line postal address into street, unit, city, state, ZIP and
 * country.
 *
 * US addresses are split with or without commas ("123 Main St Springfield IL
 * 62704"). Units ("Apt 4B", "Suite 200", "#5", "Unit C", "3rd Floor") go to
 * `unit`; PO boxes stay in `street`. The street keeps the input's own wording
 * (whitespace collapsed; "Street" is not rewritten "St"). A state name becomes
 * its USPS code ("Illinois" → "IL"); the ZIP stays a string as written, ZIP+4
 * included (`zipFormat: 'usps'` writes "12345-6789" and puts back a leading
 * zero a spreadsheet dropped). A trailing country, in English or its own
 * language ("Deutschland", "España") or as an ISO code alone on the last
 * line, sets `country`.
 *
 * Addresses of other countries are split in their own layouts, never forced
 * into US parts: Canada and Australia ("123 Main St, Toronto, ON M5V 3L9":
 * province to `state`, postal code to `zip`), the UK ("Flat 2, 5 High St,
 * Oxford, Oxfordshire, OX1 4AB": county to `state`), and continental Europe's
 * "street number, postcode city" ("Kalverstraat 1, 1012 NX Amsterdam"). A
 * slash or line break parts lines as a comma does. The country comes from
 * the text, else the row (a splitter's second argument), else the text's
 * shape; an address of a country whose layout is not known here, or one the
 * US rules would have to guess at, comes back whole in `street`.
 *
 * The positional layout `Street, City, State, Zip, Country` is read left to
 * right, and an empty position stays empty: ",,CO,80202" has no city.
 *
 * Pure and synchronous; never throws on any text. To split many texts with
 * the same options, prepare a splitter once with {@link createAddressSplitter}.
 *
 * @param text - the address
 * @param options - see {@link SplitAddressOptions}
 * @returns the parts found, or `undefined` for empty input
 * @throws IntakeError `ADDRESS_INVALID_OPTION` for a bad option (never for bad text)
 *
 * @example
 * splitAddress('123 Main St Apt 4B, Springfield, Illinois 62704-1234')
 * //=> { street: '123 Main St', unit: 'Apt 4B', city: 'Springfield', state: 'IL', zip: '62704-1234' }
 *
 * @example
 * splitAddress(',Denver,CO,80202')
 * //=> { city: 'Denver', state: 'CO', zip: '80202' }
 *
 * @example
 * splitAddress('Unter den Linden 77 / 10117 Berlin / DE')
 * //=> { street: 'Unter den Linden 77', city: 'Berlin', zip: '10117', country: 'DE' }
 */
export function splitAddress(text: string, options?: SplitAddressOptions): AddressResult {
	return options === undefined ? splitWithDefaults(text) : createAddressSplitter(options)(text);
}
