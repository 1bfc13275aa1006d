import {
	createArchiveBuilder,
	normalizeArchiveOptions,
	type ArchiveFile,
} from './createArchiveBuilder';
import type { ArchiveEntry, ArchiveOptions } from './types';

/** Options of {@link createArchiveStream}: those of createArchive, and a callback per file written. */
export interface ArchiveStreamOptions extends ArchiveOptions {
	/** Called as each file is written, with its path in the archive, size, SHA-256 and the name it was renamed from. */
	onFile?: (file: ArchiveFile) => void;
}

/**
 * Writes a ZIP archive as it goes: entries in (an array, a generator or an
 * async iterable), chunks of the archive out. Only one entry's data is held
 * at a time (read, hashed with SHA-256, deflated and handed on); what is kept
 * is the central directory and the manifest's rows, a few hundred bytes per
 * entry. Names are sanitized (see {@link sanitizeEntryName}), put in their
 * folders, and made unique without regard to case (` (2)` before the
 * extension). `manifest.csv` (path, size, SHA-256 of every file) comes last.
 * ZIP64 records are written past 4 GB or 65,535 entries, so there is no
 * size limit. The same entries and dates give the same bytes.
 *
 * @param entries - the files, in the order to write them
 * @param options - see {@link ArchiveStreamOptions}
 * @returns the archive's bytes, chunk by chunk
 * @throws IntakeError `ARCHIVE_INVALID_OPTION` for a bad option (at once) or a malformed entry (when it is reached)
 *
 * @example
 * const chunks = [];
 * for await (const chunk of createArchiveStream(attachments(), { date: new Date('2025-01-01') })) chunks.push(chunk);
 * // chunks hold a ZIP with every attachment and manifest.csv
 */
export function createArchiveStream(
	entries: AsyncIterable<ArchiveEntry> | Iterable<ArchiveEntry>,
	options: ArchiveStreamOptions = {},
): AsyncIterable<Uint8Array> {
	const resolved = normalizeArchiveOptions(options);
	if (options.onFile !== undefined && typeof options.onFile !== 'function') {
		throw new TypeError('createArchiveStream: onFile must be a function');
	}
	const onFile = options.onFile;
	return {
		async *[Symbol.asyncIterator]() {
			const builder = createArchiveBuilder(resolved);
			for await (const entry of entries) {
				const { chunks, file } = builder.add(entry);
				onFile?.(file);
				yield* chunks;
			}
			yield* builder.finish();
		},
	};
}
