/**
 * What version 1 of the Dedupe node means when a parameter is left at its
 * default. n8n does not store a parameter left at its default in the
 * workflow, so these values are part of every saved workflow: they are
 * literals, never read from the library (whose defaults may be retuned), and
 * they never change. A new behaviour gets a new node version.
 */
export const DEDUPE_V1 = Object.freeze({
	policy: 'merge',
	matchOn: Object.freeze(['email', 'phone', 'name', 'address', 'dateOfBirth'] as const),
	threshold: 0.8,
	reviewThreshold: 0.2,
	fields: Object.freeze([
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
	] as const),
	dateField: 'updatedAt',
	defaultRule: 'keepExisting',
	existingIdField: 'id',
	gmailNormalize: true,
	phoneCountry: 'US',
	remember: 'off',
	historySize: 10000,
});

/**
 * The evidence model v1 scores pairs with: the prior and each field's
 * weights (points of evidence, log-odds base 2), as the library had them when
 * v1 was published. `npm run bench:dedupe:tune` may retune the library's;
 * the node keeps these, so a saved workflow's threshold keeps its meaning.
 * A weight the user sets in Options → Field Weights wins over these.
 */
export const DEDUPE_V1_MODEL = Object.freeze({
	prior: -8.5,
	weights: Object.freeze({
		email: Object.freeze({ agree: 10, disagree: 1 }),
		phone: Object.freeze({ agree: 6, disagree: 1 }),
		firstName: Object.freeze({ agree: 3.5, disagree: 1.9 }),
		lastName: Object.freeze({ agree: 4.3, disagree: 2.2 }),
		dateOfBirth: Object.freeze({ agree: 5.2, disagree: 1.5 }),
		street: Object.freeze({ agree: 3.6, disagree: 1.1 }),
		unit: Object.freeze({ agree: 1.5, disagree: 0.3 }),
		city: Object.freeze({ agree: 2.1, disagree: 0.9 }),
		zip: Object.freeze({ agree: 2.9, disagree: 0.8 }),
		state: Object.freeze({ agree: 0.9, disagree: 1.3 }),
	}),
});
