import { editDistance } from '../../normalize/text';
import type { Note } from './note';

const TRANSPOSED_SCORE = 0.8;
const ONE_DIGIT_SCORE = 0.5;

/**
 * Compares two dates of birth written YYYYMMDD. Day and month swapped (a date
 * read the US way on one side and the European way on the other) scores 0.8;
 * one digit wrong or two swapped, 0.5.
 *
 * @param a - YYYYMMDD or ''
 * @param b - YYYYMMDD or ''
 * @param note - where to write the note a person reads, if wanted
 * @returns 0..1, or −1 when either is empty
 * @example
 * compareDates('19850307', '19850703', note)
 * //=> 0.8 (note.text: 'day and month transposed')
 */
export function compareDates(a: string, b: string, note?: Note): number {
	if (a === '' || b === '') return -1;
	if (a === b) return 1;
	let s = 0;
	let why = '';
	if (
		a.slice(0, 4) === b.slice(0, 4) &&
		a.slice(4, 6) === b.slice(6, 8) &&
		a.slice(6, 8) === b.slice(4, 6)
	)
		[s, why] = [TRANSPOSED_SCORE, 'day and month transposed'];
	else if (editDistance(a, b, 1) <= 1) [s, why] = [ONE_DIGIT_SCORE, 'one digit differs'];
	if (note) note.text = why;
	return s;
}
