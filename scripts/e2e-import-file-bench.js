/* The same spreadsheet imported two ways in a real n8n, side by side (issue 18):
 *   chain  Read File → Spreadsheet to Records (v2) → Map Columns → Import Batch (Import)
 *   file   Read File → Import Batch (Import File)
 * each run in a fresh `n8n start` (SQLite, n8n's default filesystem binary mode unless
 * N8N_DEFAULT_BINARY_DATA_MODE says otherwise), started by a webhook that answers when the
 * last node is done, against the e2e import server (counts-only answers, as the documented
 * bulk API gives), the variants alternated (chain, file, chain, file…). Per run it prints
 * the wall time of the webhook call, n8n's own duration of the execution (startedAt →
 * stoppedAt, saving the execution included), the n8n process's resident memory before the
 * run and its peak (VmHWM from /proc, the high-water mark of the whole process), the peak of
 * n8n and its children together (sampled every 200 ms), and what the target created; then
 * the medians. Run by scripts/e2e-n8n.sh with E2E_BENCH=<file.csv> (E2E_BENCH_RUNS runs of
 * each, default 2), or:
 *   node scripts/e2e-import-file-bench.js <n8n folder> <package .tgz> <work folder> <repo snapshot> <file.csv> [runs]
 * Everything n8n prints is kept under <work folder>/logs. */
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { startServer } = require('./e2e-target');

const [n8nDir, tarball, work, src, csvArg] = process.argv.slice(2).map((p) => p && path.resolve(p));
const runs = Number(process.argv[7] ?? process.env.E2E_BENCH_RUNS ?? 2);
if (!n8nDir || !tarball || !work || !src || !csvArg) {
	console.error(
		'usage: node scripts/e2e-import-file-bench.js <n8n folder> <package .tgz> <work folder> <repo snapshot> <file.csv> [runs]',
	);
	process.exit(2);
}
const n8nBin = path.join(n8nDir, 'node_modules/n8n/bin/n8n');
const n8nRequire = (name) =>
	require(require.resolve(name, { paths: [path.join(n8nDir, 'node_modules/n8n'), n8nDir] }));
const user = path.join(work, 'user');
const logs = path.join(work, 'logs');
fs.mkdirSync(logs, { recursive: true });
// Read File may only read under the work folder
const csv = path.join(work, path.basename(csvArg));
if (csv !== csvArg) fs.copyFileSync(csvArg, csv);
const port = Number(process.env.E2E_BENCH_PORT || 5692);
const env = {
	...process.env,
	PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`,
	N8N_USER_FOLDER: user,
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
	N8N_AI_ENABLED: 'false',
	N8N_LISTEN_ADDRESS: '127.0.0.1',
	N8N_HOST: '127.0.0.1',
	N8N_PORT: String(port),
	N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	N8N_RESTRICT_FILE_ACCESS_TO: work,
	N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT || String(port + 7),
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let step = 0;
function n8n(args, label) {
	const name = `${String(++step).padStart(2, '0')}-${label}`;
	const r = spawnSync(process.execPath, [n8nBin, ...args], { env, encoding: 'utf8' });
	fs.writeFileSync(path.join(logs, `${name}.out`), r.stdout ?? '');
	fs.writeFileSync(path.join(logs, `${name}.err`), r.stderr ?? '');
	if (r.status !== 0) throw new Error(`n8n ${args.join(' ')}: ${r.stdout}${r.stderr}`);
	return r;
}

function node(name, type, parameters, extra = {}) {
	const [t, v] = type.split('@');
	const n = { id: randomUUID(), name, type: t, typeVersion: Number(v ?? 1), parameters };
	return { ...n, position: [0, 0], ...extra };
}
function chainOf(names) {
	const c = {};
	for (let i = 0; i + 1 < names.length; i++)
		c[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	return c;
}
/** A published workflow started by POST /webhook/<hookPath>, answering with the last node's first item. */
function hookWorkflow(id, hookPath, rest, responseMode = 'lastNode') {
	const nodes = [
		node(
			'Webhook',
			'n8n-nodes-base.webhook@2',
			{
				httpMethod: 'POST',
				path: hookPath,
				responseMode,
				responseData: 'firstEntryJson',
				options: {},
			},
			{ webhookId: randomUUID() },
		),
		...rest,
	];
	nodes.forEach((n, i) => (n.position = [i * 220, 0]));
	const file = path.join(work, `${id}.json`);
	const connections = chainOf(nodes.map((n) => n.name));
	fs.writeFileSync(
		file,
		JSON.stringify({ id, name: `bench ${id}`, active: false, nodes, connections, settings: {} }),
	);
	n8n(['import:workflow', `--input=${file}`], `import-${id}`);
	n8n(['publish:workflow', `--id=${id}`], `publish-${id}`);
}

// ---------- memory, from /proc ----------
/** A field of /proc/<pid>/status in bytes (VmRSS, VmHWM), or 0 once the process is gone. */
function status(pid, field) {
	try {
		const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
			fs.readFileSync(`/proc/${pid}/status`, 'utf8'),
		);
		return m ? Number(m[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}
/** The pid and every descendant's. */
function tree(pid) {
	const all = [pid];
	for (let i = 0; i < all.length; i++) {
		let kids = '';
		try {
			for (const task of fs.readdirSync(`/proc/${all[i]}/task`))
				kids += ` ${fs.readFileSync(`/proc/${all[i]}/task/${task}/children`, 'utf8')}`;
		} catch {
			// gone
		}
		for (const k of kids.split(/\s+/).filter(Boolean)) all.push(Number(k));
	}
	return all;
}
const mb = (bytes) => Math.round(bytes / 1_048_576);

/** POST without a timeout (an import of 262k rows may take minutes), the body parsed as JSON. */
function post(hookPath) {
	return new Promise((resolve) => {
		const req = http.request(
			{ host: '127.0.0.1', port, path: `/webhook/${hookPath}`, method: 'POST' },
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let body = text;
					try {
						body = JSON.parse(text);
					} catch {
						// not JSON: kept as text for the evidence
					}
					resolve({ status: res.statusCode, body });
				});
			},
		);
		req.on('error', (error) => resolve({ status: 0, body: String(error) }));
		req.end('{}');
	});
}

/** The workflow's last execution as n8n saved it: status and its own duration. */
async function lastExecution(workflowId) {
	const sqlite3 = n8nRequire('sqlite3');
	const db = new sqlite3.Database(path.join(user, '.n8n/database.sqlite'), sqlite3.OPEN_READONLY);
	const row = await new Promise((resolve) =>
		db.get(
			'SELECT id, status, startedAt, stoppedAt FROM execution_entity WHERE workflowId = ? ORDER BY id DESC LIMIT 1',
			[workflowId],
			(err, r) => resolve(err ? undefined : r),
		),
	);
	db.close();
	return row;
}

/** One run of one variant in a fresh n8n: times, memory, and what came back. */
async function runOnce(server, variant, label) {
	await server.reset();
	const log = fs.openSync(path.join(logs, `n8n-${label}.log`), 'w');
	const child = spawn(process.execPath, [n8nBin, 'start'], { env, stdio: ['ignore', log, log] });
	try {
		let ready = false;
		for (let i = 0; i < 360 && !ready; i++) {
			await sleep(500);
			ready = (await post('bench-ping')).status === 200;
		}
		if (!ready) throw new Error(`n8n did not start: see ${path.join(logs, `n8n-${label}.log`)}`);
		await sleep(3000); // let the start settle (the ping's execution saved, the runner up)
		let treePeak = 0;
		const sampler = setInterval(() => {
			const sum = tree(child.pid).reduce((n, pid) => n + status(pid, 'VmRSS'), 0);
			treePeak = Math.max(treePeak, sum);
		}, 200);
		// n8n registers published webhooks one by one after it starts: a 404 or 503 ran nothing, so try again
		let baseline, t0, answer;
		for (let i = 0; i < 120; i++) {
			baseline = status(child.pid, 'VmRSS');
			t0 = Date.now();
			answer = await post(`bench-${variant}`);
			if (answer.status !== 404 && answer.status !== 503) break;
			await sleep(1000);
		}
		const wallMs = Date.now() - t0;
		// with EXECUTIONS_DATA_SAVE_ON_SUCCESS=none n8n leaves the row 'running': nothing more to wait for
		const saves = process.env.EXECUTIONS_DATA_SAVE_ON_SUCCESS !== 'none';
		let saved;
		for (let i = 0; saves && i < 1200; i++) {
			saved = await lastExecution(`bench${variant}`);
			if (saved?.stoppedAt && ['success', 'error', 'crashed'].includes(saved.status)) break;
			await sleep(500);
		}
		clearInterval(sampler);
		const peak = status(child.pid, 'VmHWM');
		const target = await server.dump();
		const n8nMs = saved?.stoppedAt
			? Date.parse(saved.stoppedAt) - Date.parse(saved.startedAt)
			: NaN;
		return {
			variant,
			wallMs,
			n8nMs,
			status: saved?.status,
			baseline,
			peak,
			treePeak,
			answer,
			target,
		};
	} finally {
		child.kill('SIGTERM');
		const exited = await Promise.race([
			new Promise((r) => child.once('exit', () => r(true))),
			sleep(30_000).then(() => false),
		]);
		if (!exited) child.kill('SIGKILL');
		fs.closeSync(log);
	}
}

/** The report's counts the answer carries: the Import operation's report, or Import File's. */
function countsOf(answer) {
	const b = answer.body ?? {};
	const t = b.import?.totals ?? b.totals ?? {};
	return {
		http: answer.status,
		status: b.status ?? (typeof b === 'string' ? b.slice(0, 200) : undefined),
		rows: b.totals?.rows,
		created: t.created,
		duplicate: t.duplicate,
		accepted: t.accepted,
		failed: t.failed,
		invalid: b.totals?.invalid,
		// Import File's own stage timings (s)
		...(b.stages && {
			stages: Object.fromEntries(
				Object.entries(b.stages).map(([stage, x]) => [stage, +(x.ms / 1000).toFixed(1)]),
			),
		}),
	};
}

const median = (xs) => {
	const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
	if (!s.length) return NaN;
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
	const size = fs.statSync(csv).size;
	console.log(
		`n8n ${require(path.join(n8nDir, 'node_modules/n8n/package.json')).version} on Node ${process.version}; ${path.basename(csv)}: ${(size / 1_048_576).toFixed(1)} MB; binary data mode ${process.env.N8N_DEFAULT_BINARY_DATA_MODE ?? "n8n's default (filesystem)"}`,
	);
	const nodesDir = path.join(user, '.n8n/nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		'{"name":"installed-nodes","private":true}\n',
	);
	const npm = spawnSync(
		'npm',
		['install', '--legacy-peer-deps', '--no-audit', '--no-fund', tarball],
		{
			cwd: nodesDir,
			env,
			encoding: 'utf8',
		},
	);
	if (npm.status !== 0) throw new Error(`npm install: ${npm.stderr}`);
	const server = await startServer(src);
	try {
		const credId = 'benchIntakeCred01';
		fs.writeFileSync(
			path.join(work, 'creds.json'),
			JSON.stringify([
				{
					id: credId,
					name: 'Local Intake (bench)',
					type: 'intakeApi',
					data: {
						baseUrl: server.url,
						authentication: 'bearer',
						token: 'admin-token',
						extraHeaders: '{}',
					},
				},
			]),
		);
		n8n(['import:credentials', `--input=${path.join(work, 'creds.json')}`], 'import-credentials');
		const credentials = { intakeApi: { id: credId, name: 'Local Intake (bench)' } };
		const read = () =>
			node('Read File', 'n8n-nodes-base.readWriteFile@1', {
				operation: 'read',
				fileSelector: csv,
				options: {},
			});
		// the same import settings on both sides: bulk, 50 a batch, skip failed rows
		const importBatch = (parameters) =>
			node(
				'Import Batch',
				'n8n-nodes-intake.importBatch',
				{ object: 'clients', onError: 'skip', importOptions: {}, ...parameters },
				{ credentials },
			);
		hookWorkflow('benchping', 'bench-ping', [], 'onReceived');
		hookWorkflow('benchchain', 'bench-chain', [
			read(),
			node('Spreadsheet to Records', 'n8n-nodes-intake.spreadsheetToRecords@2', { options: {} }),
			node('Map Columns', 'n8n-nodes-intake.mapColumns', { schema: 'clients', options: {} }),
			importBatch({ operation: 'import' }),
		]);
		hookWorkflow('benchfile', 'bench-file', [read(), importBatch({ operation: 'importFile' })]);

		const results = [];
		for (let k = 0; k < runs; k++)
			for (const variant of ['chain', 'file']) {
				const r = await runOnce(server, variant, `${variant}-${k + 1}`);
				results.push(r);
				console.log(
					JSON.stringify({
						run: `${variant} ${k + 1}`,
						wallS: +(r.wallMs / 1000).toFixed(1),
						n8nS: +(r.n8nMs / 1000).toFixed(1),
						execution: r.status,
						baselineMB: mb(r.baseline),
						peakRssMB: mb(r.peak),
						peakTreeMB: mb(r.treePeak),
						answer: countsOf(r.answer),
						targetCreated: r.target.store.clients?.length ?? 0,
						requests: r.target.log.length,
					}),
				);
			}
		console.log(
			`\nmedians (load average now ${require('node:os')
				.loadavg()
				.map((l) => l.toFixed(1))
				.join(' ')}):`,
		);
		for (const variant of ['chain', 'file']) {
			// a run that failed has no figures to count
			const rs = results.filter((r) => r.variant === variant && r.answer.status === 200);
			console.log(
				`${variant.padEnd(6)} ${(median(rs.map((r) => r.wallMs)) / 1000).toFixed(1)} s wall, ${(median(rs.map((r) => r.n8nMs)) / 1000).toFixed(1)} s in n8n, peak ${mb(median(rs.map((r) => r.peak)))} MB (with children ${mb(median(rs.map((r) => r.treePeak)))} MB), baseline ${mb(median(rs.map((r) => r.baseline)))} MB, runs ${rs.length}`,
			);
		}
	} finally {
		server.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
