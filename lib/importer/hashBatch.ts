import { keyOfBatchBody } from './createIdempotencyKey';
import type { ImportBatchItem, ImportOperation } from './types';

/**
 * A hash of what a batch sends (its operation, records and ids), kept for a
 * batch whose outcome is unknown, so a resume can tell whether it would send
 * exactly the same body under the same key. Internal.
 *
 * @param operation - what the batch does
 * @param items - the batch, as `send` got it (tags included)
 * @returns the hash, as hex
 * @example
 * hashBatch('create', [item]) === hashBatch('create', [{ ...item }])
 * //=> true
 */
export function hashBatch(operation: ImportOperation, items: readonly ImportBatchItem[]): string {
	// the key of { operation, records, ids }, as createIdempotencyKey gives it, worked out record by record
	return keyOfBatchBody(
		operation,
		items.map((item) => item.record),
		items.map((item) => item.id ?? null),
	);
}
