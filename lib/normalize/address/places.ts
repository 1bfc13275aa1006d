import { US_CITIES } from '../data/usCities';
import { PLACE_WORDS } from './lexicon';
import type { Token } from './tokens';

/** The most words a place name is looked for in. */
export const MAX_CITY_WORDS = 5;

/** A place-name trie read from the last word back: Riviera → Beach is "riviera beach". */
interface PlaceNode {
	/** Whether the words from here to the end of the name make a whole place name. */
	whole: boolean;
	before: Map<string, PlaceNode>;
}

let places: Map<string, PlaceNode> | undefined;

/** A place word in one spelling: "st" → "saint", "ft" → "fort"; other words as they are. */
function placeWord(key: string): string {
	return PLACE_WORDS.get(key) ?? key;
}

/** The place-name table as one trie per state, built on first use (about 35,000 names). */
function placeTries(): Map<string, PlaceNode> {
	if (!places) {
		places = new Map();
		for (const [state, names] of Object.entries(US_CITIES)) {
			const root: PlaceNode = { whole: false, before: new Map() };
			places.set(state, root);
			for (const name of names.split('|')) {
				let node = root;
				const words = name.split(' ');
				for (let j = words.length - 1; j >= 0; j--) {
					const word = placeWord(words[j]);
					let next = node.before.get(word);
					if (!next) node.before.set(word, (next = { whole: false, before: new Map() }));
					node = next;
				}
				node.whole = true;
			}
		}
	}
	return places;
}

/**
 * Whether `tokens[j]` is the second letter of a two-letter directional
 * written apart ("N E"), so no place name starts at it.
 */
function isSplitDirectionalEnd(tokens: readonly Token[], a: number, j: number): boolean {
	const key = tokens[j].key;
	return (
		j > a &&
		(key === 'e' || key === 'w') &&
		(tokens[j - 1].key === 'n' || tokens[j - 1].key === 's') &&
		!tokens[j - 1].comma
	);
}

/**
 * Where a known place name of `state` starts, at the end of `tokens[a, b)`:
 * the longest one (of up to five words) found. -1 when none is known. A
 * place name never spans a comma. "Sligh Blvd N E Grand Rapids": "N E" is
 * one directional, so the city is "Grand Rapids", not "E Grand Rapids".
 *
 * @example
 * knownCityStart(tokenize('23485 Western Ave Park Forest'), 0, 5, 'IL')
 * //=> 3
 */
export function knownCityStart(
	tokens: readonly Token[],
	a: number,
	b: number,
	state: string,
): number {
	let node = placeTries().get(state);
	let found = -1;
	for (let j = b - 1; node && j >= Math.max(a, b - MAX_CITY_WORDS); j--) {
		if (j < b - 1 && tokens[j].comma) break;
		node = node.before.get(placeWord(tokens[j].key));
		if (node?.whole && !isSplitDirectionalEnd(tokens, a, j)) found = j;
	}
	return found;
}
