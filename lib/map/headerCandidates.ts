import type { Schema } from '../schema/types';
import { HEADER_CONFIDENCE as H, MAPPING_CONFIDENCE as C } from './confidence';
import {
	HEADER_SETTLED_BY_VALUES,
	HEADER_FILLER_WORDS,
	HEADER_OTHER_SUBJECT_WORDS,
	HEADER_QUALIFIERS,
	HEADER_TELLING_WORDS,
} from './data/headerSynonyms';
import { correctTypos, segmentWords } from './headerSpelling';
import { headerWords, wordsKey } from './headerWords';
import {
	contextOf,
	fromSynonyms,
	labelOf,
	qualify,
	worstRank,
	type Candidate,
	type Context,
} from './qualifyCandidates';
import { synonymIndexFor, type Synonym, type SynonymIndex } from './synonymIndex';

export type { Candidate } from './qualifyCandidates';

/** What the header alone says. */
export interface HeaderAnalysis {
	candidates: Candidate[];
	/** Why there is no candidate, when there is none. */
	note: string;
	/** The synonym phrase that matched, when one did. */
	phrase?: string;
	/** Whether the header's own words rule every field out ("Assistant's Phone"). */
	ruledOut?: boolean;
}

/** Most qualifiers a header is searched with (2^n tries). */
const MAX_QUALIFIERS = 3;
/** Longer headers are sentences, not field names. */
const MAX_HEADER_LENGTH = 200;

const FILLERS = new Set(HEADER_FILLER_WORDS);
const OTHER_SUBJECT = new Set(HEADER_OTHER_SUBJECT_WORDS);
const TELLING_WORDS = new Set(HEADER_TELLING_WORDS);

const isOrdinal = (word: string): boolean => /^\d+$/.test(word);
/** Words a numbered block of columns starts with ("Address 2 - …"). */
const BLOCK_WORDS = new Set(['address']);
const isQualifier = (word: string): boolean => Object.hasOwn(HEADER_QUALIFIERS, word);

/**
 * Every field a header may mean, from the synonym table: exact names first,
 * then qualified ones ("Business Street", "Home Phone 2"), then a field's
 * phrase inside a longer header, then near-misses (typos). Words that say the
 * column is about someone else ("Assistant's Phone") rule a header out.
 * `typoCache` keeps one call's typo fixes, so a wide file searches each odd word once.
 *
 * @example
 * headerCandidates('Home Phone 2', getSchema('clients')).candidates[0]
 * //=> { field: 'homePhone', confidence: 0.679, reason: '"Home Phone 2" names the field Home phone (number 2)' }
 */
export function headerCandidates(
	header: string,
	schema: Schema,
	typoCache: Map<string, string | null> = new Map(),
): HeaderAnalysis {
	const index = synonymIndexFor(schema);
	const ctx = contextOf(schema);
	const text = typeof header === 'string' ? header : String(header ?? '');
	if (text.length > MAX_HEADER_LENGTH)
		return { candidates: [], note: 'the header is too long to be a field name' };
	const words = segmentWords(index, headerWords(text));
	if (words.length === 0) return { candidates: [], note: 'the header has no words' };
	if (words.length === 1 && Object.hasOwn(HEADER_SETTLED_BY_VALUES, words[0]))
		return oneWordAnalysis(ctx, text, words[0]);
	// unknown words one typo from a known one are read as that word first
	const typo = correctTypos(index, words, typoCache);
	if (typo) {
		const fixed = analyseWords(ctx, index, text, segmentWords(index, typo.words));
		if (fixed.candidates.length > 0 || fixed.ruledOut) {
			for (const candidate of fixed.candidates) {
				candidate.confidence = Math.round(candidate.confidence * H.typo * 1000) / 1000;
				candidate.reason += ` — read as a typo: ${typo.fixes.join(', ')}`;
			}
			return fixed;
		}
	}
	return analyseWords(ctx, index, text, words);
}

/**
 * A one-word header that names several fields ("Home", "Number", "Type"):
 * never mapped on the header alone. Each field it may be waits, below the
 * minimum, for values of its kind (checkAgainstValues raises it).
 */
function oneWordAnalysis(ctx: Context, text: string, word: string): HeaderAnalysis {
	const options = HEADER_SETTLED_BY_VALUES[word].filter(([field]) => ctx.has(field));
	const note = `"${text}" is one word that can mean several things, and the header alone does not say which`;
	return {
		candidates: options.map(([field, kind]) => ({
			field,
			confidence: C.oneWordUnsure,
			reason: `"${text}" is one word: ${labelOf(ctx.schema, field)} only if its values are ${kind === 'fullName' ? 'names' : `${kind === 'phone' ? 'phone numbers' : 'emails'}`}`,
			needs: kind,
		})),
		note: options.length ? note : `${note}; no field takes it on the header alone`,
	};
}

/** Exact names, then qualified ones, then a phrase inside a longer header. */
function analyseWords(
	ctx: Context,
	index: SynonymIndex,
	text: string,
	words: readonly string[],
): HeaderAnalysis {
	const exact = index.exact.get(wordsKey(words));
	if (exact)
		return {
			candidates: fromSynonyms(ctx, exact, text, undefined, [], undefined, 0),
			note: '',
			phrase: exact[0].phrase,
		};
	return qualifiedLookup(ctx, index, text, words) ?? containedAnalysis(ctx, index, text, words);
}

/** The longest synonym phrase all of whose words the header has (of single words, only telling ones), the surer of equal ones. */
function longestContained(index: SynonymIndex, words: readonly string[]): Synonym | undefined {
	const present = new Set(words);
	let inside: Synonym | undefined;
	for (const synonym of index.all) {
		if (synonym.words.length === 1 && !TELLING_WORDS.has(synonym.words[0])) continue;
		if (!synonym.words.every((w) => present.has(w))) continue;
		if (
			!inside ||
			synonym.words.length > inside.words.length ||
			(synonym.words.length === inside.words.length && synonym.confidence > inside.confidence)
		)
			inside = synonym;
	}
	return inside;
}

/**
 * A field's phrase inside a longer header: a weak hint, unless the header is
 * about someone else ("Assistant's Phone") or names a second field too
 * ("E-mail Display Name"), which rules it out.
 */
function containedAnalysis(
	ctx: Context,
	index: SynonymIndex,
	text: string,
	words: readonly string[],
): HeaderAnalysis {
	const inside = longestContained(index, words);
	const otherSubject = words.find((w) => OTHER_SUBJECT.has(w) && !inside?.words.includes(w));
	if (otherSubject)
		return {
			candidates: [],
			note: `"${otherSubject}" says the column is about someone or something else`,
			ruledOut: true,
		};
	if (!inside) return { candidates: [], note: 'no field matches this header' };
	const phraseWords = new Set(inside.words);
	const extras = words.filter(
		(w) => !phraseWords.has(w) && !isQualifier(w) && !FILLERS.has(w) && !isOrdinal(w),
	);
	const second = extras.find((w) => TELLING_WORDS.has(w));
	if (second)
		return {
			candidates: [],
			note: `it names two fields ("${inside.phrase}" and "${second}")`,
			ruledOut: true,
		};
	const qualifiers = words.filter((w) => isQualifier(w) && !phraseWords.has(w));
	const ordinal = words.find(isOrdinal);
	const how = `"${text}" contains "${inside.phrase}" (${labelOf(ctx.schema, inside.field)})${extras.length ? `; "${extras.join(' ')}" is not understood` : ''}`;
	const candidates = qualify(
		ctx,
		inside,
		worstRank(qualifiers),
		ordinal === undefined ? undefined : Number(ordinal),
		inside.confidence * H.contained,
		how,
	);
	return { candidates, note: '', phrase: inside.phrase };
}

/**
 * Where a numbered block's number is ("Address 2 - Street", "Address 1:
 * Street 2"): an ordinal right after a block word, with more words after
 * it; -1 when there is none. The block's number ranks the column, and is
 * never read as part of the phrase ("Street 2" is Unit; "Address 2 - Street" is a street).
 */
function blockOrdinalAt(words: readonly string[]): number {
	for (let i = 1; i < words.length - 1; i++)
		if (isOrdinal(words[i]) && BLOCK_WORDS.has(words[i - 1])) return i;
	return -1;
}

/** The synonyms for some words: as they are, without filler words, without an ordinal, and without both. */
function lookup(
	index: SynonymIndex,
	words: readonly string[],
): { synonyms: readonly Synonym[]; ordinal?: number; filler: boolean } | undefined {
	const ordinals = words.filter(isOrdinal);
	const plain = words.filter((w) => !isOrdinal(w));
	const block = blockOrdinalAt(words);
	const tries: Array<[readonly string[], number | undefined, boolean]> = [];
	if (block >= 0) {
		const rest = words.filter((_, i) => i !== block);
		const n = Number(words[block]);
		tries.push([rest, n, false], [rest.filter((w) => !FILLERS.has(w)), n, true]);
	}
	tries.push([words, undefined, false], [words.filter((w) => !FILLERS.has(w)), undefined, true]);
	if (ordinals.length === 1) {
		tries.push(
			[plain, Number(ordinals[0]), false],
			[plain.filter((w) => !FILLERS.has(w)), Number(ordinals[0]), true],
		);
	}
	for (const [tryWords, ordinal, filler] of tries) {
		if (tryWords.length === 0 || (filler && tryWords.length === words.length)) continue;
		const synonyms = index.exact.get(wordsKey(tryWords));
		if (synonyms) return { synonyms, ordinal, filler };
	}
	return undefined;
}

function popCount(n: number): number {
	let count = 0;
	for (let m = n; m; m &= m - 1) count++;
	return count;
}

/** Drops qualifier words ("Home", "Business", "Other"), fewest first, and looks the rest up. */
function qualifiedLookup(
	ctx: Context,
	index: SynonymIndex,
	text: string,
	words: readonly string[],
): HeaderAnalysis | undefined {
	const qualifierAt = words
		.map((w, i) => (isQualifier(w) ? i : -1))
		.filter((i) => i >= 0)
		.slice(0, MAX_QUALIFIERS);
	const subsets = Array.from({ length: 1 << qualifierAt.length }, (_, mask) => mask).sort(
		(a, b) => popCount(a) - popCount(b) || a - b,
	);
	for (const mask of subsets) {
		const dropped = qualifierAt.filter((_, bit) => mask & (1 << bit));
		const rest = words.filter((_, i) => !dropped.includes(i));
		const hit = rest.length > 0 ? lookup(index, rest) : undefined;
		if (!hit) continue;
		const qualifiers = dropped.map((i) => words[i]);
		const candidates = fromSynonyms(
			ctx,
			hit.synonyms,
			text,
			worstRank(qualifiers),
			qualifiers,
			hit.ordinal,
			hit.filler ? H.fillerPenalty : 0,
		);
		return {
			candidates,
			note: candidates.length ? '' : 'no field of this schema fits it',
			phrase: hit.synonyms[0].phrase,
		};
	}
	return undefined;
}
