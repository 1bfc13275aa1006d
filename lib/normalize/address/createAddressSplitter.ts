import { normalizeSplitAddressOptions, type SplitAddressOptions } from './options';
import { splitAddressText } from './splitAddressText';
import type { AddressParts } from './types';

/** What a prepared address splitter returns: the parts found, or `undefined` for empty input. */
export type AddressResult = AddressParts | undefined;

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
 */
export function createAddressSplitter(
	options?: SplitAddressOptions,
): (text: string) => AddressResult {
	const checked = normalizeSplitAddressOptions(options);
	return (text) => splitAddressText(text, checked);
}
