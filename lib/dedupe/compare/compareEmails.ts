import type { Note } from './note';
import { unpack } from '../prepareRecord';
import { withinOneEdit } from './withinOneEdit';

const OTHER_DOMAIN_SCORE = 0.4;
const TYPO_SCORE = 0.7;

/** Whether x[xs, xs + length) and y[ys, ys + length) are the same characters. */
function sameRange(x: string, xs: number, y: string, ys: number, length: number): boolean {
	for (let k = 0; k < length; k++) if (x.charCodeAt(xs + k) !== y.charCodeAt(ys + k)) return false;
	return true;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether x[0, xEnd) and y[0, yEnd) are the same once their digits are left out. */
function sameWithoutDigits(x: string, xEnd: number, y: string, yEnd: number): boolean {
	let i = 0;
	let j = 0;
	for (;;) {
		while (i < xEnd && isDigit(x.charCodeAt(i))) i++;
		while (j < yEnd && isDigit(y.charCodeAt(j))) j++;
		if (i === xEnd || j === yEnd) return i === xEnd && j === yEnd;
		if (x.charCodeAt(i++) !== y.charCodeAt(j++)) return false;
	}
}

/** How alike two addresses are (each with an @ past its first character), read in place: the scorer compares millions. */
function pairScore(x: string, y: string): number {
	if (x === y) return 1;
	const ax = x.lastIndexOf('@');
	const ay = y.lastIndexOf('@');
	const sameLocal = ax === ay && sameRange(x, 0, y, 0, ax);
	const sameDomain = x.length - ax === y.length - ay && sameRange(x, ax, y, ay, x.length - ax);
	// one typo leaves either the mailbox name or the domain intact, and the name's first or last letter;
	// a different digit is no typo: john.smith1 and john.smith2 are two people
	if (
		sameDomain &&
		Math.abs(ax - ay) <= 1 &&
		(x.charCodeAt(0) === y.charCodeAt(0) || x.charCodeAt(ax - 1) === y.charCodeAt(ay - 1)) &&
		withinOneEdit(x, 0, ax, y, 0, ay) &&
		!sameWithoutDigits(x, ax, y, ay)
	)
		return TYPO_SCORE;
	if (sameLocal)
		return withinOneEdit(x, ax, x.length, y, ay, y.length) ? TYPO_SCORE : OTHER_DOMAIN_SCORE;
	return 0;
}

/** What a person reads of a pair's score. */
const why = (score: number): string =>
	score === TYPO_SCORE
		? 'one typo'
		: score === OTHER_DOMAIN_SCORE
			? 'same name at another domain'
			: '';

/**
 * Compares two records' email addresses (already lower-cased, and with Gmail
 * dots and +tags removed when so configured): any shared address is a match;
 * otherwise the closest pair counts, where one typo scores 0.7 (a different
 * digit is not a typo: john.smith1 and john.smith2 are two people) and the
 * same mailbox name at another domain 0.4.
 *
 * @param a - one record's normalized addresses, joined by line breaks ('' for none)
 * @param b - the other record's
 * @param note - where to write the note a person reads, if wanted
 * @returns 0..1, or −1 when either record has none
 * @example
 * compareEmails('jo@x.com', 'jo@y.com', note)
 * //=> 0.4 (note.text: 'jo@x.com vs jo@y.com, same name at another domain')
 */
export function compareEmails(a: string, b: string, note?: Note): number {
	if (a === '' || b === '') return -1;
	if (a === b) return 1;
	// the common case, one address each, without lists
	if (!note && !a.includes('\n') && !b.includes('\n')) return pairScore(a, b);
	const xs = unpack(a);
	const ys = unpack(b);
	let best = 0;
	let [bestX, bestY] = [xs[0], ys[0]];
	for (const x of xs) {
		for (const y of ys) {
			const s = pairScore(x, y);
			if (s === 1) return 1;
			if (s > best) [best, bestX, bestY] = [s, x, y];
		}
	}
	if (note) note.text = why(best) ? `${bestX} vs ${bestY}, ${why(best)}` : `${bestX} vs ${bestY}`;
	return best;
}
