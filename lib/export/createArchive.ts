import { GIB } from '../bytes/sizes';
import { IntakeError, invalidOption } from '../errors';
import { createArchiveBuilder, normalizeArchiveOptions } from './createArchiveBuilder';
import type { ArchiveEntry, ArchiveOptions, ArchiveResult } from './types';

/** The largest archive built in memory; {@link createArchiveStream} has no limit. */
export const MAX_IN_MEMORY_ARCHIVE_BYTES = 2 * GIB - 1;

/**
 * Builds a ZIP archive in memory from named files: each entry's folder and
 * name sanitized (no `..`, absolute paths, drive letters, control characters
 * or reserved Windows names; see {@link sanitizeEntryName}), names that
 * collide without regard to case numbered ` (2)`, ` (3)` before the
 * extension, and `manifest.csv` listing every file's path, size and SHA-256
 * so that a copy can be verified. The same entries and `date` give the same
 * bytes. For archives of any size, use {@link createArchiveStream}.
 *
 * @param entries - the files
 * @param options - see {@link ArchiveOptions}
 * @returns the archive, and each file as written (path, size, SHA-256, and `renamedFrom` when its name was changed)
 * @throws IntakeError `ARCHIVE_INVALID_OPTION` for a bad option or entry; `ARCHIVE_TOO_LARGE` past 2 GB (stream it instead)
 *
 * @example
 * const { files } = createArchive([
 *   { folder: 'CASE-1', name: 'a.pdf', data: pdf1 },
 *   { folder: 'case-1', name: 'A.PDF', data: pdf2 },
 *   { name: '../../etc/passwd', data: text },
 * ], { date: new Date('2025-01-01') });
 * files.map((f) => f.path)
 * //=> ['CASE-1/a.pdf', 'CASE-1/A (2).PDF', 'etc/passwd']
 */
export function createArchive(entries: ArchiveEntry[], options?: ArchiveOptions): ArchiveResult {
	const resolved = normalizeArchiveOptions(options);
	if (!Array.isArray(entries))
		throw invalidOption(
			'ARCHIVE_INVALID_OPTION',
			'entries',
			'a list of { name, data }',
			// the type, not the value: it may hold large data
			typeof entries,
		);
	const builder = createArchiveBuilder(resolved);
	const parts: Uint8Array[] = [];
	const tooLarge = (): never => {
		throw new IntakeError(
			'ARCHIVE_TOO_LARGE',
			`The archive passes ${MAX_IN_MEMORY_ARCHIVE_BYTES} bytes (2 GB), the most createArchive builds in memory: use createArchiveStream, which writes ZIP64 and has no limit.`,
			{ limit: MAX_IN_MEMORY_ARCHIVE_BYTES },
		);
	};
	for (const entry of entries) {
		parts.push(...builder.add(entry).chunks);
		if (builder.written > MAX_IN_MEMORY_ARCHIVE_BYTES) tooLarge();
	}
	parts.push(...builder.finish());
	if (builder.written > MAX_IN_MEMORY_ARCHIVE_BYTES) tooLarge();
	const data = new Uint8Array(builder.written);
	let pos = 0;
	for (const p of parts) {
		data.set(p, pos);
		pos += p.length;
	}
	return { data, files: [...builder.files] };
}
