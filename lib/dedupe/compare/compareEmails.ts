import { editDistance } from '../../normalize/text';

const OTHER_DOMAIN_SCORE = 0.4;
const TYPO_SCORE = 0.7;

/**
 * Compares two records' email addresses (already lower-cased, and with Gmail
 * dots and +tags removed when so configured): any shared address is a match;
 * otherwise the closest pair counts, where one typo scores 0.7 and the same
 * mailbox name at another domain 0.4.
 *
 * @param a - one record's normalized addresses
 * @param b - the other record's
 * @param explain - whether to write the note a person reads
 * @returns [0..1, note], or [−1, ''] when either record has none
 * @example
 * compareEmails(['jo@x.com'], ['jo@y.com'], true)
 * //=> [0.4, 'jo@x.com vs jo@y.com, same name at another domain']
 */
export function compareEmails(a: readonly string[], b: readonly string[], explain = false): [number, string] {
	if (a.length === 0 || b.length === 0) return [-1, ''];
	let best = 0;
	let note = '';
	for (const x of a) {
		for (const y of b) {
			if (x === y) return [1, ''];
			let s = 0;
			let why = '';
			if (editDistance(x, y, 1) <= 1) [s, why] = [TYPO_SCORE, 'one typo'];
			else if (x.slice(0, x.indexOf('@')) === y.slice(0, y.indexOf('@'))) [s, why] = [OTHER_DOMAIN_SCORE, 'same name at another domain'];
			if (s > best || note === '') {
				best = Math.max(best, s);
				if (explain && s === best) note = s > 0 ? `${x} vs ${y}, ${why}` : `${x} vs ${y}`;
			}
		}
	}
	return [best, note];
}
