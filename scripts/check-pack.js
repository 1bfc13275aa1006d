#!/usr/bin/env node
/* Proves the published package works with no dependencies but n8n-workflow:
 * packs it; installs the tarball by hand into an empty folder (plain
 * `npm install <tarball>`, as a self-hosted user would into ~/.n8n/nodes: the
 * optional peer is not pulled in) and reads a CSV with the library there;
 * then installs it beside n8n-workflow only and require()s every node and
 * credential file listed in package.json's "n8n" section. */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const pkg = require(path.join(root, 'package.json'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (pkg.dependencies && Object.keys(pkg.dependencies).length > 0) {
	fail(`package.json has runtime dependencies: ${Object.keys(pkg.dependencies).join(', ')}`);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'intake-pack-'));
try {
	const out = execFileSync(npm, ['pack', '--json', '--pack-destination', work], {
		cwd: root,
		encoding: 'utf8',
	});
	const [{ filename, files }] = JSON.parse(out.slice(out.indexOf('[')));
	const packed = files.map((f) => f.path);
	for (const p of [
		...pkg.n8n.nodes,
		...pkg.n8n.credentials,
		'dist/index.js',
		'dist/lib/index.js',
	]) {
		if (!packed.includes(p)) fail(`${p} is not in the tarball`);
	}
	const leaked = packed.filter(
		(p) =>
			/^(test|lib|nodes|bench|scripts)\//.test(p) || (p.endsWith('.ts') && !p.endsWith('.d.ts')),
	);
	if (leaked.length) fail(`sources leaked into the tarball: ${leaked.slice(0, 5).join(', ')}`);

	// by hand, in an empty folder: nothing but the package may be installed, and the library works without n8n
	const bare = path.join(work, 'bare');
	fs.mkdirSync(bare);
	fs.writeFileSync(
		path.join(bare, 'package.json'),
		JSON.stringify({ name: 'bare-install', private: true }),
	);
	execFileSync(npm, ['install', '--no-audit', '--no-fund', path.join(work, filename)], {
		cwd: bare,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const bareInstalled = fs
		.readdirSync(path.join(bare, 'node_modules'))
		.filter((n) => !n.startsWith('.'));
	if (bareInstalled.join(',') !== 'n8n-nodes-intake')
		fail(`npm install <tarball> installed more than the package: ${bareInstalled.join(', ')}`);
	execFileSync(
		process.execPath,
		[
			'-e',
			`require('n8n-nodes-intake').readSpreadsheet(new TextEncoder().encode('a,b\\n1,2\\n')).then((r) => { if (r.rows[0].b !== '2') throw new Error('library read failed'); })`,
		],
		{ cwd: bare, stdio: 'inherit' },
	);

	const app = path.join(work, 'app');
	fs.mkdirSync(app);
	// n8n-workflow comes from this checkout (the peer n8n provides); the tarball installs on its own.
	fs.writeFileSync(
		path.join(app, 'package.json'),
		JSON.stringify({
			name: 'pack-check',
			private: true,
			dependencies: {
				'n8n-workflow': `file:${path.join(root, 'node_modules/n8n-workflow')}`,
				'n8n-nodes-intake': `file:${path.join(work, filename)}`,
			},
		}),
	);
	execFileSync(
		npm,
		[
			'install',
			'--offline',
			'--no-audit',
			'--no-fund',
			'--ignore-scripts',
			'--install-links=false',
			'--legacy-peer-deps',
		],
		{
			cwd: app,
			stdio: ['ignore', 'ignore', 'inherit'],
		},
	);
	const installed = fs
		.readdirSync(path.join(app, 'node_modules'))
		.filter((n) => !n.startsWith('.'));
	if (installed.sort().join(',') !== 'n8n-nodes-intake,n8n-workflow')
		fail(`unexpected packages installed: ${installed.join(', ')}`);

	const script = `
		const path = require('node:path');
		const base = path.dirname(require.resolve('n8n-nodes-intake/package.json'));
		const lib = require('n8n-nodes-intake');
		const pkg = require('n8n-nodes-intake/package.json');
		for (const f of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
			const mod = require(path.join(base, f));
			const Cls = Object.values(mod).find((v) => typeof v === 'function');
			const instance = new Cls();
			const name = instance.description ? instance.description.name : instance.name;
			if (!name) throw new Error(f + ' has no name');
			console.log('loaded', f, '->', name);
		}
		lib.readSpreadsheet(Buffer.from('Name;Email\\nJosé;j@x.org\\n')).then((r) => {
			if (r.rows[0].Name !== 'José' || r.delimiter !== ';') throw new Error('library read failed');
			console.log('library exports:', Object.keys(lib).join(', '));
		});
		lib.readSpreadsheet(require('node:fs').readFileSync(${JSON.stringify(path.join(root, 'test/fixtures/people.xls'))})).then((r) => {
			if (r.format !== 'xls' || r.rows.length === 0) throw new Error('library XLS read failed');
			console.log('read', r.rows.length, 'rows of an .xls');
		});
	`;
	execFileSync(process.execPath, ['-e', script], { cwd: app, stdio: 'inherit' });
	console.log(
		`pack check passed: ${filename}, ${packed.length} files, no runtime dependencies; a plain npm install of the tarball installs it alone`,
	);
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}

function fail(message) {
	console.error(`pack check failed: ${message}`);
	process.exit(1);
}
