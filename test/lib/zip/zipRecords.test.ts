import {
	centralDirectoryHeader,
	dosTime,
	endOfCentralDirectory,
	localFileHeader,
	type ZipEntryRecord,
} from '../../../lib/zip/zipRecords';

const GIB5 = 5 * 2 ** 30;

function entry(over: Partial<ZipEntryRecord> = {}): ZipEntryRecord {
	return {
		name: new TextEncoder().encode('a.txt'),
		method: 8,
		crc: 0x12345678,
		size: 10,
		compressedSize: 8,
		offset: 0,
		modified: new Date('2025-01-05T09:30:10Z'),
		...over,
	};
}

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

describe('dosTime', () => {
	it('returns the UTC fields packed, seconds halved', () => {
		expect(dosTime(new Date('2025-01-05T09:30:10Z'))).toEqual({
			time: (9 << 11) | (30 << 5) | 5,
			date: (45 << 9) | (1 << 5) | 5,
		});
	});

	it('returns the DOS range ends for dates outside it', () => {
		expect(dosTime(new Date('1970-01-01T00:00:00Z'))).toEqual({ time: 0, date: (1 << 5) | 1 });
		expect(dosTime(new Date('2200-01-01T00:00:00Z')).date).toBe((127 << 9) | (12 << 5) | 31);
	});
});

describe('localFileHeader', () => {
	it('returns the 30-byte header, the name and a 9-byte timestamp field', () => {
		const h = localFileHeader(entry());
		const v = view(h);
		expect(h.length).toBe(30 + 5 + 9);
		expect([v.getUint32(0, true), v.getUint16(4, true), v.getUint16(6, true)]).toEqual([
			0x04034b50, 20, 0x0800,
		]);
		expect([v.getUint16(8, true), v.getUint32(14, true)]).toEqual([8, 0x12345678]);
		expect([v.getUint32(18, true), v.getUint32(22, true)]).toEqual([8, 10]);
		expect(new TextDecoder().decode(h.subarray(30, 35))).toBe('a.txt');
		expect(v.getUint16(35, true)).toBe(0x5455);
		expect(v.getUint32(40, true)).toBe(Date.parse('2025-01-05T09:30:10Z') / 1000);
	});

	it('returns both sizes in a ZIP64 field for a file of 4 GiB or more', () => {
		const h = localFileHeader(entry({ size: GIB5, compressedSize: 100 }));
		const v = view(h);
		expect(v.getUint16(4, true)).toBe(45);
		expect([v.getUint32(18, true), v.getUint32(22, true)]).toEqual([0xffffffff, 0xffffffff]);
		expect([v.getUint16(35, true), v.getUint16(37, true)]).toEqual([0x0001, 16]);
		expect([Number(v.getBigUint64(39, true)), Number(v.getBigUint64(47, true))]).toEqual([
			GIB5,
			100,
		]);
	});
});

describe('centralDirectoryHeader', () => {
	it('returns the 46-byte header with Unix attributes and the offset', () => {
		const v = view(centralDirectoryHeader(entry({ offset: 1234 })));
		expect([v.getUint32(0, true), v.getUint16(4, true), v.getUint16(6, true)]).toEqual([
			0x02014b50,
			(3 << 8) | 45,
			20,
		]);
		expect(v.getUint32(38, true)).toBe((0o100644 << 16) >>> 0);
		expect(v.getUint32(42, true)).toBe(1234);
	});

	it('returns only the values past 4 GiB in its ZIP64 field, offset last', () => {
		const h = centralDirectoryHeader(entry({ offset: GIB5 }));
		const v = view(h);
		expect(v.getUint16(6, true)).toBe(45);
		expect([v.getUint32(20, true), v.getUint32(24, true), v.getUint32(42, true)]).toEqual([
			8, 10, 0xffffffff,
		]);
		expect([v.getUint16(51, true), v.getUint16(53, true)]).toEqual([0x0001, 8]);
		expect(Number(v.getBigUint64(55, true))).toBe(GIB5);
	});
});

describe('endOfCentralDirectory', () => {
	it('returns the plain 22-byte end record for a small archive', () => {
		const [end, ...rest] = endOfCentralDirectory(2, 100, 500);
		expect(rest).toEqual([]);
		const v = view(end);
		expect([
			v.getUint32(0, true),
			v.getUint16(8, true),
			v.getUint32(12, true),
			v.getUint32(16, true),
		]).toEqual([0x06054b50, 2, 100, 500]);
	});

	it('returns the ZIP64 end record and locator first for 65,535 entries or more', () => {
		const [z64, locator, end] = endOfCentralDirectory(70_000, 100, GIB5);
		expect([z64.length, locator.length, end.length]).toEqual([56, 20, 22]);
		expect(Number(view(z64).getBigUint64(24, true))).toBe(70_000);
		expect(Number(view(z64).getBigUint64(48, true))).toBe(GIB5);
		expect(Number(view(locator).getBigUint64(8, true))).toBe(GIB5 + 100);
		expect([view(end).getUint16(8, true), view(end).getUint32(16, true)]).toEqual([
			0xffff, 0xffffffff,
		]);
	});
});
