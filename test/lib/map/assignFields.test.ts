import { getSchema } from '../../../lib';
import { assignFields, columnMappings, settleAmbiguous } from '../../../lib/map/assignFields';
import type { HeaderAnalysis } from '../../../lib/map/headerCandidates';

const analysis = (...candidates: Array<[string, number]>): HeaderAnalysis => ({
	candidates: candidates.map(([field, confidence]) => ({
		field,
		confidence,
		reason: `r ${field}`,
	})),
	note: '',
});

describe('assignFields', () => {
	it('gives a field to the surer column, and the other column its next candidate', () => {
		const { chosen, owner } = assignFields([
			analysis(['email', 0.7], ['email2', 0.6]),
			analysis(['email', 0.9]),
		]);
		expect(chosen.map((c) => c?.field)).toEqual(['email2', 'email']);
		expect([...owner]).toEqual([
			['email', 1],
			['email2', 0],
		]);
	});

	it('gives a tie to the earlier column, and leaves guesses below the minimum out', () => {
		const { chosen } = assignFields([
			analysis(['email', 0.8]),
			analysis(['email', 0.8]),
			analysis(['notes', 0.3]),
		]);
		expect(chosen.map((c) => c?.field)).toEqual(['email', undefined, undefined]);
	});
});

describe('settleAmbiguous', () => {
	it('raises an ambiguous header once sure columns hold its other meanings', () => {
		const title = {
			candidates: [
				{
					field: 'title',
					confidence: 0.75,
					reason: '"Title" names the field Title',
					ambiguous: { others: ['jobTitle'], confidence: 0.97 },
				},
			],
			note: '',
		};
		const assignment = assignFields([title, analysis(['jobTitle', 0.97])]);
		settleAmbiguous(assignment, ['Title', 'Job Title']);
		expect(assignment.chosen[0]).toEqual({
			field: 'title',
			confidence: 0.97,
			reason: '"Title" names the field Title, which "Job Title" already holds',
		});
	});
});

describe('columnMappings', () => {
	it('says why each unmapped column has no field', () => {
		const analyses = [
			analysis(['email', 0.9]),
			analysis(['email', 0.6]),
			analysis(['notes', 0.2]),
			{ candidates: [], note: '; no field matches this header' },
		];
		const assignment = assignFields(analyses);
		const headers = ['Email', 'Mail', 'Misc', 'Zorg'];
		expect(columnMappings(assignment, analyses, headers, getSchema('clients'))).toEqual([
			{ header: 'Email', field: 'email', confidence: 0.9, reason: 'r email' },
			{
				header: 'Mail',
				field: null,
				confidence: 0,
				reason:
					'Left unmapped: Email went to column "Email" (confidence 0.9 against 0.6 here: r email)',
			},
			{
				header: 'Misc',
				field: null,
				confidence: 0,
				reason: 'Left unmapped: too unsure (r notes, confidence 0.2)',
			},
			{
				header: 'Zorg',
				field: null,
				confidence: 0,
				reason: 'Left unmapped: no field matches this header',
			},
		]);
	});
});
