import { IntakeError } from '../../../../lib/errors';
import { readCompoundFile } from '../../../../lib/read/xls/readCompoundFile';
import { compoundFile } from './biffFixtures';

function code(fn: () => unknown): string {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(IntakeError);
		return (e as IntakeError).code;
	}
	throw new Error('expected an IntakeError');
}

function pattern(n: number, seed: number): Uint8Array {
	const out = new Uint8Array(n);
	for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 0xff;
	return out;
}

/** Byte equality without jest's element-by-element diff, which takes minutes on 8 MB. */
const same = (a: Uint8Array | undefined, b: Uint8Array) =>
	a !== undefined && Buffer.compare(a, b) === 0;

describe('readCompoundFile', () => {
	describe('well-formed files', () => {
		it('returns a large stream from its sectors and a small one from the mini stream', () => {
			const big = pattern(10_000, 1);
			const small = pattern(300, 2);
			const cfb = readCompoundFile(
				compoundFile([
					{ name: 'Workbook', data: big },
					{ name: 'Small', data: small },
				]),
			);
			expect(cfb.entries).toEqual([
				{ name: 'Workbook', type: 2, size: 10_000 },
				{ name: 'Small', type: 2, size: 300 },
			]);
			expect(cfb.stream('Workbook')).toEqual(big);
			expect(cfb.stream('small')).toEqual(small);
			expect(cfb.stream('Book')).toBeUndefined();
		});

		it('returns a stream whose allocation table needs extra DIFAT sectors (over 109 FAT sectors)', () => {
			const big = pattern(8 * 1024 * 1024, 3);
			const bytes = compoundFile([{ name: 'Workbook', data: big }]);
			expect(new DataView(bytes.buffer).getUint32(0x48, true)).toBeGreaterThan(0);
			expect(same(readCompoundFile(bytes).stream('Workbook'), big)).toBe(true);
		});
	});

	describe('damaged files', () => {
		const file = () => compoundFile([{ name: 'Workbook', data: pattern(5000, 4) }]);
		const fatAt = (bytes: Uint8Array) =>
			(new DataView(bytes.buffer).getUint32(0x4c, true) + 1) * 512;

		it('throws FILE_CORRUPT for a sector chain that loops', () => {
			const bytes = file();
			const dv = new DataView(bytes.buffer);
			// the stream's chain starts after FAT and directory: make its third sector point back to its first
			const start = dv.getUint32((dv.getUint32(0x30, true) + 1) * 512 + 128 + 0x74, true);
			dv.setUint32(fatAt(bytes) + (start + 2) * 4, start, true);
			expect(code(() => readCompoundFile(bytes).stream('Workbook'))).toBe('FILE_CORRUPT');
		});

		it('throws FILE_CORRUPT for a chain pointing past the end of the file', () => {
			const bytes = file();
			const dv = new DataView(bytes.buffer);
			dv.setUint32(fatAt(bytes) + 3 * 4, 0x00ffffff, true);
			expect(code(() => readCompoundFile(bytes).stream('Workbook'))).toBe('FILE_CORRUPT');
		});

		it('returns what the chain holds for a stream claiming more bytes than the file holds, without allocating them', () => {
			const bytes = file();
			const dv = new DataView(bytes.buffer);
			dv.setUint32((dv.getUint32(0x30, true) + 1) * 512 + 128 + 0x78, 0x7fffffff, true);
			const got = readCompoundFile(bytes).stream('Workbook')!;
			// The chain's ten sectors: the 5000 bytes and what pads the last sector.
			expect(got.length).toBe(5120);
			expect(same(got.subarray(0, 5000), pattern(5000, 4))).toBe(true);
		});

		it('throws FILE_CORRUPT for a DIFAT chain that loops, a bad sector size and a file cut inside its header', () => {
			const loop = file();
			const dv = new DataView(loop.buffer);
			dv.setUint32(0x44, 1, true);
			dv.setUint32(2 * 512 + 508, 1, true);
			expect(code(() => readCompoundFile(loop))).toBe('FILE_CORRUPT');
			const shift = file();
			shift[0x1e] = 15;
			expect(code(() => readCompoundFile(shift))).toBe('FILE_CORRUPT');
			expect(code(() => readCompoundFile(file().subarray(0, 500)))).toBe('FILE_CORRUPT');
		});
	});
});
