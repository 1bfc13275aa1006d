/* Entry of the e2e run (test/e2e/run.sh starts it with Node 24):
 *   E2E_N8N_DIR  folder whose node_modules holds n8n (test/e2e, or an existing install)
 *   E2E_TGZ      the packed n8n-nodes-intake tarball
 *   E2E_SRC      the copy of the tree it was packed from (runs the local import target)
 *   E2E_WORK     the work folder (user folders, files, logs)
 *   E2E_ONLY     comma list of check names; E2E_MODES comma list of sqlite,queue (default both)
 * Prints PASS/FAIL/WARN lines and "N passed, N failed"; exit code 1 on any FAIL. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const processes = require('./processes');
const { runAll, summarize } = require('./index');

const list = (v) =>
	(v ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);

function options() {
	const need = (name) => {
		const v = process.env[name];
		if (!v) throw new Error(`${name} is not set (test/e2e/run.sh sets it)`);
		return path.resolve(v);
	};
	const o = {
		repo: path.resolve(process.env.E2E_REPO ?? path.join(__dirname, '..', '..', '..')),
		n8nDir: need('E2E_N8N_DIR'),
		tarball: need('E2E_TGZ'),
		src: need('E2E_SRC'),
		work: need('E2E_WORK'),
		only: list(process.env.E2E_ONLY),
		modes: list(process.env.E2E_MODES).length ? list(process.env.E2E_MODES) : undefined,
	};
	const pkg = path.join(o.n8nDir, 'node_modules/n8n/package.json');
	if (!fs.existsSync(pkg)) throw new Error(`no n8n in ${o.n8nDir}/node_modules`);
	const n8n = JSON.parse(fs.readFileSync(pkg, 'utf8'));
	const needs = /(\d+)/.exec(n8n.engines?.node ?? '')?.[1];
	if (needs && Number(process.versions.node.split('.')[0]) < Number(needs))
		throw new Error(
			`n8n ${n8n.version} needs Node ${n8n.engines.node}; this is Node ${process.version}`,
		);
	console.log(`n8n ${n8n.version} on Node ${process.version}; work folder ${o.work}`);
	return o;
}

function bail(signal) {
	console.error(`\n${signal}: stopping every process the run started`);
	processes.killAll();
	process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.on('SIGINT', () => bail('SIGINT'));
process.on('SIGTERM', () => bail('SIGTERM'));
process.on('SIGHUP', () => bail('SIGHUP'));
process.on('exit', () => processes.killAll());

async function main() {
	const t = Date.now();
	const results = await runAll(options());
	const code = summarize(results);
	console.log(`harness wall time ${((Date.now() - t) / 1000).toFixed(0)} s`);
	return code;
}

main().then(
	(code) => {
		processes.killAll();
		process.exit(code);
	},
	(error) => {
		console.error(`FAIL harness ${error.stack ?? error}`);
		console.log('0 passed, 1 failed');
		processes.killAll();
		process.exit(1);
	},
);
