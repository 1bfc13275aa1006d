import { compareKnown, idOf } from '../../../../lib/export/fetch/records';

describe('idOf', () => {
	it('returns finite numbers and non-empty text as text, else undefined', () => {
		expect([idOf(42), idOf('cli-1'), idOf(''), idOf(null), idOf(Number.NaN), idOf({})]).toEqual([
			'42',
			'cli-1',
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});
});

describe('compareKnown', () => {
	it('returns the difference of numbers and of ISO dates', () => {
		expect(compareKnown(1, 2)).toBe(-1);
		expect(compareKnown('2025-01-02', '2025-01-01')).toBe(86_400_000);
		expect(compareKnown('2025-01-01T00:00:01Z', '2025-01-01T00:00:00Z')).toBe(1000);
	});

	it('returns undefined for text, mixed types and unreadable dates', () => {
		expect(compareKnown('b', 'a')).toBeUndefined();
		expect(compareKnown(1, '2')).toBeUndefined();
		expect(compareKnown('2025-13-45', '2025-01-01')).toBeUndefined();
	});
});
