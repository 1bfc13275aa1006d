import { invalidOption } from '../errors';
import { createDedupeIndex } from './createDedupeIndex';
import type { DedupeOptions, DuplicateResult } from './types';

/**
 * Finds the records that are the same person, and those that may be: pairs
 * within `records`, and matches of records against `existing` ones (a client
 * list fetched from the target system, say). Candidate pairs come from
 * blocking (shared email or phone digits, and sorted neighbourhoods on
 * phonetic name keys, dates of birth and addresses), so a million records take
 * seconds, not the days all pairs would. Each candidate is judged as
 * {@link scorePair} judges it: duplicates by the match rules (the same email;
 * the same phone with agreeing names; a similar name or the same date of birth
 * with one more agreeing identifier, when the evidence reaches the
 * threshold), possible duplicates for a person to decide, and never a
 * household or two generations. The same input always gives the same output,
 * in the same order.
 *
 * @param records - incoming records with canonical keys; anything not an object is treated as empty
 * @param options - dedupe options, plus `existing` records to match against
 * @returns duplicate pairs and matches with reasons and rules, the clusters the pairs make, and the possible pairs and matches
 * @throws IntakeError `DEDUPE_INVALID_OPTION` for a bad option, or when records or existing is not an array
 * @example
 * findDuplicates([{ firstName: 'Bob', lastName: 'Lee', phone: '(555) 123-4567' }, { firstName: 'Robert', lastName: 'Lee', phone: '555.123.4567' }])
 * //=> { pairs: [{ a: 0, b: 1, score: 0.9996, reasons: [ … ], verdict: 'duplicate', rule: 'same phone and name' }], matches: [], clusters: [[0, 1]], possiblePairs: [], possibleMatches: [] }
 */
export function findDuplicates(
	records: ReadonlyArray<Record<string, unknown>>,
	options: DedupeOptions & { existing?: ReadonlyArray<Record<string, unknown>> } = {},
): DuplicateResult {
	if (!Array.isArray(records))
		throw invalidOption('DEDUPE_INVALID_OPTION', 'records', 'a list of records', typeof records);
	const existing = options.existing ?? [];
	if (!Array.isArray(existing))
		throw invalidOption('DEDUPE_INVALID_OPTION', 'existing', 'a list of records', typeof existing);
	const index = createDedupeIndex({ ...options, existing: undefined } as DedupeOptions);
	for (let i = 0; i < records.length; i++) index.add(records[i]);
	for (let i = 0; i < existing.length; i++) index.addExisting(existing[i]);
	return index.finish();
}
