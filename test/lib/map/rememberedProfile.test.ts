import { createMappingProfile, getSchema } from '../../../lib';
import { headerWords, wordsKey } from '../../../lib/map/headerWords';
import { pickProfile, rememberedAnalysis } from '../../../lib/map/rememberedProfile';

const keys = (headers: string[]) => headers.map((h) => wordsKey(headerWords(h)));
const clients = getSchema('clients');
const monthly = createMappingProfile(
	{
		columns: [
			{ header: 'Tel', field: 'phone' },
			{ header: 'Ref', field: null },
		],
	},
	{ name: 'Monthly', schema: 'clients' },
);

describe('pickProfile', () => {
	it('picks the profile sharing the most headers, at half of them or more', () => {
		const picked = pickProfile(keys(['tel', 'REF', 'Email']), clients, [monthly]);
		expect(picked?.similarity).toBeCloseTo(2 / 3, 5);
		expect(pickProfile(keys(['Tel', 'A', 'B']), clients, [monthly])).toBeUndefined();
	});

	it('passes over a profile of another schema', () => {
		expect(pickProfile(keys(['Tel', 'Ref']), getSchema('cases'), [monthly])).toBeUndefined();
	});
});

describe('rememberedAnalysis', () => {
	const picked = pickProfile(keys(['Tel', 'Ref']), clients, [monthly]);

	it('gives a remembered field at 0.99 for the same headers', () => {
		expect(rememberedAnalysis(keys(['Tel'])[0], picked!, clients)).toEqual({
			candidates: [
				{ field: 'phone', confidence: 0.99, reason: 'remembered from "Monthly" (same headers)' },
			],
			note: '',
		});
	});

	it('keeps a column left unmapped, and knows nothing of other headers', () => {
		expect(rememberedAnalysis(keys(['Ref'])[0], picked!, clients)).toEqual({
			candidates: [],
			note: 'as in "Monthly" (same headers)',
		});
		expect(rememberedAnalysis(keys(['Email'])[0], picked!, clients)).toBeUndefined();
	});
});
