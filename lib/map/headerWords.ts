import { HEADER_ABBREVIATIONS, HEADER_STOP_WORDS } from './data/headerSynonyms';

const STOP = new Set(HEADER_STOP_WORDS);
/** Past this a "header" is pasted data, not a name; only the start is read. */
const MAX_HEADER = 200;

/**
 * The words of a header, the way the mapper compares them: camelCase and
 * digits split ("MailingPostalCode", "Address1"), lower case, accents and
 * punctuation gone, "E-mail" one word, a possessive "'s" dropped,
 * abbreviations expanded ("DOB" → date birth, "Tel" → telephone, "#" →
 * number) and filler words ("of", "the", "value") left out.
 */
export function headerWords(header: string): string[] {
	let text = String(header)
		.slice(0, MAX_HEADER)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	text = text
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.replace(/([A-Za-z])(\d)/g, '$1 $2')
		.replace(/(\d)([A-Za-z])/g, '$1 $2')
		.toLowerCase()
		.replace(/\be-mail/g, 'email')
		.replace(/['\u2019]s\b/g, '')
		.replace(/#/g, ' # ');
	const words: string[] = [];
	for (const raw of text.split(/[^a-z0-9#]+/)) {
		if (raw === '') continue;
		if (raw === 'mail' && words[words.length - 1] === 'e') {
			words[words.length - 1] = 'email';
			continue;
		}
		words.push(...expandWord(raw));
	}
	return words;
}

/** A word as the mapper compares it: an abbreviation spelled out ("dob" → date, birth), stop words dropped. */
export function expandWord(word: string): string[] {
	if (!Object.hasOwn(HEADER_ABBREVIATIONS, word)) return STOP.has(word) ? [] : [word];
	return HEADER_ABBREVIATIONS[word].split(' ').filter((w) => !STOP.has(w));
}

/** The order-free key of some words: "Name First" and "First Name" share one. */
export function wordsKey(words: readonly string[]): string {
	return [...new Set(words)].sort().join(' ');
}
