import { editDistance } from '../../normalize/text';

const ONE_CHARACTER_SCORE = 0.5;

/**
 * Compares two codes such as ZIP codes: equal, or one character wrong or two
 * swapped (0.5), or different.
 *
 * @param a - a code, or ''
 * @param b - a code, or ''
 * @param explain - whether to write the note a person reads
 * @returns [0..1, note], or [−1, ''] when either is empty
 * @example
 * compareCodes('60614', '60641', true)
 * //=> [0.5, '60614 vs 60641']
 */
export function compareCodes(a: string, b: string, explain = false): [number, string] {
	if (a === '' || b === '') return [-1, ''];
	if (a === b) return [1, ''];
	const s = a.length === b.length && editDistance(a, b, 1) <= 1 ? ONE_CHARACTER_SCORE : 0;
	return [s, explain ? `${a} vs ${b}` : ''];
}
