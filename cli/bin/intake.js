#!/usr/bin/env node
'use strict';
/*
 * The `intake` command. The command line is TypeScript (cli/src) over the
 * library (lib/), bundled by esbuild into cli/dist/intake.js: on the first
 * run after a clone, and again whenever a source under lib/ or cli/src/ is
 * newer than the bundle, so `npx intake …` works right after `npm ci` with no
 * build step to know about. Checking costs a walk over the sources' mtimes
 * (a few milliseconds); bundling, about a second, once.
 */
const fs = require('node:fs');
const path = require('node:path');

const cliDir = path.resolve(__dirname, '..');
const root = path.resolve(cliDir, '..');
const bundle = path.join(cliDir, 'dist', 'intake.js');
const sources = [path.join(root, 'lib'), path.join(cliDir, 'src')];

/** The newest mtime of a .ts file under `dir` (0 when there is none). */
function newestSource(dir) {
	let newest = 0;
	let entries;
	try {
		entries = fs.readdirSync(dir, { withFileTypes: true });
	} catch {
		return 0;
	}
	for (const entry of entries) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
		else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
	}
	return newest;
}

function isStale() {
	let built;
	try {
		built = fs.statSync(bundle).mtimeMs;
	} catch {
		return true;
	}
	return sources.some((dir) => newestSource(dir) > built);
}

/** Bundles to a file of its own, then renames it into place: two commands started at once never read half a bundle. */
function build() {
	let esbuild;
	try {
		esbuild = require('esbuild');
	} catch {
		process.stderr.write(
			'intake: esbuild is missing; run `npm ci` in the repository first (it is a dev dependency)\n',
		);
		process.exit(70);
	}
	fs.mkdirSync(path.dirname(bundle), { recursive: true });
	const temp = `${bundle}.${process.pid}.tmp`;
	try {
		esbuild.buildSync({
			entryPoints: [path.join(cliDir, 'src', 'main.ts')],
			outfile: temp,
			bundle: true,
			platform: 'node',
			target: 'node20',
			format: 'cjs',
			logLevel: 'error',
			legalComments: 'none',
		});
		fs.renameSync(temp, bundle);
	} catch (error) {
		fs.rmSync(temp, { force: true });
		process.stderr.write(`intake: could not build the command line: ${error.message}\n`);
		process.exit(70);
	}
}

if (isStale()) build();
require(bundle);
