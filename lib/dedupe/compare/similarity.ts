import { jaroWinkler } from '../jaroWinkler';

/**
 * How alike two spellings are, 0..1: Jaro-Winkler rescaled so that 0.7 and
 * below (what unrelated names of similar length score) is 0 and 1 stays 1.
 *
 * @param a - comparable text
 * @param b - comparable text
 * @returns 0..1
 * @example
 * spellingSimilarity('jon', 'john')
 * //=> 0.7777777777777778
 */
export function spellingSimilarity(a: string, b: string): number {
	if (a === b) return 1;
	const jw = jaroWinkler(a, b);
	return jw <= 0.7 ? 0 : (jw - 0.7) / 0.3;
}

/** A score for a reason's detail: "identical", "differs", or two decimals. */
export function describe(score: number, note?: string): string {
	if (score >= 1) return note ? `identical (${note})` : 'identical';
	if (score <= 0) return note ? `differs (${note})` : 'differs';
	return note ? `${score.toFixed(2)} (${note})` : score.toFixed(2);
}
