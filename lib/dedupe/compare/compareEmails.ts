import { editDistance } from '../../normalize/text';
import type { Note } from './note';
import { unpack } from '../prepareRecord';

const OTHER_DOMAIN_SCORE = 0.4;
const TYPO_SCORE = 0.7;

function pairScore(x: string, y: string): [number, string] {
	if (x === y) return [1, ''];
	const ax = x.lastIndexOf('@');
	const ay = y.lastIndexOf('@');
	const sameLocal = ax === ay && x.slice(0, ax) === y.slice(0, ay);
	const sameDomain = x.length - ax === y.length - ay && x.slice(ax) === y.slice(ay);
	// one typo leaves either the mailbox name or the domain intact, and the name's first or last letter;
	// a different digit is no typo: john.smith1 and john.smith2 are two people
	if (
		sameDomain &&
		Math.abs(ax - ay) <= 1 &&
		(x.charCodeAt(0) === y.charCodeAt(0) || x.charCodeAt(ax - 1) === y.charCodeAt(ay - 1))
	) {
		const [lx, ly] = [x.slice(0, ax), y.slice(0, ay)];
		if (editDistance(lx, ly, 1) <= 1 && lx.replace(/\d/g, '') !== ly.replace(/\d/g, ''))
			return [TYPO_SCORE, 'one typo'];
	}
	if (sameLocal)
		return editDistance(x.slice(ax), y.slice(ay), 1) <= 1
			? [TYPO_SCORE, 'one typo']
			: [OTHER_DOMAIN_SCORE, 'same name at another domain'];
	return [0, ''];
}

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
	if (!note && !a.includes('\n') && !b.includes('\n')) return pairScore(a, b)[0];
	const xs = unpack(a);
	const ys = unpack(b);
	let best = 0;
	let why = '';
	let [bestX, bestY] = [xs[0], ys[0]];
	for (const x of xs) {
		for (const y of ys) {
			const [s, w] = pairScore(x, y);
			if (s === 1) return 1;
			if (s > best) [best, why, bestX, bestY] = [s, w, x, y];
		}
	}
	if (note) note.text = why ? `${bestX} vs ${bestY}, ${why}` : `${bestX} vs ${bestY}`;
	return best;
}
