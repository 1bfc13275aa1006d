/* The same spreadsheet imported several ways in a real n8n, side by side (issues 18 and 19):
 *   chain        Read File → Spreadsheet to Records (v2) → Map Columns → Import Batch (Import)
 *   file         Read File → Import Batch (Import File)
 *   file-dedupe  Read File → Import Batch (Import File, Find Duplicates on: merge, Match On's default)
 *   extract      Read File → Extract From File (CSV) → Remove Duplicates (on the E-mail column):
 *                n8n's own nodes, which read and dedupe but have no import (nothing is sent)
 *                (n8n installed with --legacy-peer-deps lacks date-fns, a peer of ts-ics, and then
 *                cannot load Extract From File: give it one, e.g. NODE_PATH=<folder>/node_modules
 *                with date-fns@2.30.0 installed there)
 *   migration    the test variant of workflows/migration.json (test/e2e/harness/variant.js):
 *                its Manual Trigger made a webhook, its Settings pointed at the file, the target
 *                and a local SMTP capture (started here); the whole template as a user runs it
 * E2E_BENCH_VARIANTS picks them (comma-separated; default chain,file; issue 19's figure is
 * migration,extract,file-dedupe). Each run is in a fresh `n8n start` (SQLite, n8n's default
 * filesystem binary mode unless N8N_DEFAULT_BINARY_DATA_MODE says otherwise; executions saved as
 * n8n's defaults say unless EXECUTIONS_DATA_SAVE_ON_SUCCESS does), started by a webhook that
 * answers when the last node is done, against the e2e import server (counts-only answers, as the
 * documented bulk API gives), reset before each run and seeded with E2E_BENCH_EXISTING clients
 * (default 0) taken from the file (every k-th row with an email, split naively), the variants
 * alternated (chain, file, chain, file…). Per run it prints the wall time of the webhook call,
 * n8n's own duration of the execution (startedAt → stoppedAt, saving the execution included),
 * the load average before and after, the n8n process's resident memory before the run and its
 * peak (VmHWM from /proc, the high-water mark of the whole process), the peak of n8n and its
 * children together (the task runner; sampled every 200 ms), what the target holds and created,
 * the mails captured, and from the saved execution each node's time and items out (when the
 * execution was saved and its data is small enough to parse); then the medians. Results go to
 * <work folder>/bench-results.json too. Run by scripts/e2e-n8n.sh with E2E_BENCH=<file.csv>
 * (E2E_BENCH_RUNS runs of each, default 2), or:
 *   node scripts/e2e-import-file-bench.js <n8n folder> <package .tgz> <work folder> <repo snapshot> <file.csv> [runs]
 * Ports: E2E_BENCH_PORT (n8n, default 5692), N8N_RUNNERS_BROKER_PORT (default that + 7),
 * E2E_BENCH_SMTP_PORT (default that + 2). Everything n8n prints is kept under <work folder>/logs. */
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { startServer } = require('./e2e-target');
const { quietEnv } = require('../test/e2e/harness/n8n');
const { installPackage } = require('../test/e2e/harness');
const { startSmtp } = require('../test/e2e/harness/mail');

// the saved run data is read in a process of its own, with room for it (see nodesOf)
if (process.argv[2] === '--nodes-of') {
	savedNodes(...process.argv.slice(3)).then(
		(r) => process.stdout.write(JSON.stringify(r)),
		(error) => process.stdout.write(JSON.stringify({ note: `not read: ${error.message}` })),
	);
	return;
}
const [n8nDir, tarball, work, src, csvArg] = process.argv.slice(2).map((p) => p && path.resolve(p));
const runs = Number(process.argv[7] ?? process.env.E2E_BENCH_RUNS ?? 2);
if (!n8nDir || !tarball || !work || !src || !csvArg) {
	console.error(
		'usage: node scripts/e2e-import-file-bench.js <n8n folder> <package .tgz> <work folder> <repo snapshot> <file.csv> [runs]',
	);
	process.exit(2);
}
const VARIANTS = ['chain', 'file', 'file-dedupe', 'extract', 'migration'];
const variants = (process.env.E2E_BENCH_VARIANTS || 'chain,file')
	.split(',')
	.map((v) => v.trim())
	.filter(Boolean);
for (const v of variants)
	if (!VARIANTS.includes(v)) {
		console.error(`E2E_BENCH_VARIANTS: unknown variant ${v} (known: ${VARIANTS.join(', ')})`);
		process.exit(2);
	}
const existing = Number(process.env.E2E_BENCH_EXISTING || 0);
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
const smtpPort = Number(process.env.E2E_BENCH_SMTP_PORT || port + 2);
const env = {
	...process.env,
	PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`,
	N8N_USER_FOLDER: user,
	...quietEnv(),
	N8N_PORT: String(port),
	N8N_RESTRICT_FILE_ACCESS_TO: work,
	N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT || String(port + 7),
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const load = () =>
	os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
/** A variant's workflow id (16 letters or digits, as n8n makes them) and webhook path. */
const idOf = (variant) => `bench${variant.replace(/[^a-z0-9]/gi, '')}`.padEnd(16, '0');
const hookOf = (variant) => `bench-${variant}`;

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
/** Imports and publishes a workflow (published: its webhook answers at the next start). */
function importAndPublish(workflow) {
	const file = path.join(work, `${workflow.id}.json`);
	fs.writeFileSync(file, JSON.stringify(workflow));
	n8n(['import:workflow', `--input=${file}`], `import-${workflow.id}`);
	n8n(['publish:workflow', `--id=${workflow.id}`], `publish-${workflow.id}`);
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
	const connections = chainOf(nodes.map((n) => n.name));
	importAndPublish({ id, name: `bench ${id}`, active: false, nodes, connections, settings: {} });
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

// ---------- the saved execution ----------
function openDb() {
	const sqlite3 = n8nRequire('sqlite3');
	return new sqlite3.Database(path.join(user, '.n8n/database.sqlite'), sqlite3.OPEN_READONLY);
}
function query(db, sql, params) {
	return new Promise((resolve) => db.get(sql, params, (err, r) => resolve(err ? undefined : r)));
}

/** The workflow's last execution as n8n saved it: status and its own duration. */
async function lastExecution(workflowId) {
	const db = openDb();
	const row = await query(
		db,
		'SELECT id, status, startedAt, stoppedAt FROM execution_entity WHERE workflowId = ? ORDER BY id DESC LIMIT 1',
		[workflowId],
	);
	db.close();
	return row;
}

/**
 * Each node's time (ms, over its runs), items out (every output, every run) and start (s after
 * the first node's) from the saved run data, or why not. n8n saves it flattened (flatted), one
 * string per execution: ~480 MB for the migration template on 50 MB, so it is parsed in a Node
 * process of its own with a heap to match, after n8n has stopped.
 */
function nodesOf(executionId) {
	const r = spawnSync(
		process.execPath,
		['--max-old-space-size=16384', __filename, '--nodes-of', n8nDir, user, String(executionId)],
		{ encoding: 'utf8', maxBuffer: 64 * 1_048_576 },
	);
	try {
		return JSON.parse(r.stdout);
	} catch {
		return { note: `not read: ${(r.stderr || r.stdout).slice(-300)}` };
	}
}
async function savedNodes(n8nFolder, userFolder, executionId) {
	const from = (name) =>
		require(
			require.resolve(name, { paths: [path.join(n8nFolder, 'node_modules/n8n'), n8nFolder] }),
		);
	const sqlite3 = from('sqlite3');
	const db = new sqlite3.Database(
		path.join(userFolder, '.n8n/database.sqlite'),
		sqlite3.OPEN_READONLY,
	);
	try {
		const row = await query(db, 'SELECT data FROM execution_data WHERE executionId = ?', [
			executionId,
		]);
		if (!row) return { note: 'no execution data saved' };
		const savedMB = +(row.data.length / 1_048_576).toFixed(1);
		const data = from('flatted').parse(row.data);
		const runData = data?.resultData?.runData ?? {};
		const nodes = {};
		for (const [name, taskRuns] of Object.entries(runData)) {
			let ms = 0;
			let items = [];
			for (const t of taskRuns) {
				ms += t.executionTime ?? 0;
				items = (t.data?.main ?? []).map((output) => output?.length ?? 0);
			}
			nodes[name] = { startMs: taskRuns[0]?.startTime, ms, items: items.join('/') };
		}
		const t0 = Math.min(...Object.values(nodes).map((n) => n.startMs));
		for (const n of Object.values(nodes)) n.startS = +((n.startMs - t0) / 1000).toFixed(1);
		for (const n of Object.values(nodes)) delete n.startMs;
		const error = data?.resultData?.error;
		return {
			savedMB,
			nodes,
			...(error && {
				error: `${error.node?.name ?? data.resultData.lastNodeExecuted}: ${error.message}`,
			}),
		};
	} finally {
		db.close();
	}
}

// ---------- the target's existing records ----------
/**
 * Clients already at the target before each run, as a migration meets them: every k-th row of
 * the file that has an email, its Full Name split naively ("Last, First" or "First … Last").
 */
function existingClients(count) {
	if (!count) return [];
	const Papa = require(path.join(src, 'node_modules/papaparse'));
	const rows = Papa.parse(fs.readFileSync(csv, 'utf8'), { skipEmptyLines: true }).data;
	const header = rows.findIndex((r) => r.includes('E-mail'));
	const col = (name) => rows[header].indexOf(name);
	const [nameAt, emailAt, phoneAt] = [col('Full Name'), col('E-mail'), col('Phone')];
	const usable = rows
		.slice(header + 1)
		.filter((r) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(r[emailAt] ?? '') && r[nameAt]);
	const every = Math.max(1, Math.floor(usable.length / count));
	const out = [];
	for (let i = 0; i < usable.length && out.length < count; i += every) {
		const r = usable[i];
		const full = r[nameAt];
		const [firstName, lastName] = full.includes(',')
			? full
					.split(',')
					.map((x) => x.trim())
					.reverse()
			: [full.split(' ').slice(0, -1).join(' '), full.split(' ').at(-1)];
		out.push({ firstName, lastName, email: r[emailAt].toLowerCase(), phone: r[phoneAt] });
	}
	return out;
}
/** POSTs records to the target's bulk endpoint, 50 a request. */
async function seed(server, records) {
	for (let i = 0; i < records.length; i += 50) {
		const res = await fetch(`${server.url}/api/v1/import/clients`, {
			method: 'POST',
			headers: { authorization: 'Bearer admin-token', 'content-type': 'application/json' },
			body: JSON.stringify({ records: records.slice(i, i + 50) }),
		});
		if (!res.ok) throw new Error(`seeding the target: ${res.status} ${await res.text()}`);
	}
}

// ---------- mail ----------
/** What a captured mail carries, in brief, for the results. */
const briefMail = (m) => ({
	subject: m.subject,
	to: m.to?.text,
	textChars: (m.text ?? '').length,
	attachments: (m.attachments ?? []).map((a) => ({
		filename: a.filename,
		bytes: a.content.length,
		lines: a.content.toString('utf8').split('\n').filter(Boolean).length,
	})),
});

// ---------- the workflows ----------
/** The migration template's test variant: webhook trigger, the file, the local target and mail. */
function migrationWorkflow(credentials) {
	const { variant } = require(path.join(src, 'test/e2e/harness/variant.js'));
	const template = JSON.parse(fs.readFileSync(path.join(src, 'workflows/migration.json'), 'utf8'));
	const settings = {
		...migrationSettings(template),
		...JSON.parse(process.env.E2E_BENCH_SETTINGS || '{}'),
	};
	// The one change to the template, printed: its Fetch Records nodes page by created_at (the
	// node's default), which the local target's records lack, so a second page fails ("The last
	// record of page 1 has no created_at"). Sorted by id they page through the same records.
	if (process.env.E2E_BENCH_SORT_BY_ID !== '0')
		for (const n of template.nodes)
			if (n.parameters?.operation === 'fetchRecords' && !n.parameters.fetchSortBy) {
				n.parameters.fetchSortBy = 'id';
				n.parameters.fetchSortDirection = 'asc';
				console.log(`migration variant: ${n.name} sorted by id (E2E_BENCH_SORT_BY_ID=0 leaves it)`);
			}
	return variant(template, {
		id: idOf('migration'),
		name: 'bench migration',
		trigger: 'webhook',
		webhookPath: hookOf('migration'),
		settings,
		credentials,
	});
}
/** The Settings values the bench sets: the file and the object; mail to and from addresses of its own. */
function migrationSettings(template) {
	const names = new Set(
		template.nodes
			.find((n) => n.name === 'Settings')
			.parameters.assignments.assignments.map((a) => a.name),
	);
	const wanted = {
		filePath: csv,
		object: 'clients',
		reportTo: 'ops@bench.test',
		reportFrom: 'intake@bench.test',
	};
	return Object.fromEntries(Object.entries(wanted).filter(([name]) => names.has(name)));
}

function createWorkflows(credentials) {
	const read = () =>
		node('Read File', 'n8n-nodes-base.readWriteFile@1', {
			operation: 'read',
			fileSelector: csv,
			options: {},
		});
	// the same import settings everywhere: bulk, 50 a batch, skip failed rows
	const importBatch = (parameters) =>
		node(
			'Import Batch',
			'n8n-nodes-intake.importBatch',
			{ object: 'clients', onError: 'skip', importOptions: {}, ...parameters },
			{ credentials: { intakeApi: credentials.intakeApi } },
		);
	const make = {
		chain: () => [
			read(),
			node('Spreadsheet to Records', 'n8n-nodes-intake.spreadsheetToRecords@2', { options: {} }),
			node('Map Columns', 'n8n-nodes-intake.mapColumns', { schema: 'clients', options: {} }),
			importBatch({ operation: 'import' }),
		],
		file: () => [read(), importBatch({ operation: 'importFile' })],
		'file-dedupe': () => [read(), importBatch({ operation: 'importFile', dedupe: true })],
		// as a person sets them up: the title row above the header skipped (Starting Line, csv-parse's
		// from_line, counted from 1), and empty cells kept, else Remove Duplicates stops at the first
		// row without an email ("'E-mail' field is missing from some input items")
		extract: () => [
			read(),
			node('Extract From File', 'n8n-nodes-base.extractFromFile@1.1', {
				operation: 'csv',
				options: { fromLine: 2, includeEmptyCells: true },
			}),
			node('Remove Duplicates', 'n8n-nodes-base.removeDuplicates@2', {
				operation: 'removeDuplicateInputItems',
				compare: 'selectedFields',
				fieldsToCompare: 'E-mail',
				options: {},
			}),
		],
	};
	for (const v of variants) {
		// the template names its own credentials (Intake API, SMTP): the variant swaps both
		if (v === 'migration') importAndPublish(migrationWorkflow(credentials));
		else hookWorkflow(idOf(v), hookOf(v), make[v]());
	}
}

/** The n8n started by the run in progress: stopped with the bench if it is stopped (Ctrl-C, kill). */
let running;
for (const signal of ['SIGINT', 'SIGTERM'])
	process.once(signal, () => {
		// the run is abandoned: n8n and its runner at once (n8n would wait for the execution)
		if (running?.exitCode === null)
			for (const pid of tree(running.pid)) process.kill(pid, 'SIGKILL');
		process.exit(130);
	});

/** One run of one variant in a fresh n8n: times, memory, and what came back. */
async function runOnce(server, smtp, variant, label, seedRecords) {
	await server.reset();
	await seed(server, seedRecords);
	// the target's own duplicate check may refuse a few of the seeds (a shared phone number)
	const before = (await server.dump()).store.clients?.length ?? 0;
	smtp?.clear();
	const log = fs.openSync(path.join(logs, `n8n-${label}.log`), 'w');
	const child = spawn(process.execPath, [n8nBin, 'start'], { env, stdio: ['ignore', log, log] });
	running = child;
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
		let baseline, baselineTree, t0, answer;
		const loadBefore = load();
		for (let i = 0; i < 120; i++) {
			baseline = status(child.pid, 'VmRSS');
			baselineTree = tree(child.pid).reduce((n, pid) => n + status(pid, 'VmRSS'), 0);
			t0 = Date.now();
			answer = await post(hookOf(variant));
			if (answer.status !== 404 && answer.status !== 503) break;
			await sleep(1000);
		}
		const wallMs = Date.now() - t0;
		// with EXECUTIONS_DATA_SAVE_ON_SUCCESS=none n8n leaves the row 'running': nothing more to wait for
		const saves = process.env.EXECUTIONS_DATA_SAVE_ON_SUCCESS !== 'none';
		let saved;
		for (let i = 0; saves && child.exitCode === null && i < 1200; i++) {
			saved = await lastExecution(idOf(variant));
			if (saved?.stoppedAt && ['success', 'error', 'crashed'].includes(saved.status)) break;
			await sleep(500);
		}
		// the mail goes last in the migration template; give the capture a moment to parse it
		for (let i = 0; smtp && variant === 'migration' && !smtp.messages().length && i < 20; i++)
			await sleep(500);
		clearInterval(sampler);
		const peak = status(child.pid, 'VmHWM');
		const loadAfter = load();
		const target = await server.dump();
		const n8nMs = saved?.stoppedAt
			? Date.parse(saved.stoppedAt) - Date.parse(saved.startedAt)
			: NaN;
		return {
			variant,
			wallMs,
			n8nMs,
			status: saved?.status,
			executionId: saved?.id,
			alive: child.exitCode === null,
			loadBefore,
			loadAfter,
			baseline,
			baselineTree,
			peak,
			treePeak,
			answer,
			target,
			before,
			mails: smtp && variant === 'migration' ? smtp.messages().map(briefMail) : undefined,
		};
	} finally {
		child.kill('SIGTERM');
		const exited =
			child.exitCode !== null ||
			(await Promise.race([
				new Promise((r) => child.once('exit', () => r(true))),
				sleep(30_000).then(() => false),
			]));
		if (!exited) child.kill('SIGKILL');
		fs.closeSync(log);
	}
}

/** The report's counts the answer carries: the Import operation's report, or Import File's. */
function countsOf(answer) {
	const b = (Array.isArray(answer.body) ? answer.body[0] : answer.body) ?? {};
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
		merged: b.totals?.merged,
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
	const saving = process.env.EXECUTIONS_DATA_SAVE_ON_SUCCESS ?? "n8n's default (all)";
	console.log(
		`n8n ${require(path.join(n8nDir, 'node_modules/n8n/package.json')).version} on Node ${process.version}; ${os.cpus().length} cores, ${mb(os.totalmem())} MB; ${path.basename(csv)}: ${(size / 1_048_576).toFixed(1)} MB; binary data mode ${process.env.N8N_DEFAULT_BINARY_DATA_MODE ?? "n8n's default (filesystem)"}; successful executions saved: ${saving}; variants ${variants.join(', ')}; ${existing} existing clients at the target`,
	);
	installPackage(user, tarball, env, path.join(work, '.npm-cache'));
	const server = await startServer(src);
	const smtp = variants.includes('migration') ? await startSmtp(smtpPort) : undefined;
	try {
		const credentials = {
			intakeApi: { id: 'benchIntakeCred01', name: 'Local Intake (bench)' },
			smtp: { id: 'benchSmtpCredent', name: 'Local SMTP (bench)' },
		};
		fs.writeFileSync(
			path.join(work, 'creds.json'),
			JSON.stringify([
				{
					...credentials.intakeApi,
					type: 'intakeApi',
					data: {
						baseUrl: server.url,
						authentication: 'bearer',
						token: 'admin-token',
						extraHeaders: '{}',
					},
				},
				{
					...credentials.smtp,
					type: 'smtp',
					data: {
						user: '',
						password: '',
						host: '127.0.0.1',
						port: smtpPort,
						secure: false,
						disableStartTls: true,
					},
				},
			]),
		);
		n8n(['import:credentials', `--input=${path.join(work, 'creds.json')}`], 'import-credentials');
		hookWorkflow('benchping', 'bench-ping', [], 'onReceived');
		createWorkflows(credentials);
		const seedRecords = existingClients(existing);

		const results = [];
		for (let k = 0; k < runs; k++)
			for (const variant of variants) {
				const r = await runOnce(server, smtp, variant, `${variant}-${k + 1}`, seedRecords);
				const saved = r.executionId ? nodesOf(r.executionId) : { note: 'not saved' };
				const clients = r.target.store.clients ?? [];
				const line = {
					run: `${variant} ${k + 1}`,
					wallS: +(r.wallMs / 1000).toFixed(1),
					n8nS: +(r.n8nMs / 1000).toFixed(1),
					execution: r.status,
					n8nAlive: r.alive,
					load: `${r.loadBefore} → ${r.loadAfter}`,
					baselineMB: mb(r.baseline),
					baselineTreeMB: mb(r.baselineTree),
					peakRssMB: mb(r.peak),
					peakTreeMB: mb(r.treePeak),
					answer: countsOf(r.answer),
					targetRecords: clients.length,
					targetBefore: r.before,
					targetCreated: clients.length - r.before,
					requests: r.target.log.length,
					...(r.mails && { mails: r.mails }),
					saved,
				};
				// the answer and the target's records are big: kept out of the results file
				results.push({
					...line,
					wallMs: r.wallMs,
					n8nMs: r.n8nMs,
					peak: r.peak,
					treePeak: r.treePeak,
				});
				console.log(JSON.stringify(line));
				fs.writeFileSync(
					path.join(work, 'bench-results.json'),
					JSON.stringify(results, null, '\t'),
				);
			}
		console.log(`\nmedians (load average now ${load()}):`);
		for (const variant of variants) {
			// a run that failed has no figures to count
			const rs = results.filter((r) => r.run.startsWith(`${variant} `) && r.answer.http === 200);
			console.log(
				`${variant.padEnd(12)} ${(median(rs.map((r) => r.wallMs)) / 1000).toFixed(1)} s wall, ${(median(rs.map((r) => r.n8nMs)) / 1000).toFixed(1)} s in n8n, peak ${mb(median(rs.map((r) => r.peak)))} MB (with children ${mb(median(rs.map((r) => r.treePeak)))} MB), runs ${rs.length} of ${runs}`,
			);
		}
	} finally {
		server.stop();
		await smtp?.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
