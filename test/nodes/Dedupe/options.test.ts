import { DEDUPE_V1_MODEL } from '../../../nodes/Dedupe/defaults';
import { dedupeOptionsOf, mergeOptionsOf } from '../../../nodes/Dedupe/options';
import { fakeExecuteFunctions } from '../../helpers/fakeExecuteFunctions';

const ctx = (parameters: Record<string, unknown> = {}) =>
	fakeExecuteFunctions({ items: [], files: [], parameters });

describe('dedupeOptionsOf', () => {
	it('spells out every v1 setting, the evidence model included, so no library default decides', () => {
		expect(dedupeOptionsOf(ctx(), {})).toEqual({
			matchOn: ['email', 'phone', 'name', 'address', 'dateOfBirth'],
			threshold: 0.8,
			reviewThreshold: 0.2,
			fields: [
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
			],
			weights: DEDUPE_V1_MODEL.weights,
			prior: -8.5,
			gmailNormalize: true,
			defaultCountry: 'US',
		});
	});

	it('puts a weight set in Options → Field Weights in place of v1’s, the half left out kept', () => {
		const { weights } = dedupeOptionsOf(ctx(), {
			weights: {
				values: [
					{ field: 'phone', agree: 2 },
					{ field: 'zip', disagree: 0 },
				],
			},
		});
		expect(weights).toMatchObject({
			email: { agree: 10, disagree: 1 },
			phone: { agree: 2, disagree: 1 },
			zip: { agree: 2.9, disagree: 0 },
		});
	});

	it('reads the parameters over the defaults, and all fields for an empty list', () => {
		const options = dedupeOptionsOf(ctx({ threshold: 0.9, matchOn: ['email'], fields: [] }), {
			reviewThreshold: 0.5,
			phoneCountry: 'GB',
			gmailNormalize: false,
		});
		expect(options).toMatchObject({
			threshold: 0.9,
			matchOn: ['email'],
			reviewThreshold: 0.5,
			defaultCountry: 'GB',
			gmailNormalize: false,
		});
		expect(options.fields).toHaveLength(10);
	});
});

describe('mergeOptionsOf', () => {
	it('uses the v1 rule and date field, and the per-field rules set', () => {
		expect(mergeOptionsOf({})).toEqual({
			default: 'keepExisting',
			fields: {},
			dateField: 'updatedAt',
		});
		expect(
			mergeOptionsOf({
				defaultRule: 'newest',
				dateField: 'modified',
				mergeRules: { values: [{ field: 'notes', rule: 'keepIncoming' }, { field: '' }] },
			}),
		).toEqual({ default: 'newest', fields: { notes: 'keepIncoming' }, dateField: 'modified' });
	});
});
