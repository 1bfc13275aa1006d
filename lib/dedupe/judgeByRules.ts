import { compareCodes } from './compare/compareCodes';
import { compareDates } from './compare/compareDates';
import { compareEmails } from './compare/compareEmails';
import { compareField, spelling, toScore, type PairState } from './compare/compareField';
import { compareNames, type NameScores } from './compare/compareNames';
import { comparePhones } from './compare/comparePhones';
import { compareStreet } from './compare/compareStreet';
import { spellingSimilarity } from './compare/similarity';
import type { ResolvedDedupeOptions } from './options';
import type { PreparedRecord } from './prepareRecord';
import type { DedupeField, MatchVerdict } from './types';

/** How alike parts must be to agree: a first name at a nickname, an initial or one typo; a surname at one typo; a date of birth with day and month swapped. */
const FIRST_AGREES = 0.7;
const LAST_AGREES = 0.8;
/** Below this two names plainly disagree ("John" and "Jane"); between, they are only unlike (a bad typo). */
const NAME_CONFLICTS = 0.5;
const EMAIL_AGREES = 0.7;
const DOB_AGREES = 0.8;
const STREET_AGREES = 0.8;
/** How alike two cities must be spelt to be one place. */
const CITY_AGREES = 0.8;

const GENERATION_LABELS: Readonly<Record<string, string>> = { jr: 'Jr', sr: 'Sr' };
/** "Jr", "Sr", "III": how a generation is written in a rule. */
export const generationLabel = (g: string): string => GENERATION_LABELS[g] ?? g.toUpperCase();

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

/** A comparison not made yet (similarities are 0..1, or −1 for a missing value). */
const NOT_YET = -2;

/**
 * What the rules read of one pair. One object serves every bulk judgement
 * (millions of pairs, no garbage per pair): {@link gatherFacts} overwrites
 * every entry; `email`, `phone`, `street` and `score` stay {@link NOT_YET} until a rule
 * needs them, so a pair settled early never pays for them.
 */
interface Facts {
	a: PreparedRecord;
	b: PreparedRecord;
	options: ResolvedDedupeOptions;
	/** the pair's state for compareField: it holds `names`, compared once */
	state: PairState;
	names: NameScores;
	email: number;
	dob: number;
	phone: number;
	street: number;
	score: number;
	/** the first names plainly disagree ("John" and "Jane") */
	firstConflict: boolean;
	firstAgrees: boolean;
	lastAgrees: boolean;
	/** neither name part disagrees, and at least one agrees */
	namesAgree: boolean;
	/** names are a match criterion and agree */
	nameRule: boolean;
	/** dates of birth are a match criterion and agree */
	dobAgrees: boolean;
	/** set by {@link settleAgreements}, for the evidence rules only: */
	addressAgrees: boolean;
	emailAgrees: boolean;
	phoneAgrees: boolean;
	/** a date of birth one digit off: a typo next to a similar name, not next to another name */
	dobNearly: boolean;
}

const bulkNames: NameScores = { first: -1, last: -1, firstNote: '', lastNote: '' };
const facts = {
	state: {},
	names: bulkNames,
} as Facts;

function gatherFacts(a: PreparedRecord, b: PreparedRecord, options: ResolvedDedupeOptions): Facts {
	const f = facts;
	const names = compareNames(a, b, false, bulkNames);
	f.a = a;
	f.b = b;
	f.options = options;
	f.state.names = names;
	f.names = names;
	f.email = NOT_YET;
	f.dob = compareDates(a.dob, b.dob);
	f.phone = NOT_YET;
	f.street = NOT_YET;
	f.score = NOT_YET;
	f.firstConflict = names.first >= 0 && names.first < NAME_CONFLICTS;
	const lastConflict = names.last >= 0 && names.last < NAME_CONFLICTS;
	f.firstAgrees = names.first >= FIRST_AGREES;
	f.lastAgrees = names.last >= LAST_AGREES;
	f.namesAgree = !f.firstConflict && !lastConflict && (f.firstAgrees || f.lastAgrees);
	f.nameRule = options.matchOn.name && f.namesAgree;
	f.dobAgrees = options.matchOn.dateOfBirth && f.dob >= DOB_AGREES;
	return f;
}

/** The emails, compared when a rule first asks: most pairs are settled by their names and birthdays without them. */
function emailOf(f: Facts): number {
	if (f.email === NOT_YET) f.email = compareEmails(f.a.emails, f.b.emails);
	return f.email;
}

function phoneOf(f: Facts): number {
	if (f.phone === NOT_YET) f.phone = comparePhones(f.a.phones, f.b.phones);
	return f.phone;
}

/** Two generations (Jr and Sr) are never one person; a record naming two generations ('?') conflicts with neither. */
function differentGenerations(a: PreparedRecord, b: PreparedRecord): Judgement | undefined {
	if (
		a.generation === '' ||
		b.generation === '' ||
		a.generation === '?' ||
		b.generation === '?' ||
		a.generation === b.generation
	)
		return undefined;
	return {
		verdict: 'unique',
		rule: `different people: ${generationLabel(a.generation)} and ${generationLabel(b.generation)}`,
	};
}

/** Different first names and dates of birth: a household. */
function household(f: Facts): Judgement | undefined {
	return f.firstConflict && f.dob >= 0 && f.dob < DOB_AGREES ? UNIQUE.household : undefined;
}

/** Different first names and emails: twins, or colleagues. */
function twins(f: Facts): Judgement | undefined {
	if (!f.firstConflict) return undefined;
	const email = emailOf(f);
	return email >= 0 && email < EMAIL_AGREES ? UNIQUE.twins : undefined;
}

/** The same email, unless the first names plainly disagree (a family mailbox). */
function sameEmail(f: Facts): Judgement | undefined {
	return f.options.matchOn.email && !f.firstConflict && emailOf(f) === 1
		? DUPLICATE.email
		: undefined;
}

/** The same phone, when the names agree or one side has none (a switchboard or a landline is shared). */
function samePhone(f: Facts): Judgement | undefined {
	if (!f.options.matchOn.phone || phoneOf(f) !== 1) return undefined;
	if (f.namesAgree) return DUPLICATE.phone;
	const { a, b } = f;
	if ((a.first === '' && a.last === '') || (b.first === '' && b.last === ''))
		return DUPLICATE.phoneUnnamed;
	return undefined;
}

/** Neither the names nor the dates of birth agree: nothing left can make the pair one person. */
function neitherNameNorBirthday(f: Facts): Judgement | undefined {
	if (f.nameRule || f.dobAgrees) return undefined;
	if (f.firstConflict && emailOf(f) === 1) return UNIQUE.mailbox;
	// a shared phone or street with other names: a household or an office
	const { a, b } = f;
	return phoneOf(f) === 1 || (a.streetJoined !== '' && a.streetJoined === b.streetJoined)
		? UNIQUE.namesDisagree
		: UNIQUE.none;
}

/**
 * The rules that settle a pair without the evidence score, in order. The
 * first that answers decides, and each may assume no earlier one answered
 * (sameEmail knows the pair is no household; neitherNameNorBirthday always
 * answers when it is reached with nothing agreeing).
 */
const SURE_RULES: ReadonlyArray<(f: Facts) => Judgement | undefined> = [
	household,
	twins,
	sameEmail,
	samePhone,
	neitherNameNorBirthday,
];

/** The evidence over every compared field, reusing what the rules already compared: sets `score` and `street`. */
function weighEvidence(f: Facts): void {
	const { options } = f;
	let evidence = options.prior;
	for (const field of options.fields) {
		const s = similarityOf(f, field);
		if (s < 0) continue;
		const w = options.weights[field];
		evidence += s * w.agree - (1 - s) * w.disagree;
	}
	f.score = toScore(evidence);
}

/** One field's similarity, reusing what the rules already compared. */
function similarityOf(f: Facts, field: DedupeField): number {
	return field === 'email'
		? emailOf(f)
		: field === 'phone'
			? phoneOf(f)
			: field === 'dateOfBirth'
				? f.dob
				: field === 'street'
					? streetOf(f)
					: compareField(field, f.a, f.b, f.state);
}

/** The streets, compared when first needed (two spellings each: the costliest comparison). */
function streetOf(f: Facts): number {
	if (f.street === NOT_YET) f.street = compareStreet(f.a, f.b);
	return f.street;
}

/**
 * The most evidence the pair could reach: every field compared but the
 * street and unit not compared yet, which count as agreeing where both
 * records have one. Below the review threshold, the pair is settled without
 * comparing them (at a million records, most pairs of namesakes are).
 */
function mostEvidence(f: Facts): number {
	const { options, a, b } = f;
	let evidence = options.prior;
	for (const field of options.fields) {
		let s: number;
		if (field === 'street' && f.street === NOT_YET)
			s = a.streetName !== '' && b.streetName !== '' ? 1 : -1;
		else if (field === 'unit') s = a.unit !== '' && b.unit !== '' ? 1 : -1;
		else s = similarityOf(f, field);
		if (s < 0) continue;
		const w = options.weights[field];
		evidence += s * w.agree - (1 - s) * w.disagree;
	}
	return evidence;
}

/** Text without spaces, to compare a street line with a unit line that holds it ("macintyreplace" = "macintyre place"). */
const squeeze = (s: string): string => (s.includes(' ') ? s.replace(/ /g, '') : s);

/**
 * Whether two records give one address: the street agrees (house number and
 * name), or the same house number with the street written in the other's
 * second address line (lines swapped, or a street line holding only the
 * number); never when both the ZIP and the city differ.
 */
function sameAddress(f: Facts): boolean {
	const { a, b } = f;
	if (compareCodes(a.zip, b.zip) === 0 && spelling(a.city, b.city) === 0) return false;
	if (streetOf(f) >= STREET_AGREES) return true;
	if (a.streetNumber === '' || a.streetNumber !== b.streetNumber) return false;
	const lineAgrees = (line: string, other: string): boolean =>
		line !== '' &&
		other !== '' &&
		spellingSimilarity(squeeze(line), squeeze(other)) >= STREET_AGREES;
	if ((a.streetName === '' || b.streetName === '') && lineAgrees(a.unit, b.unit)) return true;
	return lineAgrees(a.streetJoined, b.unit) || lineAgrees(b.streetJoined, a.unit);
}

/** Sets which identifiers agree beside the names: what the evidence rules combine. */
function settleAgreements(f: Facts): void {
	const on = f.options.matchOn;
	f.addressAgrees = on.address && sameAddress(f);
	f.emailAgrees = on.email && !f.firstConflict && emailOf(f) >= EMAIL_AGREES;
	f.phoneAgrees = on.phone && phoneOf(f) === 1;
	f.dobNearly = on.dateOfBirth && f.dob > 0;
}

/** A similar name together with one more agreeing identifier, the strongest named. */
function similarNameAndIdentifier(f: Facts): string | undefined {
	if (!f.nameRule) return undefined;
	const identifier = f.emailAgrees
		? 'same email'
		: f.phoneAgrees
			? 'same phone'
			: f.dobAgrees
				? 'same date of birth'
				: f.addressAgrees
					? 'same address'
					: f.dobNearly
						? 'nearly the same date of birth'
						: undefined;
	return identifier && `similar name and ${identifier}`;
}

/** The same date of birth together with the same address, phone or email. */
function sameBirthdayAndContact(f: Facts): string | undefined {
	if (!f.dobAgrees || !(f.addressAgrees || f.phoneAgrees || f.emailAgrees)) return undefined;
	return `same date of birth and ${f.addressAgrees ? 'address' : f.phoneAgrees ? 'phone' : 'email'}`;
}

/** The same date of birth in the same ZIP or city. */
function sameBirthdayAndPlace(f: Facts): string | undefined {
	const { a, b } = f;
	return f.dobAgrees &&
		f.options.matchOn.address &&
		(compareCodes(a.zip, b.zip) === 1 || spelling(a.city, b.city) >= CITY_AGREES)
		? 'same date of birth and place'
		: undefined;
}

/**
 * The rules that make a pair a duplicate when the evidence score reaches the
 * threshold, else a possible one, in order: the first that names the pair
 * decides its rule.
 */
const EVIDENCE_RULES: ReadonlyArray<(f: Facts) => string | undefined> = [
	similarNameAndIdentifier,
	sameBirthdayAndContact,
	sameBirthdayAndPlace,
];

/**
 * Judges two prepared records by the match rules, computing only what the
 * rules need: first the generations, then the rules that need no evidence
 * score ({@link SURE_RULES}), then those that weigh it ({@link EVIDENCE_RULES}),
 * and last a similar first and last name alone, which is possible unless the
 * rest of the evidence is against it (score < reviewThreshold). The
 * generation check of a duplicate is {@link judgePrepared}'s.
 *
 * @param a - a prepared record
 * @param b - another
 * @param options - resolved options
 * @returns the verdict, the rule in words, and the evidence score when it was computed
 * @example
 * judgeByRules(prepareRecord({ firstName: 'Ann', email: 'a@x.com' }), prepareRecord({ firstName: 'Ann', email: 'a@x.com' }), options)
 * //=> { verdict: 'duplicate', rule: 'same email' }
 */
export function judgeByRules(
	a: PreparedRecord,
	b: PreparedRecord,
	options: ResolvedDedupeOptions,
): Judgement {
	const generations = differentGenerations(a, b);
	if (generations) return generations;
	const f = gatherFacts(a, b, options);
	for (const rule of SURE_RULES) {
		const judged = rule(f);
		if (judged) return judged;
	}
	settleAgreements(f);
	for (const named of EVIDENCE_RULES) {
		const rule = named(f);
		if (rule === undefined) continue;
		weighEvidence(f);
		const { score } = f;
		return score >= options.threshold
			? { verdict: 'duplicate', rule, score }
			: { verdict: 'possible', rule: `${rule}, but the other fields disagree`, score };
	}
	if (!options.matchOn.name || !f.firstAgrees || !f.lastAgrees) return UNIQUE.none;
	// the score is computed only when it may reach the review threshold
	if (toScore(mostEvidence(f)) < options.reviewThreshold) return UNIQUE.none;
	weighEvidence(f);
	return f.score >= options.reviewThreshold
		? { verdict: 'possible', rule: 'similar name only', score: f.score }
		: UNIQUE.none;
}
