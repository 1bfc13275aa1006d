import { compareCodes } from './compare/compareCodes';
import { compareDates } from './compare/compareDates';
import { compareEmails } from './compare/compareEmails';
import { compareNames, type NameScores } from './compare/compareNames';
import type { Note } from './compare/note';
import { comparePhones } from './compare/comparePhones';
import { compareStreet } from './compare/compareStreet';
import { describe, spellingSimilarity } from './compare/similarity';
import type { ResolvedDedupeOptions } from './options';
import type { PreparedRecord } from './prepareRecord';
import type { DedupeField, DedupeReason, PairScore } from './types';

function spelling(a: string, b: string, note?: Note): number {
	if (a === '' || b === '') return -1;
	const s = spellingSimilarity(a, b);
	if (note) note.text = s < 1 ? `${a} ${s > 0 ? '≈' : '≠'} ${b}` : '';
	return s;
}

/** The names are compared once for both name fields; this holds the result for the pair being scored. */
interface PairState {
	names?: NameScores;
}

function compareField(field: DedupeField, a: PreparedRecord, b: PreparedRecord, state: PairState, note?: Note): number {
	switch (field) {
		case 'firstName':
		case 'lastName': {
			const names = (state.names ??= compareNames(a, b, note !== undefined));
			if (note) note.text = field === 'firstName' ? names.firstNote : names.lastNote;
			return field === 'firstName' ? names.first : names.last;
		}
		case 'email':
			return compareEmails(a.emails, b.emails, note);
		case 'phone':
			return comparePhones(a.phones, b.phones, note);
		case 'dateOfBirth':
			return compareDates(a.dob, b.dob, note);
		case 'street':
			return compareStreet(a.street, b.street, note);
		case 'unit':
			return spelling(a.unit, b.unit, note);
		case 'city':
			return spelling(a.city, b.city, note);
		case 'zip':
			return compareCodes(a.zip, b.zip, note);
		case 'state':
			if (a.state === '' || b.state === '') return -1;
			if (note) note.text = a.state !== b.state ? `${a.state.toUpperCase()} vs ${b.state.toUpperCase()}` : '';
			return a.state === b.state ? 1 : 0;
	}
}

/** Log-odds (base 2) to a 0..1 score, rounded to 4 places so that output is stable across platforms. */
function toScore(evidence: number): number {
	return Math.round(10000 / (1 + Math.pow(2, -evidence))) / 10000;
}

/** The evidence (log-odds, base 2) a score stands for. */
export function evidenceFor(score: number): number {
	if (score <= 0) return -Infinity;
	if (score >= 1) return Infinity;
	return Math.log2(score / (1 - score));
}

/** The cheap comparisons first, so that most pairs are ruled out before any string is measured. */
const COST_ORDER: readonly DedupeField[] = ['email', 'phone', 'dateOfBirth', 'zip', 'state', 'lastName', 'firstName', 'street', 'city', 'unit'];

/** The fields of the options in cost order, with the most evidence the fields after each could still add. */
export function fastPlan(options: ResolvedDedupeOptions): { fields: DedupeField[]; rest: number[]; needed: number } {
	const fields = COST_ORDER.filter((f) => options.fields.includes(f) && (options.weights[f].agree > 0 || options.weights[f].disagree > 0));
	const rest = fields.map((_, i) => fields.slice(i + 1).reduce((sum, f) => sum + options.weights[f].agree, 0));
	return { fields, rest, needed: evidenceFor(options.threshold) };
}

/**
 * Whether two prepared records score at or above the threshold. It stops as
 * soon as the rest of the fields could not lift the evidence that far, and
 * writes no notes: this is what makes scoring millions of candidate pairs
 * affordable. Pairs that pass are then scored in full by {@link explainPrepared}.
 *
 * @param a - a prepared record
 * @param b - another
 * @param options - resolved options
 * @param plan - from {@link fastPlan} for the same options
 * @returns whether the pair reaches the threshold
 */
export function passesThreshold(a: PreparedRecord, b: PreparedRecord, options: ResolvedDedupeOptions, plan: ReturnType<typeof fastPlan>): boolean {
	const state: PairState = {};
	let evidence = options.prior;
	for (let i = 0; i < plan.fields.length; i++) {
		const field = plan.fields[i];
		const s = compareField(field, a, b, state);
		if (s >= 0) {
			const w = options.weights[field];
			evidence += s * w.agree - (1 - s) * w.disagree;
		}
		if (evidence + plan.rest[i] < plan.needed) return false;
	}
	return toScore(evidence) >= options.threshold;
}

/**
 * Scores two prepared records with reasons: the prior plus, for each field
 * both have, `s × agree − (1 − s) × disagree`, turned into 0..1.
 *
 * @param a - a prepared record
 * @param b - another
 * @param options - resolved options
 * @returns the score and the reasons, strongest evidence first
 */
export function explainPrepared(a: PreparedRecord, b: PreparedRecord, options: ResolvedDedupeOptions): PairScore {
	const state: PairState = {};
	let evidence = options.prior;
	const reasons: Array<DedupeReason & { weight: number; order: number }> = [];
	options.fields.forEach((field, order) => {
		const note: Note = { text: '' };
		const s = compareField(field, a, b, state, note);
		if (s < 0) return;
		const w = options.weights[field];
		const contribution = s * w.agree - (1 - s) * w.disagree;
		evidence += contribution;
		reasons.push({ field, score: Math.round(s * 100) / 100, detail: describe(s, note.text), weight: Math.abs(contribution), order });
	});
	reasons.sort((x, y) => y.weight - x.weight || x.order - y.order);
	return { score: toScore(evidence), reasons: reasons.map(({ field, score, detail }) => ({ field, score, detail })) };
}
