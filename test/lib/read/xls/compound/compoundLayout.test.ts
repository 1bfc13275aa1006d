import { IntakeError } from '../../../../../lib/errors';
import {
	FREE,
	readCompoundLayout,
	sectorEntry,
	sectorOffset,
} from '../../../../../lib/read/xls/compound/compoundLayout';
import { compoundFile } from '../biffFixtures';

const data = (n: number) => new Uint8Array(n).fill(7);

describe('readCompoundLayout', () => {
	describe('well-formed headers', () => {
		it('returns the geometry of a version 3 file (512-byte sectors)', () => {
			const bytes = compoundFile([{ name: 'Workbook', data: data(5000) }]);
			const layout = readCompoundLayout(bytes);
			expect(layout).toMatchObject({ shift: 9, sectorSize: 512, perSector: 128 });
			expect(layout.sectorCount).toBe(bytes.length / 512 - 1);
		});

		it('returns the geometry of a version 4 file (4096-byte sectors)', () => {
			const bytes = compoundFile([{ name: 'Workbook', data: data(5000) }], { sectorSize: 4096 });
			expect(readCompoundLayout(bytes)).toMatchObject({
				shift: 12,
				sectorSize: 4096,
				perSector: 1024,
				sectorCount: bytes.length / 4096 - 1,
			});
		});

		it('counts a last sector the file cuts short', () => {
			const bytes = compoundFile([{ name: 'Workbook', data: data(5000) }]);
			const whole = readCompoundLayout(bytes).sectorCount;
			expect(readCompoundLayout(bytes.subarray(0, bytes.length - 100)).sectorCount).toBe(whole);
		});
	});

	describe('damaged headers', () => {
		const message = (bytes: Uint8Array) => {
			try {
				readCompoundLayout(bytes);
			} catch (e) {
				expect((e as IntakeError).code).toBe('FILE_CORRUPT');
				return (e as IntakeError).message;
			}
			throw new Error('expected FILE_CORRUPT');
		};

		it('throws FILE_CORRUPT without the signature', () => {
			expect(message(new Uint8Array(1024))).toContain('it is not a compound file');
		});

		it('throws FILE_CORRUPT for a sector size other than 512 or 4096 bytes', () => {
			const bytes = compoundFile([{ name: 'Workbook', data: data(5000) }]).slice();
			bytes[0x1e] = 10;
			expect(message(bytes)).toContain('its sector size (2^10) is not 512 or 4096 bytes');
		});

		it('throws FILE_CORRUPT for a mini sector size other than 64 bytes', () => {
			const bytes = compoundFile([{ name: 'Workbook', data: data(5000) }]).slice();
			bytes[0x20] = 7;
			expect(message(bytes)).toContain('its mini sector size (2^7) is not 64 bytes');
		});

		it('throws FILE_CORRUPT for a version 4 file that ends inside its header', () => {
			const bytes = compoundFile([{ name: 'Workbook', data: data(5000) }], { sectorSize: 4096 });
			expect(message(bytes.subarray(0, 4000))).toContain('it ends inside its header');
		});
	});
});

describe('sectorOffset and sectorEntry', () => {
	it('returns where a sector starts, after the header sector', () => {
		const layout = readCompoundLayout(compoundFile([{ name: 'Workbook', data: data(5000) }]));
		expect(sectorOffset(layout, 0)).toBe(512);
		expect(sectorOffset(layout, 3)).toBe(2048);
	});

	it('returns an entry of a sector, and FREE past the end of the file', () => {
		const bytes = compoundFile([{ name: 'Workbook', data: data(5000) }]).slice();
		new DataView(bytes.buffer).setUint32(512 + 8, 0x01020304, true);
		const layout = readCompoundLayout(bytes);
		expect(sectorEntry(layout, 0, 2)).toBe(0x01020304);
		expect(sectorEntry(layout, layout.sectorCount, 0)).toBe(FREE);
	});
});
