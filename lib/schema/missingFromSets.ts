/**
 * The fields missing from the set nearest to complete: none when some set is
 * complete, else those of the set with the largest share filled (the first
 * such set on a tie, so with nothing filled the schema's main requirement).
 * Shared by the mapper (which columns are missing) and the validator (which
 * values a row lacks).
 */
export function missingFromSets(
	sets: ReadonlyArray<readonly string[]>,
	filled: (key: string) => boolean,
): string[] {
	let nearest: string[] = [];
	let nearestShare = -1;
	for (const set of sets) {
		const missing = set.filter((key) => !filled(key));
		if (missing.length === 0) return [];
		const share = 1 - missing.length / set.length;
		if (share > nearestShare) [nearest, nearestShare] = [missing, share];
	}
	return nearest;
}
