import { concatBytes } from '../bytes/concatBytes';
import { KIB, MIB, SNIFF_BYTES } from '../bytes/sizes';
import { IntakeError, invalidOption } from '../errors';
import type { NormalizedReadOptions } from './options';

/** What {@link openSpreadsheet} accepts: the file's bytes, or an async iterable of chunks (a Node stream). */
export type SpreadsheetInput = Uint8Array | AsyncIterable<Uint8Array>;

/** The input after {@link takePrefix}: its first bytes, and the whole of it once more. */
export interface ByteSource {
	/** The first {@link SNIFF_BYTES} or more (the whole input when it is shorter), to tell the format by. */
	prefix: Uint8Array;
	/** Whether `prefix` is the whole input. */
	complete: boolean;
	/** The whole input as chunks, the prefix first; call it once. */
	chunks: () => AsyncIterable<Uint8Array>;
	/** The whole input as one buffer; call it once, and not after `chunks`. */
	all: () => Promise<Uint8Array>;
}

/** Chunk size in which a buffer given whole is handed to the streaming readers. */
const CHUNK_BYTES = 64 * KIB;

/**
 * Reads the first bytes of the input for sniffing, and offers the whole input
 * again, as chunks or as one buffer, without reading a stream twice. The size
 * limit is checked as bytes arrive: a buffer up front, a stream chunk by chunk.
 *
 * @param input - a buffer, or an async iterable of chunks
 * @param opts - the read options (`maxBytes`)
 * @returns the prefix and the input again
 * @throws IntakeError `FILE_TOO_LARGE` past `maxBytes`; `READ_INVALID_OPTION` when `input` is neither
 * @example
 * const source = await takePrefix(new TextEncoder().encode('a,b\n1,2\n'), normalizeReadOptions())
 * [source.prefix.length, source.complete]
 * //=> [8, true]
 */
export async function takePrefix(
	input: SpreadsheetInput,
	opts: NormalizedReadOptions,
): Promise<ByteSource> {
	if (input instanceof Uint8Array) return wholeBuffer(input, opts);
	if (!input || typeof (input as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] !== 'function') {
		throw invalidOption(
			'READ_INVALID_OPTION',
			'input',
			'a Uint8Array/Buffer or an async iterable of them (a readable stream)',
			kindOf(input),
		);
	}
	const it = input[Symbol.asyncIterator]();
	const head: Uint8Array[] = [];
	let size = 0;
	let done = false;
	while (size < SNIFF_BYTES) {
		const next = await it.next();
		if (next.done) {
			done = true;
			break;
		}
		const chunk = bytesOf(next.value);
		size += chunk.length;
		if (size > opts.maxBytes) throw tooLarge(size, opts, false);
		head.push(chunk);
	}
	const prefix = concatBytes(head);
	let total = size;
	async function* chunks(): AsyncGenerator<Uint8Array> {
		yield prefix;
		if (done) return;
		for (;;) {
			const next = await it.next();
			if (next.done) return;
			const chunk = bytesOf(next.value);
			total += chunk.length;
			if (total > opts.maxBytes) throw tooLarge(total, opts, false);
			yield chunk;
		}
	}
	return { prefix, complete: done, chunks, all: () => collect(chunks()) };
}

/** A buffer given whole: its size is known, so the limit is checked before anything is read. */
function wholeBuffer(input: Uint8Array, opts: NormalizedReadOptions): ByteSource {
	if (input.length > opts.maxBytes) throw tooLarge(input.length, opts, true);
	return {
		prefix: input,
		complete: true,
		chunks: async function* () {
			for (let i = 0; i < input.length; i += CHUNK_BYTES) yield input.subarray(i, i + CHUNK_BYTES);
		},
		all: async () => input,
	};
}

/** A chunk as bytes: a stream with an encoding set (`setEncoding`) yields strings, read as UTF-8. */
function bytesOf(chunk: Uint8Array | string): Uint8Array {
	return typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
}

/** What was passed instead of bytes, in a word (never the whole of a text or an object). */
function kindOf(input: unknown): unknown {
	if (input === null || input === undefined) return input;
	if (typeof input !== 'object') return typeof input;
	return (input as object).constructor?.name ?? 'object';
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const c of chunks) parts.push(c);
	return concatBytes(parts);
}

/** `FILE_TOO_LARGE`: `exact` when the whole size is known, otherwise only that it is over. */
function tooLarge(size: number, opts: NormalizedReadOptions, exact: boolean): IntakeError {
	return new IntakeError(
		'FILE_TOO_LARGE',
		`${exact ? `The file is ${humanSize(size)}, over` : 'The file is larger than'} the ${humanSize(opts.maxBytes)} limit. Split it into smaller files, or raise the maximum file size.`,
		{ size, maxBytes: opts.maxBytes },
	);
}

function humanSize(n: number): string {
	if (n >= MIB) return `${(n / MIB).toFixed(1)} MB`;
	if (n >= KIB) return `${(n / KIB).toFixed(1)} KB`;
	return `${n} bytes`;
}
