import type { FieldDef, FieldType, Schema, ValueKind } from '../schema/types';
import { KINDS_ONE_FIELD_ONLY, MAPPING_CONFIDENCE, VALUE_KIND_CONFIDENCE } from './confidence';
import type { ColumnSniff } from './types';

/** The kinds of value a field of this type holds, for a field without `valueKinds`. */
const TYPE_KINDS: Readonly<Partial<Record<FieldType, readonly ValueKind[]>>> = {
	email: ['email'],
	phone: ['phone'],
	date: ['date'],
	datetime: ['date'],
	number: ['number'],
	// 1 and 0 read as numbers
	boolean: ['boolean', 'number'],
};

/** The kind a field of this type takes when it sets no `valueKinds`, as defineSchema gives a custom field. */
const POINTING_KIND_OF_TYPE: Readonly<Partial<Record<FieldType, ValueKind>>> = {
	email: 'email',
	phone: 'phone',
	date: 'date',
	datetime: 'date',
};

/**
 * Kinds a field's values may look like beside its own: a field that takes
 * the first also agrees with the others.
 */
const NEIGHBOUR_KINDS: Readonly<Partial<Record<ValueKind, readonly ValueKind[]>>> = {
	// a ZIP that lost its leading zero, or a ZIP+4 without its dash, reads as a number
	zip: ['number'],
	// "Georgia", "Jersey": a state's name can be a country's
	country: ['state'],
	// a full address and a street line are told apart by a city and ZIP that may be missing
	fullAddress: ['street'],
	street: ['fullAddress'],
};

/**
 * The kinds of value a field should hold, when they can be told from the
 * values: its `valueKinds` (with their neighbours), else its type's; its own
 * kind first. `undefined` when nothing is known (a plain text field).
 */
export function expectedKinds(field: FieldDef): readonly ValueKind[] | undefined {
	if (field.valueKinds && field.valueKinds.length > 0)
		return field.valueKinds.flatMap((kind) => [kind, ...(NEIGHBOUR_KINDS[kind] ?? [])]);
	return TYPE_KINDS[field.type];
}

/** The kinds of value that point the mapper at a field: its `valueKinds`, else its type's. */
function pointingKinds(field: FieldDef): readonly ValueKind[] {
	if (field.valueKinds) return field.valueKinds;
	const kind = POINTING_KIND_OF_TYPE[field.type];
	return kind ? [kind] : [];
}

/**
 * Fields a column of this kind can fill, best first, with a confidence for
 * each: the fields that take the kind, in schema order (the first is the
 * likeliest; each later one a step less sure). A kind with no confidence in
 * {@link VALUE_KIND_CONFIDENCE} points nowhere; a kind in
 * {@link KINDS_ONE_FIELD_ONLY} only when one field takes it.
 */
export function fieldsForKind(schema: Schema, sniff: ColumnSniff): Array<[string, number]> {
	const first = VALUE_KIND_CONFIDENCE[sniff.kind];
	if (first === undefined) return [];
	const fields = schema.fields.filter((f) => pointingKinds(f).includes(sniff.kind));
	if (KINDS_ONE_FIELD_ONLY.has(sniff.kind) && fields.length !== 1) return [];
	return fields.map((f, i) => [f.key, first - MAPPING_CONFIDENCE.laterFieldStep * i]);
}
