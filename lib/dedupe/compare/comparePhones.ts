import type { Note } from './note';
import { unpack } from '../prepareRecord';

const LAST7_SCORE = 0.6;

function sameLast7(x: string, y: string): boolean {
	if (x.length < 7 || y.length < 7) return false;
	for (let k = 1; k <= 7; k++)
		if (x.charCodeAt(x.length - k) !== y.charCodeAt(y.length - k)) return false;
	return true;
}

/**
 * Compares two records' phone numbers (E.164 where they could be made): a
 * shared number is a match; the same last 7 digits with a different area or
 * country code scores 0.6, since it is often one number written two ways.
 *
 * @param a - one record's normalized numbers, joined by line breaks ('' for none)
 * @param b - the other record's
 * @param note - where to write the note a person reads, if wanted
 * @returns 0..1, or −1 when either record has none
 * @example
 * comparePhones('+15551234567', '+12121234567', note)
 * //=> 0.6 (note.text: 'last 7 digits match')
 */
export function comparePhones(a: string, b: string, note?: Note): number {
	if (a === '' || b === '') return -1;
	if (a === b) return 1;
	let best = 0;
	if (!a.includes('\n') && !b.includes('\n')) best = sameLast7(a, b) ? LAST7_SCORE : 0;
	else {
		for (const x of unpack(a)) {
			for (const y of unpack(b)) {
				if (x === y) return 1;
				if (best < LAST7_SCORE && sameLast7(x, y)) best = LAST7_SCORE;
			}
		}
	}
	if (note) note.text = best > 0 ? 'last 7 digits match' : '';
	return best;
}
