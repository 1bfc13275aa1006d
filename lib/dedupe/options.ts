import { IntakeError, invalidOption } from '../errors';
import type { DedupeField, DedupeOptions, FieldWeight, MatchCriterion } from './types';

/** Every comparison, in the order reasons list ties. */
export const DEDUPE_FIELDS: readonly DedupeField[] = [
	'email',
	'phone',
	'firstName',
	'lastName',
	'dateOfBirth',
	'street',
	'unit',
	'city',
	'zip',
	'state',
];

/** Every match criterion, in the order the rules try them. */
export const MATCH_CRITERIA: readonly MatchCriterion[] = [
	'email',
	'phone',
	'name',
	'address',
	'dateOfBirth',
];

/** DedupeOptions with every default filled in and the weights spelled out. */
export interface ResolvedDedupeOptions {
	matchOn: Readonly<Record<MatchCriterion, boolean>>;
	threshold: number;
	reviewThreshold: number;
	fields: readonly DedupeField[];
	weights: Readonly<Record<DedupeField, FieldWeight>>;
	prior: number;
	gmailNormalize: boolean;
	defaultCountry: string;
	window: number;
	maxBlockSize: number;
}

/**
 * The defaults. Weights are points of evidence (log-odds, base 2); they were
 * tuned on the FEBRL sets (`npm run bench:dedupe`) for names, addresses and
 * dates of birth, and set by judgement for email and phone, which FEBRL lacks:
 * a shared email is strong evidence, a shared phone less so (a household or
 * an office shares one: John and Jane Smith on one landline are two people),
 * and a different one is weak counter-evidence (people have several).
 */
export const DEFAULT_DEDUPE_OPTIONS: Readonly<ResolvedDedupeOptions> = Object.freeze({
	matchOn: Object.freeze({
		email: true,
		phone: true,
		name: true,
		address: true,
		dateOfBirth: true,
	}),
	threshold: 0.8,
	reviewThreshold: 0.2,
	fields: DEDUPE_FIELDS,
	weights: Object.freeze({
		email: { agree: 10, disagree: 1 },
		phone: { agree: 6, disagree: 1 },
		firstName: { agree: 3.5, disagree: 1.9 },
		lastName: { agree: 4.3, disagree: 2.2 },
		dateOfBirth: { agree: 5.2, disagree: 1.5 },
		street: { agree: 3.6, disagree: 1.1 },
		unit: { agree: 1.5, disagree: 0.3 },
		city: { agree: 2.1, disagree: 0.9 },
		zip: { agree: 2.9, disagree: 0.8 },
		state: { agree: 0.9, disagree: 1.3 },
	}),
	prior: -8.5,
	gmailNormalize: true,
	defaultCountry: 'US',
	window: 4,
	maxBlockSize: 50,
});

function invalid(name: string, expected: string, got: unknown): IntakeError {
	return invalidOption('DEDUPE_INVALID_OPTION', name, expected, got);
}

function finite(name: string, value: unknown, min: number, max: number): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
		throw invalid(name, `a number from ${min} to ${max}`, value);
	return value;
}

function resolveWeight(field: DedupeField, given: unknown): FieldWeight {
	const base = DEFAULT_DEDUPE_OPTIONS.weights[field];
	if (given === undefined) return base;
	if (typeof given === 'number') {
		const agree = finite(`weights.${field}`, given, 0, 100);
		return { agree, disagree: (agree * base.disagree) / base.agree };
	}
	if (typeof given !== 'object' || given === null)
		throw invalid(`weights.${field}`, 'a number or { agree, disagree }', given);
	const w = given as Partial<FieldWeight>;
	return {
		agree: w.agree === undefined ? base.agree : finite(`weights.${field}.agree`, w.agree, 0, 100),
		disagree:
			w.disagree === undefined
				? base.disagree
				: finite(`weights.${field}.disagree`, w.disagree, 0, 100),
	};
}

function resolveMatchOn(given: unknown): Readonly<Record<MatchCriterion, boolean>> {
	if (given === undefined) return DEFAULT_DEDUPE_OPTIONS.matchOn;
	if (!Array.isArray(given))
		throw invalid('matchOn', `a list of ${MATCH_CRITERIA.join(', ')}`, given);
	for (const c of given)
		if (!MATCH_CRITERIA.includes(c))
			throw invalid('matchOn', `only ${MATCH_CRITERIA.join(', ')}`, c);
	const on = Object.fromEntries(MATCH_CRITERIA.map((c) => [c, given.includes(c)])) as Record<
		MatchCriterion,
		boolean
	>;
	// an address or a birthday is shared by households and by strangers; alone they only confirm a name
	if (!on.email && !on.phone && !on.name && !(on.dateOfBirth && on.address)) {
		throw invalid(
			'matchOn',
			'email, phone or name among the criteria (address and date of birth confirm a name, or each other)',
			given,
		);
	}
	return Object.freeze(on);
}

/**
 * Checks dedupe options and fills in the defaults.
 *
 * @param options - what the caller passed
 * @returns every option, resolved
 * @throws IntakeError `DEDUPE_INVALID_OPTION` for an unknown field or criterion, a weight or threshold out of range, or a bad window
 */
export function resolveDedupeOptions(options: DedupeOptions = {}): ResolvedDedupeOptions {
	if (typeof options !== 'object' || options === null)
		throw invalid('options', 'an object', options);
	const d = DEFAULT_DEDUPE_OPTIONS;
	let fields = d.fields;
	if (options.fields !== undefined) {
		if (!Array.isArray(options.fields))
			throw invalid('fields', `an array of ${DEDUPE_FIELDS.join(', ')}`, options.fields);
		for (const f of options.fields)
			if (!DEDUPE_FIELDS.includes(f))
				throw invalid('fields', `only ${DEDUPE_FIELDS.join(', ')}`, f);
		// the canonical order, so the same fields in any order score the same
		fields = DEDUPE_FIELDS.filter((f) => options.fields!.includes(f));
	}
	const givenWeights = options.weights ?? {};
	if (typeof givenWeights !== 'object' || givenWeights === null)
		throw invalid('weights', 'an object keyed by field', givenWeights);
	for (const k of Object.keys(givenWeights))
		if (!DEDUPE_FIELDS.includes(k as DedupeField))
			throw invalid('weights', `keys among ${DEDUPE_FIELDS.join(', ')}`, k);
	const weights = {} as Record<DedupeField, FieldWeight>;
	for (const f of DEDUPE_FIELDS)
		weights[f] = resolveWeight(f, (givenWeights as Record<string, unknown>)[f]);
	const window = options.window === undefined ? d.window : finite('window', options.window, 1, 100);
	const maxBlockSize =
		options.maxBlockSize === undefined
			? d.maxBlockSize
			: finite('maxBlockSize', options.maxBlockSize, 2, 10000);
	if (!Number.isInteger(window)) throw invalid('window', 'a whole number', window);
	if (!Number.isInteger(maxBlockSize))
		throw invalid('maxBlockSize', 'a whole number', maxBlockSize);
	const defaultCountry = options.defaultCountry ?? d.defaultCountry;
	if (typeof defaultCountry !== 'string' || !/^[A-Za-z]{2}$/.test(defaultCountry))
		throw invalid('defaultCountry', 'a two-letter country code', defaultCountry);
	const gmailNormalize = options.gmailNormalize ?? d.gmailNormalize;
	if (typeof gmailNormalize !== 'boolean')
		throw invalid('gmailNormalize', 'true or false', gmailNormalize);
	const threshold =
		options.threshold === undefined ? d.threshold : finite('threshold', options.threshold, 0, 1);
	const reviewThreshold =
		options.reviewThreshold === undefined
			? Math.min(d.reviewThreshold, threshold)
			: finite('reviewThreshold', options.reviewThreshold, 0, 1);
	if (reviewThreshold > threshold)
		throw invalid(
			'reviewThreshold',
			`a number no higher than threshold (${threshold})`,
			reviewThreshold,
		);
	return {
		matchOn: resolveMatchOn(options.matchOn),
		threshold,
		reviewThreshold,
		fields,
		weights,
		prior: options.prior === undefined ? d.prior : finite('prior', options.prior, -100, 100),
		gmailNormalize,
		defaultCountry: defaultCountry.toUpperCase(),
		window,
		maxBlockSize,
	};
}
