import type { FieldDef, Schema } from '../schema/types';
import { FIELD_EXAMPLES, NOTE_PREFIX, TYPE_EXAMPLES, TYPE_NOTES } from './data/templateExamples';

/** The rows of an import template: headers, a notes row, and an example row. */
export interface TemplateRows {
	fields: FieldDef[];
	headers: string[];
	notes: string[];
	example: string[];
}

function exampleOf(field: FieldDef): string {
	if (Object.hasOwn(FIELD_EXAMPLES, field.key)) return FIELD_EXAMPLES[field.key];
	if (field.type === 'enum') return field.values?.[0] ?? '';
	return TYPE_EXAMPLES[field.type] ?? '';
}

function noteOf(field: FieldDef, schema: Schema): string {
	let what = TYPE_NOTES[field.type] ?? 'text';
	if (field.type === 'enum') what += ` ${(field.values ?? []).join(', ')}`;
	if (field.maxLength !== undefined && (field.type === 'string' || field.type === 'enum'))
		what += ` (up to ${field.maxLength.toLocaleString('en-US')} characters)`;
	if (field.default !== undefined) what += `; blank means ${String(field.default)}`;
	// the other ways a record can be complete ("REQUIRED unless Company is given")
	const others = schema.requiredAnyOf
		.filter(
			(set) =>
				!set.includes(field.key) &&
				set.every((k) => !schema.fields.find((f) => f.key === k)?.inputOnly),
		)
		.map((set) => set.map((k) => schema.fields.find((f) => f.key === k)?.label ?? k).join(' + '));
	if (!field.required) return `${NOTE_PREFIX.optional}${what}`;
	return `${NOTE_PREFIX.required}${what}${others.length ? `; not needed when ${others.join(' or ')} is given` : ''}`;
}

/** The headers, notes and example values of a schema's import template: every field but the input-only ones. */
export function templateRows(schema: Schema): TemplateRows {
	const fields = schema.fields.filter((f) => !f.inputOnly);
	return {
		fields,
		headers: fields.map((f) => f.label),
		notes: fields.map((f) => noteOf(f, schema)),
		example: fields.map(exampleOf),
	};
}
