import { splitName } from '../../lib';
import { loadNameSets, NAME_KEYS, partsMatch } from '../../test/helpers/corpus';
import { cost, pct } from './measure';

/** Names: the shared corpus, exact parts, and the cost per 100k. */
export function report(): string[] {
	const out: string[] = [];
	for (const set of loadNameSets()) {
		const right = set.cases.filter((c) =>
			partsMatch(c.expected, splitName(c.input) as Record<string, string>, NAME_KEYS),
		).length;
		out.push(
			`names ${set.name}: ${pct(right, set.cases.length)} exact; ${cost(
				set.cases.map((c) => c.input),
				splitName,
			)}`,
		);
	}
	return out;
}
