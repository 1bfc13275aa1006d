/* The local import target of the e2e scripts (scripts/e2e-n8n.js and
 * scripts/e2e-import-file-bench.js): scripts/e2e-import-server.ts started in
 * a process of its own from the repo snapshot, driven one command a line. */
'use strict';
const { spawn } = require('node:child_process');
const readline = require('node:readline');

/**
 * Starts the target and resolves once it prints its URL.
 * @param {string} src the repo snapshot the server runs from
 * @returns {Promise<{ url: string, dump: () => Promise<any>, reset: () => Promise<any>, stop: () => void }>}
 */
function startServer(src) {
	const child = spawn(
		process.execPath,
		['-r', 'ts-node/register/transpile-only', 'scripts/e2e-import-server.ts'],
		{ cwd: src, stdio: ['pipe', 'pipe', 'inherit'] },
	);
	const lines = readline.createInterface({ input: child.stdout, crlfDelay: Infinity });
	const waiting = [];
	lines.on('line', (line) => waiting.shift()?.(line));
	const next = () => new Promise((resolve) => waiting.push(resolve));
	const command = async (c) => {
		const answer = next();
		child.stdin.write(`${c}\n`);
		return JSON.parse(await answer);
	};
	return next().then((url) => ({
		url: url.trim(),
		dump: () => command('dump'),
		reset: () => command('reset'),
		stop: () => child.stdin.end(),
	}));
}

module.exports = { startServer };
