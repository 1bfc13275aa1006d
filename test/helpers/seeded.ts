/**
 * A small seeded PRNG (mulberry32): the same seed gives the same numbers in
 * [0, 1) on every run, so a generated data set or a failing fault-injection
 * run can be replayed.
 *
 * @param seed - any 32-bit number
 * @returns a function giving the next number
 * @example
 * const next = seeded(42);
 * [next(), next()].every((x) => x >= 0 && x < 1)
 * //=> true
 */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
