import { getSchema } from '../../../lib';
import { correctTypos, segmentWords } from '../../../lib/map/headerSpelling';
import { synonymIndexFor } from '../../../lib/map/synonymIndex';

const index = synonymIndexFor(getSchema('clients'));

describe('segmentWords', () => {
	it('returns the documented example: run-together words split into known ones', () => {
		expect(segmentWords(index, ['homephone'])).toEqual(['home', 'phone']);
	});

	it('keeps known, short, numbered and unsplittable words as they are', () => {
		expect(segmentWords(index, ['email', 'tel', 'phone2', 'qqqqqq'])).toEqual([
			'email',
			'tel',
			'phone2',
			'qqqqqq',
		]);
	});
});

describe('correctTypos', () => {
	it('returns the documented example: one fix one typo away', () => {
		expect(correctTypos(index, ['emial'], new Map())).toEqual({
			words: ['email'],
			fixes: ['"emial" → "email"'],
		});
	});

	it('fixes nothing in known or short words, and remembers each search', () => {
		const cache = new Map<string, string | null>();
		expect(correctTypos(index, ['email', 'fix'], cache)).toBeUndefined();
		correctTypos(index, ['emial'], cache);
		expect(cache.get('emial')).toBe('email');
	});
});
