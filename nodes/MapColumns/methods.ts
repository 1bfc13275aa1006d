import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { getSchema } from '../../lib';
import { UNMAPPED } from './defaults';
import { schemaFromParameters } from './schemaFromParameters';

/** The schema's fields for the field dropdowns, after "Leave Unmapped". */
export async function getSchemaFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	let schema;
	try {
		schema = schemaFromParameters(
			(name, fallback) => this.getCurrentNodeParameter(name) ?? fallback,
			this.getNode(),
		);
	} catch {
		// a half-typed custom schema: offer the built-in fields meanwhile
		schema = getSchema('clients');
	}
	return [
		{ name: '— Leave Unmapped —', value: UNMAPPED },
		...schema.fields.map((f) => ({
			name: `${f.label} (${f.key})`,
			value: f.key,
			description: f.inputOnly ? `${f.type}; split into its parts` : f.type,
		})),
	];
}
