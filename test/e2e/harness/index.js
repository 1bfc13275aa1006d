/* The e2e harness: for each mode (sqlite, queue) a fresh n8n user folder with the packed package
 * installed as a community node, the test credentials imported, and the shared services (the local
 * import target, SMTP capture, IMAP); then the check modules of test/e2e/checks/, in order, each
 * given a ctx (see test/e2e/README.md and the contract). run.sh calls it through main.js. */
'use strict';
const { spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const processes = require('./processes');
const { createN8n } = require('./n8n');
const { startSmtp, startImap } = require('./mail');
const { startQueueServices } = require('./queue');
const { sheetReader } = require('./sheets');
const { variant } = require('./variant');

/** the order checks run in, one after another in the same n8n; unknown names after, alphabetically */
const ORDER = [
	'smoke',
	'migration',
	'revert-import',
	'scheduled-export',
	'attachments-archive',
	'inbox-to-import',
	'upload-form',
];
const MODES = ['sqlite', 'queue'];
const TARGET_TOKEN = 'admin-token';

/** the credentials every mode imports; templates' credentials are replaced by these in variants */
const CREDENTIALS = {
	intakeApi: { id: 'e2eIntakeApiCred', name: 'Intake API (e2e)' },
	smtp: { id: 'e2eSmtpCredentl1', name: 'SMTP (e2e)' },
	imap: { id: 'e2eImapCredentl1', name: 'IMAP (e2e)' },
};

function orderChecks(checks) {
	const rank = (name) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
	return [...checks].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** the check modules of a folder: { name, modes, run, file } or { file, error } for one that does not load */
function loadChecks(dir) {
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.js'))
		.sort()
		.map((f) => {
			const file = path.join(dir, f);
			try {
				const m = require(file);
				if (typeof m.name !== 'string' || typeof m.run !== 'function')
					throw new Error('a check module exports { name, modes, run(ctx) }');
				const modes = m.modes ?? ['sqlite'];
				const unknown = modes.filter((x) => !MODES.includes(x));
				if (unknown.length) throw new Error(`unknown modes ${unknown.join(', ')}`);
				return { name: m.name, modes, run: m.run, file, onlyWhenNamed: m.onlyWhenNamed === true };
			} catch (error) {
				return { name: path.basename(f, '.js'), file, error };
			}
		});
}

function createResults() {
	const results = [];
	function record(mode, id, ok, what, evidence) {
		const status = ok === 'warn' ? 'WARN' : ok ? 'PASS' : 'FAIL';
		results.push({ mode, id, status, what });
		console.log(`${status} [${mode}] ${id} ${what}`);
		if (evidence !== undefined) {
			let text;
			if (evidence instanceof Error) text = evidence.stack ?? String(evidence);
			else if (typeof evidence === 'string') text = evidence;
			else {
				try {
					text = JSON.stringify(evidence);
				} catch {
					text = String(evidence);
				}
			}
			const limit = status === 'PASS' ? 600 : 3000;
			console.log(`     ${text.length > limit ? `${text.slice(0, limit)}…` : text}`);
		}
	}
	return { results, record };
}

/** the package tarball as a community node in <user>/.n8n/nodes, as n8n's own installer does */
function installPackage(user, tarball, env, cache) {
	const dir = path.join(user, '.n8n/nodes');
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"installed-nodes","private":true}\n');
	const r = spawnSync(
		'npm',
		['install', '--legacy-peer-deps', '--no-audit', '--no-fund', '--no-update-notifier', tarball],
		{ cwd: dir, env: { ...env, npm_config_cache: cache }, encoding: 'utf8' },
	);
	const installed = fs.existsSync(path.join(dir, 'node_modules/n8n-nodes-intake/package.json'));
	const second = fs.existsSync(path.join(dir, 'node_modules/n8n-workflow'));
	if (r.status !== 0 || !installed || second)
		throw new Error(
			`npm install of ${path.basename(tarball)} into ${dir}: exit ${r.status}, installed ${installed}, second n8n-workflow ${second}: ${(r.stderr || r.stdout || '').slice(-800)}`,
		);
}

function credentialFile(file, { target, smtp, imap }) {
	fs.writeFileSync(
		file,
		JSON.stringify([
			{
				...CREDENTIALS.intakeApi,
				type: 'intakeApi',
				data: {
					baseUrl: target.url,
					authentication: 'bearer',
					token: target.token,
					extraHeaders: '{}',
					testPath: '/api/v1/me',
				},
			},
			{
				...CREDENTIALS.smtp,
				type: 'smtp',
				data: {
					user: 'intake-e2e',
					password: 'e2e-smtp-password',
					host: smtp.host,
					port: smtp.port,
					secure: false,
					disableStartTls: true,
					hostName: '',
				},
			},
			{
				...CREDENTIALS.imap,
				type: 'imap',
				data: {
					user: imap.user,
					password: imap.password,
					host: imap.host,
					port: imap.port,
					secure: false,
					allowUnauthorizedCerts: true,
				},
			},
		]),
		{ mode: 0o600 },
	);
}

/** a fresh n8n (user folders, package, credentials; PostgreSQL + Redis in queue mode) and its ctx */
async function setUpMode(mode, run, shared, record) {
	const t = Date.now();
	const dir = path.join(run.work, mode);
	const files = path.join(dir, 'files');
	const logs = path.join(run.work, 'logs', mode);
	for (const d of [files, logs]) fs.mkdirSync(d, { recursive: true });
	const ports = {
		main: await processes.freePort(),
		mainBroker: await processes.freePort(),
		workerHttp: await processes.freePort(),
		workerBroker: await processes.freePort(),
		workerHealth: await processes.freePort(),
	};
	let services;
	try {
		if (mode === 'queue') {
			services = await startQueueServices(dir, (m) => console.log(m), run.work, run.queueSearch);
			ports.redis = services.redisPort;
		}
		return await prepareN8n(mode, run, shared, record, { t, dir, files, logs, ports, services });
	} catch (error) {
		if (services) await services.stop();
		throw error;
	}
}

async function prepareN8n(mode, run, shared, record, { t, dir, files, logs, ports, services }) {
	const user = path.join(dir, 'user');
	const workerUser = mode === 'queue' ? path.join(dir, 'user-worker') : undefined;
	const n8n = createN8n({
		n8nDir: run.n8nDir,
		mode,
		baseEnv: run.baseEnv,
		user,
		workerUser,
		work: files,
		logs,
		ports,
		db: services?.db,
	});
	const cache = path.join(run.work, '.npm-cache');
	for (const u of [user, workerUser].filter(Boolean))
		installPackage(u, run.tarball, n8n.env, cache);
	const credsFile = path.join(dir, 'credentials.json');
	credentialFile(credsFile, shared);
	const ic = await n8n.cli(['import:credentials', `--input=${credsFile}`], 'import-credentials');
	fs.rmSync(credsFile, { force: true });
	if (ic.code !== 0)
		throw new Error(
			`n8n import:credentials failed (exit ${ic.code}): ${(ic.stdout + ic.stderr).slice(-1200)}`,
		);
	await shared.target.reset();
	shared.smtp.clear();
	const readSheet = sheetReader(run.repo);
	const state = { published: false };
	const ctx = {
		mode,
		repo: run.repo,
		work: files,
		logs,
		check: (id, ok, what, evidence) => record(mode, id, ok, what, evidence),
		template: (name) =>
			JSON.parse(fs.readFileSync(path.join(run.repo, 'workflows', `${name}.json`), 'utf8')),
		variant: (template, options = {}) =>
			variant(template, { ...options, credentials: { ...CREDENTIALS, ...options.credentials } }),
		credentials: structuredClone(CREDENTIALS),
		n8n: {
			importWorkflow: n8n.importWorkflow,
			execute: n8n.execute,
			lastExecution: n8n.lastExecution,
			publish: async (id) => {
				state.published = true;
				return n8n.publish(id);
			},
			unpublish: n8n.unpublish,
			start: n8n.start,
			waitFor: n8n.waitFor,
			cli: n8n.cli,
			url: n8n.url,
			env: n8n.env,
		},
		target: shared.target,
		smtp: shared.smtp,
		imap: shared.imap,
		readSheet,
	};
	record(
		mode,
		'harness.setup',
		true,
		`fresh n8n user folder${workerUser ? 's (main, worker)' : ''}, package installed, credentials imported${services ? `, PostgreSQL :${services.db.port} and Redis :${services.redisPort}` : ''} (${Date.now() - t} ms)`,
	);
	return {
		ctx,
		n8n,
		/** after a check: what it published is unpublished, so that its triggers (an Email Trigger
		 * reading the same INBOX, a webhook) do not run in the checks after it */
		async afterCheck() {
			await n8n.stopAll();
			if (!state.published) return false;
			state.published = false;
			await n8n.unpublish('all');
			return true;
		},
		async tearDown() {
			await n8n.stopAll();
			if (services) await services.stop();
		},
	};
}

/** the shared services: the local import target (from the packed tree copy), SMTP, IMAP */
async function startShared(run) {
	const { startServer } = require(path.join(run.src, 'scripts/e2e-target.js'));
	const [target, smtp, imap] = await Promise.all([
		startServer(run.src),
		processes.freePort().then(startSmtp),
		processes.freePort().then(startImap),
	]);
	return {
		target: { ...target, token: TARGET_TOKEN },
		smtp,
		imap,
		async stop() {
			target.stop();
			await Promise.all([smtp.close(), imap.close()]);
		},
	};
}

/**
 * Runs the checks. Returns the results; never throws for a failing check.
 * @param {{ repo: string, n8nDir: string, tarball: string, src: string, work: string,
 *   only?: string[], modes?: string[], checksDir?: string, baseEnv?: Record<string, string> }} options
 */
async function runAll(options) {
	const run = {
		baseEnv: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` },
		checkTimeoutS: Number(process.env.E2E_CHECK_TIMEOUT_S) || 900,
		...options,
		encryptionKey: randomBytes(24).toString('hex'),
	};
	run.baseEnv.N8N_ENCRYPTION_KEY = run.encryptionKey;
	const { results, record } = createResults();
	const modes = (options.modes ?? MODES).filter((m) => MODES.includes(m));
	let checks = orderChecks(loadChecks(options.checksDir ?? path.join(__dirname, '..', 'checks')));
	for (const c of checks.filter((x) => x.error))
		record(
			'load',
			`${c.name}.load`,
			false,
			`check module ${path.basename(c.file)} does not load`,
			c.error,
		);
	checks = checks.filter((c) => !c.error);
	if (options.only?.length) {
		const unknown = options.only.filter((n) => !checks.some((c) => c.name === n));
		if (unknown.length)
			record('load', 'harness.only', false, `E2E_ONLY names no check: ${unknown.join(', ')}`);
		checks = checks.filter((c) => options.only.includes(c.name));
	} else checks = checks.filter((c) => !c.onlyWhenNamed);
	const wanted = modes.filter((m) => checks.some((c) => c.modes.includes(m)));
	if (wanted.length === 0) {
		record('load', 'harness.checks', false, `no check to run in modes ${modes.join(', ')}`);
		return results;
	}
	const shared = await startShared(run);
	try {
		for (const mode of wanted) {
			const mine = checks.filter((c) => c.modes.includes(mode));
			let setup;
			try {
				setup = await setUpMode(mode, run, shared, record);
			} catch (error) {
				record(
					mode,
					'harness.setup',
					false,
					`could not set up ${mode} mode; its checks did not run (${mine.map((c) => c.name).join(', ')})`,
					error,
				);
				continue;
			}
			try {
				for (const c of mine) {
					const t = Date.now();
					console.log(`---- [${mode}] ${c.name}`);
					let timer;
					try {
						await Promise.race([
							c.run(setup.ctx),
							new Promise((_, reject) => {
								timer = setTimeout(
									() =>
										reject(
											new Error(`still running after ${run.checkTimeoutS} s (E2E_CHECK_TIMEOUT_S)`),
										),
									run.checkTimeoutS * 1000,
								);
							}),
						]);
					} catch (error) {
						record(mode, `${c.name}.run`, false, `the check threw`, error);
					} finally {
						clearTimeout(timer);
					}
					const left = await setup.n8n.stopAll();
					try {
						if (await setup.afterCheck())
							console.log(`---- [${mode}] ${c.name}: its workflows unpublished`);
					} catch (error) {
						record(
							mode,
							`${c.name}.unpublish`,
							false,
							'could not unpublish what the check published',
							error,
						);
					}
					console.log(
						`---- [${mode}] ${c.name} done in ${((Date.now() - t) / 1000).toFixed(1)} s${left ? ` (stopped ${left} n8n it left running)` : ''}`,
					);
				}
			} finally {
				await setup.tearDown();
			}
		}
	} finally {
		await shared.stop();
	}
	return results;
}

/** prints the summary; returns the exit code */
function summarize(results) {
	const by = (s) => results.filter((r) => r.status === s);
	const failed = by('FAIL');
	const warned = by('WARN');
	if (warned.length)
		console.log(`${warned.length} warned: ${warned.map((r) => `[${r.mode}] ${r.id}`).join(', ')}`);
	if (failed.length) console.log(`failed: ${failed.map((r) => `[${r.mode}] ${r.id}`).join(', ')}`);
	console.log(`${by('PASS').length} passed, ${failed.length} failed`);
	return failed.length ? 1 : 0;
}

module.exports = {
	runAll,
	installPackage,
	summarize,
	loadChecks,
	orderChecks,
	variant,
	CREDENTIALS,
	ORDER,
	MODES,
};
