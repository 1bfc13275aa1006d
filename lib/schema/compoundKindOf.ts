import { COMPOUND_PARTS } from './data/compoundParts';

/** A splitter a compound field is read with: `name` (splitName) or `address` (splitAddress). */
export type CompoundKind = keyof typeof COMPOUND_PARTS;

/**
 * The splitter whose parts include every one of these field keys, if one
 * does: a compound field's `splitsInto` names the name parts or the address
 * parts (or some of them), never a mix.
 *
 * @param keys - a field's `splitsInto`
 * @returns `'name'`, `'address'`, or `undefined` when no splitter gives them all
 *
 * @example
 * compoundKindOf(['firstName', 'lastName'])
 * //=> 'name'
 */
export function compoundKindOf(keys: readonly string[]): CompoundKind | undefined {
	if (keys.length === 0) return undefined;
	for (const kind of Object.keys(COMPOUND_PARTS) as CompoundKind[]) {
		const fields: readonly string[] = COMPOUND_PARTS[kind].map(([, key]) => key);
		if (keys.every((k) => fields.includes(k))) return kind;
	}
	return undefined;
}
