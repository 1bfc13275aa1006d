import { editDistance } from '../../normalize/text';

const TRANSPOSED_SCORE = 0.8;
const ONE_DIGIT_SCORE = 0.5;

/**
 * Compares two dates of birth written YYYYMMDD. Day and month swapped (a date
 * read the US way on one side and the European way on the other) scores 0.8;
 * one digit wrong or two swapped, 0.5.
 *
 * @param a - YYYYMMDD or ''
 * @param b - YYYYMMDD or ''
 * @param explain - whether to write the note a person reads
 * @returns [0..1, note], or [−1, ''] when either is empty
 * @example
 * compareDates('19850307', '19850703', true)
 * //=> [0.8, 'day and month transposed']
 */
export function compareDates(a: string, b: string, explain = false): [number, string] {
	if (a === '' || b === '') return [-1, ''];
	if (a === b) return [1, ''];
	if (a.slice(0, 4) === b.slice(0, 4) && a.slice(4, 6) === b.slice(6, 8) && a.slice(6, 8) === b.slice(4, 6)) return [TRANSPOSED_SCORE, explain ? 'day and month transposed' : ''];
	if (editDistance(a, b, 1) <= 1) return [ONE_DIGIT_SCORE, explain ? 'one digit differs' : ''];
	return [0, ''];
}
