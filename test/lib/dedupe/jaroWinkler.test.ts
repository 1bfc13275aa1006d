import { jaroWinkler } from '../../../lib/dedupe/jaroWinkler';

describe('jaroWinkler', () => {
	it('gives the values published by Winkler (1990) and used in every implementation since', () => {
		expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
		expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
		expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
	});
	it('is 1 for equal strings, 0 for nothing in common or an empty side, and symmetric', () => {
		expect(jaroWinkler('smith', 'smith')).toBe(1);
		expect(jaroWinkler('abc', 'xyz')).toBe(0);
		expect(jaroWinkler('', 'abc')).toBe(0);
		expect(jaroWinkler('jon', 'john')).toBe(jaroWinkler('john', 'jon'));
	});
	it('handles strings longer than its reused buffers', () => {
		const long = 'a'.repeat(500) + 'b';
		expect(jaroWinkler(long, 'a'.repeat(500) + 'c')).toBeGreaterThan(0.99);
	});
});
