#!/usr/bin/env node
/* npm run check:scan — what n8n's reviewers run before a community package is
 * verified for n8n Cloud, run here before anything is published.
 *
 * Packs the package as `npm publish` would (after `npm run build`), unpacks the
 * tarball into a temporary folder, and runs the scanner's own `analyzePackage()`
 * from @n8n/scan-community-package twice:
 *   - over every .js, .ts and .json file of the unpacked tarball (the bundled
 *     library included), and
 *   - over the sources the scanner lints from the attested repository
 *     (package.json, nodes/ and credentials/).
 * Inline eslint-disable comments are ignored, as the scanner ignores them.
 * Exits 1 on any error, printing the scanner's report. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'index.js'))) {
	process.stderr.write('check:scan: dist/ is missing; run `npm run build` first.\n');
	process.exit(1);
}

const { analyzePackage, SOURCE_FILE_PATTERNS } =
	await import('@n8n/scan-community-package/scanner/scanner.mjs');

const work = mkdtempSync(join(tmpdir(), 'intake-scan-'));
let failed = false;
try {
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const out = execFileSync(
		npm,
		['pack', '--json', '--ignore-scripts', '--pack-destination', work],
		{ cwd: root, encoding: 'utf8' },
	);
	const [{ filename, entryCount }] = JSON.parse(out);
	const unpacked = join(work, 'package');
	mkdirSync(unpacked);
	execFileSync('tar', [
		'-xzf',
		join(work, filename.replace(/^.*\//, '')),
		'-C',
		unpacked,
		'--strip-components=1',
	]);

	const legs = [
		{
			name: `the tarball (${entryCount} files: every .js, .ts and .json)`,
			dir: unpacked,
			patterns: undefined,
		},
		{
			name: `the sources (${SOURCE_FILE_PATTERNS.join(', ')})`,
			dir: root,
			patterns: SOURCE_FILE_PATTERNS,
		},
	];
	for (const leg of legs) {
		const result = await analyzePackage(leg.dir, leg.patterns);
		if (result.passed) {
			process.stdout.write(`check:scan: ${leg.name}: 0 errors\n`);
		} else {
			failed = true;
			process.stdout.write(`check:scan: ${leg.name}: ${result.message}\n${result.details ?? ''}\n`);
		}
	}
	if (readdirSync(unpacked).includes('node_modules')) {
		failed = true;
		process.stdout.write('check:scan: the tarball contains node_modules\n');
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
