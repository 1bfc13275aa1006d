import { autoMapHeaders } from '../map/autoMapHeaders';
import { overrideMapping } from '../map/overrideMapping';
import type { MappingProfile, MappingResult } from '../map/types';
import type { Schema } from '../schema/types';

/** The reason a column gets when the profile's word for it is applied over the mapper's proposal. */
const FROM_PROFILE = 'from the saved profile';

/**
 * Maps one table's columns: automatically from the headers and the sample's
 * values, a saved profile's columns first (as Map Columns does). The mapper
 * reuses a profile only when it matches the file's headers closely enough;
 * a profile given for this import is followed for every header it names
 * exactly, however few those are, and the rest are mapped automatically.
 *
 * @param headers - the table's headers
 * @param sample - its first rows
 * @param schema - the schema
 * @param profile - the saved profile, if any
 * @returns the mapping
 * @throws IntakeError `MAP_INVALID_OPTION` when the profile names a field twice or one the schema lacks
 */
export function mapTable(
	headers: readonly string[],
	sample: ReadonlyArray<Record<string, unknown>>,
	schema: Schema,
	profile: MappingProfile | undefined,
): MappingResult {
	const mapping = autoMapHeaders([...headers], schema, {
		sampleRows: sample,
		remembered: profile ? [profile] : [],
	});
	if (!profile) return mapping;
	// typed columns share their fields and are placed row by row: the mapper's reading of the profile stands for them
	const own = new Map(
		profile.columns.filter((c) => c.typedBy === undefined).map((c) => [c.header, c.field]),
	);
	const overrides: Record<string, string | null> = {};
	for (const c of mapping.columns) {
		const field = own.get(c.header);
		if (field !== undefined && c.typedBy === undefined && c.field !== field)
			overrides[c.header] = field;
	}
	if (Object.keys(overrides).length === 0) return mapping;
	const followed = overrideMapping(mapping, overrides, schema);
	return {
		...followed,
		columns: followed.columns.map((c) =>
			c.header in overrides ? { ...c, reason: FROM_PROFILE } : c,
		),
	};
}
