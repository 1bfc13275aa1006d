import { editDistance } from '../normalize/text';
import type { Schema } from '../schema/types';
import {
	HEADER_FILLER_WORDS,
	HEADER_OTHER_SUBJECT_WORDS,
	HEADER_QUALIFIERS,
} from './data/headerSynonyms';
import { expandWord, headerWords, wordsKey } from './headerWords';
import { synonymIndexFor, type Synonym, type SynonymIndex } from './synonymIndex';

/** A field a column may hold, how likely, and why. */
export interface Candidate {
	field: string;
	confidence: number;
	reason: string;
	/** For a header with several meanings: the other fields, and the confidence it has once they are settled elsewhere. */
	ambiguous?: { others: string[]; confidence: number };
}

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

type Rank = 'primary' | 'home' | 'work' | 'other';
const RANK_ORDER: readonly Rank[] = ['primary', 'home', 'work', 'other'];
/** How much a qualifier lowers confidence: "Home Street" nearly wins, "Other Street" loses to any plain one. */
const RANK_FACTOR: Readonly<Record<Rank, number>> = {
	primary: 0.97,
	home: 0.95,
	work: 0.75,
	other: 0.63,
};
/** A second or third one of something ("Home Phone 2") loses to the first. */
const LATER_ORDINAL_FACTOR = 0.7;
const FILLER_PENALTY = 0.02;
/** A phrase found inside a longer header is a weak hint only. */
const CONTAINED_FACTOR = 0.6;
/** Several fields for one header ("Title": title or job title): the rest of the file decides. */
const AMBIGUOUS_CAP = 0.75;
/** A header read through a typo fix is less sure than one written right. */
const TYPO_FACTOR = 0.76;
/** Most qualifiers a header is searched with (2^n tries). */
const MAX_QUALIFIERS = 3;

const FILLERS = new Set(HEADER_FILLER_WORDS);
const OTHER_SUBJECT = new Set(HEADER_OTHER_SUBJECT_WORDS);
/**
 * Single words that name one field so clearly that a longer header containing
 * them is about that field ("Personal Email Addr."), and that make a header
 * name two fields when it holds another phrase too ("E-mail Display Name").
 */
const TELLING_WORDS = new Set([
	'email',
	'phone',
	'telephone',
	'mobile',
	'cell',
	'fax',
	'city',
	'zip',
	'street',
	'country',
	'province',
	'birthday',
	'surname',
	'suffix',
	'nickname',
	'salutation',
	'apartment',
	'suite',
	'postcode',
	'birthdate',
]);

function labelOf(schema: Schema, field: string): string {
	return schema.fields.find((f) => f.key === field)?.label ?? field;
}

function worstRank(words: readonly string[]): Rank | undefined {
	let worst = -1;
	for (const word of words) worst = Math.max(worst, RANK_ORDER.indexOf(HEADER_QUALIFIERS[word]));
	return worst < 0 ? undefined : RANK_ORDER[worst];
}

interface Context {
	schema: Schema;
	has: (field: string) => boolean;
}

/** Turns a matched synonym into candidates, moving phones and emails by their qualifier ("Home" + phone → homePhone). */
function qualify(
	ctx: Context,
	synonym: Synonym,
	rank: Rank | undefined,
	ordinal: number | undefined,
	base: number,
	how: string,
): Candidate[] {
	const { has } = ctx;
	const later = ordinal !== undefined && ordinal >= 2;
	const out: Candidate[] = [];
	const push = (field: string, confidence: number, why: string): void => {
		if (has(field))
			out.push({ field, confidence: Math.round(confidence * 1000) / 1000, reason: `${how}${why}` });
	};
	const { field } = synonym;
	if ((field === 'phone' || field === 'clientPhone') && rank !== undefined) {
		if (rank === 'home' && has('homePhone'))
			push(
				'homePhone',
				base * RANK_FACTOR.home * (later ? LATER_ORDINAL_FACTOR : 1),
				'; a home number',
			);
		else if (rank === 'work' && has('workPhone'))
			push(
				'workPhone',
				base * RANK_FACTOR.home * (later ? LATER_ORDINAL_FACTOR : 1),
				'; a work number',
			);
		else push(field, base * RANK_FACTOR[rank] * (later ? LATER_ORDINAL_FACTOR : 1), '');
		return out;
	}
	if (field === 'email' && (later || rank === 'work' || rank === 'other')) {
		if (later && has('email2'))
			push('email2', base * (ordinal === 2 ? 0.95 : RANK_FACTOR.other), '; a second address');
		else if (rank === 'work') {
			push('email', base * RANK_FACTOR.work, '');
			push('email2', base * 0.68, '; a second address');
		} else if (has('email2')) push('email2', base * 0.74, '; a second address');
		else push('email', base * RANK_FACTOR.other, '');
		return out;
	}
	const factor = (rank ? RANK_FACTOR[rank] : 1) * (later ? LATER_ORDINAL_FACTOR : 1);
	push(field, base * factor, '');
	return out;
}

function fromSynonyms(
	ctx: Context,
	synonyms: readonly Synonym[],
	header: string,
	rank: Rank | undefined,
	qualifiers: string[],
	ordinal: number | undefined,
	penalty: number,
): Candidate[] {
	const ambiguous = new Set(synonyms.map((s) => s.field)).size > 1;
	const out: Candidate[] = [];
	for (const synonym of synonyms) {
		const label = labelOf(ctx.schema, synonym.field);
		let how = synonym.own
			? `"${header}" names the field ${label}`
			: `"${header}" matches "${synonym.phrase}", a usual header for ${label}`;
		if (qualifiers.length > 0) how += ` (qualified by "${qualifiers.join(' ')}")`;
		if (ordinal !== undefined && ordinal >= 2) how += ` (number ${ordinal})`;
		let base = synonym.confidence - penalty;
		if (ambiguous) {
			base = Math.min(base, AMBIGUOUS_CAP);
			how += `; it can also mean ${synonyms
				.filter((s) => s !== synonym)
				.map((s) => labelOf(ctx.schema, s.field))
				.join(' or ')}`;
		}
		for (const candidate of qualify(ctx, synonym, rank, ordinal, base, how)) {
			if (out.some((c) => c.field === candidate.field)) continue;
			if (ambiguous) {
				const others = synonyms.filter((s) => s.field !== synonym.field).map((s) => s.field);
				candidate.ambiguous = {
					others,
					confidence:
						Math.round(((candidate.confidence * (synonym.confidence - penalty)) / base) * 1000) /
						1000,
				};
			}
			out.push(candidate);
		}
	}
	return out;
}

/** The synonyms for some words: as they are, without ordinals, and without filler words. */
function lookup(
	index: SynonymIndex,
	words: readonly string[],
): { synonyms: readonly Synonym[]; ordinal?: number; filler: boolean } | undefined {
	const ordinals = words.filter((w) => /^\d+$/.test(w));
	const plain = words.filter((w) => !/^\d+$/.test(w));
	const tries: Array<[readonly string[], number | undefined, boolean]> = [
		[words, undefined, false],
		[words.filter((w) => !FILLERS.has(w)), undefined, true],
	];
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

/**
 * Splits run-together words ("FIRSTNAME", "homephone", "mailingpostalcode")
 * into known words, fewest pieces first; an unknown word that splits no way
 * is kept.
 */
function segmentWords(index: SynonymIndex, words: readonly string[]): string[] {
	const known = index.vocabulary;
	const out: string[] = [];
	for (const word of words) {
		if (known.has(word) || word.length < 5 || word.length > 40 || /\d/.test(word)) {
			out.push(word);
			continue;
		}
		// best[i]: fewest known pieces that spell word[0, i)
		const best: Array<string[] | undefined> = [[]];
		for (let end = 2; end <= word.length; end++) {
			for (let start = Math.max(0, end - 20); start <= end - 2; start++) {
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
		for (const piece of best[word.length] ?? [word]) out.push(...expandWord(piece));
	}
	return out;
}

/** The words with each unknown one replaced by the vocabulary word one typo away, if there is exactly such a fix. */
function correctTypos(
	index: SynonymIndex,
	words: readonly string[],
	cache: Map<string, string | null>,
): { words: string[]; fixes: string[] } | undefined {
	const fixes: string[] = [];
	const corrected = words.map((word) => {
		// short words have too many one-typo neighbours to guess from ("fix" → "fax")
		if (index.vocabulary.has(word) || word.length < 4 || word.length > 30 || /\d/.test(word))
			return [word];
		let fix = cache.get(word);
		if (fix === undefined) {
			// one fix only: two words one typo away make it a guess
			const near = index.fuzzy
				.search(word, { limit: 20 })
				.filter(({ item }) => editDistance(word, item, 1) === 1);
			fix = near.length === 1 ? near[0].item : null;
			cache.set(word, fix);
		}
		if (fix === null) return [word];
		fixes.push(`"${word}" → "${fix}"`);
		return expandWord(fix);
	});
	return fixes.length > 0 ? { words: corrected.flat(), fixes } : undefined;
}

/**
 * Every field a header may mean, from the synonym table: exact names first,
 * then qualified ones ("Business Street", "Home Phone 2"), then a field's
 * phrase inside a longer header, then near-misses (typos). Words that say the
 * column is about someone else ("Assistant's Phone") rule a header out.
 * `typoCache` keeps one call's typo fixes, so a wide file searches each odd word once.
 */
export function headerCandidates(
	header: string,
	schema: Schema,
	typoCache: Map<string, string | null> = new Map(),
): HeaderAnalysis {
	const index = synonymIndexFor(schema);
	const keys = new Set(schema.fields.map((f) => f.key));
	const ctx: Context = { schema, has: (field) => keys.has(field) };
	const text = typeof header === 'string' ? header : String(header ?? '');
	if (text.length > 200)
		return { candidates: [], note: 'the header is too long to be a field name' };
	const words = segmentWords(index, headerWords(text));
	if (words.length === 0) return { candidates: [], note: 'the header has no words' };
	// unknown words one typo from a known one are read as that word first
	const typo = correctTypos(index, words, typoCache);
	if (typo) {
		const fixed = analyseWords(ctx, index, text, segmentWords(index, typo.words));
		if (fixed.candidates.length > 0 || fixed.ruledOut) {
			for (const candidate of fixed.candidates) {
				candidate.confidence = Math.round(candidate.confidence * TYPO_FACTOR * 1000) / 1000;
				candidate.reason += ` — read as a typo: ${typo.fixes.join(', ')}`;
			}
			return fixed;
		}
	}
	return analyseWords(ctx, index, text, words);
}

/** Exact names, then qualified ones, then a phrase inside a longer header. */
function analyseWords(
	ctx: Context,
	index: SynonymIndex,
	text: string,
	words: readonly string[],
): HeaderAnalysis {
	const { schema } = ctx;
	const exact = index.exact.get(wordsKey(words));
	if (exact) return exactAnalysis(ctx, exact, text);

	const qualified = qualifiedLookup(ctx, index, text, words);
	if (qualified) return qualified;

	// contained: the longest phrase all of whose words the header has
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
	const otherSubject = words.find((w) => OTHER_SUBJECT.has(w) && !inside?.words.includes(w));
	if (otherSubject)
		return {
			candidates: [],
			note: `"${otherSubject}" says the column is about someone or something else`,
			ruledOut: true,
		};
	if (inside) {
		const phraseWords = new Set(inside.words);
		const extras = words.filter(
			(w) =>
				!phraseWords.has(w) &&
				!Object.hasOwn(HEADER_QUALIFIERS, w) &&
				!FILLERS.has(w) &&
				!/^\d+$/.test(w),
		);
		const second = extras.find((w) => TELLING_WORDS.has(w));
		if (second)
			return {
				candidates: [],
				note: `it names two fields ("${inside.phrase}" and "${second}")`,
				ruledOut: true,
			};
		const qualifiers = words.filter(
			(w) => Object.hasOwn(HEADER_QUALIFIERS, w) && !phraseWords.has(w),
		);
		const ordinal = words.find((w) => /^\d+$/.test(w));
		const how = `"${text}" contains "${inside.phrase}" (${labelOf(schema, inside.field)})${extras.length ? `; "${extras.join(' ')}" is not understood` : ''}`;
		const candidates = qualify(
			ctx,
			inside,
			worstRank(qualifiers),
			ordinal === undefined ? undefined : Number(ordinal),
			inside.confidence * CONTAINED_FACTOR,
			how,
		);
		return { candidates, note: '', phrase: inside.phrase };
	}
	return { candidates: [], note: 'no field matches this header' };
}

function exactAnalysis(ctx: Context, synonyms: readonly Synonym[], text: string): HeaderAnalysis {
	return {
		candidates: fromSynonyms(ctx, synonyms, text, undefined, [], undefined, 0),
		note: '',
		phrase: synonyms[0].phrase,
	};
}

/** Drops qualifier words ("Home", "Business", "Other"), fewest first, and looks the rest up. */
function qualifiedLookup(
	ctx: Context,
	index: SynonymIndex,
	text: string,
	words: readonly string[],
): HeaderAnalysis | undefined {
	const qualifierAt = words
		.map((w, i) => (Object.hasOwn(HEADER_QUALIFIERS, w) ? i : -1))
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
			hit.filler ? FILLER_PENALTY : 0,
		);
		return {
			candidates,
			note: candidates.length ? '' : 'no field of this schema fits it',
			phrase: hit.synonyms[0].phrase,
		};
	}

	return undefined;
}

function popCount(n: number): number {
	let count = 0;
	for (let m = n; m; m &= m - 1) count++;
	return count;
}
