import { invalidOption } from '../errors';
import type { MappingLike, TransformOptions } from '../validate/types';
import type { MappingProfile } from './types';

/**
 * Saves a mapping, and the options it was used with, as a plain-JSON
 * profile. Pass it back to {@link autoMapHeaders} as `remembered` next time:
 * a file with the same or similar headers is then mapped the same way, with
 * no clicks.
 *
 * @param mapping - an {@link autoMapHeaders} result, possibly corrected by a person
 * @param meta - a name, the schema's name, and the transform options to keep with it
 * @returns a {@link MappingProfile} (a fresh copy: later changes to `mapping` do not touch it)
 * @throws IntakeError `MAP_INVALID_OPTION` when `mapping` has no columns list
 *
 * @example
 * createMappingProfile({ columns: [{ header: 'Tel', field: 'phone' }] }, { name: 'Clio monthly', schema: 'clients' })
 * //=> { version: 1, name: 'Clio monthly', schema: 'clients', columns: [{ header: 'Tel', field: 'phone' }] }
 */
export function createMappingProfile(
	mapping: MappingLike,
	meta: { name?: string; schema?: string; options?: TransformOptions } = {},
): MappingProfile {
	if (mapping === null || typeof mapping !== 'object')
		throw invalidOption(
			'MAP_INVALID_OPTION',
			'mapping',
			'{ columns: [{ header, field }] }',
			mapping === null ? null : typeof mapping,
		);
	if (!Array.isArray(mapping.columns))
		throw invalidOption(
			'MAP_INVALID_OPTION',
			'mapping.columns',
			'a list of { header, field }',
			typeof mapping.columns,
		);
	const profile: MappingProfile = {
		version: 1,
		...(meta.name !== undefined && { name: String(meta.name) }),
		...(meta.schema !== undefined && { schema: String(meta.schema) }),
		columns: mapping.columns.map((c) =>
			typeof c.typedBy === 'string'
				? { header: String(c.header), field: c.field ?? null, typedBy: c.typedBy }
				: { header: String(c.header), field: c.field ?? null },
		),
	};
	if (meta.options !== undefined)
		profile.options = JSON.parse(JSON.stringify(meta.options)) as TransformOptions;
	return profile;
}
