/* One n8n for one mode of the run: its environment, the CLI (import, execute, publish, any
 * command), `n8n start` (and in queue mode one `n8n worker`), and the executions it saved
 * (SQLite or PostgreSQL). Everything n8n prints goes to files under the mode's logs folder. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const processes = require('./processes');

/** the quiet, local environment of the recipe (../shared/n8n-e2e.md) */
function quietEnv() {
	return {
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
	};
}

/** The JSON that `n8n execute --rawOutput` prints after its log lines. */
function runJson(stdout) {
	// eslint-disable-next-line no-control-regex
	const lines = stdout.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
	const start = lines.findIndex((l) => l === '{');
	if (start < 0) return undefined;
	const end = lines.lastIndexOf('}');
	try {
		return JSON.parse(lines.slice(start, end + 1).join('\n'));
	} catch {
		return undefined;
	}
}

const tail = (text, n = 1500) => (text.length > n ? `…${text.slice(-n)}` : text);
const newId = () =>
	randomBytes(12)
		.toString('base64')
		.replace(/[^a-zA-Z0-9]/g, 'x')
		.slice(0, 16);

/**
 * @param {{ n8nDir: string, mode: 'sqlite' | 'queue', baseEnv: Record<string, string>,
 *   user: string, workerUser?: string, work: string, logs: string, ports: Record<string, number>,
 *   db?: { host: string, port: number, database: string, user: string } }} o
 */
function createN8n(o) {
	const n8nBin = path.join(o.n8nDir, 'node_modules/n8n/bin/n8n');
	const n8nRequire = (name) =>
		require(require.resolve(name, { paths: [path.join(o.n8nDir, 'node_modules/n8n'), o.n8nDir] }));
	const queue = o.mode === 'queue';
	const dbEnv = queue
		? {
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: o.db.host,
				DB_POSTGRESDB_PORT: String(o.db.port),
				DB_POSTGRESDB_DATABASE: o.db.database,
				DB_POSTGRESDB_USER: o.db.user,
				EXECUTIONS_MODE: 'queue',
				QUEUE_BULL_REDIS_HOST: '127.0.0.1',
				QUEUE_BULL_REDIS_PORT: String(o.ports.redis),
			}
		: {};
	const env = {
		...o.baseEnv,
		...quietEnv(),
		...dbEnv,
		N8N_USER_FOLDER: o.user,
		N8N_RESTRICT_FILE_ACCESS_TO: o.work,
		N8N_PORT: String(o.ports.main),
		N8N_RUNNERS_BROKER_PORT: String(o.ports.mainBroker),
	};
	const workerEnv = queue && {
		...env,
		N8N_USER_FOLDER: o.workerUser,
		N8N_PORT: String(o.ports.workerHttp),
		N8N_RUNNERS_BROKER_PORT: String(o.ports.workerBroker),
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		QUEUE_HEALTH_CHECK_PORT: String(o.ports.workerHealth),
	};
	const url = `http://127.0.0.1:${o.ports.main}`;
	let step = 0;
	const logName = (label) =>
		`${String(++step).padStart(3, '0')}-${String(label).replace(/[^a-zA-Z0-9._-]+/g, '_')}`;

	/** any n8n command with this mode's environment; never throws for a non-zero exit */
	async function cli(args, label = args[0], options = {}) {
		const name = logName(label);
		const child = processes.start(process.execPath, [n8nBin, ...args], {
			env: { ...env, ...options.env },
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
		child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
		const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000;
		const timer = setTimeout(() => processes.stop(child, 5000), timeoutMs);
		const { code, signal, error } = await child.exited;
		clearTimeout(timer);
		fs.writeFileSync(path.join(o.logs, `${name}.out`), stdout);
		fs.writeFileSync(path.join(o.logs, `${name}.err`), stderr);
		if (error) stderr += `\n${error.message}`;
		if (signal) stderr += `\nn8n ${args[0]} ended by ${signal} (timeout ${timeoutMs} ms?)`;
		return { code, stdout, stderr, log: path.join(o.logs, name) };
	}

	async function importWorkflow(workflow) {
		const wf = { ...workflow, id: workflow.id ?? newId() };
		const dir = path.join(o.logs, 'workflows');
		fs.mkdirSync(dir, { recursive: true });
		const file = path.join(dir, `${wf.id}.json`);
		fs.writeFileSync(file, JSON.stringify(wf, null, 2));
		const r = await cli(['import:workflow', `--input=${file}`], `import-${wf.id}`);
		if (r.code !== 0)
			throw new Error(
				`n8n import:workflow ${wf.id} (${wf.name}) failed (exit ${r.code}): ${tail(r.stdout + r.stderr)}`,
			);
		return wf.id;
	}

	async function execute(id, label = id) {
		const r = await cli(['execute', `--id=${id}`, '--rawOutput'], `execute-${label}`);
		return { ...r, run: runJson(r.stdout) };
	}

	async function publish(id) {
		const r = await cli(['publish:workflow', `--id=${id}`], `publish-${id}`);
		if (r.code !== 0)
			throw new Error(
				`n8n publish:workflow ${id} failed (exit ${r.code}): ${tail(r.stdout + r.stderr)}`,
			);
	}

	/** takes a workflow out of the published ones (id), or every workflow (id 'all') */
	async function unpublish(id) {
		const args =
			id === 'all' ? ['unpublish:workflow', '--all'] : ['unpublish:workflow', `--id=${id}`];
		const r = await cli(args, `unpublish-${id}`);
		if (r.code !== 0)
			throw new Error(
				`n8n unpublish:workflow ${id} failed (exit ${r.code}): ${tail(r.stdout + r.stderr)}`,
			);
	}

	async function lastExecution(workflowId) {
		const { parse } = n8nRequire('flatted');
		const row = queue ? await lastFromPostgres(workflowId) : await lastFromSqlite(workflowId);
		return row ? { id: String(row.id), status: row.status, data: parse(row.data) } : undefined;
	}

	async function lastFromSqlite(workflowId) {
		const sqlite3 = n8nRequire('sqlite3');
		const db = new sqlite3.Database(
			path.join(o.user, '.n8n/database.sqlite'),
			sqlite3.OPEN_READONLY,
		);
		try {
			return await new Promise((resolve, reject) =>
				db.get(
					'SELECT e.id, e.status, d.data FROM execution_entity e JOIN execution_data d ON d.executionId = e.id WHERE e.workflowId = ? ORDER BY e.id DESC LIMIT 1',
					[workflowId],
					(err, r) => (err ? reject(err) : resolve(r)),
				),
			);
		} finally {
			db.close();
		}
	}

	async function lastFromPostgres(workflowId) {
		const pg = n8nRequire('pg');
		const db = new pg.Client({ ...o.db });
		await db.connect();
		try {
			const { rows } = await db.query(
				'SELECT e.id, e.status, d.data FROM execution_entity e JOIN execution_data d ON d."executionId" = e.id WHERE e."workflowId" = $1 ORDER BY e.id DESC LIMIT 1',
				[workflowId],
			);
			return rows[0];
		} finally {
			await db.end().catch(() => undefined);
		}
	}

	/** polls until url answers something other than 404 (or a refused connection); returns the Response */
	async function waitFor(target, { method = 'GET', timeoutMs = 60000, body, headers } = {}) {
		const until = Date.now() + timeoutMs;
		let last = 'no answer';
		while (Date.now() < until) {
			try {
				const res = await fetch(target, { method, body, headers });
				// right after "Editor is now accessible", n8n may still answer 200 "n8n is starting up"
				const starting =
					res.status !== 404 &&
					/text\/html/.test(res.headers.get('content-type') ?? '') &&
					/n8n is starting up/i.test(await res.clone().text());
				if (res.status !== 404 && !starting) return res;
				last = `${res.status} ${tail(await res.text(), 200)}`;
			} catch (error) {
				last = error.cause?.code ?? error.message;
			}
			await processes.sleep(500);
		}
		throw new Error(`${method} ${target} still answers ${last} after ${timeoutMs} ms`);
	}

	const servers = new Set();

	/**
	 * `n8n start` (and in queue mode one `n8n worker`); resolves once the editor is accessible (and the
	 * worker answers its health check). options.env: more environment for both (e.g. a binary data mode).
	 */
	async function start(options = {}) {
		const t = Date.now();
		const name = logName('start');
		const mainLog = path.join(o.logs, `${name}-main.log`);
		const main = processes.start(process.execPath, [n8nBin, 'start'], {
			env: { ...env, ...options.env },
			log: mainLog,
		});
		const children = [main];
		let workerLog;
		if (queue) {
			workerLog = path.join(o.logs, `${name}-worker.log`);
			children.push(
				processes.start(process.execPath, [n8nBin, 'worker', '--concurrency=2'], {
					env: { ...workerEnv, ...options.env },
					log: workerLog,
				}),
			);
		}
		const server = {
			url,
			logs: { main: mainLog, worker: workerLog },
			async stop() {
				servers.delete(server);
				await Promise.all(children.map((c) => processes.stop(c)));
			},
		};
		servers.add(server);
		const read = (f) => (f && fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '');
		const until = Date.now() + 180000;
		for (;;) {
			const died = children.find((c) => c.exitCode !== null || c.signalCode !== null);
			if (died) {
				await server.stop();
				const which = died === main ? 'n8n start' : 'n8n worker';
				throw new Error(
					`${which} exited (${died.exitCode ?? died.signalCode}) before it was ready: ${tail(read(died === main ? mainLog : workerLog))}`,
				);
			}
			const editor = /Editor is now accessible/.test(read(mainLog));
			const worker =
				!queue ||
				(await fetch(`http://127.0.0.1:${o.ports.workerHealth}/healthz`)
					.then((r) => r.ok)
					.catch(() => false));
			if (editor && worker) break;
			if (Date.now() > until) {
				await server.stop();
				throw new Error(
					`n8n not ready after 180 s (editor ${editor}, worker ${worker}): ${tail(read(mainLog))}${queue ? `\nworker: ${tail(read(workerLog), 800)}` : ''}`,
				);
			}
			await processes.sleep(300);
		}
		server.startMs = Date.now() - t;
		return server;
	}

	/** stops whatever a check left running */
	async function stopAll() {
		const left = [...servers];
		await Promise.all(left.map((s) => s.stop()));
		return left.length;
	}

	return {
		env,
		workerEnv,
		url,
		n8nRequire,
		cli,
		importWorkflow,
		execute,
		publish,
		unpublish,
		lastExecution,
		start,
		waitFor,
		stopAll,
	};
}

module.exports = { createN8n, runJson, quietEnv };
