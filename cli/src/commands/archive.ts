import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { createArchiveStream, type ArchiveEntry, type ArchiveFile } from '../../../lib';
import { fail } from '../common';
import { fsReason, withFileErrors } from './export/fileErrors';
import { isAtomicTempName, writeFileAtomically } from '../common/writeFileAtomically';
import { folderRule } from './archive/folderRule';
import { walkFiles, type WalkSkip } from './archive/walkFiles';

/** The largest file archived: the library deflates and hashes each file whole, and Node reads at most 2 GiB in one piece. */
export const MAX_FILE_BYTES = 2 ** 31 - 1;

/** The options of `intake archive`, as commander hands them over. */
export interface ArchiveCommandOptions {
	out: string;
	folderBy?: string;
	/** `--manifest` (the default) or `--no-manifest`. */
	manifest?: boolean;
}

/** What `intake archive` wrote. */
export interface ArchiveSummary {
	out: string;
	bytes: number;
	/** Each file as written: its path in the archive, size, SHA-256, and the name it had when renamed to stay unique. */
	files: ArchiveFile[];
	manifest: boolean;
	skipped: WalkSkip[];
}

async function checkFolder(dir: string): Promise<void> {
	let isDir: boolean;
	try {
		isDir = (await stat(dir)).isDirectory();
	} catch (error) {
		return fail(`${dir}: ${fsReason(error) ?? String(error)}`);
	}
	if (!isDir) fail(`${dir}: is a file; intake archive takes a folder`);
}

/** The archive being written, and its temporary file, when they are inside the folder. */
async function outputMatcher(out: string): Promise<(path: string) => boolean> {
	const folder = await realpath(dirname(resolve(out))).catch(() => dirname(resolve(out)));
	const target = join(folder, basename(out));
	return (path) =>
		path === target ||
		(dirname(path) === folder &&
			isAtomicTempName(basename(path)) &&
			basename(path).startsWith(`.${basename(out)}.`));
}

async function* entriesOf(
	dir: string,
	options: ArchiveCommandOptions,
	skipped: WalkSkip[],
): AsyncGenerator<ArchiveEntry> {
	const place = folderRule(options.folderBy);
	const exclude = await outputMatcher(options.out);
	const files = walkFiles(dir, { exclude, onSkip: (s) => skipped.push(s) });
	for await (const file of files) {
		if (file.stats.size > MAX_FILE_BYTES)
			fail(
				`cannot archive ${file.relativePath}: it is ${(file.stats.size / 2 ** 30).toFixed(1)} GB, and a file goes into the archive whole (2 GB at most); leave it out or split it`,
			);
		let data: Uint8Array;
		try {
			// one file at a time: the library hashes and deflates it whole, then lets it go
			data = await readFile(file.path);
		} catch (error) {
			return fail(`cannot read ${file.relativePath}: ${fsReason(error) ?? String(error)}`);
		}
		const { folder, name } = place(file.relativePath);
		yield {
			name,
			data,
			modified: new Date(file.stats.mtimeMs),
			...(folder !== undefined && { folder }),
		};
	}
}

/**
 * `intake archive <dir> --out <zip>`: every file under a folder into a ZIP
 * through the library's createArchiveStream, read from disk one file at a
 * time and written as it goes (under a temporary name, renamed into place at
 * the end), with `manifest.csv` (path, size, SHA-256 of each file) unless
 * `--no-manifest`. Folders follow `--folder-by` (see folderRule). Symbolic
 * links are followed only to files inside the folder.
 *
 * @param dir - the folder to archive
 * @param options - see {@link ArchiveCommandOptions}
 * @returns what was written, and what was left out
 * @throws CliError (exit 64) for a missing folder, an unreadable file, a bad flag, or a folder with no files
 *
 * @example
 * (await runArchive('matters', { out: 'matters.zip', folderBy: 'part:1' })).files.map((f) => f.path)
 * //=> ['2024-CV-0012/complaint.pdf', '2024-CV-0013/retainer.pdf']
 */
export async function runArchive(
	dir: string,
	options: ArchiveCommandOptions,
): Promise<ArchiveSummary> {
	if (!/\.zip$/i.test(options.out)) fail(`--out ${options.out}: expected a file ending in .zip`);
	folderRule(options.folderBy);
	await checkFolder(dir);
	const manifest = options.manifest !== false;
	const files: ArchiveFile[] = [];
	const skipped: WalkSkip[] = [];
	return withFileErrors(async () => {
		const chunks = createArchiveStream(entriesOf(dir, options, skipped), {
			manifest,
			onFile: (f) => files.push(f),
		});
		const bytes = await writeFileAtomically(options.out, emptyCheck(chunks, files, dir));
		return { out: options.out, bytes, files, manifest, skipped };
	}, options.out);
}

/** Stops before the archive's last bytes are written when no file was found: an empty archive is a mistake. */
async function* emptyCheck(
	chunks: AsyncIterable<Uint8Array>,
	files: readonly ArchiveFile[],
	dir: string,
): AsyncGenerator<Uint8Array> {
	for await (const chunk of chunks) {
		if (files.length === 0) fail(`${dir}: no files to archive`);
		yield chunk;
	}
	if (files.length === 0) fail(`${dir}: no files to archive`);
}

function summaryText(s: ArchiveSummary): string {
	const size =
		s.bytes < 1024 * 1024
			? `${(s.bytes / 1024).toFixed(1)} KB`
			: `${(s.bytes / 1024 / 1024).toFixed(1)} MB`;
	const folders = new Set(
		s.files.map((f) => f.path.split('/').slice(0, -1).join('/')).filter(Boolean),
	);
	const renamed = s.files.filter((f) => f.renamedFrom !== undefined).length;
	const lines = [
		`Wrote ${s.out} (${size}): ${s.files.length.toLocaleString('en-US')} files in ${folders.size} folders${s.manifest ? ', with manifest.csv (path, size, SHA-256)' : ''}`,
		...(renamed > 0 ? [`${renamed} renamed to keep names unique (see manifest.csv)`] : []),
		...s.skipped
			.filter((k) => k.why !== 'excluded')
			.map(
				(k) =>
					`Left out ${k.relativePath}: ${k.why === 'link outside' ? 'a link to outside the folder' : k.why === 'broken link' ? 'a broken link' : k.why === 'linked folder' ? 'a link to a folder (its files are archived where they are)' : 'not a regular file'}`,
			),
	];
	return `${lines.join('\n')}\n`;
}

/** Adds `intake archive` to the program. */
export function register(program: Command): void {
	program
		.command('archive')
		.description(
			'Put every file under a folder into a ZIP, with a manifest of sizes and SHA-256 checksums',
		)
		.argument('<dir>', 'the folder to archive')
		.requiredOption('--out <file.zip>', 'the archive to write')
		.option(
			'--folder-by <rule>',
			"folders in the archive: tree (as on disk, the default), flat, part:N (the N-th folder of the path; -1 the file's own) or a regular expression whose first group names the folder",
		)
		.option('--manifest', "add manifest.csv: each file's path, size and SHA-256 (the default)")
		.option('--no-manifest', 'leave manifest.csv out')
		.addHelpText(
			'after',
			"\nExamples:\n  $ intake archive matters/ --out matters.zip\n  $ intake archive scans/ --out by-case.zip --folder-by '(\\d{4}-CV-\\d+)'\n  $ intake archive clients/ --out clients.zip --folder-by part:1\n",
		)
		.action(async (dir: string, options: ArchiveCommandOptions) => {
			const summary = await runArchive(dir, options);
			process.stdout.write(summaryText(summary));
		});
}
