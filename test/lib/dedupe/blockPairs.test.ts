import {
	BlockKeys,
	blockPairs,
	hashParts,
	PairList,
	sortedUniquePairs,
} from '../../../lib/dedupe/blockPairs';

const decode = (keys: Float64Array, size: number): number[][] =>
	[...keys].map((key) => [Math.floor(key / size), key % size]);

describe('hashParts', () => {
	it('separates parts, so "ab"+"c" is not "a"+"bc"', () => {
		expect(hashParts('ab', 'c')).not.toBe(hashParts('a', 'bc'));
		expect(hashParts('ab', 'c')).toBe(hashParts('ab', 'c'));
	});

	it('returns an unsigned 32-bit number', () => {
		const h = hashParts('anything');
		expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
	});
});

describe('PairList', () => {
	it('keeps a < b, drops self-pairs and pairs of two existing records', () => {
		const pairs = new PairList(10, 8);
		pairs.add(3, 1);
		pairs.add(2, 2);
		pairs.add(8, 9);
		pairs.add(9, 7);
		expect(decode(sortedUniquePairs(pairs), 10)).toEqual([
			[1, 3],
			[7, 9],
		]);
	});

	it('grows past its first capacity', () => {
		const pairs = new PairList(1 << 10, 1 << 10);
		for (let i = 0; i < 70_000; i++) pairs.add(i % 1000, 1001);
		expect(pairs.length).toBe(70_000);
		expect(sortedUniquePairs(pairs)).toHaveLength(1000);
	});
});

describe('blockPairs', () => {
	const byIndex = (p: number, q: number): number => p - q;

	it('pairs every record of a small block, and none across blocks', () => {
		const keys = new BlockKeys(6);
		[0, 2, 4].forEach((i) => keys.add(hashParts('x'), i));
		[1, 5].forEach((i) => keys.add(hashParts('y'), i));
		keys.add(hashParts('z'), 3);
		const out = new PairList(6, 6);
		blockPairs(keys, byIndex, 10, 1, out);
		expect(decode(sortedUniquePairs(out), 6)).toEqual([
			[0, 2],
			[0, 4],
			[1, 5],
			[2, 4],
		]);
	});

	it('pairs a big block by window, in the order given', () => {
		const keys = new BlockKeys(5);
		for (let i = 0; i < 5; i++) keys.add(hashParts('x'), i);
		const out = new PairList(5, 5);
		const reversed = (p: number, q: number): number => q - p;
		blockPairs(keys, reversed, 2, 1, out);
		expect(decode(sortedUniquePairs(out), 5)).toEqual([
			[0, 1],
			[1, 2],
			[2, 3],
			[3, 4],
		]);
	});

	it('pairs only the big blocks again when an earlier order paired the small ones (fewDone)', () => {
		const keys = new BlockKeys(8);
		[0, 1].forEach((i) => keys.add(hashParts('small'), i));
		[2, 3, 4, 5].forEach((i) => keys.add(hashParts('big'), i));
		const out = new PairList(8, 8);
		blockPairs(keys, (p, q) => q - p, 2, 1, out, true);
		expect(decode(sortedUniquePairs(out), 8)).toEqual([
			[2, 3],
			[3, 4],
			[4, 5],
		]);
	});

	it('counts a record keyed twice in one block once', () => {
		const keys = new BlockKeys(3);
		keys.add(hashParts('x'), 0);
		keys.add(hashParts('x'), 0);
		keys.add(hashParts('x'), 1);
		const out = new PairList(3, 3);
		blockPairs(keys, byIndex, 2, 1, out);
		expect(decode(sortedUniquePairs(out), 3)).toEqual([[0, 1]]);
	});
});
