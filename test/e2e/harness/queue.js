/* PostgreSQL and Redis for queue mode, started by the test on loopback inside the work folder and
 * stopped at the end (also on Ctrl-C). When they are not installed: as root with apt-get, Debian's
 * packages are installed; otherwise the run fails with the reason. Never skipped silently. */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const processes = require('./processes');

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function onPath(name, envPath) {
	for (const dir of (envPath ?? '').split(path.delimiter).filter(Boolean)) {
		const file = path.join(dir, name);
		try {
			fs.accessSync(file, fs.constants.X_OK);
			return file;
		} catch {
			// not here
		}
	}
	return undefined;
}

/**
 * Where PostgreSQL's server programs and redis-server are, or what is missing.
 * @param {{ envPath?: string, pgRoots?: string[] }} where Debian keeps initdb/pg_ctl in /usr/lib/postgresql/<v>/bin
 */
function findQueueServices({ envPath = process.env.PATH, pgRoots = ['/usr/lib/postgresql'] } = {}) {
	const pgDirs = [];
	for (const root of pgRoots) {
		if (!fs.existsSync(root)) continue;
		const versions = fs
			.readdirSync(root)
			.filter((v) => /^\d+(\.\d+)?$/.test(v))
			.sort((a, b) => Number(b) - Number(a));
		for (const v of versions) pgDirs.push(path.join(root, v, 'bin'));
	}
	const initdb =
		pgDirs.map((d) => path.join(d, 'initdb')).find((f) => fs.existsSync(f)) ??
		onPath('initdb', envPath);
	const pgBin = initdb && path.dirname(initdb);
	const pgCtl =
		pgBin && fs.existsSync(path.join(pgBin, 'pg_ctl')) ? path.join(pgBin, 'pg_ctl') : undefined;
	const createdb =
		pgBin &&
		[path.join(pgBin, 'createdb'), onPath('createdb', envPath)].find((f) => f && fs.existsSync(f));
	const redis = onPath('redis-server', envPath);
	const missing = [];
	if (!initdb || !pgCtl) missing.push('PostgreSQL server (initdb, pg_ctl)');
	if (!createdb) missing.push('PostgreSQL client (createdb)');
	if (!redis) missing.push('Redis (redis-server)');
	return { initdb, pgCtl, createdb, redis, missing };
}

/** finds the services, installing Debian's packages when root with apt-get; throws with the reason */
function ensureQueueServices(log, options = {}) {
	let found = findQueueServices(options);
	if (found.missing.length === 0) return found;
	const apt = onPath('apt-get', options.envPath ?? process.env.PATH);
	if (isRoot() && apt && !options.noInstall) {
		log(
			`queue mode: installing ${found.missing.join(', ')} with apt-get (postgresql redis-server)`,
		);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		let r = spawnSync(
			apt,
			['install', '-y', '--no-install-recommends', 'postgresql', 'redis-server'],
			{
				env,
				encoding: 'utf8',
			},
		);
		if (r.status !== 0) {
			spawnSync(apt, ['update'], { env, encoding: 'utf8' });
			r = spawnSync(
				apt,
				['install', '-y', '--no-install-recommends', 'postgresql', 'redis-server'],
				{
					env,
					encoding: 'utf8',
				},
			);
		}
		found = findQueueServices(options);
		if (found.missing.length === 0) return found;
		throw new Error(
			`queue mode needs PostgreSQL and Redis: still missing ${found.missing.join(', ')} after apt-get install postgresql redis-server (exit ${r.status}): ${(r.stderr || r.stdout || '').slice(-800)}`,
		);
	}
	throw new Error(
		`queue mode needs PostgreSQL and Redis: missing ${found.missing.join(', ')}; ${
			isRoot() && apt
				? 'installing them was turned off'
				: 'install them (Debian: apt-get install postgresql redis-server) or run as root on a machine with apt-get'
		}. Run E2E_MODES=sqlite to leave queue mode out on purpose.`,
	);
}

function run(cmd, args, options, what) {
	const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
	if (r.status !== 0)
		throw new Error(
			`${what} failed (exit ${r.status ?? r.error?.message}): ${(r.stderr || r.stdout || '').slice(-800)}`,
		);
	return r;
}

/**
 * Starts PostgreSQL (database n8n) and Redis on free loopback ports under dir.
 * @returns {Promise<{ db: { host, port, database, user }, redisPort: number, stop: () => Promise<void> }>}
 */
async function startQueueServices(dir, log, workRoot = dir, search = {}) {
	const t = Date.now();
	const found = ensureQueueServices(log, search);
	// PostgreSQL refuses to run as root: as root, the server runs as the postgres user, which must reach
	// its folder: folders of the run get o+x; if a folder above the run's does not let others through,
	// the data goes to a temporary folder of its own (removed at the end)
	const asPostgres = isRoot();
	let pgDir = path.join(dir, 'pg');
	let removePgDir = false;
	if (asPostgres) {
		const above = [];
		for (let d = path.dirname(path.resolve(workRoot)); d !== path.dirname(d); d = path.dirname(d))
			above.push(d);
		if (above.some((d) => (fs.statSync(d).mode & 0o001) === 0)) {
			pgDir = fs.mkdtempSync(path.join(os.tmpdir(), 'intake-e2e-pg-'));
			fs.chmodSync(pgDir, 0o711);
			removePgDir = true;
		} else {
			for (let d = path.resolve(dir); d.startsWith(path.resolve(workRoot)); d = path.dirname(d)) {
				const mode = fs.statSync(d).mode;
				if ((mode & 0o001) === 0) fs.chmodSync(d, mode | 0o001);
				if (d === path.resolve(workRoot)) break;
			}
		}
	}
	fs.mkdirSync(pgDir, { recursive: true });
	if (asPostgres)
		run('chown', ['-R', 'postgres', pgDir], {}, 'chown of the PostgreSQL folder to postgres');
	const wrap = (cmd, args) =>
		asPostgres ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
	const data = path.join(pgDir, 'data');
	const [pgPort, redisPort] = [await processes.freePort(), await processes.freePort()];
	run(
		...wrap(found.initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']),
		{},
		'initdb',
	);
	run(
		...wrap(found.pgCtl, [
			'-D',
			data,
			'-l',
			path.join(pgDir, 'server.log'),
			'-w',
			'-o',
			`-c listen_addresses=127.0.0.1 -p ${pgPort} -k ${pgDir}`,
			'start',
		]),
		{},
		'pg_ctl start',
	);
	const stopPg = () => {
		spawnSync(...wrap(found.pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']), { encoding: 'utf8' });
		if (removePgDir) fs.rmSync(pgDir, { recursive: true, force: true });
	};
	const forgetPg = processes.onCleanup(stopPg);
	run(
		found.createdb,
		['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'postgres', 'n8n'],
		{},
		'createdb n8n',
	);
	const redis = processes.start(
		found.redis,
		[
			'--bind',
			'127.0.0.1',
			'--port',
			String(redisPort),
			'--save',
			'',
			'--appendonly',
			'no',
			'--daemonize',
			'no',
			'--dir',
			dir,
		],
		{ log: path.join(dir, 'redis.log') },
	);
	try {
		await processes.waitForPort(redisPort, 20000);
	} catch (error) {
		const text = fs.existsSync(path.join(dir, 'redis.log'))
			? fs.readFileSync(path.join(dir, 'redis.log'), 'utf8')
			: '';
		throw new Error(`redis-server did not start: ${error.message} ${text.slice(-500)}`);
	}
	log(
		`queue mode: PostgreSQL on 127.0.0.1:${pgPort}, Redis on 127.0.0.1:${redisPort} (${Date.now() - t} ms)`,
	);
	return {
		db: { host: '127.0.0.1', port: pgPort, database: 'n8n', user: 'postgres' },
		redisPort,
		async stop() {
			await processes.stop(redis, 5000);
			forgetPg();
			stopPg();
		},
	};
}

module.exports = { findQueueServices, ensureQueueServices, startQueueServices };
