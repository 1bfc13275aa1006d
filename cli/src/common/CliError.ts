/** Exit codes of the `intake` command (sysexits: 64 usage, 70 software). */
export const EXIT = Object.freeze({
	ok: 0,
	/** rows failed under skip, or invalid rows */
	rowsFailed: 1,
	/** the import halted, or was interrupted */
	halted: 2,
	/** misuse: a bad flag, a missing or unreadable file */
	usage: 64,
	/** a bug: an error nobody expected */
	internal: 70,
});

/**
 * An error the command reports as one line on stderr, ending with `code` as
 * the exit code; never a stack trace.
 *
 * @example
 * throw new CliError('file not found: clients.csv', 64)
 */
export class CliError extends Error {
	readonly exitCode: number;

	constructor(message: string, exitCode: number = EXIT.usage) {
		super(message);
		this.name = 'CliError';
		this.exitCode = exitCode;
	}
}

/**
 * Stops the command with a one-line message and an exit code (64, misuse, by
 * default): the main catches it, prints `intake: <message>` and exits.
 *
 * @param message - what went wrong and what to do, in one line
 * @param code - the exit code
 * @returns never
 * @throws CliError always
 *
 * @example
 * if (!['skip', 'update', 'create', 'merge'].includes(policy)) fail(`--policy must be skip, update, create or merge, not "${policy}"`)
 */
export function fail(message: string, code: number = EXIT.usage): never {
	throw new CliError(message, code);
}
