import { accessSync, constants, createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CliError, fail } from './CliError';

/** A file opened for streaming. */
export interface InputFile {
	/** The path as given. */
	path: string;
	/** The file name, for reports ("clients.csv"). */
	name: string;
	/** Its size in bytes. */
	size: number;
	/** Its bytes in chunks; read once. */
	chunks: AsyncIterable<Uint8Array>;
	/** Bytes read so far, for progress. */
	bytesRead(): number;
}

/** The one-line reason a path cannot be read, from the system's error code. */
function whyUnreadable(path: string, error: unknown): string {
	const code = (error as { code?: string }).code;
	if (code === 'ENOENT') return `file not found: ${path}`;
	if (code === 'EACCES' || code === 'EPERM') return `cannot read ${path}: permission denied`;
	return `cannot read ${path}: ${(error as Error).message}`;
}

/**
 * Opens a file to stream it into the library: checks it exists, is a file
 * and can be read, before anything else runs, so a typo in the path is a
 * one-line misuse error (exit 64), not a failure half way.
 *
 * @param path - the file's path
 * @returns its size, name and a stream of its chunks (1 MiB each)
 * @throws CliError (64) when the file is missing, a directory, or unreadable
 *
 * @example
 * const input = readInput('clients.csv')
 * const reader = await openSpreadsheet(input.chunks, { maxBytes: Infinity })
 */
export function readInput(path: string): InputFile {
	let size: number;
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) fail(`${path} is a folder; give a file`);
		size = stat.size;
		accessSync(path, constants.R_OK);
	} catch (error) {
		if (error instanceof CliError) throw error;
		fail(whyUnreadable(path, error));
	}
	let read = 0;
	const stream = createReadStream(path, { highWaterMark: 1 << 20 });
	// an error opening it surfaces at the first read (below); until then it must not go unhandled
	stream.on('error', () => undefined);
	async function* chunks(): AsyncGenerator<Uint8Array> {
		try {
			for await (const chunk of stream) {
				read += (chunk as Buffer).length;
				yield chunk as Buffer;
			}
		} catch (error) {
			fail(whyUnreadable(path, error));
		}
	}
	return { path, name: basename(path), size, chunks: chunks(), bytesRead: () => read };
}
