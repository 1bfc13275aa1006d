import type { PreparedRecord } from '../prepareRecord';
import type { DedupeField } from '../types';
import { compareCodes } from './compareCodes';
import { compareDates } from './compareDates';
import { compareEmails } from './compareEmails';
import { compareNames, type NameScores } from './compareNames';
import type { Note } from './note';
import { comparePhones } from './comparePhones';
import { compareStreet } from './compareStreet';
import { spellingSimilarity } from './similarity';

/** How alike two texts are spelt, 0..1, or −1 when either is blank; the note shows them side by side when they differ. */
export function spelling(a: string, b: string, note?: Note): number {
	if (a === '' || b === '') return -1;
	const s = spellingSimilarity(a, b);
	if (note) note.text = s < 1 ? `${a} ${s > 0 ? '≈' : '≠'} ${b}` : '';
	return s;
}

/** The names are compared once for both name fields; this holds the result for the pair being judged. */
export interface PairState {
	names?: NameScores;
}

/** The two-letter states: the same (1), different (0), or −1 when either is blank. */
function compareStates(a: string, b: string, note?: Note): number {
	if (a === '' || b === '') return -1;
	if (note) note.text = a !== b ? `${a.toUpperCase()} vs ${b.toUpperCase()}` : '';
	return a === b ? 1 : 0;
}

/**
 * How alike two prepared records are on one field, 0..1, or −1 when either
 * lacks it; with `note`, what a person reads about it.
 *
 * @param field - the field compared
 * @param a - a prepared record
 * @param b - another
 * @param state - the pair's state: both name fields read one comparison of the names
 * @param note - where the note goes, when one is wanted
 * @returns the similarity, or −1
 * @example
 * compareField('state', prepareRecord({ state: 'TX' }), prepareRecord({ state: 'Texas' }), {})
 * //=> 1
 */
export function compareField(
	field: DedupeField,
	a: PreparedRecord,
	b: PreparedRecord,
	state: PairState,
	note?: Note,
): number {
	switch (field) {
		case 'firstName':
		case 'lastName': {
			const names = (state.names ??= compareNames(a, b, note !== undefined));
			if (note) note.text = field === 'firstName' ? names.firstNote : names.lastNote;
			return field === 'firstName' ? names.first : names.last;
		}
		case 'email':
			return compareEmails(a.emails, b.emails, note);
		case 'phone':
			return comparePhones(a.phones, b.phones, note);
		case 'dateOfBirth':
			return compareDates(a.dob, b.dob, note);
		case 'street':
			return compareStreet(a, b, note);
		case 'unit':
			return spelling(a.unit, b.unit, note);
		case 'city':
			return spelling(a.city, b.city, note);
		case 'zip':
			return compareCodes(a.zip, b.zip, note);
		case 'state':
			return compareStates(a.state, b.state, note);
	}
}

/** Log-odds (base 2) to a 0..1 score, rounded to 4 places so that output is stable across platforms. */
export function toScore(evidence: number): number {
	return Math.round(10000 / (1 + Math.pow(2, -evidence))) / 10000;
}
