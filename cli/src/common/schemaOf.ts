import { readFileSync } from 'node:fs';
import { defineSchema, getSchema, isIntakeError, type Schema } from '../../../lib';
import { fail } from './CliError';

const BUILT_IN = ['clients', 'contacts', 'cases'] as const;

/**
 * The schema a `--schema` flag names: a built-in one (`clients`, `contacts`,
 * `cases`) or a JSON file holding a schema spec (`{ "name": …, "extends":
 * "clients", "fields": [...] }`, as defineSchema takes).
 *
 * @param nameOrPath - a built-in schema's name, or the path of a schema JSON file
 * @returns the schema
 * @throws CliError (64) for an unknown name, an unreadable file, bad JSON or an invalid schema
 *
 * @example
 * schemaOf('clients').name
 * //=> 'clients'
 */
export function schemaOf(nameOrPath: string): Schema {
	if ((BUILT_IN as readonly string[]).includes(nameOrPath))
		return getSchema(nameOrPath as (typeof BUILT_IN)[number]);
	if (!/\.json$/i.test(nameOrPath))
		fail(`--schema must be clients, contacts, cases or a schema .json file, not "${nameOrPath}"`);
	let text: string;
	try {
		text = readFileSync(nameOrPath, 'utf8');
	} catch (error) {
		const code = (error as { code?: string }).code;
		fail(
			code === 'ENOENT'
				? `schema file not found: ${nameOrPath}`
				: `cannot read the schema file ${nameOrPath}: ${(error as Error).message}`,
		);
	}
	let spec: unknown;
	try {
		spec = JSON.parse(text);
	} catch (error) {
		fail(`the schema file ${nameOrPath} is not JSON: ${(error as Error).message}`);
	}
	try {
		return defineSchema(spec as Parameters<typeof defineSchema>[0]);
	} catch (error) {
		if (isIntakeError(error)) fail(`the schema file ${nameOrPath}: ${error.message}`);
		throw error;
	}
}
