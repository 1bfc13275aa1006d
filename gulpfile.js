/* Build: tsc emits dist/ (JS + .d.ts), esbuild folds lib/ and the npm packages it
 * uses into dist/lib/index.js so the published package has no runtime
 * dependencies, and the icons and codex files are copied beside the nodes.
 * `npm run check:scan` then runs n8n's scanner over the packed result. */
const { series, src, dest } = require('gulp');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function clean(done) {
	fs.rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });
	done();
}

function compile(done) {
	execFileSync(
		process.execPath,
		[require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
		{ stdio: 'inherit' },
	);
	done();
}

async function bundle() {
	const esbuild = require('esbuild');
	// What ships to n8n must pass its community-package scanner: no Node built-ins but crypto, no timers, no
	// process/global/console. A neutral platform resolves each package's browser/plain build (fflate's
	// worker-free one, for instance) and fails the build on any other Node import, rather than letting it in.
	await esbuild.build({
		entryPoints: [path.join(__dirname, 'lib/index.ts')],
		outfile: path.join(__dirname, 'dist/lib/index.js'),
		bundle: true,
		platform: 'neutral',
		mainFields: ['module', 'main'],
		conditions: ['import', 'default'],
		target: 'node20',
		format: 'cjs',
		external: ['n8n-workflow', 'crypto', 'node:crypto'],
		legalComments: 'linked',
		minifyWhitespace: true,
		minifySyntax: true,
		logLevel: 'warning',
	});
	// The bundle replaces tsc's per-file lib output; keep only the type declarations.
	for (const file of walk(path.join(__dirname, 'dist/lib'))) {
		if (file.endsWith('.js') && file !== path.join(__dirname, 'dist/lib/index.js')) fs.rmSync(file);
	}
}

function* walk(dir) {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(full);
		else yield full;
	}
}

function assets() {
	return src(['nodes/**/*.{png,svg,json}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports.build = series(clean, compile, bundle, assets);
exports.default = exports.build;
