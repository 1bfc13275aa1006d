/** Values kept per generation: two generations hold at most twice this many. */
export const MEMO_GENERATION = 8192;
/** The first generation, and the first after a pause: small, until the values show they repeat. */
const TRIAL = 1024;
/** A generation that found fewer repeats than one in this many values… */
const FEW_REPEATS = 2;
/** …stops remembering for this many of its size in values, then tries again. */
const PAUSE = 32;

/**
 * A pure function of one text, remembered: real files repeat their values
 * (the same cities, dates of birth, phone numbers and names, row after row),
 * and each is worked out once per transform. Bounded: two generations of at
 * most `limit` values each; a value seen in the old generation moves to the
 * new one, so the values a file repeats stay while one-off values pass
 * through. A column of one-off values (emails, street addresses) costs a
 * lookup and a store per value for nothing: a small trial generation comes
 * first, and when a generation found few repeats, remembering pauses for a
 * while (keeping what it has), then tries again.
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
	let size = Math.min(TRIAL, limit);
	let repeats = 0;
	let paused = 0;
	const keep = (text: string, result: R): R => {
		if (young.size >= size) {
			const few = repeats * FEW_REPEATS < size;
			// the old generation stays through a pause: the next trial finds the values that do repeat
			old = young;
			young = new Map();
			repeats = 0;
			if (few) paused = size * PAUSE;
			size = few ? Math.min(TRIAL, limit) : limit;
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
