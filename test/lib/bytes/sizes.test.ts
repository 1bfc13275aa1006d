import { GIB, KIB, megabytes, MIB, SNIFF_BYTES } from '../../../lib/bytes/sizes';

describe('byte sizes', () => {
	it('names the binary units', () => {
		expect([KIB, MIB, GIB]).toEqual([1024, 1_048_576, 1_073_741_824]);
		expect(SNIFF_BYTES).toBe(65_536);
	});

	it('turns megabytes into whole bytes', () => {
		expect(megabytes(50)).toBe(52_428_800);
		expect(megabytes(0.5)).toBe(524_288);
		expect(megabytes(0.0000001)).toBe(0);
	});
});
