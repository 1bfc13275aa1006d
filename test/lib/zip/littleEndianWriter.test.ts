import { LittleEndianWriter } from '../../../lib/zip/littleEndianWriter';

describe('LittleEndianWriter', () => {
	it('returns the bytes little-endian, front to back', () => {
		expect([...new LittleEndianWriter(6).u16(0x5455).u32(1).data]).toEqual([
			0x55, 0x54, 1, 0, 0, 0,
		]);
		expect([...new LittleEndianWriter(8).u64(2 ** 32 + 2).data]).toEqual([2, 0, 0, 0, 1, 0, 0, 0]);
		expect([...new LittleEndianWriter(3).raw(new Uint8Array([7, 8])).data]).toEqual([7, 8, 0]);
	});

	it('returns a RangeError past the end', () => {
		expect(() => new LittleEndianWriter(2).u32(1)).toThrow(RangeError);
	});
});
