import { compareCodes } from './compare/compareCodes';
import { compareDates } from './compare/compareDates';
import { compareEmails } from './compare/compareEmails';
import { compareNames, type NameScores } from './compare/compareNames';
import { comparePhones } from './compare/comparePhones';
import { compareStreet } from './compare/compareStreet';
import { describe, spellingSimilarity } from './compare/similarity';
import type { ResolvedDedupeOptions } from './options';
import type { PreparedRecord } from './prepareRecord';
import type { DedupeField, DedupeReason, PairScore } from './types';

const NO_REASONS: DedupeReason[] = [];

function spelling(a: string, b: string, explain: boolean): [number, string] {
	if (a === '' || b === '') return [-1, ''];
	const s = spellingSimilarity(a, b);
	return [s, explain && s < 1 ? `${a} ${s > 0 ? '≈' : '≠'} ${b}` : ''];
}

function compareField(field: DedupeField, a: PreparedRecord, b: PreparedRecord, explain: boolean, names: () => NameScores): [number, string] {
	switch (field) {
		case 'firstName':
			return [names().first, names().firstNote];
		case 'lastName':
			return [names().last, names().lastNote];
		case 'email':
			return compareEmails(a.emails, b.emails, explain);
		case 'phone':
			return comparePhones(a.phones, b.phones, explain);
		case 'dateOfBirth':
			return compareDates(a.dob, b.dob, explain);
		case 'street':
			return compareStreet(a.street, b.street, explain);
		case 'unit':
			return spelling(a.unit, b.unit, explain);
		case 'city':
			return spelling(a.city, b.city, explain);
		case 'zip':
			return compareCodes(a.zip, b.zip, explain);
		case 'state':
			return a.state === '' || b.state === '' ? [-1, ''] : [a.state === b.state ? 1 : 0, explain && a.state !== b.state ? `${a.state.toUpperCase()} vs ${b.state.toUpperCase()}` : ''];
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

/**
 * Scores two prepared records: the prior plus, for each field both have,
 * `s × agree − (1 − s) × disagree`, turned into 0..1. Without `explain` it
 * stops as soon as the threshold is out of reach and gives no reasons, which
 * is what makes scoring millions of candidate pairs affordable.
 *
 * @param a - a prepared record
 * @param b - another
 * @param options - resolved options
 * @param explain - whether to give reasons (and always score in full)
 * @returns the score and, with `explain`, the reasons, strongest evidence first
 */
export function scorePrepared(a: PreparedRecord, b: PreparedRecord, options: ResolvedDedupeOptions, explain: boolean): PairScore {
	const { fields, weights } = options;
	let names: NameScores | undefined;
	const getNames = () => (names ??= compareNames(a, b, explain));
	let evidence = options.prior;
	let reachable = 0;
	if (!explain) for (const f of fields) reachable += weights[f].agree;
	const needed = evidenceFor(options.threshold);
	const reasons: Array<DedupeReason & { weight: number; order: number }> = [];
	for (let i = 0; i < fields.length; i++) {
		const field = fields[i];
		const w = weights[field];
		if (!explain) {
			reachable -= w.agree;
			if (w.agree === 0 && w.disagree === 0) continue;
		}
		const [s, note] = compareField(field, a, b, explain, getNames);
		if (s < 0) continue;
		const contribution = s * w.agree - (1 - s) * w.disagree;
		evidence += contribution;
		if (explain) reasons.push({ field, score: Math.round(s * 100) / 100, detail: describe(s, note), weight: Math.abs(contribution), order: i });
		else if (evidence + reachable < needed) return { score: toScore(evidence + reachable), reasons: NO_REASONS };
	}
	if (!explain) return { score: toScore(evidence), reasons: NO_REASONS };
	reasons.sort((x, y) => y.weight - x.weight || x.order - y.order);
	return { score: toScore(evidence), reasons: reasons.map(({ field, score, detail }) => ({ field, score, detail })) };
}
