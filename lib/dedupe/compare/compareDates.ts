import type { Note } from './note';
import { withinOneEdit } from './withinOneEdit';

const TRANSPOSED_SCORE = 0.8;
const ONE_DIGIT_SCORE = 0.5;

/** The same year, with the month of each the day of the other (YYYYMMDD), compared without slicing. */
function isTransposed(a: string, b: string): boolean {
	if (a.length !== 8 || b.length !== 8) return false;
	for (let k = 0; k < 4; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
	for (let k = 0; k < 2; k++)
		if (a.charCodeAt(4 + k) !== b.charCodeAt(6 + k) || a.charCodeAt(6 + k) !== b.charCodeAt(4 + k))
			return false;
	return true;
}

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
	if (isTransposed(a, b)) [s, why] = [TRANSPOSED_SCORE, 'day and month transposed'];
	else if (withinOneEdit(a, 0, a.length, b, 0, b.length))
		[s, why] = [ONE_DIGIT_SCORE, 'one digit differs'];
	if (note) note.text = why;
	return s;
}
