/*
 * File system errors in words, for the commands that read and write files
 * (map, export, template, archive): a missing folder or a file that cannot be
 * written is the user's to fix (exit 64), not an internal error.
 */
import { CliError } from '../../common';

const FS_REASONS: Record<string, string> = {
	ENOENT: 'no such file or folder',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EISDIR: 'is a folder, not a file',
	ENOTDIR: 'a part of the path is not a folder',
	EEXIST: 'already exists',
	ENOSPC: 'no space left on the disk',
	EROFS: 'the disk is read-only',
	EMFILE: 'too many open files',
	ELOOP: 'too many symbolic links',
};

/**
 * A file system error's reason in words (`permission denied`), or undefined
 * for an error that is not one.
 *
 * @param error - what was thrown
 * @returns the reason
 *
 * @example
 * fsReason(Object.assign(new Error('x'), { code: 'ENOENT' }))
 * //=> 'no such file or folder'
 */
export function fsReason(error: unknown): string | undefined {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
	return FS_REASONS[code] ?? (error as Error).message.replace(/^[A-Z]+: /, '');
}

/**
 * Runs a command's body, turning a file system error (a folder that does
 * not exist, a file that cannot be written) into a one-line CliError (exit
 * 64) naming the path. The library's IntakeErrors and CliErrors pass on to
 * the main, which reports them; anything else is a bug and passes on too.
 *
 * @param body - the command's work
 * @param path - the path to name (the file being written)
 * @returns what the body returns
 * @throws CliError for a file system error; whatever else the body throws
 *
 * @example
 * await withFileErrors(() => writeFileAtomically('no/such/dir/out.csv', chunks), 'no/such/dir/out.csv')
 * // throws CliError: no/such/dir/out.csv: no such file or folder
 */
export async function withFileErrors<T>(body: () => Promise<T>, path: string): Promise<T> {
	try {
		return await body();
	} catch (error) {
		const reason = fsReason(error);
		if (reason === undefined || error instanceof CliError) throw error;
		// the path asked for, not the temporary file the error may name
		throw new CliError(`${path}: ${reason}`);
	}
}
