import { SNIFF_BYTES } from '../../../lib/bytes/sizes';
import { normalizeReadOptions } from '../../../lib/read/options';
import { takePrefix, type SpreadsheetInput } from '../../../lib/read/takePrefix';
import { failure } from '../../helpers/fixtures';

const opts = (maxBytes = Infinity) => normalizeReadOptions({ maxBytes });

async function* streamOf(...chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
	for (const c of chunks) yield c;
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<number[]> {
	const sizes: number[] = [];
	for await (const c of chunks) sizes.push(c.length);
	return sizes;
}

describe('takePrefix', () => {
	describe('a buffer', () => {
		it('returns the whole buffer as a complete prefix, and again in 64 KiB chunks', async () => {
			const bytes = new Uint8Array(SNIFF_BYTES * 2 + 10);
			const source = await takePrefix(bytes, opts());
			expect(source.prefix).toBe(bytes);
			expect(source.complete).toBe(true);
			expect(await collect(source.chunks())).toEqual([SNIFF_BYTES, SNIFF_BYTES, 10]);
			expect(await source.all()).toBe(bytes);
		});

		it('throws FILE_TOO_LARGE with the exact size before reading anything', async () => {
			const e = await failure(takePrefix(new Uint8Array(2048), opts(1024)));
			expect(e.code).toBe('FILE_TOO_LARGE');
			expect(e.message).toBe(
				'The file is 2.0 KB, over the 1.0 KB limit. Split it into smaller files, or raise the maximum file size.',
			);
			expect(e.details).toEqual({ size: 2048, maxBytes: 1024 });
		});
	});

	describe('a stream', () => {
		it('reads at least 64 KiB as the prefix and gives every byte back, the prefix first', async () => {
			const chunk = new Uint8Array(40_000).fill(0x61);
			const source = await takePrefix(streamOf(chunk, chunk, chunk), opts());
			expect(source.prefix.length).toBe(80_000);
			expect(source.complete).toBe(false);
			expect(await collect(source.chunks())).toEqual([80_000, 40_000]);
		});

		it('returns a short stream whole, as a complete prefix', async () => {
			const source = await takePrefix(
				streamOf(new Uint8Array([0x61, 0x0a]), new Uint8Array([0x62])),
				opts(),
			);
			expect(Array.from(source.prefix)).toEqual([0x61, 0x0a, 0x62]);
			expect(source.complete).toBe(true);
			expect(Array.from(await source.all())).toEqual([0x61, 0x0a, 0x62]);
		});

		it('encodes string chunks of the prefix as UTF-8', async () => {
			const source = await takePrefix(streamOf('né' as unknown as Uint8Array), opts());
			expect(Array.from(source.prefix)).toEqual([0x6e, 0xc3, 0xa9]);
		});

		it('throws FILE_TOO_LARGE, without a size, once the bytes read pass the limit', async () => {
			const big = new Uint8Array(3 * 1024 * 1024);
			const source = await takePrefix(
				streamOf(new Uint8Array(SNIFF_BYTES), big),
				opts(2 * 1024 * 1024),
			);
			const e = await failure(source.all());
			expect(e.message).toBe(
				'The file is larger than the 2.0 MB limit. Split it into smaller files, or raise the maximum file size.',
			);
		});
	});

	describe('not bytes', () => {
		it.each([
			['a string', 'name,email\n', 'got "string"'],
			['null', null, 'got null'],
			['a plain object', { data: [] }, 'got "Object"'],
		])('throws READ_INVALID_OPTION for %s, naming the input', async (_, input, got) => {
			const e = await failure(takePrefix(input as unknown as SpreadsheetInput, opts()));
			expect(e.code).toBe('READ_INVALID_OPTION');
			expect(e.message).toBe(
				`Invalid option \`input\`: expected a Uint8Array/Buffer or an async iterable of them (a readable stream), ${got}`,
			);
		});
	});
});

describe('takePrefix with a stream of strings', () => {
	it('returns every string chunk as UTF-8 bytes, past the prefix too (a stream with setEncoding)', async () => {
		async function* text(): AsyncGenerator<string> {
			yield 'a,b\n';
			for (let i = 0; i < 20000; i++) yield '1,é\n';
		}
		const source = await takePrefix(
			text() as unknown as AsyncIterable<Uint8Array>,
			normalizeReadOptions({ maxBytes: Infinity }),
		);
		const all = await source.all();
		expect(all.length).toBe(4 + 20000 * 5);
		expect(new TextDecoder().decode(all.subarray(all.length - 5))).toBe('1,é\n');
	});
});
