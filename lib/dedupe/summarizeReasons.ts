import type { DedupeField, DedupeReason } from './types';

const LABELS: Readonly<Record<DedupeField, string>> = {
	firstName: 'first name',
	lastName: 'last name',
	email: 'email',
	phone: 'phone',
	street: 'street',
	unit: 'unit',
	city: 'city',
	state: 'state',
	zip: 'ZIP',
	dateOfBirth: 'date of birth',
};

/**
 * The reasons of a score as one line a person reads.
 *
 * @param reasons - reasons from {@link scorePair} or {@link findDuplicates}
 * @returns e.g. "email identical; first name 0.90 (Jon ≈ John, nickname); phone differs"
 * @example
 * summarizeReasons([{ field: 'email', score: 1, detail: 'identical' }, { field: 'phone', score: 0, detail: 'differs' }])
 * //=> 'email identical; phone differs'
 */
export function summarizeReasons(reasons: readonly DedupeReason[]): string {
	return reasons.map((r) => `${LABELS[r.field] ?? r.field} ${r.detail}`).join('; ');
}
