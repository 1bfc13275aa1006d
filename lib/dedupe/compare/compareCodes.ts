import type { Note } from './note';
import { withinOneEdit } from './withinOneEdit';

const ONE_CHARACTER_SCORE = 0.5;

/**
 * Compares two codes such as ZIP codes: equal, or one character wrong or two
 * swapped (0.5), or different.
 *
 * @param a - a code, or ''
 * @param b - a code, or ''
 * @param note - where to write the note a person reads, if wanted
 * @returns 0..1, or −1 when either is empty
 * @example
 * compareCodes('60614', '60641', note)
 * //=> 0.5 (note.text: '60614 vs 60641')
 */
export function compareCodes(a: string, b: string, note?: Note): number {
	if (a === '' || b === '') return -1;
	if (a === b) return 1;
	if (note) note.text = `${a} vs ${b}`;
	return a.length === b.length && withinOneEdit(a, 0, a.length, b, 0, b.length)
		? ONE_CHARACTER_SCORE
		: 0;
}
