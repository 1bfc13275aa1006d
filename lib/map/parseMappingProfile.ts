import { isPlainRecord } from '../isPlainRecord';
import { invalidOption } from '../errors';
import type { TransformOptions } from '../validate/types';
import type { MappingProfile } from './types';

type ProfileColumn = MappingProfile['columns'][number];

/** One `{ header, field }` entry: a string header, a field key or null (left unmapped), and a typed column's `typedBy` header. */
function parseColumn(value: unknown, name: string): ProfileColumn {
	if (!isPlainRecord(value))
		throw invalidOption('MAP_INVALID_OPTION', name, '{ header, field }', value);
	if (typeof value.header !== 'string')
		throw invalidOption('MAP_INVALID_OPTION', `${name}.header`, 'a string', value.header);
	if (value.field !== null && typeof value.field !== 'string')
		throw invalidOption('MAP_INVALID_OPTION', `${name}.field`, 'a field key or null', value.field);
	if (value.typedBy === undefined) return { header: value.header, field: value.field };
	if (typeof value.typedBy !== 'string')
		throw invalidOption(
			'MAP_INVALID_OPTION',
			`${name}.typedBy`,
			"the header of the column that types it (e.g. 'Phone 1 - Type')",
			value.typedBy,
		);
	return { header: value.header, field: value.field, typedBy: value.typedBy };
}

/** An optional text entry (`name`, `schema`): absent, or a string. */
function optionalText(
	value: Record<string, unknown>,
	key: string,
	name: string,
): string | undefined {
	const text = value[key];
	if (text !== undefined && typeof text !== 'string')
		throw invalidOption('MAP_INVALID_OPTION', `${name}.${key}`, 'a string', text);
	return text;
}

/**
 * Checks a saved mapping profile, as {@link createMappingProfile} makes it and
 * as it comes back from storage (a node parameter, a database, a file), and
 * returns it typed. A profile written by hand may leave `version` out; it is
 * read as version 1. Unknown keys are dropped.
 *
 * The checks, in order: an object; `version`, when given, is 1; `name` and
 * `schema`, when given, are strings; `columns` is a list whose every entry is
 * `{ header: string, field: string | null }`, with `typedBy: string` for a
 * typed column; `options`, when given, is an object. Profiles saved before
 * typed columns existed have no `typedBy` and read as they always did.
 *
 * @param value - the profile, already parsed from JSON
 * @param name - what to call it in an error message (`'remembered[0]'`); `'profile'` by default
 * @returns a fresh {@link MappingProfile} (its `options` object is the one given, not a copy)
 * @throws IntakeError `MAP_INVALID_OPTION` naming the first entry that is wrong
 *
 * @example
 * parseMappingProfile({ version: 1, name: 'Clio monthly', columns: [{ header: 'Tel', field: 'phone' }] })
 * //=> { version: 1, name: 'Clio monthly', columns: [{ header: 'Tel', field: 'phone' }] }
 *
 * @example
 * parseMappingProfile({ version: 1, columns: [{ header: 'Tel', field: 7 }] })
 * //=> throws IntakeError MAP_INVALID_OPTION: "Invalid option `profile.columns[0].field`: expected a field key or null, got 7"
 */
export function parseMappingProfile(value: unknown, name = 'profile'): MappingProfile {
	if (!isPlainRecord(value))
		throw invalidOption(
			'MAP_INVALID_OPTION',
			name,
			'a mapping profile { version: 1, columns: [{ header, field }] }',
			value,
		);
	if (value.version !== undefined && value.version !== 1)
		throw invalidOption('MAP_INVALID_OPTION', `${name}.version`, '1', value.version);
	const profileName = optionalText(value, 'name', name);
	const schema = optionalText(value, 'schema', name);
	if (!Array.isArray(value.columns))
		throw invalidOption(
			'MAP_INVALID_OPTION',
			`${name}.columns`,
			'a list of { header, field }',
			value.columns,
		);
	const columns = value.columns.map((c: unknown, i) => parseColumn(c, `${name}.columns[${i}]`));
	if (value.options !== undefined && !isPlainRecord(value.options))
		throw invalidOption('MAP_INVALID_OPTION', `${name}.options`, 'an object', value.options);
	return {
		version: 1,
		...(profileName !== undefined && { name: profileName }),
		...(schema !== undefined && { schema }),
		columns,
		...(value.options !== undefined && { options: value.options as TransformOptions }),
	};
}
