import { IntakeError } from '../../../../../lib/errors';
import { readCompoundLayout } from '../../../../../lib/read/xls/compound/compoundLayout';
import { followChain, readSectors } from '../../../../../lib/read/xls/compound/sectorChain';
import { compoundFile } from '../biffFixtures';

const END = 0xfffffffe;
const FREE = 0xffffffff;

function corruptMessage(fn: () => unknown): string {
	try {
		fn();
	} catch (e) {
		expect((e as IntakeError).code).toBe('FILE_CORRUPT');
		return (e as IntakeError).message;
	}
	throw new Error('expected FILE_CORRUPT');
}

describe('followChain', () => {
	describe('well-formed chains', () => {
		it('returns the sectors in chain order', () => {
			expect(followChain(Uint32Array.of(2, END, 1), 0, 3, 3, 'directory')).toEqual([0, 2, 1]);
		});

		it('stops after the most sectors asked for', () => {
			expect(followChain(Uint32Array.of(1, 2, 3, END), 0, 4, 2, 'directory')).toEqual([0, 1]);
		});

		it('ends at a FREE link', () => {
			expect(followChain(Uint32Array.of(1, FREE), 0, 2, 2, 'mini stream')).toEqual([0, 1]);
		});

		it('returns no sectors for a chain that starts at its end', () => {
			expect(followChain(Uint32Array.of(END), END, 1, 1, 'directory')).toEqual([]);
		});
	});

	describe('damaged chains', () => {
		it('throws FILE_CORRUPT for a chain that loops', () => {
			expect(
				corruptMessage(() => followChain(Uint32Array.of(1, 0), 0, 2, 10, 'stream "Workbook"')),
			).toContain('the stream "Workbook" loops back on itself');
		});

		it('throws FILE_CORRUPT for a link past the sectors there are', () => {
			expect(corruptMessage(() => followChain(Uint32Array.of(5), 0, 1, 10, 'directory'))).toContain(
				'the directory points to sector 5, past the end of the file',
			);
		});
	});
});

describe('readSectors', () => {
	const bytes = compoundFile([
		{ name: 'Workbook', data: new Uint8Array(5000).map((_, i) => i & 0xff) },
	]).slice();
	const layout = readCompoundLayout(bytes);
	// Mark the first bytes of sectors 0 and 1.
	bytes[512] = 0xa0;
	bytes[1024] = 0xa1;

	it('returns the bytes of the sectors in the order given, cut to the size asked for', () => {
		const out = readSectors(layout, [1, 0], 600);
		expect(out.length).toBe(600);
		expect(out[0]).toBe(0xa1);
		expect(out[512]).toBe(0xa0);
	});

	it('returns no more than the chain holds, whatever size is asked for', () => {
		expect(readSectors(layout, [0], 1_000_000_000).length).toBe(512);
	});

	it('returns zeros for the part of a sector the file cuts short', () => {
		const cut = bytes.subarray(0, bytes.length - 100);
		const last = layout.sectorCount - 1;
		const out = readSectors(readCompoundLayout(cut), [last], 512);
		expect(out.length).toBe(512);
		expect(Array.from(out.subarray(412))).toEqual(new Array(100).fill(0));
	});
});
