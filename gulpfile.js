/* Build: tsc emits dist/ (JS + .d.ts), esbuild folds lib/ and the npm packages it
 * uses into dist/lib/index.js so the published package has no runtime
 * dependencies, and the icons and codex files are copied beside the nodes. */
const { series, src, dest } = require('gulp');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function clean(done) {
	fs.rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });
	done();
}

function compile(done) {
	execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
	done();
}

async function bundle() {
	const esbuild = require('esbuild');
	await esbuild.build({
		entryPoints: [path.join(__dirname, 'lib/index.ts')],
		outfile: path.join(__dirname, 'dist/lib/index.js'),
		bundle: true,
		platform: 'node',
		target: 'node20',
		format: 'cjs',
		external: ['n8n-workflow'],
		legalComments: 'linked',
		minifyWhitespace: true,
		minifySyntax: true,
		logLevel: 'warning',
	});
	// SheetJS parses .xls in a worker thread (lib/read/xls/readXlsInWorker.ts), which loads this copy
	const vendor = path.join(__dirname, 'dist/lib/vendor');
	fs.mkdirSync(vendor, { recursive: true });
	await esbuild.build({
		entryPoints: [require.resolve('@e965/xlsx')],
		outfile: path.join(vendor, 'xlsx.js'),
		bundle: true,
		platform: 'node',
		target: 'node20',
		format: 'cjs',
		legalComments: 'linked',
		minifyWhitespace: true,
		logLevel: 'warning',
	});
	fs.copyFileSync(path.join(path.dirname(require.resolve('@e965/xlsx')), 'LICENSE'), path.join(vendor, 'xlsx.LICENSE'));
	// The bundle replaces tsc's per-file lib output; keep only the type declarations.
	for (const file of walk(path.join(__dirname, 'dist/lib'))) {
		if (file.endsWith('.js') && file !== path.join(__dirname, 'dist/lib/index.js') && !file.startsWith(vendor)) fs.rmSync(file);
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
	return src(['nodes/**/*.{png,svg,json}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(dest('dist'));
}

exports.build = series(clean, compile, bundle, assets);
exports.default = exports.build;
