import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fail } from '../../common';
import { fsReason } from '../export/fileErrors';

/** A file found under the folder: its path on disk, its path relative to the folder (with `/`), its stats. */
export interface FoundFile {
	path: string;
	relativePath: string;
	stats: Stats;
}

/** What the walk left out, and why (told to the user). */
export interface WalkSkip {
	relativePath: string;
	why: 'link outside' | 'broken link' | 'linked folder' | 'not a file' | 'excluded';
}

/** Options of {@link walkFiles}. */
export interface WalkOptions {
	/** Called for each entry left out. */
	onSkip?: (skip: WalkSkip) => void;
	/** Paths on disk to leave out (the archive being written, when it is inside the folder). */
	exclude?: (path: string) => boolean;
}

function inside(root: string, target: string): boolean {
	return target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
}

async function listDir(dir: string, rel: string): Promise<Dirent[]> {
	try {
		const entries = await readdir(dir, { withFileTypes: true });
		// code-point order: the same folder gives the same archive on every machine
		return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	} catch (error) {
		return fail(`cannot read the folder ${rel || '.'}: ${fsReason(error) ?? String(error)}`);
	}
}

/** A link: the file it points to when that is inside the root, else why it is left out. */
async function followLink(path: string, root: string): Promise<Stats | WalkSkip['why']> {
	let target: string;
	try {
		target = await realpath(path);
	} catch {
		return 'broken link';
	}
	if (!inside(root, target)) return 'link outside';
	const stats = await stat(target);
	// a linked folder inside the root is archived where it really is (and could loop)
	return stats.isDirectory() ? 'linked folder' : stats.isFile() ? stats : 'not a file';
}

/**
 * Lists every file under a folder, depth first in code-point order, one at
 * a time (a folder of 100,000 files is not listed up front). Symbolic links
 * are followed only to files inside the folder; a link that leads out of it,
 * a broken link, a linked folder and anything that is not a plain file
 * (socket, device) are left out and reported through `onSkip`.
 *
 * @param root - the folder
 * @param options - see {@link WalkOptions}
 * @returns the files
 * @throws CliError (exit 64) when the folder or one under it cannot be read
 *
 * @example
 * for await (const f of walkFiles('matters')) console.log(f.relativePath)
 * // 2024-CV-0012/complaint.pdf, 2024-CV-0012/notes.txt, index.csv
 */
export async function* walkFiles(
	root: string,
	options: WalkOptions = {},
): AsyncGenerator<FoundFile> {
	const realRoot = await realpath(root);
	async function* walk(dir: string): AsyncGenerator<FoundFile> {
		const rel = relative(realRoot, dir).split(sep).join('/');
		for (const entry of await listDir(dir, rel)) {
			const path = join(dir, entry.name);
			const relativePath = rel ? `${rel}/${entry.name}` : entry.name;
			if (options.exclude?.(path)) {
				options.onSkip?.({ relativePath, why: 'excluded' });
			} else if (entry.isDirectory()) yield* walk(path);
			else if (entry.isFile()) yield { path, relativePath, stats: await stat(path) };
			else if (entry.isSymbolicLink()) {
				const followed = await followLink(path, realRoot);
				if (typeof followed === 'string') options.onSkip?.({ relativePath, why: followed });
				else yield { path, relativePath, stats: followed };
			} else options.onSkip?.({ relativePath, why: 'not a file' });
		}
	}
	yield* walk(realRoot);
}
