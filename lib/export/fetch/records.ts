/*
 * How fetchAllRecords reads the records a target sends: which entries are
 * records, their ids, and how two sort values compare. Fields are read by
 * dotted path with the export module's own-property reader (createPathReader).
 */

/**
 * An id value as text: a finite number or a non-empty string; anything else
 * is no id.
 *
 * @example
 * [idOf(42), idOf('cli-1'), idOf(''), idOf(null)]
 * //=> ['42', 'cli-1', undefined, undefined]
 */
export function idOf(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value !== '' ? value : undefined;
}

const ISO_DATE_START = /^\d{4}-\d\d-\d\d/;

/**
 * Orders two sort values the way a target compares them, when that is
 * certain: as numbers, or as ISO dates. Text is undefined (collations
 * differ between targets, so it is never judged).
 *
 * @returns negative, zero or positive as `a` sorts before, with or after `b`; undefined when unsure
 * @example
 * [compareKnown(1, 2), compareKnown('2025-01-02', '2025-01-01'), compareKnown('b', 'a')]
 * //=> [-1, 86400000, undefined]
 */
export function compareKnown(a: unknown, b: unknown): number | undefined {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (
		typeof a === 'string' &&
		typeof b === 'string' &&
		ISO_DATE_START.test(a) &&
		ISO_DATE_START.test(b)
	) {
		const [x, y] = [Date.parse(a), Date.parse(b)];
		if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
	}
	return undefined;
}
