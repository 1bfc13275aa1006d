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
