import { COUNTRY_NAMES, STATE_NAMES } from '../../../../lib/normalize/address/lexicon';
import { nameEndingAt } from '../../../../lib/normalize/address/names';
import { tokenize } from '../../../../lib/normalize/address/tokens';

describe('nameEndingAt', () => {
	it('finds the longest name that ends at the word before `end`', () => {
		expect(nameEndingAt(tokenize('Chicago North Carolina'), 3, STATE_NAMES)).toEqual([2, 'NC']);
		expect(
			nameEndingAt(tokenize('Salt Lake City, United States of America'), 7, COUNTRY_NAMES),
		).toEqual([4, 'US']);
	});
	it('never reads a name across a comma', () => {
		expect(nameEndingAt(tokenize('North, Carolina'), 2, STATE_NAMES)).toBeUndefined();
	});
	it('finds nothing at the start or after a word that ends no name', () => {
		expect(nameEndingAt(tokenize('Chicago'), 0, STATE_NAMES)).toBeUndefined();
		expect(nameEndingAt(tokenize('Chicago'), 1, STATE_NAMES)).toBeUndefined();
	});
});
