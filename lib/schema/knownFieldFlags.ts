import { BUILTIN_SCHEMAS } from './data/builtinSchemas';
import type { FieldSpec } from './toField';
import type { FieldFlags, FieldType } from './types';

/** The flags a field can carry; a spec that sets any of them says for itself. */
const FLAG_NAMES = ['multiline', 'splitsInto', 'overflowTo', 'valueKinds'] as const;

/** Every built-in field's type and flags, by key (the first schema that has the key wins; they agree). */
const KNOWN: ReadonlyMap<string, { type: FieldType; flags: FieldFlags }> = (() => {
	const known = new Map<string, { type: FieldType; flags: FieldFlags }>();
	for (const schema of Object.values(BUILTIN_SCHEMAS))
		for (const [key, , type, flags = {}] of schema.fields)
			if (!known.has(key)) known.set(key, { type, flags });
	return known;
})();

/**
 * The flags a custom field takes when it is keyed and typed like a built-in
 * one and sets none of its own: a custom `fullName` text field splits into the
 * name parts the schema has, `email` overflows into `email2` when the schema
 * has one, `notes` keeps its line breaks, `zip` is pointed at by a column of
 * ZIP codes. So a schema written before the flags existed behaves as it did.
 * Targets the schema lacks are left out; a split with no part left is no split.
 *
 * @param spec - the custom field as written
 * @param keys - every field key of the schema being defined
 * @returns the flags to give the field, or undefined when it takes none
 * @example
 * knownFieldFlags({ key: 'email', type: 'email' }, new Set(['email', 'email2']))
 * //=> { valueKinds: ['email'], overflowTo: 'email2' }
 */
export function knownFieldFlags(
	spec: FieldSpec,
	keys: ReadonlySet<string>,
): FieldFlags | undefined {
	if (spec === null || typeof spec !== 'object') return undefined;
	if (FLAG_NAMES.some((name) => spec[name] !== undefined)) return undefined;
	const known = KNOWN.get(spec.key);
	if (!known || known.type !== spec.type) return undefined;
	const flags: FieldFlags = {};
	if (known.flags.multiline) flags.multiline = true;
	if (known.flags.valueKinds) flags.valueKinds = known.flags.valueKinds;
	if (known.flags.overflowTo && keys.has(known.flags.overflowTo))
		flags.overflowTo = known.flags.overflowTo;
	const parts = known.flags.splitsInto?.filter((key) => keys.has(key));
	if (parts && parts.length > 0) flags.splitsInto = Object.freeze(parts);
	return flags;
}
