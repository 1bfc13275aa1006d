import { phraseLengthsByEdgeWord } from '../text';
import type { Token } from './tokens';

/** The most words a state or country name has ("federated states of micronesia"). */
const LONGEST_NAME = 4;

const lastWordIndexes = new WeakMap<ReadonlyMap<string, unknown>, Map<string, number>>();

/** For each last word of a name in `names`, the most words a name ending in it has, built once per table. */
function lastWordIndex(names: ReadonlyMap<string, unknown>): Map<string, number> {
	let index = lastWordIndexes.get(names);
	if (!index) {
		index = phraseLengthsByEdgeWord(names.keys(), 'last');
		lastWordIndexes.set(names, index);
	}
	return index;
}

/**
 * The longest name from `names` that ends at `tokens[end - 1]`: how many
 * tokens it spans and its value. A name never spans a comma.
 *
 * @example
 * nameEndingAt(tokenize('Chicago North Carolina'), 3, STATE_NAMES)
 * //=> [2, 'NC']
 */
export function nameEndingAt<T>(
	tokens: readonly Token[],
	end: number,
	names: ReadonlyMap<string, T>,
): [number, T] | undefined {
	if (end < 1) return undefined;
	const longest = lastWordIndex(names).get(tokens[end - 1].key);
	if (longest === undefined) return undefined;
	let n = 1;
	while (n < Math.min(longest, LONGEST_NAME, end) && !tokens[end - n - 1].comma) n++;
	for (; n >= 1; n--) {
		let key = tokens[end - n].key;
		for (let j = end - n + 1; j < end; j++) key += ' ' + tokens[j].key;
		const value = names.get(key);
		if (value !== undefined) return [n, value];
	}
	return undefined;
}
