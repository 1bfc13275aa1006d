import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The real bin, as `npx intake` runs it. */
export const INTAKE_BIN = join(__dirname, '..', '..', '..', 'cli', 'bin', 'intake.js');

export interface IntakeRun {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

/** Starts `node cli/bin/intake.js …args` in `cwd`; `done` resolves when it exits. */
export function startIntake(
	args: readonly string[],
	cwd: string,
	env: Record<string, string> = {},
): { child: ChildProcess; done: Promise<IntakeRun> } {
	const child = spawn(process.execPath, [INTAKE_BIN, ...args], {
		cwd,
		env: { ...process.env, INTAKE_DEBUG: '', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
	child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
	const done = new Promise<IntakeRun>((resolve) => {
		child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
	});
	return { child, done };
}

/** Runs the bin to the end. */
export function runIntake(
	args: readonly string[],
	cwd: string,
	env: Record<string, string> = {},
): Promise<IntakeRun> {
	return startIntake(args, cwd, env).done;
}
