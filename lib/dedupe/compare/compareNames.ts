import { nicknameGroups, type PreparedRecord } from '../prepareRecord';
import { spellingSimilarity } from './similarity';

/** How alike two records' names are, each part 0..1 or −1 when either side lacks it. */
export interface NameScores {
	first: number;
	last: number;
	firstNote: string;
	lastNote: string;
}

const NICKNAME_SCORE = 0.9;
const INITIAL_SCORE = 0.7;
const DOUBLE_SURNAME_SCORE = 0.85;

function show(name: string): string {
	return name.replace(/(^|\s)([a-z])/g, (_m, s: string, c: string) => s + c.toUpperCase());
}

function sharesGroup(a: string, b: string): boolean {
	const ga = nicknameGroups(a);
	if (!ga) return false;
	const gb = nicknameGroups(b);
	return gb !== undefined && ga.some((g) => gb.includes(g));
}

/** How alike two given names are: equal, an initial of the other (0.7), a nickname (0.9), or their spelling. */
function firstSimilarity(a: string, b: string): number {
	if (a === b) return 1;
	if (a.length === 1 || b.length === 1) return a[0] === b[0] ? INITIAL_SCORE : 0;
	if (sharesGroup(a, b)) return NICKNAME_SCORE;
	return spellingSimilarity(a, b);
}

function firstNote(a: string, b: string, s: number): string {
	if (s === 1) return '';
	if (a.length === 1 || b.length === 1) {
		const initial = (n: string) => (n.length === 1 ? `${n.toUpperCase()}.` : show(n));
		return `${initial(a)} ${s > 0 ? '≈' : '≠'} ${initial(b)}${s > 0 ? ', initial' : ''}`;
	}
	if (s === NICKNAME_SCORE && sharesGroup(a, b)) return `${show(a)} ≈ ${show(b)}, nickname`;
	return `${show(a)} ${s > 0 ? '≈' : '≠'} ${show(b)}`;
}

/** Whether two surnames differ only by spaces: "van der berg" = "vanderberg" (only a name with a space can differ so). */
const sameWithoutSpaces = (a: string, b: string): boolean =>
	(a.includes(' ') || b.includes(' ')) && a.replace(/ /g, '') === b.replace(/ /g, '');

/** Whether one surname is made of parts of the other: "Garcia" and "Garcia Lopez". */
function isDoubleSurname(a: string, b: string): boolean {
	if (!a.includes(' ') && !b.includes(' ')) return false;
	const ta = a.split(' ');
	const tb = b.split(' ');
	const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
	return short.every((t) => long.includes(t));
}

/** How alike two surnames are: equal, equal but for spaces, one a part of a double surname (0.85), or their spelling. */
function lastSimilarity(a: string, b: string): number {
	if (a === b || sameWithoutSpaces(a, b)) return 1;
	const s = spellingSimilarity(a, b);
	return s < DOUBLE_SURNAME_SCORE && isDoubleSurname(a, b) ? DOUBLE_SURNAME_SCORE : s;
}

function lastNote(a: string, b: string, s: number): string {
	if (a === b) return '';
	if (sameWithoutSpaces(a, b)) return `${show(a)} = ${show(b)}`;
	if (s === DOUBLE_SURNAME_SCORE && isDoubleSurname(a, b))
		return `${show(a)} ≈ ${show(b)}, double surname`;
	return `${show(a)} ${s > 0 ? '≈' : '≠'} ${show(b)}`;
}

function fill(
	out: NameScores | undefined,
	first: number,
	last: number,
	firstNote: string,
	lastNote: string,
): NameScores {
	if (!out) return { first, last, firstNote, lastNote };
	out.first = first;
	out.last = last;
	out.firstNote = firstNote;
	out.lastNote = lastNote;
	return out;
}

/**
 * Compares two records' first and last names: spelling (Jaro-Winkler),
 * nicknames (Bob ≈ Robert), initials (J. ≈ John), double and hyphenated
 * surnames (Garcia ≈ Garcia-Lopez), and first and last names given the wrong
 * way round, which is scored as the swapped pairing at a small discount.
 *
 * @param a - a prepared record
 * @param b - another prepared record
 * @param explain - whether to write the notes a person reads (slower)
 * @param out - an object to write the scores into instead of a new one (the bulk path reuses one)
 * @returns a score per name part, −1 for a part either side lacks
 */
export function compareNames(
	a: PreparedRecord,
	b: PreparedRecord,
	explain = false,
	out?: NameScores,
): NameScores {
	const hasFirst = a.first !== '' && b.first !== '';
	const hasLast = a.last !== '' && b.last !== '';
	const first = hasFirst ? firstSimilarity(a.first, b.first) : -1;
	const last = hasLast ? lastSimilarity(a.last, b.last) : -1;
	// a swap can only score if each name starts like the other's opposite number; most pairs are ruled out by two letters
	if (
		hasFirst &&
		hasLast &&
		Math.max(first, 0) + Math.max(last, 0) < 1.2 &&
		a.first[0] === b.last[0] &&
		a.last[0] === b.first[0]
	) {
		// the wrong way round: "Smith John" against "John Smith"
		const crossA = spellingSimilarity(a.first, b.last.split(' ')[0]);
		const crossB = spellingSimilarity(a.last.split(' ')[0], b.first);
		if (
			crossA >= 0.8 &&
			crossB >= 0.8 &&
			crossA + crossB > Math.max(first, 0) + Math.max(last, 0) + 0.5
		) {
			const note = explain ? 'first and last names swapped' : '';
			return fill(out, crossA * 0.95, crossB * 0.95, note, note);
		}
	}
	return fill(
		out,
		first,
		last,
		explain && hasFirst ? firstNote(a.first, b.first, first) : '',
		explain && hasLast ? lastNote(a.last, b.last, last) : '',
	);
}
