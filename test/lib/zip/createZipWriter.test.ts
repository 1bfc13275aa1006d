import { unzipSync } from 'fflate';
import { createZipWriter } from '../../../lib/zip/createZipWriter';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const join = (chunks: Uint8Array[]): Uint8Array => {
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
};

describe('createZipWriter', () => {
	describe('entries', () => {
		it('returns the example archive of 128 bytes, read back whole', () => {
			const zip = createZipWriter();
			const { chunks } = zip.add('a.txt', utf8('hi'), {
				compression: 'store',
				modified: new Date(0),
			});
			const bytes = join([...chunks, ...zip.finish()]);
			expect(bytes.length).toBe(128);
			expect(new TextDecoder().decode(unzipSync(bytes)['a.txt'])).toBe('hi');
		});

		it('returns each entry deflated only when that makes it smaller', () => {
			const zip = createZipWriter();
			const modified = new Date('2025-01-01T00:00:00Z');
			const text = utf8('abc'.repeat(1000));
			const big = zip.add('big.txt', text, { compression: 'deflate', modified }).info;
			const tiny = zip.add('tiny.txt', utf8('x'), { compression: 'deflate', modified }).info;
			expect(big.size).toBe(3000);
			expect(big.compressedSize).toBeLessThan(100);
			expect([tiny.size, tiny.compressedSize]).toEqual([1, 1]);
			expect(tiny.offset).toBe(30 + 'big.txt'.length + 9 + big.compressedSize);
			expect([zip.count, zip.written]).toEqual([2, tiny.offset + 30 + 8 + 9 + 1]);
		});
	});

	describe('misuse', () => {
		it('returns an error for add after finish and for finish twice', () => {
			const zip = createZipWriter();
			zip.finish();
			expect(() =>
				zip.add('a', new Uint8Array(), { compression: 'store', modified: new Date(0) }),
			).toThrow('createZipWriter: add after finish');
			expect(() => zip.finish()).toThrow('createZipWriter: finish twice');
		});
	});
});
