import { resolveDedupeOptions } from './options';
import { prepareRecord } from './prepareRecord';
import { explainPrepared } from './scorePrepared';
import type { DedupeOptions, PairScore } from './types';

/**
 * How sure it is that two records are the same person, with the reasons.
 * Each field both records have adds evidence for or against (its weight,
 * scaled by how alike the values are); a field empty on either side adds
 * nothing. The evidence, starting from `prior`, becomes a 0..1 score.
 *
 * @param a - a record with canonical keys (firstName, lastName, email, phone, street, city, state, zip, dateOfBirth, …)
 * @param b - another
 * @param options - weights, fields and normalization options
 * @returns the score and one reason per compared field, strongest evidence first
 * @throws IntakeError `DEDUPE_INVALID_OPTION` for a bad option
 * @example
 * scorePair({ firstName: 'Jon', lastName: 'Smith', email: 'JON@x.com' }, { firstName: 'John', lastName: 'Smith', email: 'jon@x.com' })
 * //=> { score: 0.9998, reasons: [{ field: 'email', score: 1, detail: 'identical' }, { field: 'lastName', score: 1, detail: 'identical' }, { field: 'firstName', score: 0.9, detail: '0.90 (Jon ≈ John, nickname)' }] }
 */
export function scorePair(a: Record<string, unknown>, b: Record<string, unknown>, options?: DedupeOptions): PairScore {
	const resolved = resolveDedupeOptions(options);
	return explainPrepared(prepareRecord(a, resolved), prepareRecord(b, resolved), resolved);
}
