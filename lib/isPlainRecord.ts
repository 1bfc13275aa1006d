/**
 * Tells whether a value is a plain record: an object that is not null and not
 * an array, as parsed JSON objects, rows and option bags are. Every check of
 * that shape in the library goes through this one function.
 *
 * @param value - anything
 * @returns whether it can be read as `Record<string, unknown>`
 * @example
 * [isPlainRecord({ id: 1 }), isPlainRecord([1]), isPlainRecord(null)]
 * //=> [true, false, false]
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
