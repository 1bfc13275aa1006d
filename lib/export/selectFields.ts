import type { ExportRecord } from './types';
import { checkFieldsExist, collectFields, parseFieldSpecs } from './fields';
import { readPath } from './values';

/** What {@link selectFields} returns: a table. */
export interface SelectedFields {
	/** Column headings: the field's path, or its new name (`email:Email Address` → `Email Address`). */
	headers: string[];
	/** The dotted path each column reads. */
	paths: string[];
	/** One row per record, values as they are (undefined where a record lacks the field). */
	rows: unknown[][];
}

/**
 * Picks, orders and renames fields of records: each field a dotted path
 * (`client.name`), renamed with `path:Header`. Without fields, every
 * top-level field of the records, in first-seen order. Own properties only,
 * so `__proto__` reads nothing inherited.
 *
 * @param records - the records
 * @param fields - e.g. `['name', 'email:Email Address', 'client.name:Client']`
 * @returns headers, paths and rows
 * @throws IntakeError `EXPORT_UNKNOWN_FIELD` when a field is in no record, naming the fields that exist; `EXPORT_INVALID_OPTION` for a blank field
 *
 * @example
 * selectFields([{ email: 'jo@example.com', client: { name: 'Acme' } }], ['client.name:Client', 'email:Email Address'])
 * //=> { headers: ['Client', 'Email Address'], paths: ['client.name', 'email'], rows: [['Acme', 'jo@example.com']] }
 */
export function selectFields(
	records: readonly ExportRecord[],
	fields?: readonly string[],
): SelectedFields {
	const specs =
		fields === undefined
			? collectFields(records).map((path) => ({ path, header: path }))
			: parseFieldSpecs(fields);
	const paths = specs.map((s) => s.path);
	checkFieldsExist(paths, records);
	return {
		headers: specs.map((s) => s.header),
		paths,
		rows: records.map((r) => paths.map((p) => readPath(r, p).value)),
	};
}
