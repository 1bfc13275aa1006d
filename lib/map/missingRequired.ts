import { missingFromSets } from '../schema/missingFromSets';
import type { Schema } from '../schema/types';

/**
 * The required fields a mapping leaves unfilled: none when one of the
 * schema's `requiredAnyOf` sets is complete (a field with a default counts),
 * else the missing fields of the set nearest to complete (the first set when
 * nothing is filled: the schema's main requirement).
 */
export function missingRequired(schema: Schema, mapped: ReadonlySet<string>): string[] {
	return missingFromSets(
		schema.requiredAnyOf,
		(key) => mapped.has(key) || schema.fields.some((f) => f.key === key && f.default !== undefined),
	);
}
