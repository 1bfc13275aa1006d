import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth, so key order never changes the text. */
function canonical(value: unknown, seen: Set<object>): string {
	if (value === null || typeof value !== 'object') {
		if (typeof value === 'bigint') return JSON.stringify(value.toString());
		if (typeof value === 'number' && !Number.isFinite(value)) return JSON.stringify(String(value));
		return JSON.stringify(value) ?? 'null';
	}
	if (value instanceof Date) return JSON.stringify(Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString());
	if (seen.has(value)) return '"[cycle]"';
	seen.add(value);
	let text: string;
	if (Array.isArray(value)) text = `[${value.map((v) => canonical(v, seen)).join(',')}]`;
	else {
		const entries = Object.keys(value)
			.filter((k) => (value as Record<string, unknown>)[k] !== undefined)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k], seen)}`);
		text = `{${entries.join(',')}}`;
	}
	seen.delete(value);
	return text;
}

/**
 * The default idempotency key of a record: a hash of its content (SHA-256 of
 * its JSON with keys sorted, first 128 bits in hex). The same record gives the
 * same key in every run and in any key order, so re-running a file sends only
 * the rows an earlier run did not import, and a retried request cannot create
 * twice where the target honours the key. A row that was fixed gets a new key.
 *
 * @param record - the record as it will be sent
 * @returns 32 hex digits
 *
 * @example
 * createIdempotencyKey({ lastName: 'Lovelace', firstName: 'Ada' }) === createIdempotencyKey({ firstName: 'Ada', lastName: 'Lovelace' })
 * //=> true
 */
export function createIdempotencyKey(record: Record<string, unknown>): string {
	return createHash('sha256').update(canonical(record, new Set())).digest('hex').slice(0, 32);
}
