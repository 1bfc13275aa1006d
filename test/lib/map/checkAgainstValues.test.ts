import { getSchema } from '../../../lib';
import { checkAgainstValues, isVague } from '../../../lib/map/checkAgainstValues';
import type { ColumnSniff } from '../../../lib/map/types';

const clients = getSchema('clients');
const sniff = (
	kind: ColumnSniff['kind'],
	share = 1,
	shares: ColumnSniff['shares'] = {},
): ColumnSniff => ({
	kind,
	share,
	count: 10,
	shares: { [kind]: share, ...shares },
});

describe('checkAgainstValues', () => {
	it('raises a header whose values agree, up to 0.99', () => {
		expect(
			checkAgainstValues(
				clients,
				[{ field: 'email', confidence: 0.97, reason: 'Email' }],
				sniff('email'),
				false,
			),
		).toEqual([
			{ field: 'email', confidence: 0.99, reason: 'Email; its values agree (emails, 100% of 10)' },
			{ field: 'email2', confidence: 0.85, reason: 'its values look like emails (100% of 10)' },
		]);
	});

	it('lowers a header whose values are plainly of another kind, and adds the field they point to', () => {
		expect(
			checkAgainstValues(
				clients,
				[{ field: 'phone', confidence: 0.95, reason: 'Phone' }],
				sniff('email'),
				false,
			),
		).toEqual([
			{ field: 'email', confidence: 0.9, reason: 'its values look like emails (100% of 10)' },
			{ field: 'email2', confidence: 0.85, reason: 'its values look like emails (100% of 10)' },
			{
				field: 'phone',
				confidence: 0.38,
				reason: 'Phone; but its values look like emails (100% of 10)',
			},
		]);
	});

	it('halves a header when under half its values are its kind', () => {
		expect(
			checkAgainstValues(
				clients,
				[{ field: 'email', confidence: 0.97, reason: 'Email' }],
				sniff('text', 1, { email: 0.2 }),
				false,
			),
		).toEqual([
			{
				field: 'email',
				confidence: 0.485,
				reason: 'Email; but only 20% of 10 of its values look like emails',
			},
		]);
	});

	it('lets dates and names pick a field only under a vague header', () => {
		expect(checkAgainstValues(clients, [], sniff('date'), false)).toEqual([]);
		expect(checkAgainstValues(clients, [], sniff('date'), true)).toEqual([
			{ field: 'dateOfBirth', confidence: 0.6, reason: 'its values look like dates (100% of 10)' },
		]);
	});
});

describe('isVague', () => {
	it('tells headers that say nothing', () => {
		expect(isVague('col7')).toBe(true);
		expect(isVague('Contact')).toBe(true);
		expect(isVague('Home Phone')).toBe(false);
	});
});
