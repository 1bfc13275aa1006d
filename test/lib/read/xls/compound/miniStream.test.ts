import { readCompoundLayout } from '../../../../../lib/read/xls/compound/compoundLayout';
import {
	readMiniStream,
	readMiniStreamBytes,
} from '../../../../../lib/read/xls/compound/miniStream';
import { readAllocationTable } from '../../../../../lib/read/xls/compound/readAllocationTable';
import { readDirectory } from '../../../../../lib/read/xls/compound/readDirectory';
import { compoundFile } from '../biffFixtures';

function pattern(n: number, seed: number): Uint8Array {
	return new Uint8Array(n).map((_, i) => (i * 31 + seed) & 0xff);
}

describe('readMiniStream and readMiniStreamBytes', () => {
	const a = pattern(300, 1);
	const b = pattern(64, 2);
	const layout = readCompoundLayout(
		compoundFile([
			{ name: 'A', data: a },
			{ name: 'B', data: b },
		]),
	);
	const fat = readAllocationTable(layout);
	const dir = readDirectory(layout, fat);
	const mini = readMiniStream(layout, fat, dir.root);

	it('returns the mini stream, whole sectors of it, and a link per mini sector', () => {
		// 300 bytes take 5 mini sectors and 64 bytes one: 384 bytes, one 512-byte sector.
		expect(mini.data.length).toBe(512);
		expect(mini.fat.length).toBe(128);
	});

	it('returns each small stream from its mini sectors, cut to its size', () => {
		const [entryA, entryB] = dir.top;
		expect(readMiniStreamBytes(mini, entryA)).toEqual(a);
		expect(readMiniStreamBytes(mini, entryB)).toEqual(b);
	});

	it('returns no more than the chain holds for a size past it', () => {
		const entryB = { ...dir.top[1], size: 3000 };
		expect(readMiniStreamBytes(mini, entryB).length).toBe(64);
	});
});
