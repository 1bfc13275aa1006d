import type { Schema } from '../schema/types';
import { MAPPING_CONFIDENCE } from './confidence';
import type { HeaderAnalysis } from './headerCandidates';
import { headerWords, wordsKey } from './headerWords';
import { parseMappingProfile } from './parseMappingProfile';
import type { MappingProfile } from './types';

/** Share of headers two files must have in common for a remembered profile to apply. */
const PROFILE_MIN_SIMILARITY = 0.5;

/** A remembered profile chosen for a file: its mapping by order-free header key, and how many headers the two share. */
export interface Remembered {
	profile: MappingProfile;
	byKey: Map<string, string | null>;
	/** The order-free keys of the headers the profile saved as typed (or typing) columns. */
	typed: Set<string>;
	/** shared headers over all headers of either, 0..1 */
	similarity: number;
}

/**
 * The remembered profile whose headers best match these, if any is close
 * enough (the first of equal ones). Profiles made for another schema are
 * passed over.
 *
 * @throws IntakeError `MAP_INVALID_OPTION` naming `remembered[i]…` for a malformed profile
 */
export function pickProfile(
	headerKeys: readonly string[],
	schema: Schema,
	profiles: readonly unknown[],
): Remembered | undefined {
	const keys = new Set(headerKeys);
	let best: Remembered | undefined;
	profiles.forEach((raw, i) => {
		const profile = parseMappingProfile(raw, `remembered[${i}]`);
		if (profile.schema !== undefined && profile.schema !== schema.name) return;
		const byKey = new Map<string, string | null>();
		const typed = new Set<string>();
		for (const c of profile.columns) {
			byKey.set(wordsKey(headerWords(c.header)), c.field);
			if (c.typedBy !== undefined) {
				typed.add(wordsKey(headerWords(c.header)));
				typed.add(wordsKey(headerWords(c.typedBy)));
			}
		}
		let shared = 0;
		for (const key of keys) if (byKey.has(key)) shared++;
		const similarity = shared / new Set([...keys, ...byKey.keys()]).size;
		if (similarity >= PROFILE_MIN_SIMILARITY && (!best || similarity > best.similarity))
			best = { profile, byKey, typed, similarity };
	});
	return best;
}

/**
 * What the remembered profile says of one header (by its order-free key):
 * its field, or that it was left unmapped. `undefined` when the profile does
 * not know the header, or names a field this schema lacks.
 */
export function rememberedAnalysis(
	key: string,
	remembered: Remembered,
	schema: Schema,
): HeaderAnalysis | undefined {
	if (!remembered.byKey.has(key)) return undefined;
	const field = remembered.byKey.get(key) ?? null;
	const name = remembered.profile.name ? `"${remembered.profile.name}"` : 'a saved profile';
	const how =
		remembered.similarity === 1
			? 'same headers'
			: `${Math.round(remembered.similarity * 100)}% same headers`;
	if (field === null) return { candidates: [], note: `as in ${name} (${how})` };
	if (!schema.fields.some((f) => f.key === field)) return undefined;
	const confidence =
		remembered.similarity === 1
			? MAPPING_CONFIDENCE.rememberedSameHeaders
			: MAPPING_CONFIDENCE.rememberedSimilarHeaders;
	return {
		candidates: [{ field, confidence, reason: `remembered from ${name} (${how})` }],
		note: '',
	};
}
