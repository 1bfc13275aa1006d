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

function firstScore(a: string, b: string, explain: boolean): [number, string] {
	if (a === b) return [1, ''];
	if (a.length === 1 || b.length === 1) {
		const initial = (n: string) => (n.length === 1 ? `${n.toUpperCase()}.` : show(n));
		const s = a[0] === b[0] ? INITIAL_SCORE : 0;
		return [s, explain ? `${initial(a)} ${s > 0 ? '≈' : '≠'} ${initial(b)}${s > 0 ? ', initial' : ''}` : ''];
	}
	if (sharesGroup(a, b)) return [NICKNAME_SCORE, explain ? `${show(a)} ≈ ${show(b)}, nickname` : ''];
	const s = spellingSimilarity(a, b);
	return [s, explain ? `${show(a)} ${s > 0 ? '≈' : '≠'} ${show(b)}` : ''];
}

function lastScore(a: string, b: string, explain: boolean): [number, string] {
	if (a === b) return [1, ''];
	// "van der berg" = "vanderberg" (only a name with a space can differ so)
	if ((a.includes(' ') || b.includes(' ')) && a.replace(/ /g, '') === b.replace(/ /g, '')) return [1, explain ? `${show(a)} = ${show(b)}` : ''];
	const s = spellingSimilarity(a, b);
	if (s < DOUBLE_SURNAME_SCORE && (a.includes(' ') || b.includes(' '))) {
		// a double or hyphenated surname against one of its parts: "Garcia" and "Garcia Lopez"
		const ta = a.split(' ');
		const tb = b.split(' ');
		const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
		if (short.every((t) => long.includes(t))) return [DOUBLE_SURNAME_SCORE, explain ? `${show(a)} ≈ ${show(b)}, double surname` : ''];
	}
	return [s, explain ? `${show(a)} ${s > 0 ? '≈' : '≠'} ${show(b)}` : ''];
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
 * @returns a score per name part, −1 for a part either side lacks
 */
export function compareNames(a: PreparedRecord, b: PreparedRecord, explain = false): NameScores {
	const hasFirst = a.first !== '' && b.first !== '';
	const hasLast = a.last !== '' && b.last !== '';
	const [first, firstNote] = hasFirst ? firstScore(a.first, b.first, explain) : [-1, ''];
	const [last, lastNote] = hasLast ? lastScore(a.last, b.last, explain) : [-1, ''];
	// a swap can only score if each name starts like the other's opposite number; most pairs are ruled out by two letters
	if (hasFirst && hasLast && Math.max(first, 0) + Math.max(last, 0) < 1.2 && a.first[0] === b.last[0] && a.last[0] === b.first[0]) {
		// the wrong way round: "Smith John" against "John Smith"
		const crossA = spellingSimilarity(a.first, b.last.split(' ')[0]);
		const crossB = spellingSimilarity(a.last.split(' ')[0], b.first);
		if (crossA >= 0.8 && crossB >= 0.8 && crossA + crossB > Math.max(first, 0) + Math.max(last, 0) + 0.5) {
			const note = 'first and last names swapped';
			return { first: crossA * 0.95, last: crossB * 0.95, firstNote: note, lastNote: note };
		}
	}
	return { first, last, firstNote, lastNote };
}
