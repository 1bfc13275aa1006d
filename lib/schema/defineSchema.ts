import { invalidOption } from '../errors';
import { checkFlagTargets } from './checkFieldFlags';
import { BUILTIN_SCHEMAS } from './data/builtinSchemas';
import { invalidSchema } from './invalidSchema';
import { knownFieldFlags } from './knownFieldFlags';
import { builtinToField, toField, type FieldSpec } from './toField';
import type { FieldDef, Schema } from './types';

export type { FieldSpec } from './toField';

/** What {@link defineSchema} takes. */
export interface SchemaSpec {
	name: string;
	/** A built-in schema whose fields come first; the spec's fields extend it. */
	extends?: 'clients' | 'contacts' | 'cases';
	fields?: readonly FieldSpec[];
	/** Sets of field keys of which one must be complete; default: every required field. */
	requiredAnyOf?: ReadonlyArray<readonly string[]>;
}

/**
 * Builds a schema from a spec: custom fields, alone or extending a built-in
 * schema (clients, contacts, cases). Checks everything once, so mapping and
 * validation can trust it.
 *
 * Keys are plain identifiers and never a name of Object.prototype
 * (`__proto__`, `constructor`): they become record property names.
 *
 * A field's flags (FieldFlags: `multiline`, `splitsInto`,
 * `overflowTo`, `valueKinds`) tell the transformer and the mapper what the
 * built-in fields' keys told them before: a built-in schema's fields keep
 * theirs when extended, and a custom field may set them. A custom field keyed
 * and typed like a built-in one (`fullName`, `fullAddress`, `email`, `notes`,
 * `zip`, …) that sets none takes the built-in's, pointing only at fields the
 * schema has (see knownFieldFlags). `splitsInto` and `overflowTo` must name
 * fields of the schema.
 *
 * @param spec - the schema's name, the built-in it extends, and its fields
 * @returns a frozen {@link Schema}
 * @throws IntakeError `SCHEMA_INVALID` naming the field and what is wrong with it
 *
 * @example
 * defineSchema({ name: 'clients+', extends: 'clients', fields: [{ key: 'matterType', type: 'enum', values: ['PI', 'Family'] }] }).fields.at(-1)
 * //=> { key: 'matterType', label: 'matterType', type: 'enum', required: false, inputOnly: false, synonyms: [], values: ['PI', 'Family'] }
 */
export function defineSchema(spec: SchemaSpec): Schema {
	if (spec === null || typeof spec !== 'object')
		invalidSchema(
			`Invalid schema: expected an object with a name and fields, got ${JSON.stringify(spec)}`,
		);
	if (typeof spec.name !== 'string' || spec.name.trim() === '')
		invalidSchema('Invalid schema: it needs a name');
	if (spec.extends !== undefined && !Object.hasOwn(BUILTIN_SCHEMAS, spec.extends))
		throw invalidOption(
			'SCHEMA_INVALID',
			'extends',
			'"clients", "contacts" or "cases"',
			spec.extends,
		);
	if (spec.fields !== undefined && !Array.isArray(spec.fields))
		invalidSchema('Invalid schema: `fields` must be a list');
	const base = spec.extends ? BUILTIN_SCHEMAS[spec.extends] : undefined;
	const fields: FieldDef[] = (base?.fields ?? []).map(builtinToField);
	const seen = new Set(fields.map((f) => f.key));
	const keys = new Set([...seen, ...(spec.fields ?? []).map((f) => f?.key)]);
	for (const fieldSpec of spec.fields ?? []) {
		const known = knownFieldFlags(fieldSpec, keys);
		const field = toField(known ? { ...fieldSpec, ...known } : fieldSpec);
		if (seen.has(field.key))
			invalidSchema(`Field \`${field.key}\` is defined twice`, { field: field.key });
		seen.add(field.key);
		fields.push(field);
	}
	if (fields.length === 0) invalidSchema(`Schema "${spec.name}" has no fields`);
	checkFlagTargets(fields);
	const ownRequired = fields
		.filter((f) => f.required && !base?.fields.some(([key]) => key === f.key))
		.map((f) => f.key);
	let requiredAnyOf: string[][];
	if (spec.requiredAnyOf !== undefined) {
		if (
			!Array.isArray(spec.requiredAnyOf) ||
			!spec.requiredAnyOf.every((set) => Array.isArray(set) && set.every((k) => seen.has(k)))
		) {
			invalidSchema("Invalid `requiredAnyOf`: expected lists of the schema's field keys");
		}
		requiredAnyOf = spec.requiredAnyOf.map((set) => [
			...set,
			...ownRequired.filter((k) => !set.includes(k)),
		]);
	} else if (base) {
		// custom required fields are needed whichever way the built-in's own requirement is met
		requiredAnyOf = base.requiredAnyOf.map((set) => [...set, ...ownRequired]);
	} else {
		requiredAnyOf = [ownRequired];
	}
	return Object.freeze({
		name: spec.name.trim(),
		fields: Object.freeze(fields),
		requiredAnyOf: Object.freeze(requiredAnyOf.map((set) => Object.freeze(set))),
	});
}
