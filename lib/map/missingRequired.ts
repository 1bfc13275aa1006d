import type { Schema } from '../schema/types';

/**
 * The required fields a mapping leaves unfilled: none when one of the
 * schema's `requiredAnyOf` sets is complete (a field with a default counts),
 * else the missing fields of the set nearest to complete (the first set when
 * nothing is filled: the schema's main requirement).
 */
export function missingRequired(schema: Schema, mapped: ReadonlySet<string>): string[] {
	const filled = (key: string): boolean => mapped.has(key) || schema.fields.some((f) => f.key === key && f.default !== undefined);
	// the set nearest to complete; with nothing filled, the first (the schema's main requirement)
	let best: string[] | undefined;
	let bestShare = -1;
	for (const set of schema.requiredAnyOf) {
		const missing = set.filter((key) => !filled(key));
		if (missing.length === 0) return [];
		const share = 1 - missing.length / set.length;
		if (share > bestShare) [best, bestShare] = [missing, share];
	}
	return best ?? [];
}
