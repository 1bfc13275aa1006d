import { IntakeError } from '../../../../lib/errors';
import { readZipDirectory, zipDataOffset } from '../../../../lib/read/xlsx/readZipDirectory';
import { rawZip, zipParts } from '../../../helpers/zipBuilder';

function corruptMessage(fn: () => unknown): string {
	try {
		fn();
	} catch (e) {
		expect((e as IntakeError).code).toBe('FILE_CORRUPT');
		return (e as IntakeError).message;
	}
	throw new Error('expected FILE_CORRUPT');
}

describe('readZipDirectory', () => {
	describe('well-formed archives', () => {
		it('returns each entry with its method, sizes and CRC-32, in directory order', () => {
			const zip = zipParts({ 'a.xml': '<a/>', 'xl/b.xml': 'x'.repeat(1000) });
			const entries = readZipDirectory(zip);
			expect(entries.map((e) => e.name)).toEqual(['a.xml', 'xl/b.xml']);
			expect(entries[1]).toMatchObject({ method: 8, uncompressedSize: 1000, flags: 0 });
			expect(entries[1].compressedSize).toBeLessThan(100);
			// zlib.crc32(b'<a/>') in Python
			expect(entries[0].crc32).toBe(0x01d11cd4);
		});

		it('returns a stored entry with equal sizes', () => {
			const [entry] = readZipDirectory(zipParts({ 'a.txt': 'hello' }, { store: true }));
			expect(entry).toMatchObject({ method: 0, compressedSize: 5, uncompressedSize: 5 });
		});

		it('returns names with backslashes as slashes and no leading slash', () => {
			const zip = rawZip([
				['xl\\workbook.xml', '<w/>'],
				['/docProps/app.xml', '<a/>'],
			]);
			expect(readZipDirectory(zip).map((e) => e.name)).toEqual([
				'xl/workbook.xml',
				'docProps/app.xml',
			]);
		});

		it('returns the real sizes of a ZIP64 archive that marks its classic fields', () => {
			const zip = rawZip([['a.xml', 'x'.repeat(300)]], { zip64: true, zip64Markers: true });
			expect(readZipDirectory(zip)[0]).toMatchObject({ name: 'a.xml', uncompressedSize: 300 });
		});

		it('finds the end record behind an archive comment', () => {
			const zip = rawZip([['a.xml', '<a/>']], { comment: 'made by a tool' });
			expect(readZipDirectory(zip).map((e) => e.name)).toEqual(['a.xml']);
		});
	});

	describe('damaged archives', () => {
		it('throws FILE_CORRUPT for a file with no end-of-directory record', () => {
			expect(corruptMessage(() => readZipDirectory(new Uint8Array(100)))).toContain(
				'the archive is truncated (no end-of-directory record)',
			);
		});

		it('throws FILE_CORRUPT for a directory that points past the end', () => {
			const zip = zipParts({ 'a.xml': '<a/>' }).slice();
			const view = new DataView(zip.buffer);
			const eocd = zip.length - 22;
			view.setUint32(eocd + 16, zip.length, true);
			expect(corruptMessage(() => readZipDirectory(zip))).toContain(
				'the archive directory points past the end of the file',
			);
		});

		it('throws FILE_CORRUPT for more entries than any workbook needs', () => {
			const zip = zipParts({ 'a.xml': '<a/>' }).slice();
			new DataView(zip.buffer).setUint16(zip.length - 22 + 10, 30000, true);
			expect(corruptMessage(() => readZipDirectory(zip))).toContain('it holds 30000 parts');
		});
	});
});

describe('zipDataOffset', () => {
	it('returns where the data starts, after the local header, its name and extra field', () => {
		const zip = zipParts({ 'a.txt': 'hello' }, { store: true });
		const [entry] = readZipDirectory(zip);
		const at = zipDataOffset(zip, entry);
		expect(at).toBe(30 + 'a.txt'.length + new DataView(zip.buffer).getUint16(28, true));
		expect(new TextDecoder().decode(zip.subarray(at, at + 5))).toBe('hello');
	});

	it('throws FILE_CORRUPT when the local header is not where the directory says', () => {
		const zip = zipParts({ 'a.txt': 'hello' }, { store: true });
		const [entry] = readZipDirectory(zip);
		expect(corruptMessage(() => zipDataOffset(zip, { ...entry, localHeaderOffset: 3 }))).toContain(
			'the part a.txt is damaged',
		);
	});

	it('throws FILE_CORRUPT when the data runs past the end of the file', () => {
		const zip = zipParts({ 'a.txt': 'hello' }, { store: true });
		const [entry] = readZipDirectory(zip);
		expect(
			corruptMessage(() => zipDataOffset(zip, { ...entry, compressedSize: zip.length })),
		).toContain('the part a.txt is truncated');
	});
});
