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
import type { DedupeField, DedupeReason, MatchVerdict, PairScore } from './types';

function spelling(a: string, b: string, note?: Note): number {
	if (a === '' || b === '') return -1;
	const s = spellingSimilarity(a, b);
	if (note) note.text = s < 1 ? `${a} ${s > 0 ? '≈' : '≠'} ${b}` : '';
	return s;
}

/** The names are compared once for both name fields; this holds the result for the pair being judged. */
interface PairState {
	names?: NameScores;
}

function compareField(
	field: DedupeField,
	a: PreparedRecord,
	b: PreparedRecord,
	state: PairState,
	note?: Note,
): number {
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
			return compareStreet(a, b, note);
		case 'unit':
			return spelling(a.unit, b.unit, note);
		case 'city':
			return spelling(a.city, b.city, note);
		case 'zip':
			return compareCodes(a.zip, b.zip, note);
		case 'state':
			if (a.state === '' || b.state === '') return -1;
			if (note)
				note.text =
					a.state !== b.state ? `${a.state.toUpperCase()} vs ${b.state.toUpperCase()}` : '';
			return a.state === b.state ? 1 : 0;
	}
}

/** Log-odds (base 2) to a 0..1 score, rounded to 4 places so that output is stable across platforms. */
function toScore(evidence: number): number {
	return Math.round(10000 / (1 + Math.pow(2, -evidence))) / 10000;
}

/** How alike parts must be to agree: a first name at a nickname, an initial or one typo; a surname at one typo; a date of birth with day and month swapped. */
const FIRST_AGREES = 0.7;
const LAST_AGREES = 0.8;
/** Below this two names plainly disagree ("John" and "Jane"); between, they are only unlike (a bad typo). */
const NAME_CONFLICTS = 0.5;
const EMAIL_AGREES = 0.7;
const DOB_AGREES = 0.8;
const STREET_AGREES = 0.8;

const GENERATION_LABELS: Readonly<Record<string, string>> = { jr: 'Jr', sr: 'Sr' };
const generationLabel = (g: string): string => GENERATION_LABELS[g] ?? g.toUpperCase();

/** Text without spaces, to compare a street line with a unit line that holds it ("macintyreplace" = "macintyre place"). */
const squeeze = (s: string): string => (s.includes(' ') ? s.replace(/ /g, '') : s);

/**
 * Whether two records give one address: the street agrees (house number and
 * name), or the same house number with the street written in the other's
 * second address line (lines swapped, or a street line holding only the
 * number); never when both the ZIP and the city differ.
 */
function sameAddress(a: PreparedRecord, b: PreparedRecord, street: number): boolean {
	if (compareCodes(a.zip, b.zip) === 0 && spelling(a.city, b.city) === 0) return false;
	if (street >= STREET_AGREES) return true;
	if (a.streetNumber === '' || a.streetNumber !== b.streetNumber) return false;
	const lineAgrees = (line: string, other: string): boolean =>
		line !== '' &&
		other !== '' &&
		spellingSimilarity(squeeze(line), squeeze(other)) >= STREET_AGREES;
	if ((a.streetName === '' || b.streetName === '') && lineAgrees(a.unit, b.unit)) return true;
	return lineAgrees(a.streetJoined, b.unit) || lineAgrees(b.streetJoined, a.unit);
}

/** What the rules make of a pair, before any reason is written. */
export interface Judgement {
	readonly verdict: MatchVerdict;
	readonly rule: string;
	/** the evidence score, when the rules needed it and the pair is not unique; else undefined */
	readonly score?: number;
}

/** The verdicts most pairs get, made once: the bulk judging allocates nothing for them. */
const UNIQUE = Object.freeze({
	household: Object.freeze({
		verdict: 'unique',
		rule: 'different people: different first names and dates of birth',
	} as const),
	twins: Object.freeze({
		verdict: 'unique',
		rule: 'different people: different first names and emails',
	} as const),
	mailbox: Object.freeze({
		verdict: 'unique',
		rule: 'different first names, shared email',
	} as const),
	namesDisagree: Object.freeze({ verdict: 'unique', rule: 'names disagree' } as const),
	none: Object.freeze({ verdict: 'unique', rule: 'no rule matched' } as const),
});
const DUPLICATE = Object.freeze({
	email: Object.freeze({ verdict: 'duplicate', rule: 'same email' } as const),
	phone: Object.freeze({ verdict: 'duplicate', rule: 'same phone and name' } as const),
	phoneUnnamed: Object.freeze({
		verdict: 'duplicate',
		rule: 'same phone, one side unnamed',
	} as const),
});
const bulkNames: NameScores = { first: -1, last: -1, firstNote: '', lastNote: '' };
const bulkState: PairState = {};

/**
 * Judges two prepared records by the match rules, computing only what the
 * rules need (this runs on every candidate pair):
 *
 * - **never one person** (whatever else they share): two generations (Jr and
 *   Sr); first names that plainly disagree together with different dates of
 *   birth or different emails (a household, twins, an office); a duplicate
 *   where only one record names a generation is only a possible one;
 * - **duplicate** on its own: the same email, unless the first names plainly
 *   disagree (a family mailbox); the same phone, when the names agree or one
 *   side has none (a switchboard or a landline is shared);
 * - **duplicate with the evidence** (score ≥ threshold), else **possible**:
 *   a similar name together with one more agreeing identifier (email, phone,
 *   date of birth, street address); the same date of birth together with the
 *   same address, phone or email;
 * - **possible**: a similar first and last name with nothing else agreeing,
 *   unless the rest of the evidence is against it (score < reviewThreshold).
 *
 * The criteria not in `matchOn` neither decide nor confirm.
 *
 * @param a - a prepared record
 * @param b - another
 * @param options - resolved options
 * @returns the verdict, the rule in words, and the evidence score when it was computed
 */
export function judgePrepared(
	a: PreparedRecord,
	b: PreparedRecord,
	options: ResolvedDedupeOptions,
): Judgement {
	const judged = judgeByRules(a, b, options);
	// "John Smith" and "John Smith Jr." at one address are as likely a father and a son as one man written twice: a person decides
	if (judged.verdict === 'duplicate' && (a.generation === '') !== (b.generation === '')) {
		const named = a.generation || b.generation;
		return {
			verdict: 'possible',
			rule: `${judged.rule}, but only one ${named === '?' ? 'names a generation' : `says ${generationLabel(named)}`}`,
			score: judged.score,
		};
	}
	return judged;
}

function judgeByRules(
	a: PreparedRecord,
	b: PreparedRecord,
	options: ResolvedDedupeOptions,
): Judgement {
	const on = options.matchOn;
	// a record naming two generations conflicts with neither
	if (
		a.generation !== '' &&
		b.generation !== '' &&
		a.generation !== '?' &&
		b.generation !== '?' &&
		a.generation !== b.generation
	) {
		return {
			verdict: 'unique',
			rule: `different people: ${generationLabel(a.generation)} and ${generationLabel(b.generation)}`,
		};
	}
	// one names object and one state for every bulk judgement: millions of pairs, no garbage per pair
	const names = compareNames(a, b, false, bulkNames);
	const state = bulkState;
	state.names = names;
	const email = compareEmails(a.emails, b.emails);
	const dob = compareDates(a.dob, b.dob);
	const firstConflict = names.first >= 0 && names.first < NAME_CONFLICTS;
	if (firstConflict && dob >= 0 && dob < DOB_AGREES) return UNIQUE.household;
	if (firstConflict && email >= 0 && email < EMAIL_AGREES) return UNIQUE.twins;
	const lastConflict = names.last >= 0 && names.last < NAME_CONFLICTS;
	const firstAgrees = names.first >= FIRST_AGREES;
	const lastAgrees = names.last >= LAST_AGREES;
	const namesAgree = !firstConflict && !lastConflict && (firstAgrees || lastAgrees);
	if (on.email && email === 1 && !firstConflict) return DUPLICATE.email;
	const phone = comparePhones(a.phones, b.phones);
	if (on.phone && phone === 1) {
		if (namesAgree) return DUPLICATE.phone;
		if ((a.first === '' && a.last === '') || (b.first === '' && b.last === ''))
			return DUPLICATE.phoneUnnamed;
	}
	const nameRule = on.name && namesAgree;
	const dobAgrees = on.dateOfBirth && dob >= DOB_AGREES;
	if (!nameRule && !dobAgrees) {
		if (email === 1 && firstConflict) return UNIQUE.mailbox;
		// a shared phone or street with other names: a household or an office
		return phone === 1 || (a.streetJoined !== '' && a.streetJoined === b.streetJoined)
			? UNIQUE.namesDisagree
			: UNIQUE.none;
	}
	// the evidence over every compared field, reusing what the rules already compared
	let evidence = options.prior;
	let street = -2;
	for (const field of options.fields) {
		const s =
			field === 'email'
				? email
				: field === 'phone'
					? phone
					: field === 'dateOfBirth'
						? dob
						: compareField(field, a, b, state);
		if (field === 'street') street = s;
		if (s < 0) continue;
		const w = options.weights[field];
		evidence += s * w.agree - (1 - s) * w.disagree;
	}
	const score = toScore(evidence);
	if (street === -2) street = compareStreet(a, b);
	const addressAgrees = on.address && sameAddress(a, b, street);
	const emailAgrees = on.email && email >= EMAIL_AGREES && !firstConflict;
	const phoneAgrees = on.phone && phone === 1;
	// a date of birth one digit off is a typo next to a similar name, not next to another name
	const dobNearly = on.dateOfBirth && dob > 0;
	const identifier = emailAgrees
		? 'same email'
		: phoneAgrees
			? 'same phone'
			: dobAgrees
				? 'same date of birth'
				: addressAgrees
					? 'same address'
					: dobNearly
						? 'nearly the same date of birth'
						: undefined;
	let rule: string | undefined;
	if (nameRule && identifier) rule = `similar name and ${identifier}`;
	else if (dobAgrees && (addressAgrees || phoneAgrees || emailAgrees))
		rule = `same date of birth and ${addressAgrees ? 'address' : phoneAgrees ? 'phone' : 'email'}`;
	else if (
		dobAgrees &&
		on.address &&
		(compareCodes(a.zip, b.zip) === 1 || spelling(a.city, b.city) >= 0.8)
	)
		rule = 'same date of birth and place';
	if (rule)
		return score >= options.threshold
			? { verdict: 'duplicate', rule, score }
			: { verdict: 'possible', rule: `${rule}, but the other fields disagree`, score };
	if (on.name && firstAgrees && lastAgrees && score >= options.reviewThreshold)
		return { verdict: 'possible', rule: 'similar name only', score };
	return UNIQUE.none;
}

/**
 * Scores two prepared records with reasons (the prior plus, for each field
 * both have, `s × agree − (1 − s) × disagree`, turned into 0..1) and judges
 * them by the match rules ({@link judgePrepared}).
 *
 * @param a - a prepared record
 * @param b - another
 * @param options - resolved options
 * @returns the score, the reasons (strongest evidence first), the verdict and its rule
 */
export function explainPrepared(
	a: PreparedRecord,
	b: PreparedRecord,
	options: ResolvedDedupeOptions,
): PairScore {
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
		reasons.push({
			field,
			score: Math.round(s * 100) / 100,
			detail: describe(s, note.text),
			weight: Math.abs(contribution),
			order,
		});
	});
	reasons.sort((x, y) => y.weight - x.weight || x.order - y.order);
	const { verdict, rule } = judgePrepared(a, b, options);
	return {
		score: toScore(evidence),
		reasons: reasons.map(({ field, score, detail }) => ({ field, score, detail })),
		verdict,
		rule,
	};
}
