import type { Schema, ValueKind } from '../schema/types';
import { HEADER_CONFIDENCE as H } from './confidence';
import { HEADER_QUALIFIERS } from './data/headerSynonyms';
import type { Synonym } from './synonymIndex';

/** A field a column may hold, how likely, and why. */
export interface Candidate {
	field: string;
	confidence: number;
	reason: string;
	/** For a header with several meanings: the other fields, and the confidence it has once they are settled elsewhere. */
	ambiguous?: { others: string[]; confidence: number };
	/** For a one-word header ("Home"): the kind of value that makes it this field; only such values map it. */
	needs?: ValueKind;
}

/** What a qualifier word says of a field: the main one, a home one, a work one, or another one. */
export type Rank = 'primary' | 'home' | 'work' | 'other';
const RANK_ORDER: readonly Rank[] = ['primary', 'home', 'work', 'other'];

/** The schema a header is read against, and its fields by key. */
export interface Context {
	schema: Schema;
	has: (field: string) => boolean;
	/** Where a second email goes: an email field's `overflowTo` (Email → Email 2), when it has one. */
	overflowOf: (field: string) => string | undefined;
}

const contexts = new WeakMap<Schema, Context>();

/** The context of a schema, built once per schema object (as its synonym index is). */
export function contextOf(schema: Schema): Context {
	let ctx = contexts.get(schema);
	if (ctx) return ctx;
	const byKey = new Map(schema.fields.map((f) => [f.key, f]));
	ctx = {
		schema,
		has: (field) => byKey.has(field),
		overflowOf: (field) => {
			const def = byKey.get(field);
			return def?.type === 'email' ? def.overflowTo : undefined;
		},
	};
	contexts.set(schema, ctx);
	return ctx;
}

export function labelOf(schema: Schema, field: string): string {
	return schema.fields.find((f) => f.key === field)?.label ?? field;
}

/** The weakest rank among qualifier words ("Other Home" is other), if any is one. */
export function worstRank(words: readonly string[]): Rank | undefined {
	let worst = -1;
	for (const word of words) worst = Math.max(worst, RANK_ORDER.indexOf(HEADER_QUALIFIERS[word]));
	return worst < 0 ? undefined : RANK_ORDER[worst];
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Phones move by their qualifier: "Home" + phone → Home phone, "Work" + phone → Work phone, when the schema has them. */
function qualifyPhone(
	ctx: Context,
	field: string,
	rank: Rank,
	later: boolean,
	base: number,
	push: (field: string, confidence: number, why: string) => void,
): void {
	const laterFactor = later ? H.laterOrdinal : 1;
	if (rank === 'home' && ctx.has('homePhone'))
		push('homePhone', base * H.rank.home * laterFactor, '; a home number');
	else if (rank === 'work' && ctx.has('workPhone'))
		push('workPhone', base * H.rank.home * laterFactor, '; a work number');
	else push(field, base * H.rank[rank] * laterFactor, '');
}

/** A second, work or other email goes to the email field's overflow field (Email 2) when the schema has it. */
function qualifyEmail(
	ctx: Context,
	field: string,
	overflow: string,
	rank: Rank | undefined,
	ordinal: number | undefined,
	base: number,
	push: (field: string, confidence: number, why: string) => void,
): void {
	const later = ordinal !== undefined && ordinal >= 2;
	if (later && ctx.has(overflow))
		push(overflow, base * (ordinal === 2 ? H.secondEmail : H.rank.other), '; a second address');
	else if (rank === 'work') {
		push(field, base * H.rank.work, '');
		push(overflow, base * H.workEmailAsSecond, '; a second address');
	} else if (ctx.has(overflow)) push(overflow, base * H.otherEmailAsSecond, '; a second address');
	else push(field, base * H.rank.other, '');
}

/**
 * Turns a matched synonym into candidates, lowered by its qualifier and
 * ordinal, and moving phones and emails by their qualifier ("Home" + phone →
 * homePhone, "Email 2" → email2). Fields the schema lacks are left out.
 */
export function qualify(
	ctx: Context,
	synonym: Synonym,
	rank: Rank | undefined,
	ordinal: number | undefined,
	base: number,
	how: string,
): Candidate[] {
	const later = ordinal !== undefined && ordinal >= 2;
	const out: Candidate[] = [];
	const push = (field: string, confidence: number, why: string): void => {
		if (ctx.has(field)) out.push({ field, confidence: round(confidence), reason: `${how}${why}` });
	};
	const { field } = synonym;
	const overflow = ctx.overflowOf(field);
	if ((field === 'phone' || field === 'clientPhone') && rank !== undefined)
		qualifyPhone(ctx, field, rank, later, base, push);
	else if (overflow !== undefined && (later || rank === 'work' || rank === 'other'))
		qualifyEmail(ctx, field, overflow, rank, ordinal, base, push);
	else push(field, base * ((rank ? H.rank[rank] : 1) * (later ? H.laterOrdinal : 1)), '');
	return out;
}

/** How a header matched a synonym, in words: named, or a usual header; qualified; numbered; ambiguous. */
function howMatched(
	ctx: Context,
	synonyms: readonly Synonym[],
	synonym: Synonym,
	header: string,
	qualifiers: string[],
	ordinal: number | undefined,
	ambiguous: boolean,
): string {
	const label = labelOf(ctx.schema, synonym.field);
	let how = synonym.own
		? `"${header}" names the field ${label}`
		: `"${header}" matches "${synonym.phrase}", a usual header for ${label}`;
	if (qualifiers.length > 0) how += ` (qualified by "${qualifiers.join(' ')}")`;
	if (ordinal !== undefined && ordinal >= 2) how += ` (number ${ordinal})`;
	if (ambiguous)
		how += `; it can also mean ${synonyms
			.filter((s) => s !== synonym)
			.map((s) => labelOf(ctx.schema, s.field))
			.join(' or ')}`;
	return how;
}

/**
 * The candidates of a header that matched these synonyms, one per field. A
 * header naming several fields ("Title") is capped, and each candidate
 * remembers the confidence it has once the other fields are settled elsewhere.
 */
export function fromSynonyms(
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
		const how = howMatched(ctx, synonyms, synonym, header, qualifiers, ordinal, ambiguous);
		const uncapped = synonym.confidence - penalty;
		const base = ambiguous ? Math.min(uncapped, H.ambiguousCap) : uncapped;
		for (const candidate of qualify(ctx, synonym, rank, ordinal, base, how)) {
			if (out.some((c) => c.field === candidate.field)) continue;
			if (ambiguous) {
				const others = synonyms.filter((s) => s.field !== synonym.field).map((s) => s.field);
				candidate.ambiguous = {
					others,
					confidence: round((candidate.confidence * uncapped) / base),
				};
			}
			out.push(candidate);
		}
	}
	return out;
}
