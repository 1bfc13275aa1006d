import type { Note } from './note';
import { spellingSimilarity } from './similarity';

/** A prepared street: house number, name without its type, and the name with its type and no spaces. */
interface Street {
	streetNumber: string;
	streetName: string;
	streetJoined: string;
}

const NO_NUMBER_FACTOR = 0.8;
const OTHER_NUMBER_FACTOR = 0.3;

/**
 * Compares two streets by house number and street name (without its type, so
 * "12 Main St" = "12 Main Street"). A different house number on the same
 * street keeps 0.3 of the name's score; a number on one side only, 0.8.
 *
 * @param a - one record's street: number, name, and name with type and no spaces
 * @param b - the other record's
 * @param note - where to write the note a person reads, if wanted
 * @returns 0..1, or −1 when either side has no street name
 * @example
 * compareStreet({ streetNumber: '12', streetName: 'main', streetJoined: 'mainst' }, { streetNumber: '14', streetName: 'main', streetJoined: 'mainstreet' }, note)
 * //=> 0.3 (note.text: 'different house number')
 */
export function compareStreet(a: Street, b: Street, note?: Note): number {
	if (a.streetName === '' || b.streetName === '') return -1;
	// "shackletoncircuit" against "shackleton circuit", or "Main Stret" against "Main St": the whole name, type included, may be closer
	const name =
		a.streetJoined === b.streetJoined
			? 1
			: Math.max(
					spellingSimilarity(a.streetName, b.streetName),
					spellingSimilarity(a.streetJoined, b.streetJoined),
				);
	if (a.streetNumber === '' || b.streetNumber === '') {
		if (note) note.text = 'no house number on one side';
		return name * NO_NUMBER_FACTOR;
	}
	if (a.streetNumber === b.streetNumber) {
		if (note) note.text = name < 1 ? `${a.streetName} ≈ ${b.streetName}` : '';
		return name;
	}
	if (note) note.text = 'different house number';
	return name * OTHER_NUMBER_FACTOR;
}
