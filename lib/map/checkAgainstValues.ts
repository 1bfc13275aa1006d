import type { Schema, ValueKind } from '../schema/types';
import { HEADER_VAGUE_WORDS } from './data/headerSynonyms';
import { MAPPING_CONFIDENCE as C } from './confidence';
import { expectedKinds, fieldsForKind } from './fieldKinds';
import type { Candidate, HeaderAnalysis } from './headerCandidates';
import { headerWords } from './headerWords';
import { sniffColumn } from './sniffColumn';
import type { ColumnSniff } from './types';

/** Rows of `sampleRows` read: enough to know a column, cheap on wide files. */
export const SAMPLE_ROWS = 100;
/** Values that settle a column whatever its header says. */
const STRONG_KINDS: ReadonlySet<ValueKind> = new Set([
	'email',
	'phone',
	'date',
	'url',
	'fullAddress',
	'zip',
]);
/** Kinds many columns hold (a client-since date, an attorney's name): the values pick a field only under a vague header. */
const COMMON_KINDS: ReadonlySet<ValueKind> = new Set(['date', 'fullName']);
/** Kinds whose absence from a column tells against a header that names them (an "Email" column of names). */
const TELLING_KINDS: ReadonlySet<ValueKind> = new Set(['email', 'phone', 'date']);
/** Values looked at before a column's missing kind counts against its header. */
const MIN_VALUES_TO_DOUBT = 3;
/** Below this share of its kind, a column's values tell against its header. */
const RARE_SHARE = 0.5;
const VAGUE = new Set(HEADER_VAGUE_WORDS);
/** Words of a header that names an identifier ("Client No.", "Account #", "Matter ID"): its five-digit values are ids, not ZIP codes. */
const IDENTIFIER_WORDS: ReadonlySet<string> = new Set([
	'number',
	'id',
	'identifier',
	'reference',
	'key',
	'uid',
	'uuid',
	'account',
	'record',
]);

const KIND_LABEL: Readonly<Record<ValueKind, string>> = {
	empty: 'blank',
	email: 'emails',
	url: 'web addresses',
	phone: 'phone numbers',
	date: 'dates',
	fullAddress: 'full addresses',
	street: 'street lines',
	zip: 'ZIP codes',
	state: 'states',
	country: 'countries',
	boolean: 'yes/no values',
	number: 'numbers',
	fullName: 'full names',
	text: 'text',
};

export function round(n: number): number {
	return Math.round(n * 1000) / 1000;
}

/** Whether a header says nothing of what its column holds ("col7", "Contact", "Date"). */
export function isVague(header: string): boolean {
	return headerWords(header).every((w) => VAGUE.has(w) || /^\d+$/.test(w));
}

/** One header candidate weighed against the column's values: raised when they agree, lowered when they plainly do not. */
function weighCandidate(schema: Schema, candidate: Candidate, sniff: ColumnSniff): Candidate {
	const pct = (share: number): string => `${Math.round(share * 100)}% of ${sniff.count}`;
	const field = schema.fields.find((f) => f.key === candidate.field);
	const expected = field ? expectedKinds(field) : undefined;
	let { confidence, reason } = candidate;
	if (candidate.needs !== undefined) {
		// a one-word header ("Home"): its values decide, or it stays below the minimum
		const settled = sniff.kind === candidate.needs;
		if (settled) confidence = C.oneWordSettled;
		reason += settled
			? `, and they are (${pct(sniff.share)})`
			: `; they look like ${KIND_LABEL[sniff.kind]}`;
		return { field: candidate.field, confidence, reason };
	}
	if (expected?.includes(sniff.kind)) {
		confidence = Math.min(C.valuesAgreeCap, confidence + C.valuesAgreeBonus);
		reason += `; its values agree (${KIND_LABEL[sniff.kind]}, ${pct(sniff.share)})`;
	} else if (STRONG_KINDS.has(sniff.kind) && !(expected === undefined && sniff.kind === 'zip')) {
		// a column of ZIPs under a header of no known kind may be a number of another sort
		confidence *= expected ? C.valuesContradictExpected : C.valuesContradictUnknown;
		reason += `; but its values look like ${KIND_LABEL[sniff.kind]} (${pct(sniff.share)})`;
	} else if (expected && sniff.count >= MIN_VALUES_TO_DOUBT && TELLING_KINDS.has(expected[0])) {
		const share = sniff.shares[expected[0]] ?? 0;
		if (share < RARE_SHARE) {
			confidence *= C.valuesRarelyExpected;
			reason += `; but only ${pct(share)} of its values look like ${KIND_LABEL[expected[0]]}`;
		}
	}
	return { field: candidate.field, confidence: round(confidence), reason };
}

/**
 * Weighs a header's candidates against what the values are, and adds the
 * fields the values point to: any field for emails, phones, ZIPs…; for
 * dates and names, only when `vague` (the header says nothing itself);
 * never ZIPs for a header that names an identifier (`identifier`: "Client No.").
 */
export function checkAgainstValues(
	schema: Schema,
	candidates: Candidate[],
	sniff: ColumnSniff,
	vague: boolean,
	identifier = false,
): Candidate[] {
	const out = candidates.map((candidate) => weighCandidate(schema, candidate, sniff));
	const pointed =
		(COMMON_KINDS.has(sniff.kind) && !vague) || (identifier && sniff.kind === 'zip')
			? []
			: fieldsForKind(schema, sniff);
	for (const [field, base] of pointed) {
		const confidence = round(base - (1 - sniff.share) * C.valuesMixedPenalty);
		const reason = `its values look like ${KIND_LABEL[sniff.kind]} (${Math.round(sniff.share * 100)}% of ${sniff.count})`;
		const same = out.find((c) => c.field === field);
		if (!same) out.push({ field, confidence, reason });
		else if (confidence > same.confidence)
			Object.assign(same, { confidence, reason: `${reason}; ${same.reason}` });
	}
	return out.sort((a, b) => b.confidence - a.confidence);
}

/**
 * Reads each column's sample values and weighs its header's candidates
 * against them, in place. Columns taken from a remembered profile, blank
 * columns, and headers that rule every field out ("Assistant's Phone" holds
 * phone numbers, but not the person's own) are left as they are.
 */
export function weighValues(
	schema: Schema,
	headers: readonly string[],
	analyses: HeaderAnalysis[],
	rows: ReadonlyArray<Record<string, unknown>>,
	fromProfile: readonly boolean[],
): void {
	headers.forEach((header, i) => {
		if (fromProfile[i]) return;
		const sniff = sniffColumn(rows.map((r) => (Object.hasOwn(r, header) ? r[header] : undefined)));
		if (sniff.kind === 'empty') return;
		const analysis = analyses[i];
		if (analysis.ruledOut) return;
		const vague = isVague(header);
		const identifier = headerWords(header).some((w) => IDENTIFIER_WORDS.has(w));
		analysis.candidates = checkAgainstValues(schema, analysis.candidates, sniff, vague, identifier);
		if (analysis.candidates.length > 0 || sniff.kind === 'text') return;
		analysis.note += identifier
			? `; its values look like ${KIND_LABEL[sniff.kind]}, but the header names an identifier, not a field`
			: COMMON_KINDS.has(sniff.kind) && !vague
				? `; its values look like ${KIND_LABEL[sniff.kind]}, but the header does not say which field they are`
				: `; its values look like ${KIND_LABEL[sniff.kind]}, which no field of this schema takes`;
	});
}
