import { normalizeSplitAddressOptions, type SplitAddressOptions } from './options';
import { splitAddressText } from './splitAddressText';
import type { AddressParts } from './types';

/** What a prepared address splitter returns: the parts found, or `undefined` for empty input. */
export type AddressResult = AddressParts | undefined;

/**
 * A prepared address splitter: the text, and maybe the country its row
 * gives in a column of its own ("Germany", "DE"), used when the text names
 * none.
 */
export type AddressSplitter = (text: string, country?: string) => AddressResult;

/**
 * Prepares {@link splitAddress} for many texts: checks the options once, here,
 * and returns a function that splits one text with them. Use it where the
 * same options serve a whole column (one check per call, not per row).
 *
 * The returned function is pure and synchronous and never throws on any text.
 *
 * @param options - see {@link SplitAddressOptions}
 * @returns a function from a one-line address to its parts (see {@link splitAddress})
 * @throws IntakeError `ADDRESS_INVALID_OPTION` for a bad option, when preparing
 *
 * @example
 * const split = createAddressSplitter({ zipFormat: 'usps' })
 * split('1 Main St, Boston, MA 2110')
 * //=> { street: '1 Main St', city: 'Boston', state: 'MA', zip: '02110' }
 * split('')
 * //=> undefined
 * split('Kalverstraat 1, 1012 NX Amsterdam', 'Netherlands')
 * //=> { street: 'Kalverstraat 1', city: 'Amsterdam', zip: '1012 NX' }
 */
export function createAddressSplitter(options?: SplitAddressOptions): AddressSplitter {
	const checked = normalizeSplitAddressOptions(options);
	return (text, country) => splitAddressText(text, checked, country);
}
