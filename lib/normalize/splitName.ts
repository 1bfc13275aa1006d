import { invalidOption } from '../errors';
import { extractNickname } from './name/nickname';
import {
	capitalsSurname,
	compoundGivenLength,
	hasOrganisationWord,
	isCoupleWord,
	isLoneSurname,
	isNameWord,
	isTitlesOnly,
	isVietnameseMiddle,
	leadingSurnameLength,
} from './name/nameWords';
import {
	isInitial,
	isSuffixSegment,
	surnameStart,
	takeLeadingSuffixes,
	takeTitles,
	takeTrailingSuffixes,
} from './name/phrases';
import { properCaseName, properCaseSuffix, properCaseTitle } from './name/properCase';
import { cleanText, isWhollyOneCase } from './text';

/** The parts of a personal name. A part that the input lacks is absent, never an empty string. */
export interface NameParts {
	/** Title or honorific: "Dr.", "Hon.", "Mr. and Mrs.". */
	title?: string;
	/** Given name; a compound one whole ("Mary Ann"); a couple's two joined ("John & Jane"). */
	first?: string;
	/** Middle names and initials, space-separated. */
	middle?: string;
	/** Surname, with its particles: "van Beethoven", "de la Cruz". */
	last?: string;
	/** Generational and professional suffixes, comma-separated: "Jr., CPA". */
	suffix?: string;
	/** A nickname given in quotes or brackets: "Bob". */
	nickname?: string;
	/**
	 * What could not be read as part of a person's name, as written: the whole
	 * text when it is not a person's name ("Acme LLC", "12345", "!!!"), or the
	 * words left over beside a name ("7" in "bill 7 bev campion", a second
	 * person's "& Jane Doe" in "John Smith & Jane Doe").
	 */
	unparsed?: string;
}

/** Options of {@link splitName}. */
export interface SplitNameOptions {
	/**
	 * Order of a name written without a comma: `'givenFirst'` ("Anna
	 * Kowalski") or `'surnameFirst'` ("Kowalski Anna", as government and legal
	 * systems export). A comma always marks the surname ("Kowalski, Anna"), and
	 * so does a surname in capitals among mixed-case words ("NOWAK Jan").
	 * Decide it for a whole column with detectNameOrder. Default `'givenFirst'`.
	 */
	order?: 'givenFirst' | 'surnameFirst';
	/** More compound given names, lower case ("anna lena"), beside the built-in list ("mary ann", "jean pierre"). */
	compoundGivenNames?: ReadonlySet<string>;
}

/** Default {@link SplitNameOptions}. */
export const DEFAULT_SPLIT_NAME_OPTIONS: Readonly<{ order: 'givenFirst' }> = Object.freeze({
	order: 'givenFirst',
});

/** Longer input is not a name: a pasted paragraph, a whole address. */
const MAX_LENGTH = 200;
const MAX_NAME_WORDS = 10;
/** Two capitals in a row: only then can a surname be written in capitals ("NOWAK Jan"). */
const MIXED_CAPITALS = /\p{Lu}\p{Lu}/u;

/** The name's words sorted into parts, before case is restored. */
interface Sorted {
	titles: string[];
	given: string[];
	surname: string[];
	suffixes: string[];
	/** A couple's other given name: "John" of "John & Jane Smith", "Anna" of "Kowalski Jan & Anna". */
	partner?: string;
	/** Whether the partner's name was written after the first ("Jan & Anna"). */
	partnerAfter?: boolean;
	/** Words that belong to no part. */
	leftover: string[];
	/** Whether a word may join two people ("&", "and"). */
	joinsTwo?: boolean;
	/** Whether the surname was marked by capitals among mixed-case words ("NOWAK Jan"): a convention, not its spelling. */
	capsSurname?: boolean;
}

function checkOptions(options: SplitNameOptions): 'givenFirst' | 'surnameFirst' {
	const order = options.order ?? 'givenFirst';
	if (order !== 'givenFirst' && order !== 'surnameFirst')
		throw invalidOption('NAME_INVALID_OPTION', 'order', '"givenFirst" or "surnameFirst"', order);
	const extra = options.compoundGivenNames;
	if (extra !== undefined && !(extra instanceof Set))
		throw invalidOption(
			'NAME_INVALID_OPTION',
			'compoundGivenNames',
			'a Set of lower-case names',
			extra,
		);
	return order;
}

/** Whether every word is a name word; notes in `s` a word that may join two people ("and"). */
function allNameWords(words: readonly string[], s: Sorted): boolean {
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		if (!isNameWord(w)) return false;
		if (w === 'and' || w === 'And' || w === 'AND') s.joinsTwo = true;
	}
	return true;
}

/** Splits the text at commas into name segments and suffix segments ("Doe, Jane, Jr."). */
function segmentsOf(rest: string, s: Sorted): string[][] {
	const segments: string[][] = [];
	// most names have no comma, and rest is trimmed already
	const parts = rest.includes(',') ? rest.split(',') : undefined;
	for (let p = 0; p < (parts ? parts.length : 1); p++) {
		const trimmed = parts ? parts[p].trim() : rest;
		const words = trimmed === '' ? [] : trimmed.split(' ');
		let kept = words;
		if (!allNameWords(words, s)) {
			kept = [];
			for (const w of words) {
				const joins = isCoupleWord(w);
				if (joins) s.joinsTwo = true;
				(joins || isNameWord(w) ? kept : s.leftover).push(w);
			}
		}
		if (kept.length === 0) continue;
		if (segments.length + s.suffixes.length > 0 && isSuffixSegment(kept))
			s.suffixes.push(kept.join(' '));
		else segments.push(kept);
	}
	return segments;
}

/**
 * Takes a couple's shared-surname form out of the words: "John & Jane Smith"
 * (one given name before the "&") leaves "Jane Smith" and the partner "John";
 * "John Smith & Jane Doe", two whole names, leaves the first and the rest over.
 */
function takeCouple(
	words: string[],
	order: 'givenFirst' | 'surnameFirst',
	sorted: Sorted,
	afterComma: boolean,
): void {
	const at = words.findIndex((w, i) => i > 0 && i < words.length - 1 && isCoupleWord(w));
	if (at < 0) {
		// a stray "&" at an end is no name word
		for (let i = words.length - 1; i >= 0; i--)
			if (isCoupleWord(words[i])) sorted.leftover.push(...words.splice(i, 1));
		return;
	}
	if (afterComma || (order === 'givenFirst' && at === 1)) {
		sorted.partner = words[0];
		words.splice(0, at + 1);
	} else if (order === 'surnameFirst' && at === words.length - 2) {
		// "Kowalski Jan & Anna"
		sorted.partner = words[at + 1];
		sorted.partnerAfter = true;
		words.splice(at);
	} else sorted.leftover.push(...words.splice(at));
}

/** "Last, First Middle": the first segment is the surname. */
function sortCommaForm(segments: string[][], sorted: Sorted): void {
	sorted.surname = segments[0];
	sorted.given = [];
	for (let k = 1; k < segments.length; k++) for (const w of segments[k]) sorted.given.push(w);
	if (sorted.joinsTwo) takeCouple(sorted.given, 'givenFirst', sorted, true);
	sorted.titles.push(...takeTitles(sorted.surname, 1), ...takeTitles(sorted.given, 1));
	const surnameSuffixes = takeTrailingSuffixes(sorted.surname, 1, false);
	const leading = takeLeadingSuffixes(sorted.given);
	const trailing = takeTrailingSuffixes(sorted.given, 1, true);
	sorted.suffixes.unshift(...surnameSuffixes, ...leading, ...trailing);
	// "GARCÍA, María": a surname in capitals before a given name that is not is the convention, not its spelling
	sorted.capsSurname = isCapitalsConvention(sorted.surname, sorted.given);
}

/** Every letter of the surname a capital (two letters at least), while the given names have small letters. */
function isCapitalsConvention(surname: readonly string[], given: readonly string[]): boolean {
	const text = surname.join(' ');
	return (
		/\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && given.some((w) => /\p{Ll}/u.test(w))
	);
}

/** A name written without a comma, in the column's order unless its own capitals say otherwise. */
function sortWrittenForm(
	words: string[],
	order: 'givenFirst' | 'surnameFirst',
	s: Sorted,
	mixedCase: boolean,
	mayBeCouple: boolean,
): void {
	s.titles.push(...takeTitles(words, 1));
	// a title alone ("Dr.", "Dr. & Mrs.") is a title, not a name
	if (words.length === 1 && isTitlesOnly(words)) {
		s.titles.push(...words.splice(0));
		return;
	}
	s.suffixes.unshift(...takeTrailingSuffixes(words, s.titles.length > 0 ? 1 : 2, true));
	if (mayBeCouple) takeCouple(words, order, s, false);
	s.given = words;
	const caps = mixedCase ? capitalsSurname(words) : undefined;
	if (caps) {
		s.surname = words.splice(caps[0], caps[1] - caps[0]);
		s.capsSurname = true;
	} else if (order === 'surnameFirst' && words.length > 1) {
		s.surname = words.splice(0, leadingSurnameLength(words));
		// "Nguyen Van An": Văn and Thị are Vietnamese middle names, before the given name
		if (words.length === 2 && isVietnameseMiddle(words[0])) words.reverse();
	} else if (words.length > 2 && isInitial(words[words.length - 1]) && !isInitial(words[0])) {
		// "Macaluso David P": a trailing initial marks voter-file order, Last First Middle
		s.surname = words.splice(0, 1);
	} else if (words.length > 1) s.surname = words.splice(surnameStart(words));
	else if (s.titles.length > 0 || (words.length === 1 && isLoneSurname(words[0])))
		s.surname = words.splice(0);
}

/** The words of a part, in proper case for input wholly in one case. */
function nameText(words: readonly string[], particles: boolean, restoreCase: boolean): string {
	return restoreCase ? properCaseName(words, particles) : words.join(' ');
}

/** Puts the sorted words in their parts, restoring case for input wholly in one case. */
function partsOf(s: Sorted, restoreCase: boolean, extra?: ReadonlySet<string>): NameParts {
	const parts: NameParts = {};
	if (s.titles.length > 0) {
		const title = s.titles.join(' ');
		parts.title = restoreCase ? properCaseTitle(title) : title;
	}
	const firstLength = s.given.length > 1 ? compoundGivenLength(s.given, extra) : 1;
	if (s.given.length > 0) {
		const first =
			firstLength === 1 && !restoreCase
				? s.given[0]
				: nameText(s.given.slice(0, firstLength), false, restoreCase);
		if (s.partner === undefined) parts.first = first;
		else {
			const partner = nameText([s.partner], false, restoreCase);
			parts.first = s.partnerAfter ? `${first} & ${partner}` : `${partner} & ${first}`;
		}
	}
	if (s.given.length > firstLength)
		parts.middle = nameText(s.given.slice(firstLength), false, restoreCase);
	if (s.surname.length > 0)
		parts.last = nameText(s.surname, true, restoreCase || s.capsSurname === true);
	if (s.suffixes.length > 0) {
		const suffix = s.suffixes.join(', ');
		parts.suffix = restoreCase || s.capsSurname ? properCaseSuffix(suffix) : suffix;
	}
	if (s.leftover.length > 0) parts.unparsed = s.leftover.join(' ');
	return parts;
}

/**
 * Splits a full name into title, first, middle, last, suffix and nickname.
 *
 * Handles "First Middle Last" and "Last, First Middle" orders, and "Last
 * First Middle" with `order: 'surnameFirst'` or a surname in capitals
 * ("NOWAK Jan"); titles ("Dr.", "Hon.", "Mr. and Mrs."), generational and
 * professional suffixes ("Jr.", "III", "Esq.", "MD", "PhD"), nicknames in
 * quotes or brackets, surname particles ("van", "de la", "de los", "y"),
 * compound given names ("Mary Ann", "Jean Pierre") and couples who share a
 * surname ("John & Jane Smith" → first "John & Jane"). Input that is wholly
 * upper or lower case comes back in proper case ("O'Brien", "McDonald");
 * mixed case is kept as written. A single word is a first name, unless a
 * title stands before it ("Mr. Hearst") or it is far likelier a surname
 * ("SMITH").
 *
 * It never comes back empty for text with something in it: text that is not
 * a person's name ("Acme LLC", "12345", over 200 characters) is returned
 * whole as `unparsed`, and words that fit no part beside a name are returned
 * there too.
 *
 * Pure and synchronous; never throws on any text.
 *
 * @param text - a person's full name as typed
 * @param options - see {@link SplitNameOptions}
 * @returns the parts found, or `undefined` for blank input or a non-string
 * @throws IntakeError `NAME_INVALID_OPTION` for an order other than givenFirst or surnameFirst
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
 * splitName('Kowalski Anna Maria', { order: 'surnameFirst' })
 * //=> { first: 'Anna Maria', last: 'Kowalski' }
 *
 * @example
 * splitName("Katherine ''Kate'' Lee")
 * //=> { first: 'Katherine', last: 'Lee', nickname: 'Kate' }
 *
 * @example
 * splitName('Acme LLC')
 * //=> { unparsed: 'Acme LLC' }
 */
export function splitName(text: string, options?: SplitNameOptions): NameParts | undefined {
	if (typeof text !== 'string') return undefined;
	const order = options === undefined ? 'givenFirst' : checkOptions(options);
	const cleaned = cleanText(/[^\x20-\x7e]/.test(text) ? text.normalize('NFC') : text);
	if (cleaned === '') return undefined;
	if (cleaned.length > MAX_LENGTH || (!/[a-z]/i.test(cleaned) && !/\p{L}/u.test(cleaned)))
		return { unparsed: cleaned };
	const { rest, nickname } = extractNickname(cleaned);
	const s: Sorted = { titles: [], given: [], surname: [], suffixes: [], leftover: [] };
	const segments = segmentsOf(rest, s);
	if (!looksLikeAName(segments, s)) return { unparsed: cleaned };
	const oneCase = isWhollyOneCase(cleaned);
	if (segments.length >= 2) sortCommaForm(segments, s);
	else
		sortWrittenForm(
			segments[0] ?? [],
			order,
			s,
			!oneCase &&
				(/[A-Z]{2}/.test(rest) || (/[^\x20-\x7e]/.test(rest) && MIXED_CAPITALS.test(rest))),
			s.joinsTwo === true,
		);
	const parts = partsOf(s, oneCase, options?.compoundGivenNames);
	if (nickname) parts.nickname = oneCase ? properCaseName(nickname.split(' '), false) : nickname;
	if (
		!hasName(parts) &&
		parts.middle === undefined &&
		parts.suffix === undefined &&
		parts.nickname === undefined
	)
		return { unparsed: cleaned };
	return parts;
}

/** Whether the words can be a person's name: not too many, no organisation's word, some letters. */
function looksLikeAName(segments: readonly string[][], s: Sorted): boolean {
	let count = 0;
	for (const segment of segments) count += segment.length;
	if (count === 0) return true;
	if (count > MAX_NAME_WORDS) return false;
	const first = segments[0];
	const last = segments[segments.length - 1];
	const ends = first === last ? first : [first[0], ...last];
	if (hasOrganisationWord(ends)) return false;
	return s.leftover.length === 0 || segments.some((g) => g.some((w) => /\p{L}/u.test(w)));
}

/** Whether parts hold any of a person's name, not only words left over. */
function hasName(parts: NameParts): boolean {
	return parts.first !== undefined || parts.last !== undefined || parts.title !== undefined;
}
