import { crc32 } from '../../../../lib/read/xlsx/crc32';

describe('crc32', () => {
	it('returns the standard check value for "123456789"', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});

	it('returns 0 for no bytes', () => {
		expect(crc32(new Uint8Array(0))).toBe(0);
	});

	it('returns the same value computed in chunks of any size', () => {
		const bytes = Uint8Array.from({ length: 1031 }, (_, i) => (i * 7919) & 255);
		const whole = crc32(bytes);
		for (const cut of [1, 3, 4, 5, 512, 1030])
			expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(whole);
	});
});
