import { IntakeError } from '../errors';
import { BUILTIN_SCHEMAS } from './data/builtinSchemas';
import type { FieldDef, FieldDefault, FieldType, Schema } from './types';

/** A field as a user writes it: only `key` and `type` are needed. */
export interface FieldSpec {
	key: string;
	type: FieldType;
	label?: string;
	required?: boolean;
	/** For `enum`: the allowed values. */
	values?: readonly string[];
	synonyms?: readonly string[];
	default?: FieldDefault;
	/** Most characters a text value may have. */
	maxLength?: number;
}

/** What {@link defineSchema} takes. */
export interface SchemaSpec {
	name: string;
	/** A built-in schema whose fields come first; the spec's fields extend it. */
	extends?: 'clients' | 'contacts' | 'cases';
	fields?: readonly FieldSpec[];
	/** Sets of field keys of which one must be complete; default: every required field. */
	requiredAnyOf?: ReadonlyArray<readonly string[]>;
}

const TYPES: ReadonlySet<string> = new Set<FieldType>([
	'string',
	'number',
	'boolean',
	'date',
	'datetime',
	'email',
	'phone',
	'enum',
]);
/** A key is a plain identifier: it becomes a property name of every record. */
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** Identifiers that are Object.prototype's own names: as record keys they invite prototype pollution. */
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

function invalid(message: string, details: Record<string, unknown> = {}): never {
	throw new IntakeError('SCHEMA_INVALID', message, details);
}

function checkDefault(spec: FieldSpec): void {
	const value = spec.default;
	if (value === undefined) return;
	const expected =
		spec.type === 'number' ? 'number' : spec.type === 'boolean' ? 'boolean' : 'string';
	if (typeof value !== expected)
		invalid(
			`Invalid default of field \`${spec.key}\`: expected a ${expected}, got ${JSON.stringify(value)}`,
			{ field: spec.key },
		);
	if (spec.type === 'enum' && !spec.values?.includes(value as string)) {
		invalid(
			`Invalid default of field \`${spec.key}\`: ${JSON.stringify(value)} is not one of its values`,
			{ field: spec.key },
		);
	}
}

/** Built-in text fields hold a line of text; notes hold what a spreadsheet cell can (32,767 characters). */
function builtinMaxLength(key: string, type: FieldType): number | undefined {
	if (key === 'notes' || key === 'description') return 32_767;
	if (key === 'fullAddress') return 1_000;
	return type === 'string' ? 255 : undefined;
}

function toField(spec: FieldSpec): FieldDef {
	if (spec === null || typeof spec !== 'object')
		invalid(`Invalid field: expected an object with a key and a type, got ${JSON.stringify(spec)}`);
	if (typeof spec.key !== 'string' || !KEY.test(spec.key) || RESERVED.has(spec.key)) {
		invalid(
			`Invalid field key ${JSON.stringify(spec.key)}: expected a letter then letters, digits or "_" (at most 64), and not a reserved name such as "constructor"`,
			{ field: spec.key },
		);
	}
	if (!TYPES.has(spec.type))
		invalid(
			`Invalid type of field \`${spec.key}\`: expected one of ${[...TYPES].join(', ')}, got ${JSON.stringify(spec.type)}`,
			{ field: spec.key },
		);
	if (
		spec.type === 'enum' &&
		(!Array.isArray(spec.values) ||
			spec.values.length === 0 ||
			!spec.values.every((v) => typeof v === 'string'))
	) {
		invalid(
			`Field \`${spec.key}\` is an enum: give its allowed values as a non-empty list of strings`,
			{ field: spec.key },
		);
	}
	if (
		spec.synonyms !== undefined &&
		(!Array.isArray(spec.synonyms) || !spec.synonyms.every((s) => typeof s === 'string'))
	) {
		invalid(`Invalid synonyms of field \`${spec.key}\`: expected a list of strings`, {
			field: spec.key,
		});
	}
	checkDefault(spec);
	if (spec.maxLength !== undefined && (!Number.isInteger(spec.maxLength) || spec.maxLength < 1)) {
		invalid(
			`Invalid maxLength of field \`${spec.key}\`: expected a whole number of 1 or more, got ${JSON.stringify(spec.maxLength)}`,
			{ field: spec.key },
		);
	}
	const field: FieldDef = {
		key: spec.key,
		label:
			typeof spec.label === 'string' && spec.label.trim() !== '' ? spec.label.trim() : spec.key,
		type: spec.type,
		required: spec.required === true,
		inputOnly: false,
		synonyms: Object.freeze([...(spec.synonyms ?? [])]),
	};
	if (spec.type === 'enum') field.values = Object.freeze([...(spec.values as string[])]);
	if (spec.default !== undefined) field.default = spec.default;
	if (spec.maxLength !== undefined) field.maxLength = spec.maxLength;
	return Object.freeze(field);
}

/**
 * Builds a schema from a spec: custom fields, alone or extending a built-in
 * schema (clients, contacts, cases). Checks everything once, so mapping and
 * validation can trust it.
 *
 * Keys are plain identifiers and never a name of Object.prototype
 * (`__proto__`, `constructor`): they become record property names.
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
		invalid(
			`Invalid schema: expected an object with a name and fields, got ${JSON.stringify(spec)}`,
		);
	if (typeof spec.name !== 'string' || spec.name.trim() === '')
		invalid('Invalid schema: it needs a name');
	if (spec.extends !== undefined && !Object.hasOwn(BUILTIN_SCHEMAS, spec.extends)) {
		invalid(
			`Invalid option \`extends\`: expected "clients", "contacts" or "cases", got ${JSON.stringify(spec.extends)}`,
		);
	}
	if (spec.fields !== undefined && !Array.isArray(spec.fields))
		invalid('Invalid schema: `fields` must be a list');
	const base = spec.extends ? BUILTIN_SCHEMAS[spec.extends] : undefined;
	const fields: FieldDef[] = (base?.fields ?? []).map(([key, label, type, flags]) =>
		Object.freeze({
			key,
			label,
			type,
			required: flags?.required === true,
			inputOnly: flags?.inputOnly === true,
			synonyms: Object.freeze([]),
			maxLength: builtinMaxLength(key, type),
		}),
	);
	const seen = new Set(fields.map((f) => f.key));
	for (const fieldSpec of spec.fields ?? []) {
		const field = toField(fieldSpec);
		if (seen.has(field.key))
			invalid(`Field \`${field.key}\` is defined twice`, { field: field.key });
		seen.add(field.key);
		fields.push(field);
	}
	if (fields.length === 0) invalid(`Schema "${spec.name}" has no fields`);
	const ownRequired = fields
		.filter((f) => f.required && !base?.fields.some(([key]) => key === f.key))
		.map((f) => f.key);
	let requiredAnyOf: string[][];
	if (spec.requiredAnyOf !== undefined) {
		if (
			!Array.isArray(spec.requiredAnyOf) ||
			!spec.requiredAnyOf.every((set) => Array.isArray(set) && set.every((k) => seen.has(k)))
		) {
			invalid("Invalid `requiredAnyOf`: expected lists of the schema's field keys");
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
