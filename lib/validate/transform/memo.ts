/** Values kept per generation: two generations hold at most twice this many. */
export const MEMO_GENERATION = 8192;
/** A generation that found fewer repeats than one in this many values… */
const FEW_REPEATS = 2;
/** …stops remembering for this many generations' worth of values, then tries again. */
const PAUSE = 8;

/**
 * A pure function of one text, remembered: real files repeat their values
 * (the same cities, dates of birth, phone numbers and names, row after row),
 * and each is worked out once per transform. Bounded: two generations of at
 * most `limit` values each; a value seen in the old generation moves to the
 * new one, so the values a file repeats stay while one-off values pass
 * through. A column of one-off values (emails, street addresses) costs a
 * lookup and a store per value for nothing: when a whole generation found
 * almost no repeats, remembering pauses for a while, then tries again.
 * Only for functions whose result depends on the text alone and is never
 * changed by its reader (the results are shared between rows).
 *
 * @param fn - the function to remember (pure, its results read only)
 * @param limit - values per generation
 * @returns the function, remembered
 * @example
 * const split = memoize((t: string) => t.split(' '))
 * split('Ann Lee') === split('Ann Lee')
 * //=> true
 */
export function memoize<R>(fn: (text: string) => R, limit = MEMO_GENERATION): (text: string) => R {
	let young = new Map<string, R>();
	let old = new Map<string, R>();
	let repeats = 0;
	let paused = 0;
	const keep = (text: string, result: R): R => {
		if (young.size >= limit) {
			const few = repeats * FEW_REPEATS < limit;
			old = few ? new Map() : young;
			young = new Map();
			repeats = 0;
			if (few) paused = limit * PAUSE;
		}
		young.set(text, result);
		return result;
	};
	return (text) => {
		if (paused > 0) {
			paused--;
			return fn(text);
		}
		const hit = young.get(text);
		if (hit !== undefined || young.has(text)) {
			repeats++;
			return hit as R;
		}
		const aged = old.get(text);
		if (aged !== undefined || old.has(text)) {
			repeats++;
			return keep(text, aged as R);
		}
		return keep(text, fn(text));
	};
}
