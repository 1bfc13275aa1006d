import { IntakeError } from '../../../../lib/errors';
import { checkDeclaredSize, inflateZipEntry } from '../../../../lib/read/xlsx/inflateZipEntry';
import { readZipDirectory, type ZipEntry } from '../../../../lib/read/xlsx/readZipDirectory';
import { DEFAULT_XLSX_LIMITS } from '../../../../lib/read/xlsx/xlsxLimits';
import { patchEntry, rawZip, zipParts } from '../../../helpers/zipBuilder';

function inflateAll(zip: Uint8Array, entry: ZipEntry, mismatched?: string[]): string {
	const chunks = [...inflateZipEntry(zip, entry, DEFAULT_XLSX_LIMITS, mismatched)];
	return Buffer.concat(chunks).toString('utf8');
}

function codeOf(fn: () => unknown): string {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(IntakeError);
		return (e as IntakeError).code;
	}
	throw new Error('expected an IntakeError');
}

const TEXT = 'Jane Doe,jane@example.org\n'.repeat(2000);

describe('inflateZipEntry', () => {
	describe('well-formed parts', () => {
		it('returns a deflated part whole, in chunks', () => {
			const zip = zipParts({ 'a.csv': TEXT });
			expect(inflateAll(zip, readZipDirectory(zip)[0])).toBe(TEXT);
		});

		it('returns a stored part whole', () => {
			const zip = zipParts({ 'a.csv': TEXT }, { store: true });
			expect(inflateAll(zip, readZipDirectory(zip)[0])).toBe(TEXT);
		});

		it('returns nothing for an empty part written with no deflate data at all', () => {
			const zip = rawZip([['empty.xml', '']], { bareEmpty: true });
			expect(inflateAll(zip, readZipDirectory(zip)[0])).toBe('');
		});
	});

	describe('damaged parts', () => {
		it('notes a part whose only fault is its CRC-32 in mismatched, or throws FILE_CORRUPT without it', () => {
			const zip = patchEntry(zipParts({ 'a.csv': TEXT }), 'a.csv', { crc32: 1 });
			const entry = readZipDirectory(zip)[0];
			const mismatched: string[] = [];
			expect(inflateAll(zip, entry, mismatched)).toBe(TEXT);
			expect(mismatched).toEqual(['a.csv']);
			expect(codeOf(() => inflateAll(zip, entry))).toBe('FILE_CORRUPT');
		});

		it('throws FILE_CORRUPT for a part shorter than it declares', () => {
			const zip = patchEntry(zipParts({ 'a.csv': TEXT }), 'a.csv', {
				uncompressedSize: TEXT.length + 10,
			});
			expect(codeOf(() => inflateAll(zip, readZipDirectory(zip)[0]))).toBe('FILE_CORRUPT');
		});

		it('throws FILE_CORRUPT for a part a little longer than it declares', () => {
			const zip = patchEntry(zipParts({ 'a.csv': TEXT }), 'a.csv', {
				uncompressedSize: TEXT.length - 10,
			});
			expect(codeOf(() => inflateAll(zip, readZipDirectory(zip)[0]))).toBe('FILE_CORRUPT');
		});

		it('throws ZIP_BOMB for a part that inflates far past its declared size and ratio', () => {
			const big = 'a'.repeat(4 * 1024 * 1024);
			const zip = patchEntry(zipParts({ 'a.xml': big }), 'a.xml', { uncompressedSize: 100 });
			expect(codeOf(() => inflateAll(zip, readZipDirectory(zip)[0]))).toBe('ZIP_BOMB');
		});

		it('throws FILE_ENCRYPTED for an encrypted part', () => {
			const zip = rawZip([['a.xml', '<a/>']], { encrypted: true });
			expect(codeOf(() => inflateAll(zip, readZipDirectory(zip)[0]))).toBe('FILE_ENCRYPTED');
		});

		it('throws FILE_CORRUPT for an unknown compression method', () => {
			const zip = zipParts({ 'a.xml': '<a/>' });
			const entry = { ...readZipDirectory(zip)[0], method: 12 };
			expect(codeOf(() => inflateAll(zip, entry))).toBe('FILE_CORRUPT');
		});
	});
});

describe('checkDeclaredSize', () => {
	const entry = (uncompressedSize: number, compressedSize: number) =>
		({ name: 'xl/worksheets/sheet1.xml', uncompressedSize, compressedSize }) as ZipEntry;

	it('accepts a part within the limits, any ratio under 1 MiB', () => {
		expect(() => checkDeclaredSize(entry(1024 * 1024, 10), DEFAULT_XLSX_LIMITS)).not.toThrow();
		expect(() =>
			checkDeclaredSize(entry(50_000_000, 1_000_000), DEFAULT_XLSX_LIMITS),
		).not.toThrow();
	});

	it('throws ZIP_BOMB for a declared size past maxInflatedBytes or a bomb-like ratio', () => {
		expect(codeOf(() => checkDeclaredSize(entry(2 ** 31, 2 ** 30), DEFAULT_XLSX_LIMITS))).toBe(
			'ZIP_BOMB',
		);
		expect(codeOf(() => checkDeclaredSize(entry(500_000_000, 1000), DEFAULT_XLSX_LIMITS))).toBe(
			'ZIP_BOMB',
		);
	});
});
