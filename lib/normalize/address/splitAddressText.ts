import type { AddressParts } from './types';
import type { SplitAddressOptions, ZipFormat } from './options';
import {
	COUNTRIES,
	DIRECTIONALS,
	NUMBERED_ROUTE_TYPES,
	NUMBER_WORDS,
	STREET_TYPES,
	UNIT_DESIGNATORS,
	UNIT_WORDS,
	US_STATES,
	ZERO_ZIP_STATES,
} from '../data/usAddress';
import { US_CITIES } from '../data/usCities';
import { cleanText, lookupKey, phraseLengthsByEdgeWord, toSet } from '../text';

const STATE_NAMES = new Map(Object.entries(US_STATES));
const STATE_CODES = new Set(Object.values(US_STATES));
const ZERO_ZIP = toSet(ZERO_ZIP_STATES);
const TYPES = toSet(STREET_TYPES);
const ROUTE_TYPES = toSet(NUMBERED_ROUTE_TYPES);
const DESIGNATORS = toSet(UNIT_DESIGNATORS);
const STANDALONE_UNITS = toSet(UNIT_WORDS);
const DIRECTIONS = toSet(DIRECTIONALS);
const NUMBER_WORD_SET = toSet(NUMBER_WORDS);
const FLOORS = toSet(['fl', 'flr', 'floor']);
/** Every word that can start a unit, for a quick no. */
const UNIT_STARTS = new Set([
	...UNIT_DESIGNATORS,
	...UNIT_WORDS,
	...NUMBER_WORDS,
	'st',
	'mail',
	'client',
]);
const COUNTRY_NAMES = new Map(Object.entries(COUNTRIES));
const LONGEST_NAME = 4;
const MAX_LENGTH = 500;
const ZIP = /^\d{5}(?:[-\u2013\u2014]?\d{4})?$/;
/** Digit runs taken as a ZIP only right after a state: dropped zeros, typos ("2110", "9151-2100", "6065460610"). */
const LOOSE_ZIP = /^\d{3,10}$|^\d{3,5}[-\u2013\u2014]\d{3,4}$/;
const HOUSE_NUMBER =
	/^(\d+[a-z]?|\d+[-/]\d+[a-z]?|\d+-?[a-z]|[nsew]\d+[nsew]?\d*|\d+(st|nd|rd|th))$/i;
const ORDINAL =
	/^\d+(st|nd|rd|th)$|^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/i;
const UNIT_ID = /^#?[\p{L}\p{N}][\p{L}\p{N}\-/]*\.?$/u;
/** Abbreviations that end a street name for sure: no second street type follows them. */
const FINAL_TYPES = toSet([
	'ave',
	'av',
	'st',
	'str',
	'dr',
	'rd',
	'blvd',
	'ln',
	'ct',
	'pl',
	'cir',
	'hwy',
	'pkwy',
	'ter',
	'trl',
	'sq',
	'expy',
	'fwy',
	'way',
]);
/** Spellings of the same place word, so "St Louis" finds "saint louis". */
const PLACE_WORDS: ReadonlyMap<string, string> = new Map(
	Object.entries({
		st: 'saint',
		ste: 'sainte',
		ft: 'fort',
		mt: 'mount',
		pt: 'point',
		n: 'north',
		s: 'south',
		e: 'east',
		w: 'west',
		vy: 'valley',
		vly: 'valley',
		hts: 'heights',
		spgs: 'springs',
		twp: 'township',
		bch: 'beach',
		hbr: 'harbor',
		jct: 'junction',
		lk: 'lake',
		vlg: 'village',
		ctr: 'center',
		cty: 'city',
	}),
);
const MAX_CITY_WORDS = 5;
/** Highway words after which "#50" is a public highway's number ("State Highway #50", not "Dixie Hwy # 312"). */
const HIGHWAYS = toSet(['highway', 'hwy', 'hiway', 'hgwy', 'interstate']);
/** Route words after which "#" and "No" start the route number ("Route # A"), not a unit. */
const ROUTE_ONLY = toSet(['route', 'rte', 'rt', 'sr', 'cr', 'fm', 'us', 'rr', 'hc']);
/** Words that mark a line as for someone's attention ("Attn: Legal", "c/o Acme"), not part of the street. */
const ATTENTION = toSet(['attn', 'attn:', 'attention', 'c/o', 'co:']);
/** Words that make a line ahead of the street part of the address (a building), not a recipient. */
const PLACE_LINE_WORDS = toSet([
	'plaza',
	'square',
	'center',
	'centre',
	'tower',
	'building',
	'bldg',
	'airport',
	'mall',
	'park',
	'court',
	'hall',
	'house',
	'campus',
	'complex',
	'station',
	'terminal',
	'place',
]);
/** A place-name trie read from the last word back: Riviera → Beach is "riviera beach". */
interface PlaceNode {
	/** Whether the words from here to the end of the name make a whole place name. */
	whole: boolean;
	before: Map<string, PlaceNode>;
}
let places: Map<string, PlaceNode> | undefined;

/** The place-name table as one trie per state, built on first use (about 35,000 names). */
function placeTries(): Map<string, PlaceNode> {
	if (!places) {
		places = new Map();
		for (const [state, names] of Object.entries(US_CITIES)) {
			const root: PlaceNode = { whole: false, before: new Map() };
			places.set(state, root);
			for (const name of names.split('|')) {
				let node = root;
				const words = name.split(' ');
				for (let j = words.length - 1; j >= 0; j--) {
					const word = PLACE_WORDS.get(words[j]) ?? words[j];
					let next = node.before.get(word);
					if (!next) node.before.set(word, (next = { whole: false, before: new Map() }));
					node = next;
				}
				node.whole = true;
			}
		}
	}
	return places;
}

interface Token {
	text: string;
	/** Lookup form: lower case, periods removed. */
	key: string;
	/** Whether a comma follows the token. */
	comma: boolean;
}

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	// "Road# 1" and "Rd#5": a "#" glued to a word starts a unit
	const source = text.includes('#') ? text.replace(/(\p{L})#/gu, '$1 #') : text;
	let start = -1;
	const flush = (at: number) => {
		if (start < 0) return;
		const raw = source.slice(start, at);
		tokens.push({ text: raw, key: lookupKey(raw), comma: false });
		start = -1;
	};
	for (let i = 0; i < source.length; i++) {
		const c = source.charCodeAt(i);
		// cleanText has made every run of whitespace one space
		if (c === 32) flush(i);
		else if (c === 44) {
			flush(i);
			if (tokens.length > 0) tokens[tokens.length - 1].comma = true;
		} else if (start < 0) start = i;
	}
	flush(source.length);
	return tokens;
}

function startsWithDigit(text: string): boolean {
	const c = text.charCodeAt(0);
	return c >= 48 && c <= 57;
}

/** Joins tokens back as written, commas kept. */
function join(tokens: readonly Token[]): string {
	let text = '';
	for (let i = 0; i < tokens.length; i++) {
		if (i > 0) text += tokens[i - 1].comma ? ', ' : ' ';
		text += tokens[i].text;
	}
	return text;
}

const lastWordIndexes = new WeakMap<ReadonlyMap<string, unknown>, Map<string, number>>();

/** For each last word of a name in `names`, the most words a name ending in it has, built once per table. */
function lastWordIndex(names: ReadonlyMap<string, unknown>): Map<string, number> {
	let index = lastWordIndexes.get(names);
	if (!index) {
		index = phraseLengthsByEdgeWord(names.keys(), 'last');
		lastWordIndexes.set(names, index);
	}
	return index;
}

/** Longest name from `names` that ends at `tokens[end - 1]`: its length and value. */
function nameEndingAt<T>(
	tokens: readonly Token[],
	end: number,
	names: ReadonlyMap<string, T>,
): [number, T] | undefined {
	if (end < 1) return undefined;
	const longest = lastWordIndex(names).get(tokens[end - 1].key);
	if (longest === undefined) return undefined;
	// a name never spans a comma
	let n = 1;
	while (n < Math.min(longest, LONGEST_NAME, end) && !tokens[end - n - 1].comma) n++;
	for (; n >= 1; n--) {
		let key = tokens[end - n].key;
		for (let j = end - n + 1; j < end; j++) key += ' ' + tokens[j].key;
		const value = names.get(key);
		if (value !== undefined) return [n, value];
	}
	return undefined;
}

function isDirection(token: Token | undefined): boolean {
	return token !== undefined && DIRECTIONS.has(token.key);
}

function isPoBox(tokens: readonly Token[], i: number): number {
	const first = tokens[i]?.key;
	if (
		first !== 'po' &&
		first !== 'p' &&
		first !== 'post' &&
		first !== 'pob' &&
		first !== 'pobox' &&
		first !== 'box' &&
		first !== 'drawer'
	)
		return 0;
	const k = (j: number) => tokens[j]?.key ?? '';
	// "PO Box", "P.O. Box", "P O Box", "Post Office Box", "POB", "Box"
	if (k(i) === 'po' && k(i + 1) === 'box') return 2;
	if (k(i) === 'p' && k(i + 1) === 'o' && k(i + 2) === 'box') return 3;
	if (k(i) === 'post' && k(i + 1) === 'office' && k(i + 2) === 'box') return 3;
	if (k(i) === 'post' && k(i + 1) === 'office' && /^\d/.test(k(i + 2))) return 2;
	if (k(i) === 'pob' || k(i) === 'pobox') return 1;
	if (k(i) === 'box' || k(i) === 'drawer') return 1;
	return 0;
}

/** Length of a PO box designator with its "#", if any ("Box # 63"). */
function poBoxAt(tokens: readonly Token[], i: number): number {
	const n = isPoBox(tokens, i);
	return n > 0 && tokens[i + n]?.text === '#' && !tokens[i + n - 1].comma ? n + 1 : n;
}

/** Length of the unit that starts at `tokens[i]` ("Apt 4B", "# 6", "#5", "37th Flr", "Rear"), or 0. */
function unitAt(tokens: readonly Token[], i: number, end = tokens.length): number {
	const t = i < end ? tokens[i] : undefined;
	// most words start no unit
	if (!t || (!UNIT_STARTS.has(t.key) && t.text.charCodeAt(0) !== 35 && !startsWithDigit(t.text)))
		return 0;
	// of the words that start with a digit, only an ordinal floor starts a unit ("40th Floor")
	if (startsWithDigit(t.text))
		return !t.comma && i + 1 < end && FLOORS.has(tokens[i + 1].key) && ORDINAL.test(t.key) ? 2 : 0;
	// "Highway No 202", "Route # A", "Old Number 6 Highway": a route number, not a unit
	const prev = tokens[i - 1];
	if (
		prev &&
		!prev.comma &&
		(ROUTE_ONLY.has(prev.key) ||
			(HIGHWAYS.has(prev.key) &&
				['state', 'us', 'county', 'co', 'interstate'].includes(tokens[i - 2]?.key ?? ''))) &&
		(['#', 'no', 'number', 'num'].includes(t.key) || /^#\d/.test(t.text))
	)
		return 0;
	if (prev && !prev.comma && ROUTE_TYPES.has(prev.key) && ['no', 'number', 'num'].includes(t.key))
		return 0;
	if (
		['no', 'number', 'num'].includes(t.key) &&
		tokens[i + 2] &&
		ROUTE_TYPES.has(tokens[i + 2].key)
	)
		return 0;
	// "ave st 1400": "st" before a number is a suite
	if (
		t.key === 'st' &&
		prev &&
		!t.comma &&
		/^\d+$/.test(tokens[i + 1]?.text ?? '') &&
		TYPES.has(prev.key)
	)
		return 2;
	if (t.text === '#') return tokens[i + 1] && UNIT_ID.test(tokens[i + 1].text) && !t.comma ? 2 : 0;
	if (t.text.startsWith('#') && UNIT_ID.test(t.text)) return 1;
	const next = i + 1 < end ? tokens[i + 1] : undefined;
	// "Unit", "Apt" with no identifier, at the end of the street line
	if (
		!next &&
		DESIGNATORS.has(t.key) &&
		['unit', 'apt', 'ste', 'suite', 'lot', 'trlr'].includes(t.key) &&
		i > 0
	)
		return 1;
	// "mail code 55083", "client code 28502"
	if (
		next &&
		(t.key === 'mail' || t.key === 'client') &&
		next.key === 'code' &&
		!t.comma &&
		i + 2 < end &&
		/\d/.test(tokens[i + 2].text)
	)
		return 3;
	// "STE # 2", "ref no. 24385309"
	if (
		next &&
		DESIGNATORS.has(t.key) &&
		(next.text === '#' ||
			(['no', 'number'].includes(next.key) && t.key !== 'no' && t.key !== 'number')) &&
		i + 2 < end &&
		UNIT_ID.test(tokens[i + 2].text) &&
		!t.comma &&
		!next.comma
	)
		return 3;
	// "Rear", "Penthouse" stand alone only at the end of a line: "Front St" is a street
	if (STANDALONE_UNITS.has(t.key)) return !next || t.comma ? 1 : 0;
	// "40th Floor", "Second Floor"
	if (ORDINAL.test(t.key) && next && FLOORS.has(next.key) && !t.comma) return 2;
	const after = i + 2 < end ? tokens[i + 2] : undefined;
	// "dept la 21702", "dept 472 806009965": a short word and a number, or a department and its account
	if (
		DESIGNATORS.has(t.key) &&
		!t.comma &&
		next &&
		!next.comma &&
		after &&
		((/^\p{L}{1,3}$/u.test(next.text) && !DESIGNATORS.has(next.key)) ||
			(/^dep/.test(t.key) && /^\d+$/.test(next.text) && /^\d{4,},?$/.test(after.text))) &&
		/^\d/.test(after.text)
	)
		return 3;
	if (
		DESIGNATORS.has(t.key) &&
		!t.comma &&
		next &&
		UNIT_ID.test(next.text) &&
		/\d|^#|^[a-z]\.?$/i.test(next.text)
	)
		return 2;
	return 0;
}

/** Index just past the street part of a run that holds street and city with no comma between, or -1. */
function streetEnd(tokens: readonly Token[], from: number, to: number): number {
	for (let i = from + 1; i < to - 1; i++) {
		if (!TYPES.has(tokens[i].key) || isPoBox(tokens, i) > 0) continue;
		// "4788 Lake Mirror Place": a type word right after the house number names the street when another type follows
		if (
			i === from + 1 &&
			!FINAL_TYPES.has(tokens[i].key) &&
			!tokens[i].comma &&
			tokens.slice(i + 2, to - 1).some((t) => TYPES.has(t.key))
		)
			continue;
		let end = i + 1;
		// "Park Dr", "Street Dr": a run of street types ends together
		while (
			end < to - 1 &&
			TYPES.has(tokens[end].key) &&
			!tokens[end - 1].comma &&
			!FINAL_TYPES.has(tokens[end - 1].key)
		)
			end++;
		if (
			ROUTE_TYPES.has(tokens[end - 1].key) &&
			end < to - 1 &&
			/^\d+[a-z]?$/i.test(tokens[end].text)
		)
			end++;
		if (
			end < to - 1 &&
			!tokens[end - 1].comma &&
			isDirection(tokens[end]) &&
			tokens[end].key.length <= 2
		)
			end++;
		return end;
	}
	return -1;
}

/**
 * Splits `tokens[from, to)`, one comma group or several, into street, unit
 * and city. `state` is the USPS code found after them, if any: only then is
 * there a city to find.
 */
function splitStreetCityUnit(
	tokens: readonly Token[],
	from: number,
	to: number,
	parts: AddressParts,
	state: string | undefined,
): void {
	const groups: Array<[number, number]> = [];
	let start = from;
	for (let i = from; i < to; i++) {
		if (tokens[i].comma || i === to - 1) {
			groups.push([start, i + 1]);
			start = i + 1;
		}
	}
	let city: readonly Token[] = [];
	let cityFrom = to;
	if (state !== undefined) {
		const [a, b] = groups[groups.length - 1];
		const known = knownCityStart(tokens, a, b, state);
		if (known >= a && (known > a || groups.length > 1 || !startsStreet(tokens, a))) {
			cityFrom = known;
			// ", N Hanover,": a spelled or one-letter directional alone ahead of the city in its comma group is part of its name
			// (after "Hwy. 31," it is the route's: "Hwy. 31, W. White House")
			if (
				known > a &&
				groups.length > 1 &&
				!/\d/.test(tokens[a - 1].text) &&
				tokens.slice(a, known).every((t) => isDirection(t) && t.key.length !== 2)
			)
				cityFrom = a;
		} else if (
			!hasStreetSign(tokens, a, b) &&
			(groups.length > 1 || !/\d/.test(join(tokens.slice(a, b))))
		)
			cityFrom = a;
		else {
			const cut = cityCut(tokens, a, b);
			if (cut > a && cut < b) cityFrom = cut;
		}
		// "1105 Bolton Road, NW Atlanta": a directional at the head of the city group ends the street
		while (
			cityFrom === a &&
			a > from &&
			cityFrom < b - 1 &&
			isDirection(tokens[cityFrom]) &&
			tokens[cityFrom].key.length === 2
		)
			cityFrom++;
		city = tokens.slice(cityFrom, b);
	}

	// the first comma group or line that starts a street; the lines ahead of it may be recipients
	const streetGroup = groups.findIndex(([a]) => startsStreet(tokens, a));
	const street: Token[][] = [];
	const units: string[] = [];
	const recipient: string[] = [];
	let hasBox = false;
	for (const [g, [a, groupEnd]] of groups.entries()) {
		const b = Math.min(groupEnd, cityFrom);
		if (b <= a) continue;
		const run: Token[] = [];
		// how long the street run was when a unit last came out of it
		let runAtUnit = 0;
		let i = a;
		if (
			ATTENTION.has(tokens[a].key) &&
			groupEnd <= cityFrom &&
			g < groups.length - 1 &&
			!tokens.slice(a, b).some((t) => TYPES.has(t.key))
		) {
			// "attn dept # 528, 4th floor 300 East Randolph St": a whole line for someone's attention
			recipient.push(join(tokens.slice(a, b)));
			continue;
		}
		if (g === 0) {
			// "customer # 55-0037082 lock box 427", "re: acct # 50016 p.o. box 972651": a reference ahead of the street is the recipient's
			const ref = referenceAt(tokens, a, b);
			if (ref > a) {
				recipient.push(join(tokens.slice(a, ref)));
				i = ref;
			}
		}
		while (i < b) {
			if (ATTENTION.has(tokens[i].key) && (run.length > 0 || street.length > 0)) {
				// "1301 Bertha Howe Ave # 6 attn Desert Valley Ent": the rest of the line is for someone's attention;
				// "c/o Boa lockbox 402605" names someone, up to the box ("attn: lockbox # 402605" names a department)
				let stop = i + 1;
				const careOf = tokens[i].key === 'c/o';
				while (
					stop < b &&
					!(careOf && (lockboxAt(tokens, stop, b) > 0 || numberedPoBox(tokens, stop)))
				)
					stop++;
				recipient.push(join(tokens.slice(i, stop)));
				i = stop;
				continue;
			}
			const lock = lockboxAt(tokens, i, b);
			if (lock > 0 && run.length === 0 && street.length === 0 && laterPoBox(tokens, i + lock, b)) {
				// "lockbox 9351 po box 8500": the lockbox is a unit of the PO box
				units.push(join(tokens.slice(i, i + lock)));
				i += lock;
				continue;
			}
			let box = lock > 0 ? 0 : poBoxAt(tokens, i);
			if (
				box > 0 &&
				i + box < b &&
				(hasBox || laterPoBox(tokens, i + box + 1, b)) &&
				tokens[i].key !== 'po' &&
				tokens[i].key !== 'p'
			) {
				// "box # 2806 po box 8500", "p.o. box 850001 box # 0123": a second box is a unit of the first
				units.push(join(tokens.slice(i, i + box + 1)));
				i += box + 1;
				continue;
			}
			if (box > 0 && i + box < b) hasBox = true;
			else box = 0;
			const lineStart =
				(startsWithDigit(tokens[i].text) && /^\d+[a-z]?$/i.test(tokens[i].text)) ||
				(RURAL.has(tokens[i].key) && /^\d/.test(tokens[i + 1]?.text ?? ''));
			const leadText =
				(lock > 0 || box > 0 || lineStart) &&
				run.length > 1 &&
				street.length === 0 &&
				isLeadText(run);
			if (
				run.length === 1 &&
				street.length === 0 &&
				/^\d/.test(tokens[i].text) &&
				lineStart &&
				isNameWord(run[0]) &&
				tokens.slice(i + 1, b).some((t) => TYPES.has(t.key))
			) {
				// "TWILIO 645 Harrison St", "Plantation 3520 West Broward Blvd": one name word ahead of a house number
				recipient.push(join(run));
				run.length = 0;
			}
			if (lock > 0 || box > 0 || (leadText && lineStart && !/\d/.test(join(run)))) {
				// text ahead of the street line: "Acme Inc 12 Main St", "Mellon Bank lockbox 360172 500 Ross St." name a recipient
				if (leadText && !/\d/.test(join(run))) {
					recipient.push(join(run));
					run.length = 0;
				}
				// a lockbox ("lockbox 1007 po box 4829", "6000 Feldwood Rd lbx # 402605") and a PO box stay on the delivery line
				const n = lock > 0 ? lock : box > 0 ? box + 1 : 1;
				run.push(...tokens.slice(i, i + n));
				i += n;
				continue;
			}
			const u = unitAt(tokens, i, b);
			if (
				u > 0 &&
				i + u <= b &&
				(run.length > 0 || street.length > 0 || i + u === b || startsStreet(tokens, i + u))
			) {
				if (
					i + u === b &&
					tokens[i].text.startsWith('#') &&
					street.length === 0 &&
					run.length > 0 &&
					!run.some((t) => /\d/.test(t.text))
				) {
					// "Mile K Beach Road # 1": on a street line with no house number, the "#" number is the house's
					run.push(...tokens.slice(i, i + u));
					i += u;
					continue;
				}
				units.push(join(tokens.slice(i, i + u)));
				if (run.length > 0) runAtUnit = run.length;
				i += u;
				continue;
			}
			run.push(tokens[i]);
			i++;
		}
		if (runAtUnit > 0 && run.length > runAtUnit && HOUSE_NUMBER.test(run[0].text)) {
			const tail = run.slice(runAtUnit);
			if (!tail.some((t) => /\d/.test(t.text) || TYPES.has(t.key) || DIRECTIONS.has(t.key))) {
				// "3590 South State Road 7 Suite 28 Reference Division": words after the unit that are no street are the recipient's
				recipient.push(join(tail));
				run.length = runAtUnit;
			}
		}
		if (run.length === 0) continue;
		if (
			groups.length === 1 &&
			cityFrom < to &&
			street.length === 0 &&
			run.every(
				(t, k) =>
					!startsStreet(run, k) &&
					!TYPES.has(t.key) &&
					!ROUTE_ONLY.has(t.key) &&
					!t.text.startsWith('#'),
			)
		) {
			// "Budd Insurance Agency Coldwater MI 49036": no number and no street word ahead of the city, so a name, not a street
			recipient.push(join(run));
			continue;
		}
		const last = run[run.length - 1];
		const beforeLast = run[run.length - 2];
		if (
			ATTENTION.has(run[0].key) ||
			(street.length === 0 &&
				g < streetGroup &&
				!/\d/.test(join(run)) &&
				!run.some((t) => TYPES.has(t.key) || PLACE_LINE_WORDS.has(t.key)))
		) {
			// "Office of General Counsel, 820 N. Michigan Avenue", "JANE DOE\n ACME INC\n 12 MAIN ST", "Attn: Accounts":
			// recipient lines ahead of the street, or marked as such anywhere
			recipient.push(join(run));
			continue;
		}
		if (
			street.length > 0 &&
			run.length <= 2 &&
			/^\d/.test(run[0].text) &&
			run.every((t) => UNIT_ID.test(t.text)) &&
			(run.length === 1 || /^\p{L}$/u.test(last.text))
		) {
			// "111 W. Monroe, 12C, Chicago", "4101 winnfield road, 106 d": an identifier after the street line is its unit
			units.push(join(run));
			continue;
		}
		if (street.length > 0 && !run.some((t) => /\d/.test(t.text)) && BUILDING_PARTS.has(last.key)) {
			// "1800 M Street, NW North Tower, Ste. 700", "12th Floor Executive Conference Room": a part of the building after
			// the street is a unit; a directional ahead of it ends the street
			let k = 0;
			while (k < run.length - 1 && isDirection(run[k]) && run[k].key.length === 2)
				street[street.length - 1].push(run[k++]);
			units.push(join(run.slice(k)));
			continue;
		}
		if (
			street.length > 0 &&
			run.length === 2 &&
			/^\p{L}{2,4}$/u.test(run[0].text) &&
			/^\d+$/.test(last.text) &&
			isPoBox(run, 0) === 0 &&
			!ROUTE_ONLY.has(run[0].key) &&
			!ROUTE_TYPES.has(run[0].key) &&
			!DIRECTIONS.has(run[0].key)
		) {
			// "OU Health Sciences Center P.O. Box 26901, SCB 223": a short code and a number after the street line is a unit
			units.push(join(run));
			continue;
		}
		if (street.length > 0 && run.length === 1 && /\d/.test(last.text) && UNIT_ID.test(last.text)) {
			// "111 W. Monroe, 12C, Chicago": a lone identifier after the street line is its unit
			units.push(last.text);
			continue;
		}
		if (
			run.length >= 3 &&
			HOUSE_NUMBER.test(run[0].text) &&
			/\d/.test(last.text) &&
			UNIT_ID.test(last.text) &&
			beforeLast &&
			!ROUTE_TYPES.has(beforeLast.key) &&
			(beforeLast.key.length > 1 || DIRECTIONS.has(beforeLast.key)) &&
			(!DIRECTIONS.has(beforeLast.key) || TYPES.has(run[run.length - 3].key)) &&
			!/\d/.test(beforeLast.text) &&
			!['no', 'number', '#', 'and', '&', 'lockbox', 'lbx', 'lb'].includes(beforeLast.key)
		) {
			// "101 W. Grand Ave. 600": a trailing number after the street name is a suite
			units.push(last.text);
			run.pop();
		} else if (
			run.length >= 4 &&
			/^\p{L}$/u.test(last.text) &&
			!DIRECTIONS.has(last.key) &&
			DIRECTIONS.has(beforeLast.key) &&
			beforeLast.key.length === 2 &&
			TYPES.has(run[run.length - 3].key)
		) {
			// "720 10th Ave SW A": a letter after the street's directional is its unit
			units.push(last.text);
			run.pop();
		}
		street.push(run);
	}
	const streetText = street.map((r) => join(r)).join(', ');
	if (streetText) parts.street = streetText;
	if (units.length > 0) parts.unit = units.join(' ');
	if (recipient.length > 0) parts.recipient = recipient.join(', ');
	const cityText = join(city);
	if (cityText) parts.city = cityText;
}

/** Length of a lockbox ("lockbox 1007", "lock box # 427", "lbx 427", "lb # 842467") at `tokens[i]`, its number included, or 0. */
function lockboxAt(tokens: readonly Token[], i: number, b: number): number {
	const k = tokens[i].key;
	let n =
		k === 'lockbox' || k === 'lbx' || (k === 'lb' && /^#|^\d/.test(tokens[i + 1]?.text ?? ''))
			? 1
			: k === 'lock' && tokens[i + 1]?.key === 'box'
				? 2
				: 0;
	if (n === 0) return 0;
	if (['#', 'no', 'number'].includes(tokens[i + n]?.key ?? '')) n++;
	return i + n < b && /\d/.test(tokens[i + n].text) ? n + 1 : 0;
}

/** Whether words ahead of a street line are text apart from it (a name), not the start of the street itself. */
function isLeadText(run: readonly Token[]): boolean {
	return !run.some(
		(t, k) =>
			TYPES.has(t.key) ||
			PLACE_LINE_WORDS.has(t.key) ||
			ROUTE_ONLY.has(t.key) ||
			(DIRECTIONS.has(t.key) && (k === 0 || t.key.length > 1)) ||
			t.text === '#' ||
			isPoBox(run, k) > 0 ||
			lockboxAt(run, k, run.length) > 0,
	);
}

/** Words that end the name of a part of a building: "North Tower", "West Hall", "Conference Room". */
const BUILDING_PARTS = toSet(['tower', 'twr', 'hall', 'room', 'rm', 'wing']);

/** Rural route words that start a delivery line ("RR 3 Box 9", "HC 64 Box 12"). */
const RURAL = toSet(['rr', 'hc', 'rfd']);

/** Whether a token is a plain word that can name a recipient: not a street, unit, route or number word. */
function isNameWord(t: Token): boolean {
	return (
		/^\p{L}{3,}$/u.test(t.text) &&
		!TYPES.has(t.key) &&
		!DIRECTIONS.has(t.key) &&
		!DESIGNATORS.has(t.key) &&
		!ROUTE_ONLY.has(t.key) &&
		!NUMBER_WORD_SET.has(t.key) &&
		!PLACE_LINE_WORDS.has(t.key) &&
		!ROUTE_TYPES.has(t.key)
	);
}

/** Whether a PO box with its number starts at `tokens[i]` ("PO Box 12", not "lock box teller"). */
function numberedPoBox(tokens: readonly Token[], i: number): boolean {
	const n = poBoxAt(tokens, i);
	return n > 0 && /\d/.test(tokens[i + n]?.text ?? '');
}

/** Whether a PO box starts somewhere in `tokens[from, b)`. */
function laterPoBox(tokens: readonly Token[], from: number, b: number): boolean {
	for (let j = from; j < b; j++)
		if (isPoBox(tokens, j) > 0 && tokens[j].key !== 'box' && tokens[j].key !== 'drawer')
			return true;
	return false;
}

/** Words that open an account reference ahead of the street ("customer # 55-0037082", "re: acct # 50016"). */
const REFERENCE_WORDS = toSet([
	'customer',
	'client',
	'cust',
	'acct',
	'account',
	're',
	're:',
	're:acct',
	'ref:',
]);

/** Index just past an account reference that starts at `tokens[a]`, or `a` when there is none. */
function referenceAt(tokens: readonly Token[], a: number, b: number): number {
	if (!REFERENCE_WORDS.has(tokens[a].key)) return a;
	let i = a;
	while (i < b - 1 && REFERENCE_WORDS.has(tokens[i].key) && !tokens[i].comma) i++;
	if (tokens[i].text !== '#' || tokens[i].comma) return a;
	i++;
	// the reference: "# 056 552-9329 001", digit groups up to the street line
	while (i < b - 1 && /^[\d-]+$/.test(tokens[i].text)) {
		i++;
		if (tokens[i - 1].comma) break;
	}
	return i > a + 2 && i < b ? i : a;
}

/**
 * Where a known place name of `state` starts, at the end of `tokens[a, b)`:
 * the longest one that leaves a street before it. -1 when none is known.
 */
function knownCityStart(tokens: readonly Token[], a: number, b: number, state: string): number {
	let node = placeTries().get(state);
	let found = -1;
	for (let j = b - 1; node && j >= Math.max(a, b - MAX_CITY_WORDS); j--) {
		// a place name never spans a comma
		if (j < b - 1 && tokens[j].comma) break;
		const key = tokens[j].key;
		node = node.before.get(PLACE_WORDS.get(key) ?? key);
		// "Sligh Blvd N E Grand Rapids": "N E" is one directional, so the city is "Grand Rapids"
		if (
			node?.whole &&
			!(
				j > a &&
				(key === 'e' || key === 'w') &&
				(tokens[j - 1].key === 'n' || tokens[j - 1].key === 's') &&
				!tokens[j - 1].comma
			)
		)
			found = j;
	}
	return found;
}

/** Whether a token run starts a street line: a house number, a PO box, or a spelled number. */
function startsStreet(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	return (
		t !== undefined &&
		(HOUSE_NUMBER.test(t.text) || isPoBox(tokens, i) > 0 || NUMBER_WORD_SET.has(t.key))
	);
}

/** Whether a comma group holds part of a street line rather than only a city name. */
function hasStreetSign(tokens: readonly Token[], a: number, b: number): boolean {
	if (/\d/.test(tokens[a].text) || isPoBox(tokens, a) > 0) return true;
	for (let i = a; i < b; i++)
		if (
			unitAt(tokens, i) > 0 &&
			/\d|#/.test(
				tokens
					.slice(i, i + 3)
					.map((t) => t.text)
					.join(''),
			)
		)
			return true;
	return false;
}

/** Where the city starts in a group that holds street (and units) then city, or -1. */
function cityCut(tokens: readonly Token[], a: number, b: number): number {
	let i = a;
	// units and PO boxes ahead of the street: "department 0823 po box 120001 dallas"
	for (;;) {
		const box = poBoxAt(tokens, i);
		if (box > 0 && i + box < b - 1) {
			// "box # 2806 po box 8500": boxes one after another
			i += box + 1;
			if (poBoxAt(tokens, i) > 0) continue;
			return skipUnits(tokens, i, b);
		}
		const lock = lockboxAt(tokens, i, b);
		if (lock > 0 && i + lock < b - 1) {
			i += lock;
			continue;
		}
		const u = unitAt(tokens, i);
		if (u > 0 && i + u < b - 1) {
			i += u;
			continue;
		}
		break;
	}
	if (i > a && !startsStreet(tokens, i)) return i;
	const end = streetEnd(tokens, i, b);
	if (end < 0) {
		// no street type: the street ends at its last digit-bearing word ("Highway 212"), or
		// one name word after a house number ("1320 West Webster Chiago")
		for (let j = b - 2; j >= i; j--) {
			if (!/\d/.test(tokens[j].text)) continue;
			let k = j + 1;
			if (HOUSE_NUMBER.test(tokens[j].text) && !(j > 0 && ROUTE_TYPES.has(tokens[j - 1].key))) {
				if (k < b - 1 && isDirection(tokens[k])) k++;
				if (k < b - 1) k++;
			}
			return skipUnits(tokens, k, b);
		}
		return -1;
	}
	return skipUnits(tokens, end, b);
}

function skipUnits(tokens: readonly Token[], i: number, b: number): number {
	for (;;) {
		const u = unitAt(tokens, i) || (i < b ? lockboxAt(tokens, i, b) : 0);
		if (u === 0 || i + u >= b) return i;
		i += u;
	}
}

/** The state that ends at `tokens[end - 1]`, as a USPS code, and how many tokens it spans. */
function stateEndingAt(tokens: readonly Token[], end: number): [number, string] | undefined {
	if (end < 2) return undefined;
	const named = nameEndingAt(tokens, end, STATE_NAMES);
	// "9 Front St Washington DC": the city and the state's code, not "Washington DC"
	if (
		named &&
		named[0] > 1 &&
		STATE_CODES.has(tokens[end - 1].key.toUpperCase()) &&
		knownCityStart(tokens, 0, end - 1, named[1]) >= 0
	)
		return [1, named[1]];
	if (named) return named;
	const last = tokens[end - 1];
	const code = last.key.toUpperCase();
	return STATE_CODES.has(code) && /^([a-z]\.?){2},?$/i.test(last.text) ? [1, code] : undefined;
}

/** A ZIP as written: the token without a trailing period, comma or stray quote. */
function zipText(token: Token): string {
	return startsWithDigit(token.text.slice(-1)) ? token.text : token.text.replace(/[.,"']+$/, '');
}

/**
 * Takes the ZIP and state from the end of `tokens[0, end)` into `parts`;
 * returns the new end. A full ZIP ("02110", "62704-1234", "627041234") is
 * taken wherever it ends the text; a short or long digit run ("2110",
 * "9151-2100", "041 01") only right after a state, where nothing else fits.
 */
function takeZipAndState(
	tokens: readonly Token[],
	end: number,
	parts: AddressParts,
	format: ZipFormat,
): number {
	let zipTokens = 0;
	if (end > 0 && ZIP.test(zipText(tokens[end - 1]))) zipTokens = 1;
	else if (
		end > 2 &&
		/^\d{2,5}$/.test(tokens[end - 2].text) &&
		/^\d{2,4}$/.test(zipText(tokens[end - 1])) &&
		!tokens[end - 2].comma &&
		stateEndingAt(tokens, end - 2)
	)
		zipTokens = 2;
	else if (end > 1 && LOOSE_ZIP.test(zipText(tokens[end - 1])) && stateEndingAt(tokens, end - 1))
		zipTokens = 1;
	let zip =
		zipTokens === 0
			? undefined
			: zipTokens === 1
				? zipText(tokens[end - 1])
				: `${tokens[end - 2].text} ${zipText(tokens[end - 1])}`;
	end -= zipTokens;
	const state = stateEndingAt(tokens, end);
	if (state) {
		parts.state = state[1];
		end -= state[0];
	}
	if (zip !== undefined && format === 'usps') zip = uspsZip(zip, parts.state);
	if (zip !== undefined) parts.zip = zip;
	return end;
}

/**
 * "101 E Market St Unit 17771 CA Long Beach 90807": the state written ahead of
 * the city. Takes both when the words after a state code name a place of that
 * state, or follow a number; returns the new end.
 */
function takeStateBeforeCity(tokens: readonly Token[], end: number, parts: AddressParts): number {
	for (let at = end - 2; at >= Math.max(1, end - 1 - MAX_CITY_WORDS); at--) {
		const code = tokens[at].key.toUpperCase();
		if (!/^[a-z]{2}$/i.test(tokens[at].text) || !STATE_CODES.has(code)) continue;
		if (tokens.slice(at + 1, end).some((t) => /\d/.test(t.text))) return end;
		if (knownCityStart(tokens, at + 1, end, code) === at + 1 || /\d/.test(tokens[at - 1].text)) {
			parts.state = code;
			parts.city = join(tokens.slice(at + 1, end));
			return at;
		}
	}
	return end;
}

/** The USPS form of a ZIP: "12345-6789", and a leading zero a spreadsheet dropped put back in the states whose ZIPs start with 0. */
function uspsZip(zip: string, state: string | undefined): string {
	const digits = zip.replace(/\D/g, '');
	const padded =
		digits.length === 4 || digits.length === 8
			? state !== undefined && ZERO_ZIP.has(state)
				? `0${digits}`
				: digits
			: digits;
	if (padded.length === 5) return padded;
	if (padded.length === 9) return `${padded.slice(0, 5)}-${padded.slice(5)}`;
	return zip;
}

function parsePositional(text: string, parts: AddressParts, format: ZipFormat): void {
	const fields = text.split(',').map((f) => cleanText(f));
	// more than five fields: the extra ones are street lines (a unit, a building)
	while (fields.length > 5) fields.splice(0, 2, `${fields[0]}, ${fields[1]}`);
	const [street = '', city = '', state = '', zip = '', country = ''] = fields;
	if (street) {
		const tokens = tokenize(street);
		splitStreetCityUnit(tokens, 0, tokens.length, parts, undefined);
	}
	if (city) parts.city = city;
	if (state)
		parts.state =
			STATE_NAMES.get(lookupKey(state)) ??
			(STATE_CODES.has(state.toUpperCase()) ? state.toUpperCase() : state);
	if (zip) parts.zip = format === 'usps' ? uspsZip(zip, parts.state) : zip;
	if (country)
		parts.country =
			COUNTRY_NAMES.get(lookupKey(country)) ??
			(/^[a-z]{2}$/i.test(country) ? country.toUpperCase() : country);
}

/** Splits `text` with options already checked: the work of {@link createAddressSplitter}. */
export function splitAddressText(
	text: string,
	opts: Readonly<Required<SplitAddressOptions>>,
): AddressParts | undefined {
	if (typeof text !== 'string' || text.length > MAX_LENGTH) return undefined;
	const nfc = /[^\x20-\x7e]/.test(text) ? text.normalize('NFC') : text;
	const plain = cleanText(nfc);
	// line breaks and semicolons part lines as commas do
	const cleaned = /[\n;]/.test(nfc) ? cleanText(nfc.replace(/\s*[\n;]+\s*/g, ', ')) : plain;
	if (!/[a-z0-9]/i.test(cleaned) && !/[\p{L}\p{N}]/u.test(cleaned)) return undefined;
	const parts: AddressParts = {};
	if (opts.layout === 'positional' || (plain.includes(',') && /^,|,\s*,/.test(plain))) {
		parsePositional(plain, parts, opts.zipFormat);
		return parts;
	}

	const tokens = tokenize(cleaned);
	let end = tokens.length;
	// a trailing country
	const country = nameEndingAt(tokens, end, COUNTRY_NAMES);
	if (country && end - country[0] > 0) {
		parts.country = country[1];
		end -= country[0];
		// "United States US": the country named twice
		const again = nameEndingAt(tokens, end, COUNTRY_NAMES);
		if (again && again[1] === country[1] && end - again[0] > 0) end -= again[0];
	}
	const countryCode = parts.country ?? opts.defaultCountry;
	if (countryCode !== 'US' && countryCode !== 'PR') {
		const rest = join(tokens.slice(0, end));
		if (rest) parts.street = rest;
		return parts;
	}

	end = takeZipAndState(tokens, end, parts, opts.zipFormat);
	if (parts.zip !== undefined && parts.state === undefined)
		end = takeStateBeforeCity(tokens, end, parts);
	if (end > 0)
		splitStreetCityUnit(tokens, 0, end, parts, parts.city === undefined ? parts.state : undefined);
	return parts;
}
