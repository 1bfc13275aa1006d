import { compoundKindOf } from './compoundKindOf';
import { VALUE_KINDS } from './data/valueKinds';
import { invalidSchema } from './invalidSchema';
import type { FieldDef, FieldFlags, FieldType, ValueKind } from './types';

const KINDS: ReadonlySet<string> = new Set(VALUE_KINDS);

function invalid(field: string, message: string): never {
	return invalidSchema(message, { field });
}

function isStringList(value: unknown): value is readonly string[] {
	return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * Checks a field spec's own flags (their shapes), and returns them frozen,
 * only those given. Whether `splitsInto` and `overflowTo` name fields of the
 * schema is {@link checkFlagTargets}' job, once every field is known.
 */
export function checkFieldFlags(key: string, type: FieldType, spec: FieldFlags): FieldFlags {
	const flags: FieldFlags = {};
	if (spec.multiline !== undefined) {
		if (typeof spec.multiline !== 'boolean' || (spec.multiline && type !== 'string'))
			invalid(
				key,
				`Invalid multiline of field \`${key}\`: expected true or false, and true only for a string field`,
			);
		flags.multiline = spec.multiline;
	}
	if (spec.splitsInto !== undefined) {
		if (
			!isStringList(spec.splitsInto) ||
			type !== 'string' ||
			!compoundKindOf(spec.splitsInto) ||
			spec.splitsInto.includes(key)
		)
			invalid(
				key,
				`Invalid splitsInto of field \`${key}\`: expected, on a string field, a list of the name parts (title, firstName, middleName, lastName, suffix, nickname) or of the address parts (street, unit, city, state, zip, country), got ${JSON.stringify(spec.splitsInto)}`,
			);
		flags.splitsInto = Object.freeze([...spec.splitsInto]);
	}
	if (spec.overflowTo !== undefined) {
		if (typeof spec.overflowTo !== 'string' || spec.overflowTo === key)
			invalid(
				key,
				`Invalid overflowTo of field \`${key}\`: expected the key of another field, got ${JSON.stringify(spec.overflowTo)}`,
			);
		flags.overflowTo = spec.overflowTo;
	}
	if (spec.valueKinds !== undefined) {
		if (!isStringList(spec.valueKinds) || !spec.valueKinds.every((k) => KINDS.has(k)))
			invalid(
				key,
				`Invalid valueKinds of field \`${key}\`: expected a list of ${VALUE_KINDS.join(', ')}, got ${JSON.stringify(spec.valueKinds)}`,
			);
		flags.valueKinds = Object.freeze([...spec.valueKinds]) as readonly ValueKind[];
	}
	return flags;
}

/** Checks that every `splitsInto` and `overflowTo` names a field of the schema (one of the same type for `overflowTo`). */
export function checkFlagTargets(fields: readonly FieldDef[]): void {
	const byKey = new Map(fields.map((f) => [f.key, f]));
	for (const field of fields) {
		const missing = field.splitsInto?.find((k) => !byKey.has(k));
		if (missing !== undefined)
			invalid(
				field.key,
				`Invalid splitsInto of field \`${field.key}\`: the schema has no field \`${missing}\``,
			);
		const to = field.overflowTo === undefined ? undefined : byKey.get(field.overflowTo);
		if (field.overflowTo !== undefined && to?.type !== field.type)
			invalid(
				field.key,
				`Invalid overflowTo of field \`${field.key}\`: expected a field of the schema of type ${field.type}, got ${JSON.stringify(field.overflowTo)}`,
			);
	}
}
