import { isMainThread } from 'node:worker_threads';
import { CommanderError } from 'commander';
import { EXIT, reportError } from './common';
import { buildProgram } from './program';
import { runTransformWorker } from './workers/runTransformWorker';

/** A commander error's exit code: help and version asked for are 0; any misuse (unknown flag, missing argument, no command) 64. */
function commanderExit(error: CommanderError): number {
	if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
		return EXIT.ok;
	return EXIT.usage;
}

/** Commander's messages start with "error: "; the main prints them as `intake: …`. */
function commanderMessage(error: CommanderError): string {
	return error.message.replace(/^error:\s*/i, '').split('\n')[0];
}

/**
 * The command line's entry: runs the program on argv and ends with its exit
 * code; whatever is thrown becomes one line on stderr (see reportError).
 */
async function main(argv: string[]): Promise<void> {
	const write = (text: string): boolean => process.stderr.write(text);
	try {
		await buildProgram().parseAsync(argv);
	} catch (error) {
		if (error instanceof CommanderError) {
			const code = commanderExit(error);
			if (code !== EXIT.ok) {
				write(`intake: ${commanderMessage(error)}\n`);
				if (error.code === 'commander.help' || error.code === 'commander.missingArgument')
					write('Run "intake --help" for usage.\n');
			}
			process.exitCode = code;
			return;
		}
		process.exitCode = reportError(error, write, process.env.INTAKE_DEBUG === '1');
	}
}

/** A reader that stops early (`intake --help | head`) closes the pipe: that ends the output, not in a stack trace. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw error;
	});
}

// the bundle is also each transform worker's script
if (isMainThread) {
	quietOnClosedPipe(process.stdout);
	quietOnClosedPipe(process.stderr);
	void main(process.argv);
} else runTransformWorker();
