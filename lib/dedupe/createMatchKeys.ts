import { createHash } from 'node:crypto';
import { invalidOption } from '../errors';
import { resolveDedupeOptions, type ResolvedDedupeOptions } from './options';
import { prepareRecord, unpack, type PreparedRecord } from './prepareRecord';
import type { DedupeOptions } from './types';

/** Bumped if what a key covers ever changes, so that keys remembered under the old rules stay apart. */
const KEY_VERSION = 'intake-match-v1';

function hashKey(text: string, namespace: string): string {
	return createHash('sha256')
		.update(
			namespace === ''
				? `${KEY_VERSION}\u0000${text}`
				: `${KEY_VERSION}\u0000${namespace}\u0000${text}`,
		)
		.digest('hex')
		.slice(0, 32);
}

/** The identities of a prepared record, hashed; internal, for findSeenRecords. */
export function matchKeysOfPrepared(p: PreparedRecord, namespace = ''): string[] {
	const keys: string[] = [];
	const name = p.last === '' && p.firstFormal === '' ? '' : `${p.last}\u0000${p.firstFormal}`;
	for (const email of unpack(p.emails)) keys.push(`email\u0000${email}`);
	for (const phone of unpack(p.phones)) keys.push(`phone\u0000${phone}\u0000${name}`);
	if (p.last !== '' && p.firstFormal !== '' && p.dob !== '')
		keys.push(`born\u0000${name}\u0000${p.dob}`);
	return keys.map((k) => hashKey(k, namespace));
}

/**
 * The keys that identify a person across runs, as the match rules see them:
 * each email (normalized), each phone together with the name (a shared phone
 * alone is a household's), and the name with the date of birth. Keys are
 * SHA-256 hashes (32 hex digits), so a store of them holds no personal data;
 * the same person gives the same keys in every run. A record with none of
 * these gives no keys, and is never taken for one seen before.
 *
 * @param record - a record with canonical keys
 * @param options - dedupe options (Gmail normalization and the phone country change the keys)
 * @param namespace - keeps one memory's keys apart from another's in a shared store (the Dedupe node passes its id when it remembers for itself); default none
 * @returns the record's keys, possibly none
 * @throws IntakeError `DEDUPE_INVALID_OPTION` for a bad option
 * @example
 * createMatchKeys({ firstName: 'Bob', lastName: 'Lee', email: 'BOB@x.com' }).length
 * //=> 1
 * createMatchKeys({ email: 'bob@x.com' })[0] === createMatchKeys({ email: ' Bob@X.com ' })[0]
 * //=> true
 */
export function createMatchKeys(
	record: Record<string, unknown>,
	options?: DedupeOptions | ResolvedDedupeOptions,
	namespace = '',
): string[] {
	const resolved = isResolved(options) ? options : resolveDedupeOptions(options);
	if (typeof namespace !== 'string')
		throw invalidOption('DEDUPE_INVALID_OPTION', 'namespace', 'text', typeof namespace);
	return matchKeysOfPrepared(prepareRecord(record, resolved), namespace);
}

function isResolved(options: unknown): options is ResolvedDedupeOptions {
	return (
		typeof options === 'object' &&
		options !== null &&
		typeof (options as ResolvedDedupeOptions).matchOn === 'object' &&
		!Array.isArray((options as ResolvedDedupeOptions).matchOn)
	);
}
