import { parseYesNo } from '../normalize/parseYesNo';
import { checkFieldFlags } from './checkFieldFlags';
import type { BuiltinField } from './data/builtinSchemas';
import { invalidSchema } from './invalidSchema';
import type { FieldDef, FieldDefault, FieldFlags, FieldType, ValueKind } from './types';

/** A field as a user writes it: only `key` and `type` are needed. */
export interface FieldSpec extends FieldFlags {
	key: string;
	type: FieldType;
	label?: string;
	required?: boolean;
	/** For `enum`: the allowed values. */
	values?: readonly string[];
	synonyms?: readonly string[];
	/** Value for a blank cell; for a number or boolean field, text such as "42" or "yes" is read as one. */
	default?: FieldDefault;
	/** Most characters a text value may have. */
	maxLength?: number;
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
/** What a spreadsheet cell holds: the length of a multiline field unless told otherwise. */
const MULTILINE_MAX_LENGTH = 32_767;
/** A compound field (a full address) holds a few lines. */
const COMPOUND_MAX_LENGTH = 1_000;
/** A built-in text field holds a line. */
const LINE_MAX_LENGTH = 255;
/** The kind of value each typed field holds, for a custom field that does not say. */
const KIND_OF_TYPE: Partial<Record<FieldType, ValueKind>> = {
	email: 'email',
	phone: 'phone',
	date: 'date',
	datetime: 'date',
};

/** A multiline field holds what a spreadsheet cell can; a compound field a few lines. */
function flagMaxLength(flags: FieldFlags): number | undefined {
	if (flags.multiline) return MULTILINE_MAX_LENGTH;
	return flags.splitsInto ? COMPOUND_MAX_LENGTH : undefined;
}

/** A built-in field as a {@link FieldDef}: its flags as written, its length from them. */
export function builtinToField([key, label, type, flags = {}]: BuiltinField): FieldDef {
	const { required, inputOnly, ...own } = flags;
	return Object.freeze({
		key,
		label,
		type,
		required: required === true,
		inputOnly: inputOnly === true,
		synonyms: Object.freeze([]),
		maxLength: flagMaxLength(own) ?? (type === 'string' ? LINE_MAX_LENGTH : undefined),
		...own,
	});
}

/**
 * A default in the type its field needs: text is read for a number ("42" →
 * 42) or a boolean field ("yes" → true, by parseYesNo), as a parameter form
 * gives it; anything else must already be of the field's type.
 */
function typedDefault(spec: FieldSpec): FieldDefault | undefined {
	const value = spec.default;
	if (typeof value !== 'string') return value;
	if (spec.type === 'number' && value.trim() !== '' && Number.isFinite(Number(value)))
		return Number(value);
	return spec.type === 'boolean' ? (parseYesNo(value) ?? value) : value;
}

/** The field's default, checked against its type and, for an enum, its values. */
function checkDefault(spec: FieldSpec): FieldDefault | undefined {
	const value = typedDefault(spec);
	if (value === undefined) return undefined;
	const expected =
		spec.type === 'number' ? 'number' : spec.type === 'boolean' ? 'boolean' : 'string';
	if (typeof value !== expected)
		invalidSchema(
			`Invalid default of field \`${spec.key}\`: expected a ${expected}, got ${JSON.stringify(value)}`,
			{ field: spec.key },
		);
	if (spec.type === 'enum' && !spec.values?.includes(value as string)) {
		invalidSchema(
			`Invalid default of field \`${spec.key}\`: ${JSON.stringify(value)} is not one of its values`,
			{ field: spec.key },
		);
	}
	return value;
}

/** Checks a spec's key, type, enum values, synonyms, default and length; returns the default in its type. */
function checkSpec(spec: FieldSpec): FieldDefault | undefined {
	if (spec === null || typeof spec !== 'object')
		invalidSchema(
			`Invalid field: expected an object with a key and a type, got ${JSON.stringify(spec)}`,
		);
	if (typeof spec.key !== 'string' || !KEY.test(spec.key) || RESERVED.has(spec.key)) {
		invalidSchema(
			`Invalid field key ${JSON.stringify(spec.key)}: expected a letter then letters, digits or "_" (at most 64), and not a reserved name such as "constructor"`,
			{ field: spec.key },
		);
	}
	const field = { field: spec.key };
	if (!TYPES.has(spec.type))
		invalidSchema(
			`Invalid type of field \`${spec.key}\`: expected one of ${[...TYPES].join(', ')}, got ${JSON.stringify(spec.type)}`,
			field,
		);
	if (
		spec.type === 'enum' &&
		(!Array.isArray(spec.values) ||
			spec.values.length === 0 ||
			!spec.values.every((v) => typeof v === 'string'))
	) {
		invalidSchema(
			`Field \`${spec.key}\` is an enum: give its allowed values as a non-empty list of strings`,
			field,
		);
	}
	if (
		spec.synonyms !== undefined &&
		(!Array.isArray(spec.synonyms) || !spec.synonyms.every((s) => typeof s === 'string'))
	) {
		invalidSchema(`Invalid synonyms of field \`${spec.key}\`: expected a list of strings`, field);
	}
	const value = checkDefault(spec);
	if (spec.maxLength !== undefined && (!Number.isInteger(spec.maxLength) || spec.maxLength < 1)) {
		invalidSchema(
			`Invalid maxLength of field \`${spec.key}\`: expected a whole number of 1 or more, got ${JSON.stringify(spec.maxLength)}`,
			field,
		);
	}
	return value;
}

/**
 * A custom field's flags: as given, else a long text field is multiline and
 * an email, phone or date field takes its kind of value.
 */
function customFlags(spec: FieldSpec): FieldFlags {
	const flags = checkFieldFlags(spec.key, spec.type, spec);
	const long = spec.type === 'string' && (spec.maxLength ?? 0) > 1000;
	// a compound field's text is split, never kept: its line breaks go with it
	if (flags.multiline === undefined && long && !flags.splitsInto) flags.multiline = true;
	const kind = KIND_OF_TYPE[spec.type];
	if (flags.valueKinds === undefined && kind !== undefined)
		flags.valueKinds = Object.freeze([kind]);
	return flags;
}

/** A custom field as a {@link FieldDef}, checked. A compound field (`splitsInto`) is input only. */
export function toField(spec: FieldSpec): FieldDef {
	const value = checkSpec(spec);
	const flags = customFlags(spec);
	const field: FieldDef = {
		key: spec.key,
		label:
			typeof spec.label === 'string' && spec.label.trim() !== '' ? spec.label.trim() : spec.key,
		type: spec.type,
		required: spec.required === true,
		inputOnly: flags.splitsInto !== undefined,
		synonyms: Object.freeze([...(spec.synonyms ?? [])]),
	};
	if (spec.type === 'enum') field.values = Object.freeze([...(spec.values as string[])]);
	if (value !== undefined) field.default = value;
	const maxLength = spec.maxLength ?? flagMaxLength(flags);
	if (maxLength !== undefined) field.maxLength = maxLength;
	return Object.freeze(Object.assign(field, flags));
}
