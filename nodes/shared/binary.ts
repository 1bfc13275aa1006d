import type { IExecuteFunctions } from 'n8n-workflow';

/** A file taken from an input item's binary data. */
export interface InputFile {
	bytes: Buffer;
	fileName?: string;
	mimeType?: string;
}

/**
 * Reads one item's binary property through n8n's helpers, so it works in the
 * in-memory, filesystem and database binary modes and in queue mode.
 */
export async function readInputFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
): Promise<InputFile> {
	const meta = ctx.helpers.assertBinaryData(itemIndex, propertyName);
	const bytes = await ctx.helpers.getBinaryDataBuffer(itemIndex, propertyName);
	return { bytes, fileName: meta.fileName, mimeType: meta.mimeType };
}

/** A file of an input item's binary data, as a stream where n8n keeps it out of memory. */
export interface InputFileStream {
	/**
	 * The bytes: a stream of chunks when n8n stores the file outside the
	 * process (filesystem, database, S3 binary modes: the binary data has an
	 * id), else the whole buffer (the in-memory `default` mode, where the file
	 * is already in memory as base64).
	 */
	source: Uint8Array | AsyncIterable<Uint8Array>;
	/** Whether `source` is a stream. */
	streamed: boolean;
	fileName?: string;
	mimeType?: string;
	/** The file's size in bytes, when n8n knows it. */
	size?: number;
}

/** The size n8n recorded for stored binary data: `bytes` (n8n 2.x), else its metadata; undefined if neither says. */
async function storedSize(
	ctx: IExecuteFunctions,
	id: string,
	bytes: unknown,
): Promise<number | undefined> {
	if (typeof bytes === 'number' && Number.isFinite(bytes)) return bytes;
	try {
		const size = (await ctx.helpers.getBinaryMetadata(id)).fileSize;
		return Number.isFinite(size) ? size : undefined;
	} catch {
		// only for progress: a binary store without metadata reads the same
		return undefined;
	}
}

/**
 * Opens one item's binary property for reading as a stream through n8n's
 * helpers (`getBinaryStream` by the binary data's id), so a 50 MB file never
 * sits whole in memory; in the in-memory default mode, where the file has no
 * id, the buffer `getBinaryDataBuffer` gives.
 */
export async function openInputFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
): Promise<InputFileStream> {
	const meta = ctx.helpers.assertBinaryData(itemIndex, propertyName);
	const about = { fileName: meta.fileName, mimeType: meta.mimeType };
	if (meta.id && typeof ctx.helpers.getBinaryStream === 'function') {
		const stream = await ctx.helpers.getBinaryStream(meta.id);
		const size = await storedSize(ctx, meta.id, meta.bytes);
		return { ...about, source: stream as AsyncIterable<Uint8Array>, streamed: true, size };
	}
	const bytes = await ctx.helpers.getBinaryDataBuffer(itemIndex, propertyName);
	return { ...about, source: bytes, streamed: false, size: bytes.length };
}
