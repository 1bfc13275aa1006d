import { createHash } from 'node:crypto';
import { invalidOption } from '../errors';
import { createZipWriter } from '../zip/createZipWriter';
import { sanitizeEntryPath } from './sanitizeEntryName';
import type { ArchiveEntry, ArchiveOptions, ArchiveResult } from './types';

/** One file as written, in {@link ArchiveResult.files} and the manifest. */
export type ArchiveFile = ArchiveResult['files'][number];

/** The name of the manifest, at the archive's root. */
export const MANIFEST_NAME = 'manifest.csv';

/** The defaults of {@link ArchiveOptions}: a manifest, deflate; `date` defaults to the time of the call. */
export const DEFAULT_ARCHIVE_OPTIONS = Object.freeze({
	manifest: true,
	compression: 'deflate' as const,
});

/** ArchiveOptions with every default filled in. */
export interface ResolvedArchiveOptions {
	manifest: boolean;
	compression: 'deflate' | 'store';
	date: Date;
}

function isDate(value: unknown): value is Date {
	return value instanceof Date && !Number.isNaN(value.getTime());
}

/**
 * Checks {@link ArchiveOptions} once per archive.
 *
 * @throws IntakeError `ARCHIVE_INVALID_OPTION`
 */
export function normalizeArchiveOptions(
	options: ArchiveOptions | undefined,
): ResolvedArchiveOptions {
	const o = options ?? {};
	if (typeof o !== 'object' || o === null)
		throw invalidOption('ARCHIVE_INVALID_OPTION', 'options', 'an object', o);
	const manifest = o.manifest ?? DEFAULT_ARCHIVE_OPTIONS.manifest;
	if (typeof manifest !== 'boolean')
		throw invalidOption('ARCHIVE_INVALID_OPTION', 'manifest', 'true or false', manifest);
	const compression = o.compression ?? DEFAULT_ARCHIVE_OPTIONS.compression;
	if (compression !== 'deflate' && compression !== 'store')
		throw invalidOption(
			'ARCHIVE_INVALID_OPTION',
			'compression',
			'"deflate" or "store"',
			compression,
		);
	if (o.date !== undefined && !isDate(o.date))
		throw invalidOption('ARCHIVE_INVALID_OPTION', 'date', 'a valid Date', o.date);
	return { manifest, compression, date: o.date ?? new Date() };
}

function checkEntry(entry: ArchiveEntry, i: number): void {
	if (typeof entry !== 'object' || entry === null)
		throw invalidOption(
			'ARCHIVE_INVALID_OPTION',
			`entries[${i}]`,
			'an object { name, data, folder?, modified? }',
			entry,
		);
	if (typeof entry.name !== 'string')
		throw invalidOption('ARCHIVE_INVALID_OPTION', `entries[${i}].name`, 'a string', entry.name);
	if (!(entry.data instanceof Uint8Array))
		throw invalidOption(
			'ARCHIVE_INVALID_OPTION',
			`entries[${i}].data`,
			'a Uint8Array',
			// the type, not the value: data may be large
			entry.data === null ? 'null' : typeof entry.data,
		);
	if (entry.folder !== undefined && entry.folder !== null && typeof entry.folder !== 'string')
		throw invalidOption('ARCHIVE_INVALID_OPTION', `entries[${i}].folder`, 'a string', entry.folder);
	if (entry.modified !== undefined && !isDate(entry.modified))
		throw invalidOption(
			'ARCHIVE_INVALID_OPTION',
			`entries[${i}].modified`,
			'a valid Date',
			entry.modified,
		);
}

/** How names are compared for collisions: as Windows and macOS file systems do, without regard to case or Unicode form. */
function keyOf(path: string): string {
	return path.normalize('NFC').toLowerCase();
}

/** `name (n).ext`: the suffix goes before the extension, so the file still opens with the same program. */
function withSuffix(name: string, n: number): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A manifest cell: formula guard (OWASP: = + - @ tab CR get a leading '), control characters shown as \uXXXX, quoted. */
function csvCell(text: string): string {
	let s = text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]|^\s|\s$/.test(s) || s !== text ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The manifest: every file's path, size and SHA-256 (and the name it was
 * given, when it was renamed), as RFC 4180 CSV with CRLF line ends and no
 * byte-order mark, so that `sha256sum`-style scripts read it as it is.
 */
export function createManifest(files: readonly ArchiveFile[]): Uint8Array {
	const lines = ['path,size,sha256,renamed_from'];
	for (const f of files)
		lines.push(
			[
				csvCell(f.path),
				String(f.size),
				f.sha256,
				f.renamedFrom === undefined ? '' : csvCell(f.renamedFrom),
			].join(','),
		);
	return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/** Builds an archive entry by entry; shared by createArchive and createArchiveStream. */
export interface ArchiveBuilder {
	/** The bytes of one more file (its local header and data). */
	add(entry: ArchiveEntry): { chunks: Uint8Array[]; file: ArchiveFile };
	/** The manifest (when on) and the central directory. */
	finish(): Uint8Array[];
	readonly files: readonly ArchiveFile[];
	readonly written: number;
}

/**
 * Starts an archive: sanitizes each entry's folder and name, makes its path
 * unique without regard to case (` (2)`, ` (3)` before the extension),
 * hashes it with SHA-256 and writes it. Internal to the export module.
 */
export function createArchiveBuilder(resolved: ResolvedArchiveOptions): ArchiveBuilder {
	const zip = createZipWriter();
	const files: ArchiveFile[] = [];
	/** Every path used, by its collision key: a file, or a folder with the spelling first used for it. */
	const taken = new Map<string, { kind: 'file' } | { kind: 'folder'; name: string }>();
	if (resolved.manifest) taken.set(keyOf(MANIFEST_NAME), { kind: 'file' });
	let index = 0;

	const place = (folders: string[], file: string): string => {
		let prefix = '';
		for (const segment of folders) {
			let name = segment;
			for (let n = 2; ; n++) {
				const seen = taken.get(keyOf(prefix + name));
				if (seen === undefined) {
					taken.set(keyOf(prefix + name), { kind: 'folder', name });
					break;
				}
				// one folder whatever the case it is written in, as it would be on extraction
				if (seen.kind === 'folder') {
					name = seen.name;
					break;
				}
				name = `${segment} (${n})`;
			}
			prefix += `${name}/`;
		}
		let name = file;
		for (let n = 2; taken.has(keyOf(prefix + name)); n++) name = withSuffix(file, n);
		taken.set(keyOf(prefix + name), { kind: 'file' });
		return prefix + name;
	};

	return {
		add(entry) {
			checkEntry(entry, index++);
			const { folders, file } = sanitizeEntryPath(entry.folder ?? undefined, entry.name);
			const path = place(folders, file);
			const original = entry.folder ? `${entry.folder}/${entry.name}` : entry.name;
			const { chunks, info } = zip.add(path, entry.data, {
				compression: resolved.compression,
				modified: entry.modified ?? resolved.date,
			});
			const written: ArchiveFile = {
				path,
				size: info.size,
				sha256: createHash('sha256').update(entry.data).digest('hex'),
			};
			if (path !== original) written.renamedFrom = original;
			files.push(written);
			return { chunks, file: written };
		},
		finish() {
			const out: Uint8Array[] = [];
			if (resolved.manifest)
				out.push(
					...zip.add(MANIFEST_NAME, createManifest(files), {
						compression: resolved.compression,
						modified: resolved.date,
					}).chunks,
				);
			out.push(...zip.finish());
			return out;
		},
		files,
		get written() {
			return zip.written;
		},
	};
}
