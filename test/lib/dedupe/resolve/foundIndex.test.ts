import {
	bestPairFor,
	indexFound,
	reviewCandidates,
	type Match,
	type Pair,
} from '../../../../lib/dedupe/resolve/foundIndex';
import type { DuplicateResult } from '../../../../lib/dedupe/types';

const pair = (a: number, b: number, score: number): Pair => ({
	a,
	b,
	score,
	reasons: [],
	verdict: 'duplicate',
	rule: `rule ${a}-${b}`,
});
const match = (record: number, existing: number, score: number): Match => ({
	record,
	existing,
	score,
	reasons: [],
	verdict: 'duplicate',
	rule: `rule ${record}→${existing}`,
});
const found = (parts: Partial<DuplicateResult>): DuplicateResult => ({
	pairs: [],
	matches: [],
	clusters: [],
	possiblePairs: [],
	possibleMatches: [],
	...parts,
});

describe('indexFound', () => {
	it('keeps each row’s strongest match, the first of equal scores', () => {
		const index = indexFound(
			found({ matches: [match(0, 0, 0.9), match(0, 1, 0.95), match(0, 2, 0.95)] }),
			3,
		);
		expect(index.bestMatch.get(0)?.existing).toBe(1);
	});

	it('gives every row of a cluster the same cluster', () => {
		const index = indexFound(found({ clusters: [[1, 4, 6]] }), 0);
		expect(index.clusterOf.get(4)).toBe(index.clusterOf.get(6));
		expect(index.clusterOf.get(6)).toEqual([1, 4, 6]);
	});

	it('throws DEDUPE_INVALID_OPTION when a match points past the existing records', () => {
		expect(() => indexFound(found({ possibleMatches: [match(3, 7, 0.7)] }), 5)).toThrow(
			'Invalid option `existing`: expected a list holding record 7, which row 3 matches, got "5 records"',
		);
	});
});

describe('bestPairFor', () => {
	it('prefers the pair with the cluster’s first row over a stronger one', () => {
		const index = indexFound(found({ pairs: [pair(0, 2, 0.8), pair(1, 2, 0.99)] }), 0);
		expect(bestPairFor(2, 0, index)?.a).toBe(0);
	});

	it('takes the strongest pair when none is with the first row', () => {
		const index = indexFound(found({ pairs: [pair(1, 3, 0.8), pair(2, 3, 0.99)] }), 0);
		expect(bestPairFor(3, 0, index)?.a).toBe(2);
	});
});

describe('reviewCandidates', () => {
	it('lists earlier units and existing records, best first, and never a later unit', () => {
		const index = indexFound(
			found({
				possiblePairs: [pair(0, 2, 0.7), pair(1, 2, 0.75), pair(2, 5, 0.9)],
				possibleMatches: [match(2, 0, 0.7), match(2, 0, 0.72)],
			}),
			1,
		);
		const candidates = reviewCandidates(index, (row) => row, [2], 2);
		expect(candidates.map((c) => [c.row, c.existing, c.score])).toEqual([
			[1, undefined, 0.75],
			[undefined, 0, 0.72],
			[0, undefined, 0.7],
		]);
	});
});
