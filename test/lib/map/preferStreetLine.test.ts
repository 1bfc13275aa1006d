import { getSchema } from '../../../lib';
import type { HeaderAnalysis } from '../../../lib/map/headerCandidates';
import { preferStreetLine } from '../../../lib/map/preferStreetLine';

const address = (): HeaderAnalysis => ({
	candidates: [{ field: 'fullAddress', confidence: 0.95, reason: '"Address" names it' }],
	note: '',
	phrase: 'address',
});
const city = (confidence: number): HeaderAnalysis => ({
	candidates: [{ field: 'city', confidence, reason: 'City' }],
	note: '',
	phrase: 'city',
});

describe('preferStreetLine', () => {
	it('reads "Address" beside a sure City column as the street line', () => {
		const analyses = [address(), city(0.97)];
		preferStreetLine(analyses, getSchema('clients'));
		expect(analyses[0].candidates).toEqual([
			{
				field: 'street',
				confidence: 0.9,
				reason: '"Address" names it; beside City/State/ZIP columns it holds the street line',
			},
			{ field: 'fullAddress', confidence: 0.475, reason: '"Address" names it' },
		]);
	});

	it('leaves it the full address when no column is surely a city, state or ZIP', () => {
		const analyses = [address(), city(0.7)];
		preferStreetLine(analyses, getSchema('clients'));
		expect(analyses[0].candidates[0].field).toBe('fullAddress');
	});
});
