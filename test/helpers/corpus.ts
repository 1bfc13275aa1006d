import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shared ground-truth corpora (../shared/corpus). They are externally
 * authored and licensed apart (see their README), so they are read in place
 * and never copied into this package.
 */
export const CORPUS_DIR = join(__dirname, '..', '..', '..', 'shared', 'corpus');

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
 * state as written ("North Carolina"); the comparison form is the USPS code,
 * which is what splitAddress returns.
 */
export function loadAddressCases(stateCode: (state: string) => string): AddressCase[] {
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

/** The libphonenumber test cases; `region` null or "ZZ" means no default country. */
export function loadPhoneCases(): PhoneCase[] {
	return loadCorpus<{ cases: PhoneCase[] }>('phones/libphonenumber_java_tests.json').cases;
}
