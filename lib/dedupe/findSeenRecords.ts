import { invalidOption } from '../errors';
import { createMatchKeys } from './createMatchKeys';
import { resolveDedupeOptions } from './options';
import type { DedupeOptions } from './types';

/** What {@link findSeenRecords} finds. */
export interface SeenRecords {
	/** indices of the records that share a key with a person passed on before, in order */
	seen: number[];
	/** every record's keys ({@link createMatchKeys}), to remember for the records this run passes on */
	keys: string[][];
}

/**
 * Tells which records are people an earlier run already passed on, given the
 * keys that run remembered: a record is seen when any of its keys
 * ({@link createMatchKeys}: an email, a phone with the name, the name with
 * the date of birth) is among them. Pure: where the keys are kept (n8n's
 * deduplication store, a file) is the caller's business. Pass `seen` to
 * {@link resolveDuplicates}, and remember the keys of what it imports.
 *
 * @param records - records with canonical keys
 * @param known - keys remembered from earlier runs
 * @param options - dedupe options (as given to findDuplicates)
 * @param namespace - as given to {@link createMatchKeys}; default none
 * @returns the seen records and every record's keys
 * @throws IntakeError `DEDUPE_INVALID_OPTION` when records is not a list or known is not a set or list of keys
 * @example
 * const before = new Set(createMatchKeys({ firstName: 'Ann', lastName: 'Lee', email: 'ann@x.com' }));
 * findSeenRecords([{ email: 'ANN@x.com' }, { email: 'bo@y.com' }], before).seen
 * //=> [0]
 */
export function findSeenRecords(
	records: ReadonlyArray<Record<string, unknown>>,
	known: ReadonlySet<string> | Iterable<string>,
	options?: DedupeOptions,
	namespace = '',
): SeenRecords {
	if (!Array.isArray(records))
		throw invalidOption('DEDUPE_INVALID_OPTION', 'records', 'a list of records', typeof records);
	if (
		typeof known !== 'object' ||
		known === null ||
		typeof (known as Iterable<string>)[Symbol.iterator] !== 'function'
	) {
		throw invalidOption('DEDUPE_INVALID_OPTION', 'known', 'a set or list of keys', typeof known);
	}
	const knownSet: ReadonlySet<string> = known instanceof Set ? known : new Set(known);
	const resolved = resolveDedupeOptions(options);
	const keys = records.map((r) => createMatchKeys(r, resolved, namespace));
	const seen: number[] = [];
	keys.forEach((k, i) => {
		if (k.some((key) => knownSet.has(key))) seen.push(i);
	});
	return { seen, keys };
}
