import { editDistance } from '../normalize/text';
import { expandWord } from './headerWords';
import type { SynonymIndex } from './synonymIndex';

/** Words shorter than this are never split (too many ways to spell them from pieces). */
const MIN_SPLIT_LENGTH = 5;
/** Longest word split, and longest piece tried: bounds the quadratic search. */
const MAX_SPLIT_LENGTH = 40;
const MAX_PIECE_LENGTH = 20;
/** Short words have too many one-typo neighbours to guess from ("fix" → "fax"). */
const MIN_TYPO_LENGTH = 4;
const MAX_TYPO_LENGTH = 30;
/** Near words fuse.js is asked for, before the one-typo filter. */
const TYPO_SEARCH_LIMIT = 20;

/** The fewest known pieces that spell a word, or undefined when it cannot be spelt from them. */
function splitWord(known: ReadonlySet<string>, word: string): string[] | undefined {
	// best[i]: fewest known pieces that spell word[0, i)
	const best: Array<string[] | undefined> = [[]];
	for (let end = 2; end <= word.length; end++) {
		for (let start = Math.max(0, end - MAX_PIECE_LENGTH); start <= end - 2; start++) {
			const head = best[start];
			const piece = word.slice(start, end);
			if (
				head &&
				known.has(piece) &&
				(!best[end] || head.length + 1 < (best[end] as string[]).length)
			)
				best[end] = [...head, piece];
		}
	}
	return best[word.length];
}

/**
 * Splits run-together words ("FIRSTNAME", "homephone", "mailingpostalcode")
 * into known words, fewest pieces first; an unknown word that splits no way
 * is kept.
 *
 * @example
 * segmentWords(index, ['homephone'])
 * //=> ['home', 'phone']
 */
export function segmentWords(index: SynonymIndex, words: readonly string[]): string[] {
	const known = index.vocabulary;
	const out: string[] = [];
	for (const word of words) {
		if (
			known.has(word) ||
			word.length < MIN_SPLIT_LENGTH ||
			word.length > MAX_SPLIT_LENGTH ||
			/\d/.test(word)
		) {
			out.push(word);
			continue;
		}
		for (const piece of splitWord(known, word) ?? [word]) out.push(...expandWord(piece));
	}
	return out;
}

/** The one vocabulary word one typo from `word`, or null when there is none or more than one (then it is a guess). */
function typoFix(
	index: SynonymIndex,
	word: string,
	cache: Map<string, string | null>,
): string | null {
	let fix = cache.get(word);
	if (fix === undefined) {
		const near = index.fuzzy
			.search(word, { limit: TYPO_SEARCH_LIMIT })
			.filter(({ item }) => editDistance(word, item, 1) === 1);
		fix = near.length === 1 ? near[0].item : null;
		cache.set(word, fix);
	}
	return fix;
}

/**
 * The words with each unknown one replaced by the vocabulary word one typo
 * away, if there is exactly such a fix; undefined when nothing was fixed.
 * `cache` keeps the fixes of one call, so a wide file searches each odd word once.
 *
 * @example
 * correctTypos(index, ['emial'], new Map())
 * //=> { words: ['email'], fixes: ['"emial" → "email"'] }
 */
export function correctTypos(
	index: SynonymIndex,
	words: readonly string[],
	cache: Map<string, string | null>,
): { words: string[]; fixes: string[] } | undefined {
	const fixes: string[] = [];
	const corrected = words.map((word) => {
		if (
			index.vocabulary.has(word) ||
			word.length < MIN_TYPO_LENGTH ||
			word.length > MAX_TYPO_LENGTH ||
			/\d/.test(word)
		)
			return [word];
		const fix = typoFix(index, word, cache);
		if (fix === null) return [word];
		fixes.push(`"${word}" → "${fix}"`);
		return expandWord(fix);
	});
	return fixes.length > 0 ? { words: corrected.flat(), fixes } : undefined;
}
