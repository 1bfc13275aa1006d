import { MAC_SURNAMES, SUFFIX_SPELLINGS } from '../data/nameParts';
import { capitalize, lookupKey, toSet } from '../text';
import { PARTICLES, SURNAME_AND, TITLE_AND } from './phrases';

/*
 * Case restored for names typed wholly in one case: "o'brien" → "O'Brien",
 * "mcdonald" → "McDonald", "DE LA CRUZ" → "de la Cruz".
 */

const MAC = toSet(MAC_SURNAMES);
const PLAIN_WORD = /^[a-z]+$/;

/** Restores the case of one name word: "o'brien" → "O'Brien", "mcdonald" → "McDonald". */
function properCaseWord(word: string, isParticle: boolean): string {
	const lower = word.toLowerCase();
	if (isParticle) return lower;
	// most words are letters a to z only: no regex needed
	if (PLAIN_WORD.test(lower)) {
		if (MAC.has(lower)) return 'Mac' + capitalize(lower.slice(3));
		if (lower.length > 2 && lower.startsWith('mc')) return 'Mc' + capitalize(lower.slice(2));
		return lower.charAt(0).toUpperCase() + lower.slice(1);
	}
	if (MAC.has(lower.replace(/[^a-z]/g, ''))) return 'Mac' + capitalize(lower.slice(3));
	return lower.replace(/[\p{L}\p{M}]+/gu, (part, offset: number) => {
		const cap = capitalize(part);
		if (part.length > 2 && part.startsWith('mc')) return 'Mc' + capitalize(part.slice(2));
		// "d'souza" → "D'Souza", but a trailing "'s" stays lower case
		if (offset > 0 && lower[offset - 1] === "'" && part.length === 1) return part;
		return cap;
	});
}

export function properCaseName(words: readonly string[], particlesLower: boolean): string {
	return words
		.map((w, i) =>
			properCaseWord(
				w,
				particlesLower &&
					i < words.length - 1 &&
					(PARTICLES.has(lookupKey(w)) || SURNAME_AND.has(w)),
			),
		)
		.join(' ');
}

export function properCaseSuffix(suffix: string): string {
	return suffix.replace(/[^\s,]+/g, (word) => {
		const key = lookupKey(word);
		const spelled = SUFFIX_SPELLINGS[key] ?? SUFFIX_SPELLINGS[key.replace(/ /g, '')];
		if (spelled) return word.endsWith('.') ? spelled + '.' : spelled;
		if (/^(at|law)$/i.test(word)) return word.toLowerCase();
		return word.toUpperCase();
	});
}

export function properCaseTitle(title: string): string {
	return title
		.split(' ')
		.map((w) => (TITLE_AND.has(w.toLowerCase()) ? w.toLowerCase() : capitalize(w)))
		.join(' ');
}
