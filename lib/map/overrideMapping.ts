import { IntakeError } from '../errors';
import { getSchema } from '../schema/getSchema';
import type { Schema } from '../schema/types';
import { missingRequired } from './missingRequired';
import type { MappingResult } from './types';

/**
 * Applies a person's choices on top of a proposed mapping: each listed column
 * gets the field given (or `null`, unmapped) at confidence 1. A column that
 * held a field now chosen for another column gives it up, with the reason,
 * so the mapping stays one-to-one.
 *
 * @param mapping - an {@link autoMapHeaders} result
 * @param overrides - source header → field key, or null to leave the column unmapped
 * @param schema - the schema the fields belong to
 * @returns a new mapping, with `missingRequired` recomputed
 * @throws IntakeError `MAP_INVALID_OPTION` for a header not in the mapping, an unknown field, or one field chosen for two columns
 *
 * @example
 * overrideMapping({ columns: [{ header: 'Ref', field: null, confidence: 0, reason: 'Left unmapped: no field matches this header' }], missingRequired: [] }, { Ref: 'notes' }, 'clients').columns[0]
 * //=> { header: 'Ref', field: 'notes', confidence: 1, reason: 'set by hand' }
 */
export function overrideMapping(
	mapping: MappingResult,
	overrides: Readonly<Record<string, string | null>>,
	schema: string | Schema,
): MappingResult {
	const target = typeof schema === 'string' ? getSchema(schema as 'clients') : schema;
	const headers = new Set(mapping.columns.map((c) => c.header));
	const chosen = new Map<string, string>();
	for (const [header, field] of Object.entries(overrides)) {
		if (!headers.has(header)) {
			const known = [...headers]
				.slice(0, 20)
				.map((h) => `"${h}"`)
				.join(', ');
			throw new IntakeError(
				'MAP_INVALID_OPTION',
				`Column "${header}" in the overrides is not in the input. Its columns are: ${known}${headers.size > 20 ? ', …' : ''}`,
				{ header },
			);
		}
		if (field === null) continue;
		if (!target.fields.some((f) => f.key === field))
			throw new IntakeError(
				'MAP_INVALID_OPTION',
				`Field "${field}" (override for column "${header}") is not in the ${target.name} schema`,
				{ header, field },
			);
		if (chosen.has(field))
			throw new IntakeError(
				'MAP_INVALID_OPTION',
				`Field "${field}" is chosen for two columns, "${chosen.get(field)}" and "${header}"; a field takes one column`,
				{ field },
			);
		chosen.set(field, header);
	}
	const columns = mapping.columns.map((c) => {
		if (Object.hasOwn(overrides, c.header)) {
			const field = overrides[c.header];
			return field === null
				? { header: c.header, field: null, confidence: 0, reason: 'Left unmapped by hand' }
				: { header: c.header, field, confidence: 1, reason: 'set by hand' };
		}
		// a typed column keeps its field: its values move on, row by row, when a plain column holds it
		if (c.field !== null && chosen.has(c.field) && c.typedBy === undefined) {
			return {
				header: c.header,
				field: null,
				confidence: 0,
				reason: `Left unmapped: ${c.field} was set by hand for column "${chosen.get(c.field)}"`,
			};
		}
		return { ...c };
	});
	const mapped = new Set(columns.map((c) => c.field).filter((f): f is string => f !== null));
	return { columns, missingRequired: missingRequired(target, mapped) };
}
