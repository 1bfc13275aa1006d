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
