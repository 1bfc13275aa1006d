import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Writes chunks to a file as they come, into a temporary file beside it that
 * is renamed into place only once every chunk is written: a failed or
 * interrupted export never leaves a half-written file under the name asked
 * for (nor replaces a good one). The temporary file is removed on failure.
 *
 * @param path - the file to write
 * @param chunks - its bytes, in order
 * @returns the number of bytes written
 * @throws the stream's or the file system's error (ENOENT for a missing folder, …)
 *
 * @example
 * await writeFileAtomically('out.csv', exportRecordStream(records, { format: 'csv' }))
 * //=> 1532
 */
export async function writeFileAtomically(
	path: string,
	chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<number> {
	const temp = join(
		dirname(path),
		`.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`,
	);
	let bytes = 0;
	async function* counted(): AsyncGenerator<Uint8Array> {
		for await (const chunk of chunks) {
			bytes += chunk.byteLength;
			yield chunk;
		}
	}
	try {
		await pipeline(
			Readable.from(counted(), { objectMode: false }),
			createWriteStream(temp, { flags: 'wx' }),
		);
		await rename(temp, path);
	} catch (error) {
		await unlink(temp).catch(() => undefined);
		throw error;
	}
	return bytes;
}

/** Whether a path is a temporary file of {@link writeFileAtomically} (an archive of a folder leaves them out). */
export function isAtomicTempName(name: string): boolean {
	return /^\..+\.\d+\.[a-z0-9]{1,6}\.tmp$/.test(name);
}
