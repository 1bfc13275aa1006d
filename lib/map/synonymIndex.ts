import Fuse from 'fuse.js';
import type { Schema } from '../schema/types';
import {
	HEADER_ABBREVIATIONS,
	HEADER_FILLER_WORDS,
	HEADER_OTHER_SUBJECT_WORDS,
	HEADER_QUALIFIERS,
	HEADER_SYNONYMS,
} from './data/headerSynonyms';
import { headerWords, wordsKey } from './headerWords';

/** One way of naming a field. */
export interface Synonym {
	field: string;
	confidence: number;
	/** The phrase as written in the table or schema, for reasons. */
	phrase: string;
	words: readonly string[];
	/** Whether it is the field's own key or label rather than a table entry. */
	own: boolean;
}

/** The synonyms of one schema's fields, indexed for the mapper. */
export interface SynonymIndex {
	/** By order-free key: every field the exact words can mean. */
	exact: ReadonlyMap<string, readonly Synonym[]>;
	/** Every synonym, for containment checks. */
	all: readonly Synonym[];
	/** Every word the mapper knows: synonyms' words, qualifiers, fillers, other-subject words, abbreviations. */
	vocabulary: ReadonlySet<string>;
	/** Fuzzy search over the vocabulary, to correct a typo'd word ("frist" → "first"). */
	fuzzy: Fuse<string>;
}

const DEFAULT_CONFIDENCE = 0.95;
const OWN_NAME_CONFIDENCE = 0.97;
const indexes = new WeakMap<Schema, SynonymIndex>();

/** Builds (once per schema object) the synonym index of a schema's fields. */
export function synonymIndexFor(schema: Schema): SynonymIndex {
	let index = indexes.get(schema);
	if (index) return index;
	const exact = new Map<string, Synonym[]>();
	const add = (field: string, phrase: string, confidence: number, own: boolean): void => {
		const words = headerWords(phrase);
		if (words.length === 0) return;
		const key = wordsKey(words);
		const list = exact.get(key) ?? [];
		const same = list.find((s) => s.field === field);
		if (same) {
			if (same.confidence >= confidence) return;
			list.splice(list.indexOf(same), 1);
		}
		const synonym: Synonym = { field, confidence, phrase, words, own };
		list.push(synonym);
		list.sort((a, b) => b.confidence - a.confidence);
		exact.set(key, list);
	};
	for (const field of schema.fields) {
		add(field.key, field.key, OWN_NAME_CONFIDENCE, true);
		add(field.key, field.label, OWN_NAME_CONFIDENCE, true);
		for (const synonym of field.synonyms) add(field.key, synonym, DEFAULT_CONFIDENCE, true);
		const table = Object.hasOwn(HEADER_SYNONYMS, field.key) ? HEADER_SYNONYMS[field.key] : [];
		for (const entry of table) {
			if (typeof entry === 'string') add(field.key, entry, DEFAULT_CONFIDENCE, false);
			else add(field.key, entry[0], entry[1], false);
		}
	}
	const all = [...exact.values()].flat();
	const vocabulary = new Set([
		...all.flatMap((s) => s.words),
		...Object.keys(HEADER_QUALIFIERS),
		...HEADER_FILLER_WORDS,
		...HEADER_OTHER_SUBJECT_WORDS,
		...Object.keys(HEADER_ABBREVIATIONS),
	]);
	const fuzzy = new Fuse(
		[...vocabulary].filter((w) => w.length >= 4),
		{ threshold: 0.6, ignoreLocation: true },
	);
	index = { exact, all, vocabulary, fuzzy };
	indexes.set(schema, index);
	return index;
}
