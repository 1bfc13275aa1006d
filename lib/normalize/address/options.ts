import { invalidOption } from '../../errors';

/** Options of {@link splitAddress} and {@link createAddressSplitter}. */
export interface SplitAddressOptions {
	/**
	 * How to read the text. `'positional'` is the fixed layout
	 * `Street, City, State, Zip, Country`, where empty positions keep their
	 * commas (",,CO,80202"). `'auto'` finds the parts by their shape, and reads
	 * input with empty comma positions positionally. Text with no comma at
	 * all has no positions, and is read by its shape in either layout.
	 * Default `'auto'`.
	 */
	layout?: 'auto' | 'positional';
	/**
	 * ISO 3166-1 alpha-2 country assumed when the text (and the row) names
	 * none. `'US'` also reads the shape of the text: a Canadian, UK or
	 * Australian postcode, or "postcode city" with a European street line,
	 * is split in that layout. Another country's addresses are split in its
	 * layout (CA, AU, GB and continental Europe), or come back whole in
	 * `street`. Default `'US'`.
	 */
	defaultCountry?: string;
	/**
	 * How to write the ZIP. `'asWritten'` keeps the input's digits and
	 * separator ("631242055", "7631"), like the street. `'usps'` writes
	 * "63124-2055", and puts back the leading zero a spreadsheet dropped from
	 * a ZIP of a state whose ZIPs start with 0 ("Boston MA 2110" → "02110").
	 * Default `'asWritten'`.
	 */
	zipFormat?: ZipFormat;
}

/** How {@link splitAddress} writes a ZIP. */
export type ZipFormat = 'asWritten' | 'usps';

/** Default {@link SplitAddressOptions}. */
export const DEFAULT_SPLIT_ADDRESS_OPTIONS: Readonly<Required<SplitAddressOptions>> = Object.freeze(
	{
		layout: 'auto',
		defaultCountry: 'US',
		zipFormat: 'asWritten',
	},
);

const CODE = 'ADDRESS_INVALID_OPTION';

/**
 * Checks {@link SplitAddressOptions} once and fills in defaults; the country
 * comes back upper case.
 *
 * @param options - the options as given
 * @returns every option, checked
 * @throws IntakeError `ADDRESS_INVALID_OPTION` naming the option, what was expected and what was got
 *
 * @example
 * normalizeSplitAddressOptions({ defaultCountry: 'ca' })
 * //=> { layout: 'auto', defaultCountry: 'CA', zipFormat: 'asWritten' }
 */
export function normalizeSplitAddressOptions(
	options: SplitAddressOptions = {},
): Required<SplitAddressOptions> {
	const merged = { ...DEFAULT_SPLIT_ADDRESS_OPTIONS, ...options };
	if (merged.layout !== 'auto' && merged.layout !== 'positional')
		throw invalidOption(CODE, 'layout', '"auto" or "positional"', merged.layout);
	if (typeof merged.defaultCountry !== 'string' || !/^[a-z]{2}$/i.test(merged.defaultCountry))
		throw invalidOption(
			CODE,
			'defaultCountry',
			'an ISO 3166-1 alpha-2 code such as "US"',
			merged.defaultCountry,
		);
	if (merged.zipFormat !== 'asWritten' && merged.zipFormat !== 'usps')
		throw invalidOption(CODE, 'zipFormat', '"asWritten" or "usps"', merged.zipFormat);
	return {
		layout: merged.layout,
		defaultCountry: merged.defaultCountry.toUpperCase(),
		zipFormat: merged.zipFormat,
	};
}
