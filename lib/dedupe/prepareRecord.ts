import { normalizePhone } from '../normalize/normalizePhone';
import { parseDate } from '../normalize/parseDate';
import { splitName } from '../normalize/splitName';
import { GENERATIONAL_SUFFIXES, TITLES } from '../normalize/data/nameParts';
import { STREET_TYPES, US_STATES } from '../normalize/data/usAddress';
import { NICKNAME_GROUPS } from './data/nicknames';
import type { ResolvedDedupeOptions } from './options';

/** A record reduced to the comparable forms of its fields; computed once per record. Empty means absent. */
export interface PreparedRecord {
	/** first given name, lower case and accent-free ("j" for "J.") */
	first: string;
	/** the formal name of its nickname group ("robert" for "bob"), or the name itself */
	firstFormal: string;
	/** the surname, its parts joined by single spaces ("garcia lopez" for "García-López") */
	last: string;
	/** the distinct normalized emails, joined by a line break ('' for none): one string, not a list, per record */
	emails: string;
	/** the distinct phones, E.164 where it could be made, else the digits, joined by a line break ('' for none) */
	phones: string;
	/** the house number ("12" for "12 Tullaroop St.") */
	streetNumber: string;
	/** the street name without its type ("tullaroop" for "Tullaroop St.") */
	streetName: string;
	/** all of the street but the number, without spaces ("tullaroopst") */
	streetJoined: string;
	unit: string;
	city: string;
	state: string;
	zip: string;
	/** YYYYMMDD */
	dob: string;
	/** the generation, from a suffix in its own field, after the surname or in the full name: "jr", "sr", "ii", "iii", …; '' when none; '?' when the record names two */
	generation: string;
}

const EMAIL_FIELDS = ['email', 'email2'];
const PHONE_FIELDS = ['phone', 'phone2', 'mobilePhone', 'homePhone', 'workPhone'];
const STREET_TYPE_SET = new Set(STREET_TYPES);
const TITLE_SET = new Set(TITLES);
const GENERATION_SET = new Set(GENERATIONAL_SUFFIXES);
/** One spelling per generation: Jr, Jnr and Junior are one; II and 2nd are one. */
const GENERATION_OF: Readonly<Record<string, string>> = {
	jnr: 'jr',
	junior: 'jr',
	snr: 'sr',
	senior: 'sr',
	'2nd': 'ii',
	'3rd': 'iii',
	'4th': 'iv',
	'5th': 'v',
};

/** The generation a suffix text names ("Jr., CPA" → "jr"), or ''. */
function generationIn(suffix: string): string {
	for (const word of comparableText(suffix).split(' ')) {
		if (GENERATION_SET.has(word) || word === 'v') return GENERATION_OF[word] ?? word;
	}
	return '';
}

/** A surname without a generational suffix after it ("Smith Jr." → "smith", "jr"); "Junior" alone stays a surname. */
function splitGeneration(last: string): { last: string; generation: string } {
	// most surnames are one word: no list made for them
	if (!last.includes(' ')) return { last, generation: '' };
	const words = last.split(' ');
	if (words.length < 2) return { last, generation: '' };
	const tail = words[words.length - 1];
	if (!GENERATION_SET.has(tail)) return { last, generation: '' };
	return { last: words.slice(0, -1).join(' '), generation: GENERATION_OF[tail] ?? tail };
}

let nicknameIndex: Map<string, number[]> | undefined;

/** Nickname group numbers by name, built on first use. */
export function nicknameGroups(name: string): readonly number[] | undefined {
	if (!nicknameIndex) {
		nicknameIndex = new Map();
		NICKNAME_GROUPS.forEach((group, i) => {
			for (const n of group) {
				const list = nicknameIndex!.get(n);
				if (!list) nicknameIndex!.set(n, [i]);
				else if (!list.includes(i)) list.push(i);
			}
		});
	}
	return nicknameIndex.get(name);
}

/** A cell as trimmed text; numbers and dates become text, anything else is empty. */
function text(value: unknown): string {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (value instanceof Date && !Number.isNaN(value.getTime()))
		return value.toISOString().slice(0, 10);
	return '';
}

/** Lower case, accents stripped, and everything but letters, digits and single spaces removed ("O'Brien-Smith" → "obrien smith"). */
export function comparableText(value: string): string {
	let s = value.toLowerCase();
	if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	s = s.replace(/['’.]/g, '');
	return /^[a-z0-9]+( [a-z0-9]+)*$/.test(s) ? s : s.replace(/[^a-z0-9]+/g, ' ').trim();
}

function emailKey(raw: string, gmail: boolean): string {
	const s = raw.toLowerCase().replace(/^mailto:/, '');
	const at = s.lastIndexOf('@');
	if (at < 1 || at === s.length - 1 || /\s/.test(s)) return '';
	const domain = s.slice(at + 1);
	if (!gmail || (domain !== 'gmail.com' && domain !== 'googlemail.com')) return s;
	const local = s.slice(0, at).split('+')[0].replace(/\./g, '');
	return `${local}@gmail.com`;
}

function phoneKey(raw: string, country: string): string {
	const digits = raw.replace(/\D/g, '');
	if (digits.length < 7) return '';
	const plus = /^\s*\+/.test(raw);
	if (plus && digits.length <= 15) return `+${digits}`;
	if (!plus && digits.startsWith('00') && digits.length <= 17) return `+${digits.slice(2)}`;
	if (
		(country === 'US' || country === 'CA') &&
		/^[2-9]/.test(raw.replace(/^\D+/, '')) &&
		digits.length === 10
	)
		return `+1${digits}`;
	if ((country === 'US' || country === 'CA') && digits.length === 11 && digits.startsWith('1'))
		return `+${digits}`;
	const parsed = normalizePhone(raw, { defaultCountry: country });
	return parsed.ok ? parsed.e164 : digits;
}

function dobKey(raw: string): string {
	const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
	if (iso) return iso[1] + iso[2] + iso[3];
	if (/^\d{8}$/.test(raw) && /^(1[89]|20)/.test(raw)) return raw;
	let parsed = parseDate(raw);
	// 07/03/1985 could be either; read it the US way: the comparison forgives day and month transposed
	if (!parsed.ok && parsed.code === 'DATE_AMBIGUOUS') parsed = parseDate(raw, { order: 'MDY' });
	return parsed.ok ? parsed.value.slice(0, 10).replace(/-/g, '') : '';
}

function splitStreet(street: string): [number: string, name: string, joined: string] {
	const m = /^(\d+[a-z]?)(?: |$)(.*)$/.exec(street);
	const number = m ? m[1] : '';
	const words = (m ? m[2] : street).split(' ').filter(Boolean);
	const joined = words.join('');
	if (words.length > 1 && STREET_TYPE_SET.has(words[words.length - 1])) words.pop();
	return [number, words.join(' '), joined];
}

/**
 * The distinct non-empty values of some fields, each normalized, joined by a
 * line break (which no email or phone holds); a value that normalizes to
 * nothing is dropped. A string, not a list: at a million records the lists'
 * own memory was a third of the prepared records'.
 */
function distinctValues(
	record: Record<string, unknown>,
	keys: readonly string[],
	normalize: (raw: string) => string,
): string {
	let out = '';
	for (const k of keys) {
		const raw = text(record[k]);
		if (raw === '') continue;
		const v = normalize(raw);
		if (v === '' || v.includes('\n')) continue;
		if (out === '') out = v;
		else if (!unpack(out).includes(v)) out = `${out}\n${v}`;
	}
	return out;
}

/** The values {@link PreparedRecord} packs into one string ("a@x.com\nb@y.org"), as a list. */
export function unpack(values: string): readonly string[] {
	return values === '' ? [] : values.includes('\n') ? values.split('\n') : [values];
}

/**
 * Makes equal strings one string. A million records hold a few thousand
 * first names, surnames, cities, ZIPs, streets and birthdays between them;
 * sharing them, rather than keeping a lower-cased copy per record, is most of
 * what keeps a million prepared records under 300 MB.
 */
export type Interner = (value: string) => string;

/** A new {@link Interner}, for one run: nothing outlives it. */
export function createInterner(): Interner {
	const table = new Map<string, string>();
	return (value) => {
		if (value === '') return '';
		const had = table.get(value);
		if (had !== undefined) return had;
		table.set(value, value);
		return value;
	};
}

const noInterner: Interner = (value) => value;

/**
 * Reduces a record with canonical keys to the forms the comparators read:
 * names lower-cased and accent-free with nicknames resolved, emails and
 * phones normalized (E.164), the street split into number and name, the state
 * as its USPS code, the date of birth as YYYYMMDD, and the generation (Jr,
 * Sr, III) from the suffix field, the surname or the full name. A record
 * missing a first or last name has its `fullName` split to fill it. Never
 * throws: what cannot be read is left empty and so is not compared.
 *
 * @param record - a record with canonical keys
 * @param options - resolved dedupe options
 * @param intern - shares equal strings between records (see {@link createInterner}); none by default
 * @returns its comparable form
 */
export function prepareRecord(
	record: Record<string, unknown>,
	options: ResolvedDedupeOptions,
	intern: Interner = noInterner,
): PreparedRecord {
	const r = typeof record === 'object' && record !== null ? record : {};
	let firstRaw = text(r.firstName);
	let lastRaw = text(r.lastName);
	const generations = new Set<string>();
	const fullName = text(r.fullName);
	// a full name fills whichever part is missing (adding a first name must not hide the surname it gave), and its suffix always counts
	if (fullName !== '') {
		const parts = splitName(fullName);
		if (firstRaw === '') firstRaw = parts?.first ?? '';
		if (lastRaw === '') lastRaw = parts?.last ?? '';
		generations.add(generationIn(parts?.suffix ?? ''));
	}
	const surname = splitGeneration(comparableText(lastRaw));
	generations
		.add(generationIn(text(r.suffix)))
		.add(surname.generation)
		.delete('');
	// the given name, past a title left in the first-name column ("Dr. Sam")
	const firstWords = comparableText(firstRaw).split(' ');
	while (firstWords.length > 1 && TITLE_SET.has(firstWords[0])) firstWords.shift();
	const first = firstWords[0];
	const groups = first.length > 1 ? nicknameGroups(first) : undefined;
	const [streetNumber, streetName, streetJoined] = splitStreet(comparableText(text(r.street)));
	const stateText = comparableText(text(r.state));
	const zipText = text(r.zip)
		.toUpperCase()
		.replace(/[^0-9A-Z]/g, '');
	const dobText = text(r.dateOfBirth);
	return {
		first: intern(first),
		firstFormal: groups ? NICKNAME_GROUPS[groups[0]][0] : intern(first),
		last: intern(surname.last),
		emails: distinctValues(r, EMAIL_FIELDS, (raw) => emailKey(raw, options.gmailNormalize)),
		phones: distinctValues(r, PHONE_FIELDS, (raw) => phoneKey(raw, options.defaultCountry)),
		streetNumber: intern(streetNumber),
		streetName: intern(streetName),
		streetJoined: intern(streetJoined),
		unit: intern(comparableText(text(r.unit))),
		city: intern(comparableText(text(r.city))),
		// an own-property lookup: a state written "constructor" must not find Object's
		state: intern(
			Object.prototype.hasOwnProperty.call(US_STATES, stateText)
				? US_STATES[stateText].toLowerCase()
				: stateText,
		),
		zip: intern(/^\d{9}$/.test(zipText) ? zipText.slice(0, 5) : zipText),
		dob: dobText === '' ? '' : intern(dobKey(dobText)),
		// a record that names two generations ("Sr." in its suffix field, "Smith Jr." as its surname) says it has one, not which
		generation: generations.size === 0 ? '' : generations.size === 1 ? [...generations][0] : '?',
	};
}
