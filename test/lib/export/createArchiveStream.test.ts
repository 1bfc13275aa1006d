import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createArchive } from '../../../lib/export/createArchive';
import { createArchiveStream } from '../../../lib/export/createArchiveStream';
import type { ArchiveEntry } from '../../../lib/export/types';
import { HAS_UNZIP, readBack, readManifest, sha256, unzip, utf8 } from './zipTestKit';

const date = new Date('2025-03-04T05:06:08Z');
const unzipIt = HAS_UNZIP ? it : it.skip;

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const p of stream) parts.push(p);
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let pos = 0;
	for (const p of parts) {
		out.set(p, pos);
		pos += p.length;
	}
	return out;
}

/** Pseudo-random bytes (xorshift), so that nothing compresses and each file differs. */
function noise(size: number, seed: number): Uint8Array {
	const out = new Uint8Array(size);
	let x = seed | 1;
	for (let i = 0; i < size; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		out[i] = x & 0xff;
	}
	return out;
}

describe('createArchiveStream', () => {
	it('returns the same bytes as createArchive, from an async generator, reporting each file', async () => {
		const entries: ArchiveEntry[] = [
			{ name: 'a.txt', folder: 'one', data: utf8('alpha '.repeat(100)) },
			{ name: 'A.TXT', folder: 'ONE', data: utf8('beta') },
			{ name: '../b.bin', data: noise(5000, 7) },
		];
		async function* source() {
			for (const e of entries) yield e;
		}
		const seen: string[] = [];
		const streamed = await collect(
			createArchiveStream(source(), { date, onFile: (f) => seen.push(f.path) }),
		);
		expect(sha256(streamed)).toBe(sha256(createArchive(entries, { date }).data));
		expect(seen).toEqual(['one/a.txt', 'one/A (2).TXT', 'b.bin']);
	});

	it('throws ARCHIVE_INVALID_OPTION for a bad option before anything is read', () => {
		expect(() => createArchiveStream([], { manifest: 'yes' as never })).toThrow(
			/Invalid option `manifest`: expected true or false, got "yes"/,
		);
	});

	describe('ZIP64', () => {
		// 70,000 entries pass the 65,535 a plain end record can count
		const count = 70_000;
		let data: Uint8Array;
		beforeAll(async () => {
			function* many() {
				for (let i = 0; i < count; i++)
					yield { name: `f${i}.txt`, folder: `d${i % 100}`, data: utf8(String(i)) };
			}
			data = await collect(createArchiveStream(many(), { date, compression: 'store' }));
		});

		it('writes a ZIP64 end record and locator for more than 65,535 entries', () => {
			const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
			const eocd = data.length - 22;
			expect(view.getUint32(eocd, true)).toBe(0x06054b50);
			expect(view.getUint16(eocd + 10, true)).toBe(0xffff);
			expect(view.getUint32(eocd - 20, true)).toBe(0x07064b50);
			const z64 = Number(view.getBigUint64(eocd - 20 + 8, true));
			expect(view.getUint32(z64, true)).toBe(0x06064b50);
			expect(Number(view.getBigUint64(z64 + 32, true))).toBe(count + 1);
		});

		it('is read back whole by fflate, with the manifest listing every file', () => {
			const files = readBack(data);
			expect(Object.keys(files)).toHaveLength(count + 1);
			expect(new TextDecoder().decode(files['d42/f69942.txt'])).toBe('69942');
			const rows = readManifest(files['manifest.csv']);
			expect(rows).toHaveLength(count + 1);
			rows.slice(1).forEach(([path, size, hash], i) => {
				expect(String(files[path].length)).toBe(size);
				// every size, and a hash in every 97 (all 70,000 take long and prove no more)
				if (i % 97 === 0) expect(createHash('sha256').update(files[path]).digest('hex')).toBe(hash);
			});
		});

		unzipIt('passes unzip -t', () => {
			const r = unzip(data, ['-tq']);
			expect(r.out).toMatch(/No errors detected/);
			expect(r.status).toBe(0);
		});
	});

	describe('memory', () => {
		it('keeps what it holds flat while 96 MB of files stream through (retained heap and buffers under 5% of the archive)', async () => {
			// a collection before each reading, so that the figure is what the stream holds, not garbage not yet collected
			setFlagsFromString('--expose-gc');
			const gc = runInNewContext('gc') as () => void;
			const size = 1 << 20;
			const files = 96;
			gc();
			gc();
			const base = process.memoryUsage();
			let peak = 0;
			function* source() {
				for (let i = 0; i < files; i++)
					yield { name: `f${i}.bin`, folder: `case-${i % 7}`, data: noise(size, i + 1) };
			}
			const hash = createHash('sha256');
			let total = 0;
			let n = 0;
			for await (const chunk of createArchiveStream(source(), { date })) {
				hash.update(chunk);
				total += chunk.length;
				if (++n % 16 === 0) {
					// twice: array buffers freed by the first are released by the second
					gc();
					gc();
					const m = process.memoryUsage();
					peak = Math.max(peak, m.heapUsed + m.arrayBuffers - base.heapUsed - base.arrayBuffers);
				}
			}
			expect(total).toBeGreaterThan(files * size);
			expect(peak / total).toBeLessThan(0.05);
		});
	});
});
