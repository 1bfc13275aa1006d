import { readCompoundLayout } from '../../../../../lib/read/xls/compound/compoundLayout';
import { readAllocationTable } from '../../../../../lib/read/xls/compound/readAllocationTable';
import {
	findOrphanStreams,
	readDirectory,
} from '../../../../../lib/read/xls/compound/readDirectory';
import { compoundFile } from '../biffFixtures';

function open(bytes: Uint8Array) {
	const layout = readCompoundLayout(bytes);
	return readDirectory(layout, readAllocationTable(layout));
}

const twoStreams = () =>
	compoundFile([
		{ name: 'Workbook', data: new Uint8Array(5000) },
		{ name: 'Small', data: new Uint8Array(300) },
	]);

describe('readAllocationTable', () => {
	it('returns one sector of links for a small file, ending each chain', () => {
		const layout = readCompoundLayout(twoStreams());
		const fat = readAllocationTable(layout);
		expect(fat.length).toBe(128);
		expect(Array.from(fat).filter((n) => n === 0xfffffffe).length).toBeGreaterThanOrEqual(3);
	});
});

describe('readDirectory', () => {
	describe('a well-formed tree', () => {
		it('returns the root and the streams under it, with their sizes', () => {
			const dir = open(twoStreams());
			expect(dir.root).toMatchObject({ name: 'Root Entry', type: 5 });
			expect(dir.top.map(({ name, type, size }) => ({ name, type, size }))).toEqual([
				{ name: 'Workbook', type: 2, size: 5000 },
				{ name: 'Small', type: 2, size: 300 },
			]);
			expect(dir.count).toBe(4);
		});

		it('finds no orphan streams when the tree reaches every entry', () => {
			expect(findOrphanStreams(open(twoStreams()))).toEqual([]);
		});
	});

	describe('a damaged tree', () => {
		it('finds a stream the tree no longer reaches by a linear scan', () => {
			const bytes = twoStreams().slice();
			const layout = readCompoundLayout(bytes);
			const dirStart = new DataView(bytes.buffer).getUint32(0x30, true);
			const dirAt = (dirStart + 1) * layout.sectorSize;
			// Cut the root's link to its children.
			new DataView(bytes.buffer).setUint32(dirAt + 0x4c, 0xffffffff, true);
			const dir = open(bytes);
			expect(dir.top).toEqual([]);
			expect(findOrphanStreams(dir).map((e) => e.name)).toEqual(['Workbook', 'Small']);
		});

		it('throws FILE_CORRUPT when entry 0 is not the root', () => {
			const bytes = twoStreams().slice();
			const layout = readCompoundLayout(bytes);
			const dirStart = new DataView(bytes.buffer).getUint32(0x30, true);
			bytes[(dirStart + 1) * layout.sectorSize + 0x42] = 2;
			expect(() => open(bytes)).toThrow('its directory has no root entry');
		});
	});
});
