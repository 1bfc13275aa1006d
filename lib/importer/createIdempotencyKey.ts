import * as crypto from 'node:crypto';

/** JSON with object keys sorted at every depth, so key order never changes the text. */
function canonical(value: unknown, seen: Set<object>): string {
	if (value === null || typeof value !== 'object') {
		if (typeof value === 'bigint') return JSON.stringify(value.toString());
		if (typeof value === 'number' && !Number.isFinite(value)) return JSON.stringify(String(value));
		return JSON.stringify(value) ?? 'null';
	}
	if (value instanceof Date)
		return JSON.stringify(Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString());
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

/** A key order and the same keys sorted, worked out once per shape of record. */
interface Shape {
	keys: string[];
	sorted: string[];
	/** Whether a copy in sorted order keeps that order: an index-like key ("7") is put first by the engine, and "__proto__" would set the prototype. */
	copyable: boolean;
}

const INDEX_LIKE = /^(?:0|[1-9]\d*)$/;

/**
 * The canonical JSON of a flat record (every value a string, a finite number,
 * a boolean, null or undefined), or undefined when the record needs the
 * general walk; the same text {@link canonical} gives. A copy with its keys
 * in order takes V8's fast JSON path, and records of one import share their
 * keys, so the sorted keys of the last shape are kept. This is the hot path
 * of an import.
 */
function canonicalFlat(
	record: Record<string, unknown>,
	cache: { shape?: Shape },
): string | undefined {
	const keys = Object.keys(record);
	let shape = cache.shape;
	if (
		shape === undefined ||
		shape.keys.length !== keys.length ||
		!shape.keys.every((k, i) => k === keys[i])
	) {
		shape = {
			keys,
			sorted: [...keys].sort(),
			copyable: !keys.some((k) => INDEX_LIKE.test(k) || k === '__proto__'),
		};
		cache.shape = shape;
	}
	if (!shape.copyable) return undefined;
	const copy: Record<string, unknown> = {};
	for (const key of shape.sorted) {
		const v = record[key];
		if (
			v !== null &&
			v !== undefined &&
			typeof v !== 'string' &&
			typeof v !== 'boolean' &&
			!(typeof v === 'number' && Number.isFinite(v))
		)
			return undefined;
		copy[key] = v;
	}
	return JSON.stringify(copy);
}

/** SHA-256 in hex: the one-shot crypto.hash where Node has it (20.12+), else a Hash object. */
const sha256: (text: string) => string =
	typeof (crypto as { hash?: unknown }).hash === 'function'
		? (text) =>
				(crypto as unknown as { hash: (a: string, d: string, e: string) => string }).hash(
					'sha256',
					text,
					'hex',
				)
		: (text) => crypto.createHash('sha256').update(text).digest('hex');

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
	return keyOfText(canonicalFlat(record, {}) ?? canonical(record, new Set()));
}

/**
 * The first 128 bits of the text's SHA-256, in hex, as a string of its own:
 * a slice would keep the whole 64-digit hash alive behind it (at 1M rows, 64
 * MB more in the report), and a JSON string read back is a fresh flat copy.
 */
function keyOfText(text: string): string {
	return JSON.parse(`"${sha256(text).slice(0, 32)}"`) as string;
}

/**
 * {@link createIdempotencyKey} for many records of one shape: it keeps the
 * sorted keys of the last record's shape between calls. Internal (the
 * importer makes one per run, so nothing outlives the run).
 *
 * @returns a function giving the same keys as createIdempotencyKey
 */
export function createKeyMaker(): (record: Record<string, unknown>) => string {
	const cache: { shape?: Shape } = {};
	return (record) => keyOfText(canonicalFlat(record, cache) ?? canonical(record, new Set()));
}

/**
 * The key {@link createIdempotencyKey} gives `{ operation, records, ids }`
 * (a batch's body: see hashBatch), without walking it as a general value:
 * each record takes the flat path, sharing the shape of the one before. The
 * same text, so the same key, as the general walk. Internal.
 *
 * @param operation - what the batch does
 * @param records - its records, in order
 * @param ids - each record's id, or null
 * @returns 32 hex digits
 */
export function keyOfBatchBody(
	operation: string,
	records: ReadonlyArray<Record<string, unknown>>,
	ids: ReadonlyArray<string | null>,
): string {
	const cache: { shape?: Shape } = {};
	const texts = records.map((r) => canonicalFlat(r, cache) ?? canonical(r, new Set()));
	const idTexts = ids.map((id) => (id === null ? 'null' : JSON.stringify(id)));
	return keyOfText(
		`{"ids":[${idTexts.join(',')}],"operation":${JSON.stringify(operation)},"records":[${texts.join(',')}]}`,
	);
}
