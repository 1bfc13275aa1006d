import { posix } from 'node:path';
import { fail } from '../../common';

/** Where a file goes in the archive: its folder (undefined: the root) and its name. */
export type FolderRule = (relativePath: string) => { folder?: string; name: string };

function partRule(n: number): FolderRule {
	return (rel) => {
		const parts = posix
			.dirname(rel)
			.split('/')
			.filter((p) => p !== '.' && p !== '');
		const part = n > 0 ? parts[n - 1] : parts[parts.length + n];
		return { folder: part, name: posix.basename(rel) };
	};
}

function regexRule(value: string): FolderRule {
	// `/…/flags` as in JavaScript, or the pattern alone
	const literal = /^\/(.+)\/([a-z]*)$/s.exec(value);
	let re: RegExp;
	try {
		re = literal ? new RegExp(literal[1], literal[2].replace(/[gy]/g, '')) : new RegExp(value);
	} catch (error) {
		return fail(
			`--folder-by ${JSON.stringify(value)}: not a valid regular expression (${(error as Error).message})`,
		);
	}
	return (rel) => {
		const m = re.exec(rel);
		const folder = m ? (m.length > 1 ? m.slice(1).find((g) => g !== undefined) : m[0]) : undefined;
		return { folder: folder?.trim() || undefined, name: posix.basename(rel) };
	};
}

/**
 * Reads `--folder-by`: where each file goes in the archive, from its path
 * relative to the folder archived (with `/` between parts).
 *
 * - `tree` (the default): the folders as they are on disk.
 * - `flat`: every file at the root (a clash of names gets ` (2)`).
 * - `part:N`: the N-th folder of the path (`part:1` the top one under the
 *   folder archived; `part:-1` the folder the file is in); a file with fewer
 *   folders goes to the root.
 * - anything else is a regular expression (`/…/i` or the pattern alone)
 *   matched against the relative path: its first capture group, else the
 *   whole match, names the folder (a case number in a file's name or path);
 *   a file that does not match goes to the root.
 *
 * Files always keep their own name; folders and names are sanitized by the library.
 *
 * @param value - the flag's value, or undefined
 * @returns the rule
 * @throws CliError (exit 64) for `part:` without a number other than 0, or a bad regular expression
 *
 * @example
 * folderRule('(\\d{4}-CV-\\d+)')('scans/2024-CV-0012 complaint.pdf')
 * //=> { folder: '2024-CV-0012', name: '2024-CV-0012 complaint.pdf' }
 */
export function folderRule(value: string | undefined): FolderRule {
	const v = value?.trim() ?? 'tree';
	if (v === 'tree' || v === '')
		return (rel) => {
			const dir = posix.dirname(rel);
			return { folder: dir === '.' ? undefined : dir, name: posix.basename(rel) };
		};
	if (v === 'flat') return (rel) => ({ name: posix.basename(rel) });
	const part = /^part:(.*)$/i.exec(v);
	if (part) {
		const n = /^-?\d+$/.test(part[1].trim()) ? Number(part[1]) : 0;
		if (n === 0)
			fail(
				`--folder-by ${JSON.stringify(value)}: expected part:N with N = 1 for the top folder, -1 for the file's own folder`,
			);
		return partRule(n);
	}
	return regexRule(v);
}
