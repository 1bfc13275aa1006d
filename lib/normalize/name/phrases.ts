import {
	GENERATIONAL_SUFFIXES,
	INITIAL_LIKE_SUFFIXES,
	PROFESSIONAL_SUFFIXES,
	SURNAME_CONJUNCTIONS,
	SURNAME_PARTICLES,
	TITLE_CONJUNCTIONS,
	TITLES,
	WEAK_TITLES,
} from '../data/nameParts';
import { lookupKey, phraseLengthsByEdgeWord, toSet } from '../text';

/*
 * The word lists of a personal name as sets, and the rules that take titles,
 * suffixes and surname particles off a name's words: shared by splitName and
 * detectNameOrder.
 */

export const TITLE_SET = toSet(TITLES);
export const WEAK_TITLE_SET = toSet(WEAK_TITLES);
export const TITLE_AND = toSet(TITLE_CONJUNCTIONS);
export const SUFFIX_SET = toSet([...GENERATIONAL_SUFFIXES, ...PROFESSIONAL_SUFFIXES]);
export const INITIAL_LIKE = toSet(INITIAL_LIKE_SUFFIXES);
export const PARTICLES = toSet(SURNAME_PARTICLES);
export const SURNAME_AND = toSet(SURNAME_CONJUNCTIONS);
const LONGEST_PHRASE = 3;

interface PhraseIndex {
	/** For each first word of a phrase, the most words a phrase starting with it has. */
	first: Map<string, number>;
	/** The same for last words. */
	last: Map<string, number>;
}
const phraseIndexes = new WeakMap<ReadonlySet<string>, PhraseIndex>();

/** First- and last-word indexes of a phrase set, built once per set. */
function phraseIndex(set: ReadonlySet<string>): PhraseIndex {
	let index = phraseIndexes.get(set);
	if (!index) {
		index = {
			first: phraseLengthsByEdgeWord(set, 'first'),
			last: phraseLengthsByEdgeWord(set, 'last'),
		};
		phraseIndexes.set(set, index);
	}
	return index;
}

/** Length of the longest phrase from `set` that starts at `tokens[at]`, or 0. */
export function phraseAt(tokens: readonly string[], at: number, set: ReadonlySet<string>): number {
	if (at >= tokens.length) return 0;
	const key = lookupKey(tokens[at]);
	const longest = phraseIndex(set).first.get(key);
	if (longest === undefined) return 0;
	for (let n = Math.min(LONGEST_PHRASE, longest, tokens.length - at); n >= 1; n--) {
		if (set.has(n === 1 ? key : lookupKey(tokens.slice(at, at + n).join(' ')))) return n;
	}
	return 0;
}

/** Length of the longest phrase from `set` that ends at the last token, or 0. */
export function phraseAtEnd(tokens: readonly string[], set: ReadonlySet<string>): number {
	if (tokens.length === 0) return 0;
	const key = lookupKey(tokens[tokens.length - 1]);
	const longest = phraseIndex(set).last.get(key);
	if (longest === undefined) return 0;
	for (let n = Math.min(LONGEST_PHRASE, longest, tokens.length); n >= 1; n--) {
		if (set.has(n === 1 ? key : lookupKey(tokens.slice(tokens.length - n).join(' ')))) return n;
	}
	return 0;
}

/** Whether a token is a suffix; I and V count only where no initial is likely. */
export function isSuffixPhrase(phrase: string, initialsPossible: boolean): boolean {
	const key = lookupKey(phrase);
	if (INITIAL_LIKE.has(key)) return !initialsPossible || (key === 'v' && !phrase.endsWith('.'));
	return SUFFIX_SET.has(key);
}

/** Whether a whole comma segment is suffixes ("Jr.", "CLU", "M.D."). */
export function isSuffixSegment(tokens: readonly string[]): boolean {
	let i = 0;
	while (i < tokens.length) {
		const n = phraseAt(tokens, i, SUFFIX_SET);
		if (n === 0 && !(INITIAL_LIKE.has(lookupKey(tokens[i])) && tokens.length === 1)) return false;
		i += n || 1;
	}
	return tokens.length > 0;
}

/**
 * Removes leading titles ("Dr.", "Mr. and Mrs.", "State Representative") and
 * returns them, keeping at least `keep` words for the name itself.
 */
export function takeTitles(tokens: string[], keep: number): string[] {
	const taken: string[] = [];
	for (;;) {
		const n = phraseAt(tokens, 0, TITLE_SET);
		if (n === 0) break;
		const weak = n === 1 && WEAK_TITLE_SET.has(lookupKey(tokens[0]));
		if (tokens.length - n < (weak ? keep + 1 : keep)) break;
		taken.push(...tokens.splice(0, n));
		// "Mr. and Mrs.": a conjunction between two titles belongs to the title
		if (
			tokens.length > 1 &&
			TITLE_AND.has(tokens[0].toLowerCase()) &&
			phraseAt(tokens, 1, TITLE_SET) > 0
		) {
			taken.push(tokens.shift() as string);
		}
	}
	return taken;
}

/** Removes trailing suffixes, keeping at least `keep` words, and returns them in input order. */
export function takeTrailingSuffixes(
	tokens: string[],
	keep: number,
	initialsPossible: boolean,
): string[] {
	const taken: string[] = [];
	for (;;) {
		let n = phraseAtEnd(tokens, SUFFIX_SET);
		if (n === 0 && tokens.length > 0 && isSuffixPhrase(tokens[tokens.length - 1], initialsPossible))
			n = 1;
		if (n === 0 || tokens.length - n < keep) break;
		taken.unshift(tokens.splice(tokens.length - n, n).join(' '));
	}
	return taken;
}

/** Removes leading suffixes ("Jr. Jüan" after a comma) and returns them. */
export function takeLeadingSuffixes(tokens: string[]): string[] {
	const taken: string[] = [];
	for (;;) {
		const n = phraseAt(tokens, 0, SUFFIX_SET);
		if (n === 0 || tokens.length - n < 1) break;
		taken.push(tokens.splice(0, n).join(' '));
	}
	return taken;
}

/** Whether a word is a lone initial: "P", "P.". */
export function isInitial(word: string): boolean {
	return /^\p{L}\.?$/u.test(word);
}

/** Index where the surname starts: the last word, plus any particles and "y" joins before it. */
export function surnameStart(tokens: readonly string[]): number {
	let start = tokens.length - 1;
	while (start > 1) {
		const before = tokens[start - 1];
		// "y" joins two surnames only between full words: "Ben Y. Zhao" has an initial
		if (SURNAME_AND.has(before.toLowerCase()) && start > 2 && tokens[start - 2].length > 1)
			start -= 2;
		else if (PARTICLES.has(lookupKey(before)) && !/^\p{L}\.$/u.test(before)) start -= 1;
		else break;
	}
	return start;
}
