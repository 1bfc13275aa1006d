import { isIntakeError } from '../../../lib';
import { CliError, EXIT } from './CliError';

/** One line: a message's first line, without trailing space. */
function oneLine(text: string): string {
	return text.split(/\r?\n/)[0].trimEnd();
}

/**
 * The main's catch: writes one line to stderr for any error and returns the
 * exit code. A {@link CliError} keeps its code; the library's errors (a
 * file it cannot read, a bad option: it throws for nothing else) are misuse
 * (64), named by their code; anything else is a bug, reported as
 * `intake: internal error: <message>` (70), with its stack only when
 * INTAKE_DEBUG=1.
 *
 * @param error - what was thrown
 * @param write - where the line goes (stderr)
 * @param debug - whether to add the stack
 * @returns the exit code
 *
 * @example
 * process.exitCode = reportError(new CliError('file not found: a.csv'), (t) => process.stderr.write(t), false)
 * // stderr: intake: file not found: a.csv
 * //=> 64
 */
export function reportError(error: unknown, write: (text: string) => void, debug: boolean): number {
	if (error instanceof CliError) {
		write(`intake: ${oneLine(error.message)}\n`);
		return error.exitCode;
	}
	if (isIntakeError(error)) {
		write(`intake: ${oneLine(error.message)} (${error.code})\n`);
		return EXIT.usage;
	}
	const message = error instanceof Error ? error.message : String(error);
	write(`intake: internal error: ${oneLine(message)}\n`);
	if (debug && error instanceof Error && error.stack) write(`${error.stack}\n`);
	return EXIT.internal;
}
