import { IntakeError } from '../errors';
import { BUILTIN_SCHEMAS } from './data/builtinSchemas';
import { defineSchema } from './defineSchema';
import type { Schema } from './types';

const built = new Map<string, Schema>();

/**
 * Returns a built-in schema by name: `clients`, `contacts` or `cases`, with
 * their canonical field keys ("firstName", "caseType", …).
 *
 * @param name - the schema's name
 * @returns the frozen {@link Schema}
 * @throws IntakeError `SCHEMA_NOT_FOUND` for any other name
 *
 * @example
 * getSchema('cases').requiredAnyOf
 * //=> [['caseName', 'caseType', 'clientName']]
 */
export function getSchema(name: 'clients' | 'contacts' | 'cases'): Schema {
	if (typeof name !== 'string' || !Object.hasOwn(BUILTIN_SCHEMAS, name)) {
		throw new IntakeError(
			'SCHEMA_NOT_FOUND',
			`No built-in schema ${JSON.stringify(name)}: expected "clients", "contacts" or "cases"`,
			{ schema: name },
		);
	}
	let schema = built.get(name);
	if (!schema) {
		schema = defineSchema({ name, extends: name });
		built.set(name, schema);
	}
	return schema;
}
