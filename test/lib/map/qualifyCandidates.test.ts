import { getSchema } from '../../../lib';
import { contextOf, qualify, worstRank } from '../../../lib/map/qualifyCandidates';
import type { Synonym } from '../../../lib/map/synonymIndex';

const ctx = contextOf(getSchema('clients'));
const synonym = (field: string): Synonym =>
	({ field, phrase: field, words: [field], confidence: 0.95, own: true }) as Synonym;

describe('worstRank', () => {
	it('takes the weakest qualifier', () => {
		expect(worstRank(['home', 'other'])).toBe('other');
		expect(worstRank(['zorg'])).toBeUndefined();
	});
});

describe('contextOf', () => {
	it('reads an email field’s overflowTo, and nothing for other fields', () => {
		expect(ctx.overflowOf('email')).toBe('email2');
		expect(ctx.overflowOf('phone')).toBeUndefined();
		expect(ctx.has('email2')).toBe(true);
	});
});

describe('qualify', () => {
	it('moves a home phone to Home phone', () => {
		expect(qualify(ctx, synonym('phone'), 'home', undefined, 1, 'how')).toEqual([
			{ field: 'homePhone', confidence: 0.95, reason: 'how; a home number' },
		]);
	});

	it('offers a work email as Email and as the overflow field', () => {
		expect(qualify(ctx, synonym('email'), 'work', undefined, 1, 'how')).toEqual([
			{ field: 'email', confidence: 0.75, reason: 'how' },
			{ field: 'email2', confidence: 0.68, reason: 'how; a second address' },
		]);
	});

	it('lowers a later one of anything else', () => {
		expect(qualify(ctx, synonym('city'), 'other', 2, 1, 'how')).toEqual([
			{ field: 'city', confidence: 0.441, reason: 'how' },
		]);
	});
});
