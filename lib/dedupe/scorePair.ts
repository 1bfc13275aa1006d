import { resolveDedupeOptions } from './options';
import { prepareRecord } from './prepareRecord';
import { explainPrepared } from './scorePrepared';
import type { DedupeOptions, PairScore } from './types';

/**
 * Whether two records are the same person, with the evidence. The match
 * rules decide: the same email is a duplicate unless the first names plainly
 * disagree (a family mailbox); the same phone only when the names agree or
 * one side has none; a similar name, or the same date of birth, with one more
 * agreeing identifier (email, phone, date of birth, street address) when the
 * evidence reaches the threshold, else a possible duplicate; a similar name
 * with nothing else agreeing is a possible duplicate. Two generations (Jr and
 * Sr), and different first names with different dates of birth or emails, are
 * two people whatever they share. The evidence: each field both records have
 * adds points for or against (its weight, scaled by how alike the values
 * are); a field empty on either side adds nothing; the sum, from `prior`,
 * becomes the 0..1 score.
 *
 * @param a - a record with canonical keys (firstName, lastName, suffix, email, phone, street, city, state, zip, dateOfBirth, …)
 * @param b - another
 * @param options - match criteria, thresholds, weights, fields and normalization options
 * @returns the score, one reason per compared field (strongest evidence first), the verdict and the rule that decided it
 * @throws IntakeError `DEDUPE_INVALID_OPTION` for a bad option
 * @example
 * scorePair({ firstName: 'Jon', lastName: 'Smith', email: 'JON@x.com' }, { firstName: 'John', lastName: 'Smith', email: 'jon@x.com' })
 * //=> { score: 0.9977, reasons: [{ field: 'email', score: 1, detail: 'identical' }, { field: 'lastName', score: 1, detail: 'identical' }, { field: 'firstName', score: 0.9, detail: '0.90 (Jon ≈ John, nickname)' }], verdict: 'duplicate', rule: 'same email' }
 * scorePair({ firstName: 'John', lastName: 'Smith', phone: '555-0100', dateOfBirth: '1970-03-02' }, { firstName: 'Jane', lastName: 'Smith', phone: '555-0100', dateOfBirth: '1972-08-19' }).verdict
 * //=> 'unique'
 */
export function scorePair(
	a: Record<string, unknown>,
	b: Record<string, unknown>,
	options?: DedupeOptions,
): PairScore {
	const resolved = resolveDedupeOptions(options);
	return explainPrepared(prepareRecord(a, resolved), prepareRecord(b, resolved), resolved);
}
