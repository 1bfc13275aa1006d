import { Readable } from 'node:stream';
import type { IBinaryData } from 'n8n-workflow';
import { openInputFile, readInputFile } from '../../../nodes/shared/binary';
import { fakeExecuteFunctions, fileItem } from '../../helpers/fakeExecuteFunctions';

const bytes = Buffer.from('Name,Email\nAda,ada@example.com\n');

describe('readInputFile', () => {
	it('returns the whole file and its name through getBinaryDataBuffer', async () => {
		const ctx = fakeExecuteFunctions({
			items: [fileItem('a.csv')],
			files: [{ data: bytes }],
			parameters: {},
		});
		expect(await readInputFile(ctx, 0, 'data')).toEqual({
			bytes,
			fileName: 'a.csv',
			mimeType: 'application/octet-stream',
		});
	});
});

describe('openInputFile', () => {
	/** A fake context whose binary store also streams by id, as n8n's filesystem, database and S3 modes do. */
	const streaming = (binary: IBinaryData, metadata?: () => Promise<{ fileSize: number }>) => {
		const ctx = fakeExecuteFunctions({
			items: [{ json: {}, binary: { data: binary } }],
			files: [{ data: bytes }],
			parameters: {},
		});
		Object.assign(ctx.helpers, {
			getBinaryStream: async (id: string) => {
				ctx.calls.push(`getBinaryStream(${id})`);
				return Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]);
			},
			getBinaryMetadata:
				metadata ??
				(async () => {
					ctx.calls.push('getBinaryMetadata');
					return { fileSize: bytes.length };
				}),
		});
		return ctx;
	};
	const drain = async (source: Uint8Array | AsyncIterable<Uint8Array>) => {
		if (source instanceof Uint8Array) return Buffer.from(source);
		const chunks: Buffer[] = [];
		for await (const chunk of source) chunks.push(Buffer.from(chunk));
		return Buffer.concat(chunks);
	};

	it('streams a file that has an id, its size from the binary metadata', async () => {
		const ctx = streaming({
			data: 'filesystem-v2',
			mimeType: 'text/csv',
			fileName: 'a.csv',
			id: 'filesystem-v2:a',
		});
		const file = await openInputFile(ctx, 0, 'data');
		expect({ ...file, source: await drain(file.source) }).toEqual({
			source: bytes,
			streamed: true,
			fileName: 'a.csv',
			mimeType: 'text/csv',
			size: bytes.length,
		});
		expect(ctx.calls).toEqual([
			'assertBinaryData(0,data)',
			'getBinaryStream(filesystem-v2:a)',
			'getBinaryMetadata',
		]);
	});

	it('takes the size n8n 2.x records as bytes, without asking the store', async () => {
		const ctx = streaming({ data: '', mimeType: 'text/csv', id: 'database:7', bytes: 1234 });
		expect((await openInputFile(ctx, 0, 'data')).size).toBe(1234);
		expect(ctx.calls).not.toContain('getBinaryMetadata');
	});

	it('streams without a size when the store has no metadata', async () => {
		const ctx = streaming({ data: '', mimeType: 'text/csv', id: 's3:x' }, async () => {
			throw new Error('no metadata');
		});
		const file = await openInputFile(ctx, 0, 'data');
		expect([file.streamed, file.size]).toEqual([true, undefined]);
	});

	it('reads the buffer in the in-memory mode, where the file has no id', async () => {
		const ctx = streaming({
			data: bytes.toString('base64'),
			mimeType: 'text/csv',
			fileName: 'a.csv',
		});
		const file = await openInputFile(ctx, 0, 'data');
		expect(file).toEqual({
			source: bytes,
			streamed: false,
			fileName: 'a.csv',
			mimeType: 'text/csv',
			size: bytes.length,
		});
		expect(ctx.calls).toEqual(['assertBinaryData(0,data)', 'getBinaryDataBuffer(0,data)']);
	});

	it('fails, naming the field, when the item has no such binary field', async () => {
		const ctx = fakeExecuteFunctions({ items: [{ json: {} }], files: [], parameters: {} });
		await expect(openInputFile(ctx, 0, 'file')).rejects.toThrow(
			"This operation expects the node's input data to contain a binary file 'file', but none was found",
		);
	});
});
