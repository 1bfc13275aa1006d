import {
	GENERATIONAL_SUFFIXES,
	INITIAL_LIKE_SUFFIXES,
	MAC_SURNAMES,
	PROFESSIONAL_SUFFIXES,
	SUFFIX_SPELLINGS,
	SURNAME_CONJUNCTIONS,
	SURNAME_PARTICLES,
	TITLE_CONJUNCTIONS,
	TITLES,
	WEAK_TITLES,
} from './data/nameParts';
import {
	capitalize,
	cleanText,
	isWhollyOneCase,
	lookupKey,
	phraseLengthsByEdgeWord,
	toSet,
} from './text';

/** The parts of a personal name. A part that the input lacks is absent, never an empty string. */
export interface NameParts {
	/** Title or honorific: "Dr.", "Hon.", "Mr. and Mrs.". */
	title?: string;
	/** Given name. */
	first?: string;
	/** Middle names and initials, space-separated. */
	middle?: string;
	/** Surname, with its particles: "van Beethoven", "de la Cruz". */
	last?: string;
	/** Generational and professional suffixes, comma-separated: "Jr., CPA". */
	suffix?: string;
	/** A nickname given in quotes or brackets: "Bob". */
	nickname?: string;
}

const TITLE_SET = toSet(TITLES);
const WEAK_TITLE_SET = toSet(WEAK_TITLES);
const TITLE_AND = toSet(TITLE_CONJUNCTIONS);
const SUFFIX_SET = toSet([...GENERATIONAL_SUFFIXES, ...PROFESSIONAL_SUFFIXES]);
const INITIAL_LIKE = toSet(INITIAL_LIKE_SUFFIXES);
const PARTICLES = toSet(SURNAME_PARTICLES);
const SURNAME_AND = toSet(SURNAME_CONJUNCTIONS);
const MAC = toSet(MAC_SURNAMES);
const LONGEST_PHRASE = 3;
/** Longer input is not a name: a pasted paragraph, a whole address. */
const MAX_LENGTH = 200;
const MAX_NAME_WORDS = 10;
/** A name word: letters and marks, with inner apostrophes, hyphens and periods ("O'Brien", "Doe-Smith", "J."). */
const NAME_WORD = /^['\p{L}\p{M}][\p{L}\p{M}'.\-]*$/u;
/** The same for plain ASCII words, which most are: a cheaper test first. */
const ASCII_NAME_WORD = /^['a-z][a-z'.-]*$/i;
/**
 * A nickname: text in double quotes, brackets or parentheses, or in single
 * quotes that stand apart from the words around them (so "O'Brien" is not one).
 */
const NICKNAME = /"([^"]+)"|\(([^)]+)\)|\[([^\]]+)\]|(?:^|\s)'([^']+)'(?=[\s,]|$)/;

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
function phraseAt(tokens: readonly string[], at: number, set: ReadonlySet<string>): number {
	if (at >= tokens.length) return 0;
	const longest = phraseIndex(set).first.get(lookupKey(tokens[at]));
	if (longest === undefined) return 0;
	for (let n = Math.min(LONGEST_PHRASE, longest, tokens.length - at); n >= 1; n--) {
		if (set.has(lookupKey(n === 1 ? tokens[at] : tokens.slice(at, at + n).join(' ')))) return n;
	}
	return 0;
}

/** Length of the longest phrase from `set` that ends at the last token, or 0. */
function phraseAtEnd(tokens: readonly string[], set: ReadonlySet<string>): number {
	if (tokens.length === 0) return 0;
	const longest = phraseIndex(set).last.get(lookupKey(tokens[tokens.length - 1]));
	if (longest === undefined) return 0;
	for (let n = Math.min(LONGEST_PHRASE, longest, tokens.length); n >= 1; n--) {
		if (
			set.has(
				lookupKey(n === 1 ? tokens[tokens.length - 1] : tokens.slice(tokens.length - n).join(' ')),
			)
		)
			return n;
	}
	return 0;
}

/** Whether a token is a suffix; I and V count only where no initial is likely. */
function isSuffixPhrase(phrase: string, initialsPossible: boolean): boolean {
	const key = lookupKey(phrase);
	if (INITIAL_LIKE.has(key)) return !initialsPossible || (key === 'v' && !phrase.endsWith('.'));
	return SUFFIX_SET.has(key);
}

/** Whether a whole comma segment is suffixes ("Jr.", "CLU", "M.D."). */
function isSuffixSegment(tokens: readonly string[]): boolean {
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
function takeTitles(tokens: string[], keep: number): string[] {
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
function takeTrailingSuffixes(tokens: string[], keep: number, initialsPossible: boolean): string[] {
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
function takeLeadingSuffixes(tokens: string[]): string[] {
	const taken: string[] = [];
	for (;;) {
		const n = phraseAt(tokens, 0, SUFFIX_SET);
		if (n === 0 || tokens.length - n < 1) break;
		taken.push(tokens.splice(0, n).join(' '));
	}
	return taken;
}

/** Whether a word is a lone initial: "P", "P.". */
function isInitial(word: string): boolean {
	return /^\p{L}\.?$/u.test(word);
}

/** Index where the surname starts: the last word, plus any particles and "y" joins before it. */
function surnameStart(tokens: readonly string[]): number {
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

/** Restores the case of one name word: "o'brien" → "O'Brien", "mcdonald" → "McDonald". */
function properCaseWord(word: string, isParticle: boolean): string {
	const lower = word.toLowerCase();
	if (isParticle) return lower;
	if (MAC.has(lower.replace(/[^a-z]/g, ''))) return 'Mac' + capitalize(lower.slice(3));
	return lower.replace(/[\p{L}\p{M}]+/gu, (part, offset: number) => {
		const cap = capitalize(part);
		if (part.length > 2 && part.startsWith('mc')) return 'Mc' + capitalize(part.slice(2));
		// "d'souza" → "D'Souza", but a trailing "'s" stays lower case
		if (offset > 0 && lower[offset - 1] === "'" && part.length === 1) return part;
		return cap;
	});
}

function properCaseName(words: readonly string[], particlesLower: boolean): string {
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

function properCaseSuffix(suffix: string): string {
	return suffix.replace(/[^\s,]+/g, (word) => {
		const key = lookupKey(word);
		const spelled = SUFFIX_SPELLINGS[key] ?? SUFFIX_SPELLINGS[key.replace(/ /g, '')];
		if (spelled) return word.endsWith('.') ? spelled + '.' : spelled;
		if (/^(at|law)$/i.test(word)) return word.toLowerCase();
		return word.toUpperCase();
	});
}

function properCaseTitle(title: string): string {
	return title
		.split(' ')
		.map((w) => (TITLE_AND.has(w.toLowerCase()) ? w.toLowerCase() : capitalize(w)))
		.join(' ');
}

/** Takes the nickname out of the text; returns the rest and the nickname. */
function extractNickname(text: string): { rest: string; nickname?: string } {
	// most names have no quote or bracket at all
	const match = /["'([]/.test(text) ? NICKNAME.exec(text) : null;
	if (!match) return { rest: text };
	const inner = (match[1] ?? match[2] ?? match[3] ?? match[4]).trim();
	const end = match.index + match[0].length;
	// '"Franců Franců", Jan': quotes around the part before the comma group a surname
	if (match.index === 0 && match[1] !== undefined && /^\s*,/.test(text.slice(end))) {
		return { rest: inner + text.slice(end) };
	}
	const rest = cleanText(`${text.slice(0, match.index)} ${text.slice(end)}`).replace(/\s+,/g, ',');
	return inner ? { rest, nickname: inner } : { rest };
}

/**
 * Splits a full name into title, first, middle, last, suffix and nickname.
 *
 * Handles "First Middle Last" and "Last, First Middle" orders, titles
 * ("Dr.", "Hon.", "Mr. and Mrs."), generational and professional suffixes
 * ("Jr.", "III", "Esq.", "MD", "PhD"), nicknames in quotes or brackets, and
 * surname particles ("van", "de la", "de los", "y"). Input that is wholly
 * upper or lower case comes back in proper case ("O'Brien", "McDonald");
 * mixed case is kept as written. A single word is a first name, unless a
 * title stands before it ("Mr. Hearst" is a surname).
 *
 * Pure and synchronous; never throws.
 *
 * @param text - a person's full name as typed
 * @returns the parts found, or `undefined` for empty input, input with no
 *   letters, or text that is not a name (digits, symbols, over 200 characters)
 *
 * @example
 * splitName('Dr. Jane Q. Doe-Smith Jr.')
 * //=> { title: 'Dr.', first: 'Jane', middle: 'Q.', last: 'Doe-Smith', suffix: 'Jr.' }
 *
 * @example
 * splitName('DE LA CRUZ, MARIA')
 * //=> { first: 'Maria', last: 'de la Cruz' }
 *
 * @example
 * splitName("Robert 'Bob' Smith")
 * //=> { first: 'Robert', last: 'Smith', nickname: 'Bob' }
 */
export function splitName(text: string): NameParts | undefined {
	if (typeof text !== 'string' || text.length > MAX_LENGTH) return undefined;
	const cleaned = cleanText(/[^\x20-\x7e]/.test(text) ? text.normalize('NFC') : text);
	if (!/[a-z]/i.test(cleaned) && !/\p{L}/u.test(cleaned)) return undefined;
	const { rest, nickname } = extractNickname(cleaned);

	const suffixes: string[] = [];
	const nameSegments: string[][] = [];
	if (!rest.includes(',')) {
		if (rest !== '') nameSegments.push(rest.split(' '));
	} else {
		for (const part of rest.split(',')) {
			const trimmed = part.trim();
			if (trimmed === '') continue;
			const segment = trimmed.split(' ');
			if (nameSegments.length + suffixes.length > 0 && isSuffixSegment(segment))
				suffixes.push(trimmed);
			else nameSegments.push(segment);
		}
	}

	const titles: string[] = [];
	let given: string[];
	let surname: string[] = [];
	if (nameSegments.length >= 2) {
		// "Last, First Middle": the first segment is the surname
		surname = nameSegments[0];
		given = [];
		for (let k = 1; k < nameSegments.length; k++)
			for (const word of nameSegments[k]) given.push(word);
		titles.push(...takeTitles(surname, 1), ...takeTitles(given, 1));
		const surnameSuffixes = takeTrailingSuffixes(surname, 1, false);
		const leading = takeLeadingSuffixes(given);
		const trailing = takeTrailingSuffixes(given, 1, true);
		suffixes.unshift(...surnameSuffixes, ...leading, ...trailing);
	} else {
		given = nameSegments[0] ?? [];
		titles.push(...takeTitles(given, 1));
		suffixes.unshift(...takeTrailingSuffixes(given, titles.length > 0 ? 1 : 2, true));
		if (given.length > 2 && isInitial(given[given.length - 1]) && !isInitial(given[0])) {
			// "Macaluso David P": a trailing initial marks voter-file order, Last First Middle
			surname = given.splice(0, 1);
		} else if (given.length > 1) surname = given.splice(surnameStart(given));
		else if (titles.length > 0) surname = given.splice(0);
	}

	const words = [...given, ...surname];
	if (
		words.length > MAX_NAME_WORDS ||
		!words.every((w) => ASCII_NAME_WORD.test(w) || NAME_WORD.test(w))
	)
		return undefined;
	if (words.length === 0 && titles.length === 0 && suffixes.length === 0) return undefined;

	const restoreCase = isWhollyOneCase(cleaned);
	const parts: NameParts = {};
	const title = titles.join(' ');
	if (title) parts.title = restoreCase ? properCaseTitle(title) : title;
	if (given.length > 0)
		parts.first = restoreCase ? properCaseName(given.slice(0, 1), false) : given[0];
	if (given.length > 1)
		parts.middle = restoreCase ? properCaseName(given.slice(1), false) : given.slice(1).join(' ');
	if (surname.length > 0)
		parts.last = restoreCase ? properCaseName(surname, true) : surname.join(' ');
	const suffix = suffixes.join(', ');
	if (suffix) parts.suffix = restoreCase ? properCaseSuffix(suffix) : suffix;
	if (nickname)
		parts.nickname = restoreCase ? properCaseName(nickname.split(' '), false) : nickname;
	return parts;
}
