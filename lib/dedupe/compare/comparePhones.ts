const LAST7_SCORE = 0.6;

/**
 * Compares two records' phone numbers (E.164 where they could be made): a
 * shared number is a match; the same last 7 digits with a different area or
 * country code scores 0.6, since it is often one number written two ways.
 *
 * @param a - one record's normalized numbers
 * @param b - the other record's
 * @param explain - whether to write the note a person reads
 * @returns [0..1, note], or [−1, ''] when either record has none
 * @example
 * comparePhones(['+15551234567'], ['+12121234567'], true)
 * //=> [0.6, 'last 7 digits match']
 */
export function comparePhones(a: readonly string[], b: readonly string[], explain = false): [number, string] {
	if (a.length === 0 || b.length === 0) return [-1, ''];
	let best = 0;
	for (const x of a) {
		for (const y of b) {
			if (x === y) return [1, ''];
			if (best < LAST7_SCORE && x.slice(-7) === y.slice(-7)) best = LAST7_SCORE;
		}
	}
	return [best, explain && best > 0 ? 'last 7 digits match' : ''];
}
