import {
	FEMALE_GIVEN_NAMES,
	FEMALE_GIVEN_NAMES_LAW,
	MALE_GIVEN_NAMES,
	MALE_GIVEN_NAMES_LAW,
	SURNAMES,
	SURNAMES_LAW,
} from './data/nameFrequencies';

interface Law {
	readonly top: number;
	readonly exponent: number;
	readonly listed: number;
}

/** A word no list holds is rarer than the rarest listed one: a quarter of its share. */
const UNLISTED = 0.25;
/** Share of people each Census file covers. */
const COVERED = 0.9;

/** Share of the population at `rank` (1-based), by the list's law. */
function share(law: Law, rank: number): number {
	return law.top * Math.pow(rank, -law.exponent);
}

let odds: Map<string, number> | undefined;
let unlistedOdds = 0;

/** Builds the word → log odds table once, on first use (most imports never split a name). */
function table(): Map<string, number> {
	if (odds) return odds;
	const given = new Map<string, number>();
	// each given-name file covers one sex, half the population
	for (const [list, law] of [
		[MALE_GIVEN_NAMES, MALE_GIVEN_NAMES_LAW],
		[FEMALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES_LAW],
	] as const) {
		list.split(' ').forEach((word, i) => {
			given.set(word, (given.get(word) ?? 0) + share(law, i + 1) / 2);
		});
	}
	const givenFloor = (UNLISTED * share(FEMALE_GIVEN_NAMES_LAW, FEMALE_GIVEN_NAMES_LAW.listed)) / 2;
	const surnameFloor = UNLISTED * share(SURNAMES_LAW, SURNAMES_LAW.listed);
	const surnames = new Map<string, number>();
	SURNAMES.split(' ').forEach((word, i) => surnames.set(word, share(SURNAMES_LAW, i + 1)));
	// an unlisted word: the given names outside the files (a tenth of people) against the
	// surnames outside the kept list (the listed ones past it, and a tenth of people more)
	let keptShare = 0;
	for (const s of surnames.values()) keptShare += s;
	odds = new Map();
	for (const [word, g] of given)
		odds.set(word, Math.log(g) - Math.log(surnames.get(word) ?? surnameFloor));
	for (const [word, s] of surnames)
		if (!given.has(word)) odds.set(word, Math.log(givenFloor) - Math.log(s));
	unlistedOdds = Math.log(1 - COVERED) - Math.log(1 - keptShare);
	return odds;
}

/**
 * How much more often a word is a given name than a surname, as a natural
 * log: above 0 a given name ("Anna" ≈ +5), below 0 a surname ("Kowalski" ≈
 * −5), and a small negative number for a word no list holds (rare words are
 * more often surnames: the given-name files are short, the surname file long).
 * Case, periods and accents on plain Latin letters are ignored.
 */
export function givenNameOdds(word: string): number {
	const t = table();
	const key = word.toLowerCase();
	let found = t.get(key);
	if (found === undefined && /[^a-z]/.test(key)) {
		const plain = key
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^a-z]/g, '');
		found = t.get(plain);
	}
	if (found === undefined && key.includes('-')) {
		// "Anna-Lena", "Min-jun", "Doe-Smith": what its parts are
		const halves = key.split('-').filter((h) => h !== '');
		if (halves.length > 1)
			return halves.reduce((sum, h) => sum + givenNameOdds(h), 0) / halves.length;
	}
	return found ?? unlistedOdds;
}

/** Whether a word is listed as a given name or a surname at all. */
export function isListedNameWord(word: string): boolean {
	return table().has(word.toLowerCase().replace(/[^a-z]/g, ''));
}
