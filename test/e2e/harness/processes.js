/* Every child process the harness starts, each in a process group of its own, so that it can be
 * ended with all of its children (n8n starts task runners) at the end of the run, on failure and
 * on Ctrl-C: no orphans. Also free loopback ports and small waiting helpers. */
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');

const running = new Set();
const cleanups = [];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spawns a command in its own process group and remembers it until it exits.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions & { log?: string }} options log: a file for stdout and stderr
 */
function start(command, args, options = {}) {
	const { log, ...rest } = options;
	let stdio = rest.stdio ?? ['ignore', 'pipe', 'pipe'];
	let fd;
	if (log) {
		fd = fs.openSync(log, 'a');
		stdio = ['ignore', fd, fd];
	}
	const child = spawn(command, args, { ...rest, stdio, detached: true });
	if (fd !== undefined) fs.closeSync(fd);
	running.add(child);
	child.exited = new Promise((resolve) => {
		child.once('exit', (code, signal) => {
			running.delete(child);
			resolve({ code, signal });
		});
		child.once('error', (error) => {
			running.delete(child);
			resolve({ code: null, signal: null, error });
		});
	});
	return child;
}

function signalGroup(child, signal) {
	if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			// already gone
		}
	}
}

/** SIGTERM to the child's group, SIGKILL after graceMs; resolves when it has exited. */
async function stop(child, graceMs = 20000) {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	signalGroup(child, 'SIGTERM');
	const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
	await child.exited;
	clearTimeout(timer);
	// whatever the leader left behind in its group
	try {
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		// the group is empty
	}
}

/** A synchronous clean-up step (e.g. stopping PostgreSQL) run at the end, also on Ctrl-C. */
function onCleanup(fn) {
	cleanups.push(fn);
	return () => {
		const i = cleanups.indexOf(fn);
		if (i >= 0) cleanups.splice(i, 1);
	};
}

/** Ends everything at once (synchronously: it also runs from signal handlers). */
function killAll() {
	for (const child of running) signalGroup(child, 'SIGKILL');
	running.clear();
	while (cleanups.length) {
		const fn = cleanups.pop();
		try {
			fn();
		} catch (error) {
			console.error(`clean-up failed: ${error.message}`);
		}
	}
}

/** A loopback port free right now. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port. */
async function waitForPort(port, timeoutMs = 30000) {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		const ok = await new Promise((resolve) => {
			const socket = net.connect(port, '127.0.0.1');
			socket.once('connect', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
		if (ok) return;
		await sleep(200);
	}
	throw new Error(`nothing answers on 127.0.0.1:${port} after ${timeoutMs} ms`);
}

module.exports = { start, stop, onCleanup, killAll, freePort, waitForPort, sleep, running };
