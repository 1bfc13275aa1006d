import { NodeOperationError, type INode } from 'n8n-workflow';
import {
	defineSchema,
	getSchema,
	type FieldSpec,
	type FieldType,
	type Schema,
	type SchemaSpec,
} from '../../lib';
import { listOf } from '../shared/parameters';

/** Reads one node parameter, with a fallback. */
export type ParameterGetter = (name: string, fallback: unknown) => unknown;

interface CustomFieldParameter {
	key?: string;
	label?: string;
	type?: FieldType;
	required?: boolean;
	values?: string;
	synonyms?: string;
	default?: string;
}

function customFields(get: ParameterGetter): FieldSpec[] {
	const fields = (get('customFields', {}) as { fields?: CustomFieldParameter[] }).fields ?? [];
	return fields.map((f) => {
		const spec: FieldSpec = { key: (f.key ?? '').trim(), type: f.type ?? 'string' };
		if (f.label?.trim()) spec.label = f.label.trim();
		if (f.required) spec.required = true;
		if (spec.type === 'enum') spec.values = listOf(f.values);
		const synonyms = listOf(f.synonyms);
		if (synonyms.length) spec.synonyms = synonyms;
		// text as the form gives it: defineSchema reads it in the field's type ("42" → 42, "yes" → true)
		if (f.default !== undefined && f.default !== '') spec.default = f.default;
		return spec;
	});
}

/**
 * The schema the node's parameters describe: a built-in one, extended by the
 * Custom Fields, or a custom schema from JSON. Throws NodeOperationError for
 * JSON that is not a schema, and IntakeError (SCHEMA_INVALID) naming the
 * field that is wrong.
 */
export function schemaFromParameters(get: ParameterGetter, node: INode): Schema {
	const choice = get('schema', 'clients') as string;
	const extra = customFields(get);
	if (choice !== 'custom') {
		const name = choice as 'clients' | 'contacts' | 'cases';
		return extra.length === 0
			? getSchema(name)
			: defineSchema({ name, extends: name, fields: extra });
	}
	const raw = get('customSchema', '');
	let spec: SchemaSpec;
	try {
		spec = (typeof raw === 'string' ? JSON.parse(raw) : raw) as SchemaSpec;
	} catch (error) {
		throw new NodeOperationError(
			node,
			`Custom Schema (JSON) is not valid JSON: ${(error as Error).message}`,
			{ itemIndex: 0 },
		);
	}
	if (spec === null || typeof spec !== 'object' || Array.isArray(spec))
		throw new NodeOperationError(
			node,
			'Custom Schema (JSON) must be an object such as { "name": "my-schema", "fields": [...] }',
			{ itemIndex: 0 },
		);
	const fields =
		spec.fields === undefined
			? extra
			: Array.isArray(spec.fields)
				? [...spec.fields, ...extra]
				: spec.fields;
	return defineSchema({ ...spec, fields });
}
