/* End-to-end checks of the packed package in a real n8n; run by scripts/e2e-n8n.sh,
 * which builds and packs the package and chooses the Node that runs n8n.
 *   node scripts/e2e-n8n.js <n8n folder> <package .tgz> <work folder> <repo snapshot>
 * Each check prints PASS, FAIL or WARN (a trap for users, not a broken promise)
 * with its evidence; the last line is "N passed, N failed". Everything n8n prints
 * is kept under <work folder>/logs. */
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { startServer } = require('./e2e-target');
const { quietEnv, runJson } = require('../test/e2e/harness/n8n');

const [n8nDir, tarball, work, src] = process.argv.slice(2).map((p) => p && path.resolve(p));
if (!n8nDir || !tarball || !work || !src) {
	console.error(
		'usage: node scripts/e2e-n8n.js <n8n folder> <package .tgz> <work folder> <repo snapshot>',
	);
	process.exit(2);
}
const n8nBin = path.join(n8nDir, 'node_modules/n8n/bin/n8n');
const n8nRequire = (name) =>
	require(require.resolve(name, { paths: [path.join(n8nDir, 'node_modules/n8n'), n8nDir] }));
const user = path.join(work, 'user');
const logs = path.join(work, 'logs');
const BAD_TOKEN = 'e2e-Wrong-Secret-7f3a9c';
fs.mkdirSync(logs, { recursive: true });

// ---------- results ----------
const results = [];
function check(id, ok, what, evidence) {
	const status = ok === 'warn' ? 'WARN' : ok ? 'PASS' : 'FAIL';
	results.push({ id, status, what });
	console.log(`${status} ${id} ${what}`);
	if (evidence !== undefined) {
		const text = typeof evidence === 'string' ? evidence : JSON.stringify(evidence);
		console.log(`     ${text.length > 1500 ? `${text.slice(0, 1500)}…` : text}`);
	}
}
const eq = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// ---------- n8n ----------
const n8nPackage = JSON.parse(
	fs.readFileSync(path.join(n8nDir, 'node_modules/n8n/package.json'), 'utf8'),
);
const n8nVersion = n8nPackage.version;
const needs = /(\d+)/.exec(n8nPackage.engines?.node ?? '')?.[1];
if (needs && Number(process.versions.node.split('.')[0]) < Number(needs)) {
	console.error(
		`n8n ${n8nVersion} needs Node ${n8nPackage.engines.node}; this is Node ${process.version}. Give scripts/e2e-n8n.sh the Node that runs n8n.`,
	);
	process.exit(2);
}
const env = {
	...process.env,
	PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`,
	N8N_USER_FOLDER: user,
	...quietEnv(),
	N8N_RESTRICT_FILE_ACCESS_TO: work,
	N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT || '5699',
};
// the wrong-token run logs at debug level to a file too, to look for the token there
const debugEnv = {
	N8N_LOG_OUTPUT: 'console,file',
	N8N_LOG_FILE_LOCATION: path.join(logs, 'n8n-debug.log'),
	N8N_LOG_LEVEL: 'debug',
};
if (n8nVersion.startsWith('1.'))
	Object.assign(env, { N8N_EXPRESSION_ENGINE: 'legacy', N8N_RUNNERS_ENABLED: 'false' });

let step = 0;
function n8n(args, label, extraEnv = {}) {
	const name = `${String(++step).padStart(2, '0')}-${label}`;
	const r = spawnSync(process.execPath, [n8nBin, ...args], {
		env: { ...env, ...extraEnv },
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	fs.writeFileSync(path.join(logs, `${name}.out`), r.stdout ?? '');
	fs.writeFileSync(path.join(logs, `${name}.err`), r.stderr ?? '');
	return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', name };
}

const nodeIds = new Map();
function node(name, type, parameters, extra = {}) {
	if (!nodeIds.has(name)) nodeIds.set(name, randomUUID());
	const [t, v] = type.split('@');
	return {
		id: nodeIds.get(name),
		name,
		type: t,
		typeVersion: Number(v ?? 1),
		position: [0, 0],
		parameters,
		...extra,
	};
}
/** connections from [from, output, to, input] tuples */
function wire(...edges) {
	const c = {};
	for (const [from, output, to, input] of edges) {
		c[from] ??= { main: [] };
		while (c[from].main.length <= output) c[from].main.push([]);
		c[from].main[output].push({ node: to, type: 'main', index: input });
	}
	return c;
}
function importWorkflow(id, name, nodes, connections, settings = {}) {
	nodes.forEach((n, i) => (n.position = [i * 220, 0]));
	const file = path.join(work, `${id}.json`);
	fs.writeFileSync(
		file,
		JSON.stringify({ id, name, active: false, nodes, connections, settings, pinData: {} }, null, 2),
	);
	const r = n8n(['import:workflow', `--input=${file}`], `import-${id}`);
	if (r.code !== 0) throw new Error(`import:workflow ${id} failed: ${r.stdout}${r.stderr}`);
}
function execute(id, label, extraEnv) {
	const t = Date.now();
	const r = n8n(['execute', `--id=${id}`, '--rawOutput'], `execute-${label}`, extraEnv);
	const run = runJson(r.stdout);
	return { ...r, run, ms: Date.now() - t };
}
/** Items of one output of a node's first run. */
function out(run, nodeName, output = 0) {
	return run?.data?.resultData?.runData?.[nodeName]?.[0]?.data?.main?.[output] ?? [];
}
const jsons = (items) => items.map((i) => i.json);
const cred = { intakeApi: { id: 'e2eIntakeCred001', name: 'Local Intake (e2e)' } };
const badCred = { intakeApi: { id: 'e2eIntakeCred002', name: 'Local Intake, wrong token (e2e)' } };

// ---------- the local target (scripts/e2e-target.js) ----------
async function api(server, method, p, body, token = 'admin-token') {
	const res = await fetch(`${server.url}${p}`, {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		...(body && { body: JSON.stringify(body) }),
	});
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

// ---------- the database n8n keeps executions in ----------
async function lastExecution(workflowId) {
	const { parse } = n8nRequire('flatted');
	const sqlite3 = n8nRequire('sqlite3');
	const db = new sqlite3.Database(path.join(user, '.n8n/database.sqlite'), sqlite3.OPEN_READONLY);
	const row = await new Promise((resolve, reject) =>
		db.get(
			'SELECT e.id, e.status, d.data FROM execution_entity e JOIN execution_data d ON d.executionId = e.id WHERE e.workflowId = ? ORDER BY e.id DESC LIMIT 1',
			[workflowId],
			(err, r) => (err ? reject(err) : resolve(r)),
		),
	);
	db.close();
	return row ? { id: row.id, status: row.status, data: parse(row.data), raw: row.data } : undefined;
}
async function processedData(workflowId) {
	const sqlite3 = n8nRequire('sqlite3');
	const db = new sqlite3.Database(path.join(user, '.n8n/database.sqlite'), sqlite3.OPEN_READONLY);
	const rows = await new Promise((resolve, reject) =>
		db.all(
			'SELECT context, value FROM processed_data WHERE workflowId = ?',
			[workflowId],
			(err, r) => (err ? reject(err) : resolve(r)),
		),
	);
	db.close();
	return rows.map((r) => ({ context: r.context, entries: JSON.parse(r.value).data?.length }));
}

// ---------- data ----------
// Rows of one sheet: 2 and 3 are one person (same email), 4 and 7 a possible duplicate (same name, nothing
// else agreeing), 5 and 6 a household (same phone and street, different first names, emails and birthdays),
// 8 an existing client (same email as José Müller, given on Dedupe's second input).
const PEOPLE = [
	{
		_row: 2,
		firstName: 'Maria',
		lastName: 'Garcia',
		email: 'maria@firm.com',
		phone: '212-555-0100',
	},
	{ _row: 3, firstName: 'Maria', lastName: 'Garcia', email: 'MARIA@firm.com', city: 'New York' },
	{ _row: 4, firstName: 'Robert', lastName: 'Brown', email: 'rbrown@mail.com', city: 'Denver' },
	{
		_row: 5,
		firstName: 'John',
		lastName: 'Smith',
		email: 'john@smithfamily.net',
		phone: '512-555-0177',
		street: '12 Oak St',
		zip: '78701',
		dateOfBirth: '1970-03-02',
	},
	{
		_row: 6,
		firstName: 'Jane',
		lastName: 'Smith',
		email: 'jane.smith@gmail.com',
		phone: '512-555-0177',
		street: '12 Oak St',
		zip: '78701',
		dateOfBirth: '1972-08-19',
	},
	{ _row: 7, firstName: 'Robert', lastName: 'Brown' },
	{
		_row: 8,
		firstName: 'Jose',
		lastName: 'Muller',
		email: 'JOSE.MULLER@example.com',
		phone: '(312) 555-0199',
		city: 'Chicago',
	},
];
const EXISTING = [
	{
		firstName: 'José',
		lastName: 'Müller',
		email: 'jose.muller@example.com',
		phone: '+13125550100',
		city: 'Chicago',
	},
];
const code = (name, items) =>
	node(name, 'n8n-nodes-base.code@2', {
		jsCode: `return ${JSON.stringify(items.map((json) => ({ json })))};`,
	});
const trace = (name) =>
	node(
		name,
		'n8n-nodes-base.set@3.4',
		{
			mode: 'manual',
			includeOtherFields: true,
			assignments: {
				assignments: [
					{
						id: randomUUID(),
						name: 'sourceRow',
						type: 'number',
						value: "={{ $('Source').item.json._row }}",
					},
					{
						id: randomUUID(),
						name: 'sourceEmail',
						type: 'string',
						value: "={{ $('Source').item.json.email ?? '' }}",
					},
				],
			},
			options: {},
		},
		{ onError: 'continueRegularOutput' },
	);
const dd = (items) => items.map((i) => i.json._dedupe ?? {});

async function main() {
	const timings = {};
	console.log(`n8n ${n8nVersion} on Node ${process.version}, user folder ${user}`);

	// ---------- install the package as a community node ----------
	let t = Date.now();
	const nodesDir = path.join(user, '.n8n/nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		'{"name":"installed-nodes","private":true}\n',
	);
	const npm = spawnSync(
		'npm',
		['install', '--legacy-peer-deps', '--no-audit', '--no-fund', tarball],
		{ cwd: nodesDir, env, encoding: 'utf8' },
	);
	check(
		'0.install',
		npm.status === 0 &&
			fs.existsSync(path.join(nodesDir, 'node_modules/n8n-nodes-intake/package.json')) &&
			!fs.existsSync(path.join(nodesDir, 'node_modules/n8n-workflow')),
		'the tarball installs into ~/.n8n/nodes with no second n8n-workflow',
		(npm.stdout + npm.stderr).trim().split('\n').slice(-2).join(' | '),
	);
	timings.installPackage = Date.now() - t;

	const server = await startServer(src);
	try {
		fs.writeFileSync(
			path.join(work, 'creds.json'),
			JSON.stringify([
				{
					id: cred.intakeApi.id,
					name: cred.intakeApi.name,
					type: 'intakeApi',
					data: {
						baseUrl: server.url,
						authentication: 'bearer',
						token: 'admin-token',
						extraHeaders: '{}',
						testPath: '/api/v1/me',
					},
				},
				{
					id: badCred.intakeApi.id,
					name: badCred.intakeApi.name,
					type: 'intakeApi',
					data: {
						baseUrl: server.url,
						authentication: 'bearer',
						token: BAD_TOKEN,
						extraHeaders: '{}',
						testPath: '/api/v1/me',
					},
				},
			]),
		);
		t = Date.now();
		const ic = n8n(
			['import:credentials', `--input=${path.join(work, 'creds.json')}`],
			'import-credentials',
		);
		timings.firstN8nCommand = Date.now() - t;
		check(
			'0.credentials',
			ic.code === 0,
			'n8n import:credentials takes two Intake API credentials',
			ic.stdout.trim().split('\n').slice(-1)[0],
		);

		// E2E_ONLY=9 (or 1,3,9) runs only those groups of checks, after the install
		const only = process.env.E2E_ONLY?.split(',').map((s) => s.trim());
		const want = (group) => !only || only.includes(group);
		if (want('1')) await checkDedupe();
		if (want('2')) {
			await checkRemember();
			await checkRememberThenFail(server);
			await checkRememberPartial(server);
		}
		if (want('3')) await checkImport(server);
		if (want('4')) {
			await checkHalt(server);
			await checkToken(server);
		}
		if (want('5')) await checkMapColumns();
		if (want('8')) {
			await checkFiles();
			await checkTitleRow();
			await checkIssue17Files();
		}
		if (want('9')) await checkImportFile(server);
		if (want('6')) checkLog();
		if (process.env.E2E_QUEUE === '1' && want('7')) await checkQueue(server);
	} finally {
		server.stop();
	}
	console.log(`timings (ms): ${JSON.stringify(timings)}`);
	const failed = results.filter((r) => r.status === 'FAIL').length;
	const warned = results.filter((r) => r.status === 'WARN').length;
	if (warned)
		console.log(
			`${warned} warned: ${results
				.filter((r) => r.status === 'WARN')
				.map((r) => r.id)
				.join(', ')}`,
		);
	if (failed)
		console.log(
			`failed: ${results
				.filter((r) => r.status === 'FAIL')
				.map((r) => r.id)
				.join(', ')}`,
		);
	console.log(`${results.length - failed - warned} passed, ${failed} failed`);
	process.exitCode = failed ? 1 : 0;
}

// ---------- 1. Dedupe's three outputs, _dedupe, _row and pairedItem ----------
async function checkDedupe() {
	const id = 'e2eDedupeOutput1';
	importWorkflow(
		id,
		'e2e dedupe outputs',
		[
			node('Start', 'n8n-nodes-base.manualTrigger'),
			code('Source', PEOPLE),
			code(
				'Existing',
				EXISTING.map((e) => ({ id: 'cli-9', ...e })),
			),
			node('Dedupe', 'n8n-nodes-intake.dedupe', { policy: 'update', options: {} }),
			trace('After Unique'),
			trace('After Duplicates'),
			trace('After Review'),
		],
		wire(
			['Start', 0, 'Source', 0],
			['Start', 0, 'Existing', 0],
			['Source', 0, 'Dedupe', 0],
			['Existing', 0, 'Dedupe', 1],
			['Dedupe', 0, 'After Unique', 0],
			['Dedupe', 1, 'After Duplicates', 0],
			['Dedupe', 2, 'After Review', 0],
		),
	);
	const r = execute(id, 'dedupe');
	check(
		'1.run',
		r.code === 0 && r.run,
		`the workflow runs (exit ${r.code}, ${r.ms} ms)`,
		r.run ? undefined : (r.stdout + r.stderr).slice(-800),
	);
	if (!r.run) return;
	const [unique, dups, review] = [0, 1, 2].map((o) => out(r.run, 'Dedupe', o));
	const summary = (items) =>
		items.map((i) => [
			i.json._row,
			i.json._dedupe?.action,
			i.json._dedupe?.operation ?? null,
			i.json._dedupe?.rows ?? null,
		]);
	check(
		'1.unique',
		eq(summary(unique), [
			[2, 'kept', 'create', [2, 3]],
			[4, 'kept', 'create', [4]],
			[5, 'kept', 'create', [5]],
			[6, 'kept', 'create', [6]],
			[8, 'updated', 'update', [8]],
		]),
		'Unique: Maria (rows 2+3 merged), Robert (row 4), John and Jane (a household, both kept), José as an update',
		summary(unique),
	);
	const jose = unique.find((i) => i.json._row === 8)?.json;
	check(
		'1.existing',
		jose?._dedupe?.existingId === 'cli-9' &&
			jose?._dedupe?.rule !== undefined &&
			typeof jose?._dedupe?.why === 'string' &&
			jose?.id === 'cli-9' &&
			jose?.phone === '(312) 555-0199',
		'José matched the existing client by email: existingId cli-9, rule and why set, incoming phone wins',
		{
			_dedupe: jose?._dedupe && { ...jose._dedupe, reasons: undefined },
			id: jose?.id,
			phone: jose?.phone,
		},
	);
	check(
		'1.duplicates',
		eq(summary(dups), [[3, 'merged', null, null]]) &&
			dups[0]?.json._dedupe?.intoRow === 2 &&
			typeof dups[0]?.json._dedupe?.why === 'string' &&
			dups[0]?.json._dedupe?.rule !== undefined,
		'Duplicates: row 3 merged into row 2, with rule and why',
		dups.map((i) => ({ _row: i.json._row, ...i.json._dedupe, reasons: undefined })),
	);
	const rv = review[0]?.json._dedupe;
	check(
		'1.review',
		eq(summary(review), [[7, 'review', null, [7]]]) &&
			rv?.candidates?.[0]?.row === 4 &&
			typeof rv?.why === 'string',
		'Review: row 7 (Robert Brown, name only) with row 4 as its candidate and why',
		review.map((i) => ({
			_row: i.json._row,
			...i.json._dedupe,
			reasons: undefined,
			candidates: i.json._dedupe?.candidates?.map((c) => ({ ...c, reasons: undefined })),
		})),
	);
	const household = unique.filter((i) => i.json.lastName === 'Smith').map((i) => i.json.firstName);
	check(
		'1.household',
		eq(household, ['John', 'Jane']),
		'the household (John and Jane Smith: same phone and street) stays two people',
		household,
	);
	// pairedItem: the item back to the Source row an expression downstream can reach
	for (const [out, name] of [
		[0, 'After Unique'],
		[1, 'After Duplicates'],
		[2, 'After Review'],
	]) {
		const items = jsons(outItems(r.run, name));
		const bad = items.filter((j) => j.error !== undefined || j.sourceRow !== j._row);
		check(
			`1.paired.${out}`,
			items.length > 0 && bad.length === 0,
			`$('Source').item resolves to the item's own source row after Dedupe output ${out} (${name})`,
			items.map((j) =>
				j.error !== undefined
					? { _row: j._row ?? null, error: j.error }
					: { _row: j._row, sourceRow: j.sourceRow, sourceEmail: j.sourceEmail },
			),
		);
	}
	check(
		'1.pairedItem',
		eq(
			unique.map((i) => i.pairedItem),
			[
				[{ item: 0, input: 0 }],
				[{ item: 2, input: 0 }],
				[{ item: 3, input: 0 }],
				[{ item: 4, input: 0 }],
				[
					{ item: 6, input: 0 },
					{ item: 0, input: 1 },
				],
			],
		),
		"Unique items' pairedItem: the row each stands for (not the rows merged into it), and the existing record on input 1",
		unique.map((i) => i.pairedItem),
	);
}
function outItems(run, name) {
	return out(run, name, 0);
}

// ---------- 2. Remember Across Executions = This Workflow ----------
async function checkRemember() {
	const id = 'e2eRemember00001';
	const people = [
		{ _row: 2, firstName: 'Ann', lastName: 'Lee', email: 'ann.lee@example.com' },
		{
			_row: 3,
			firstName: 'Ann',
			lastName: 'Lee',
			email: 'ANN.LEE@example.com',
			phone: '303-555-0101',
		},
		{
			_row: 4,
			firstName: 'Carl',
			lastName: 'Ortiz',
			phone: '303-555-0102',
			dateOfBirth: '1980-01-02',
		},
		{ _row: 5, firstName: 'Robert', lastName: 'Brown', email: 'rbrown@mail.com' },
		{ _row: 6, firstName: 'Robert', lastName: 'Brown', phone: '720-555-0199' },
	];
	const build = (rows) =>
		importWorkflow(
			id,
			'e2e dedupe remember',
			[
				node('Start', 'n8n-nodes-base.manualTrigger'),
				code('Source', rows),
				node('Dedupe', 'n8n-nodes-intake.dedupe', {
					policy: 'merge',
					options: { remember: 'workflow' },
				}),
			],
			wire(['Start', 0, 'Source', 0], ['Source', 0, 'Dedupe', 0]),
		);
	const view = (run) =>
		[0, 1, 2].map((o) =>
			out(run, 'Dedupe', o).map((i) => [
				i.json._row,
				i.json._dedupe?.action,
				i.json._dedupe?.seenBefore ?? false,
			]),
		);
	build(people);
	const r1 = execute(id, 'remember-1');
	const v1 = view(r1.run);
	check(
		'2.first',
		r1.code === 0 &&
			eq(v1, [
				[
					[2, 'kept', false],
					[4, 'kept', false],
					[5, 'kept', false],
				],
				[[3, 'merged', false]],
				[[6, 'review', false]],
			]),
		'run 1: Ann (2+3), Carl, Robert on Unique; row 3 on Duplicates; row 6 (Robert, phone only) on Review',
		{
			exit: r1.code,
			unique: v1[0],
			duplicates: v1[1],
			review: v1[2],
			tail: r1.run ? undefined : (r1.stdout + r1.stderr).slice(-600),
		},
	);
	const stored = await processedData(id).catch((e) => String(e));
	check(
		'2.store',
		Array.isArray(stored) &&
			stored.length === 1 &&
			stored[0].context === '' &&
			stored[0].entries > 0,
		'n8n\'s processed_data table holds hashed keys for the workflow (context "" = workflow scope)',
		stored,
	);
	const r2 = execute(id, 'remember-2');
	const v2 = view(r2.run);
	check(
		'2.second',
		r2.code === 0 &&
			eq(v2[0], []) &&
			eq(
				v2[1].filter((x) => [2, 3, 4, 5].includes(x[0])),
				[
					[2, 'skipped', true],
					[3, 'skipped', true],
					[4, 'skipped', true],
					[5, 'skipped', true],
				],
			),
		'run 2 (same rows): nobody on Unique; everyone passed on before is on Duplicates with seenBefore: true',
		{ unique: v2[0], duplicates: v2[1], review: v2[2] },
	);
	check(
		'2.reviewForgotten',
		eq(v2[2], [[6, 'review', false]]),
		'run 2: row 6, held for review in run 1 (never passed on), is not "seen before"',
		{ review: v2[2], row6OnDuplicates: v2[1].find((x) => x[0] === 6) ?? null },
	);
	build([
		...people,
		{ _row: 7, firstName: 'Dana', lastName: 'Kim', email: 'dana.kim@example.com' },
	]);
	const r3 = execute(id, 'remember-3');
	const v3 = view(r3.run);
	check(
		'2.third',
		r3.code === 0 && eq(v3[0], [[7, 'kept', false]]) && v3[1].filter((x) => x[2]).length === 4,
		'run 3 (one new person, the workflow re-imported): only Dana on Unique, the others seenBefore on Duplicates',
		{ unique: v3[0], duplicates: v3[1], review: v3[2] },
	);
}

// ---------- 2b. Remember, then the import after it fails: are the people lost for the next run? ----------
async function checkRememberThenFail(server) {
	await server.reset();
	const id = 'e2eRememberFail1';
	const build = (credentials) =>
		importWorkflow(
			id,
			'e2e remember then import',
			[
				node('Start', 'n8n-nodes-base.manualTrigger'),
				code('Source', [
					{ _row: 2, firstName: 'Eve', lastName: 'Stone', email: 'eve@stone.io' },
					{ _row: 3, firstName: 'Finn', lastName: 'Hale', email: 'finn@hale.io' },
				]),
				node('Dedupe', 'n8n-nodes-intake.dedupe', {
					policy: 'merge',
					options: { remember: 'workflow' },
				}),
				node(
					'Import Batch',
					'n8n-nodes-intake.importBatch',
					{
						operation: 'import',
						object: 'clients',
						mode: 'bulk',
						onError: 'halt',
						importOptions: {},
					},
					{ credentials },
				),
			],
			wire(['Start', 0, 'Source', 0], ['Source', 0, 'Dedupe', 0], ['Dedupe', 0, 'Import Batch', 0]),
		);
	build(badCred);
	const r1 = execute(id, 'remember-fail-1');
	build(cred);
	const r2 = execute(id, 'remember-fail-2');
	const unique = out(r2.run, 'Dedupe', 0).length;
	const created = ((await server.dump()).store.clients ?? []).length;
	check(
		'2.afterFailedImport',
		r1.code !== 0 && r2.code === 0 && (unique === 2 && created === 2 ? true : 'warn'),
		'Remember + an import that failed (wrong token), then fixed and run again: are the 2 people imported?',
		{
			run1Exit: r1.code,
			run2Exit: r2.code,
			run2Unique: unique,
			run2Duplicates: out(r2.run, 'Dedupe', 1).map((i) => [
				i.json._row,
				i.json._dedupe?.action,
				i.json._dedupe?.seenBefore ?? false,
			]),
			createdInTarget: created,
		},
	);
	// the way out: n8n's Remove Duplicates node, Clear Deduplication History with scope Workflow, shares the store
	importWorkflow(
		id,
		'e2e remember then import',
		[
			node('Start', 'n8n-nodes-base.manualTrigger'),
			node('Forget', 'n8n-nodes-base.removeDuplicates@2', {
				operation: 'clearDeduplicationHistory',
				mode: 'cleanDatabase',
				options: { scope: 'workflow' },
			}),
			code('Source', [
				{ _row: 2, firstName: 'Eve', lastName: 'Stone', email: 'eve@stone.io' },
				{ _row: 3, firstName: 'Finn', lastName: 'Hale', email: 'finn@hale.io' },
			]),
			node('Dedupe', 'n8n-nodes-intake.dedupe', {
				policy: 'merge',
				options: { remember: 'workflow' },
			}),
			node(
				'Import Batch',
				'n8n-nodes-intake.importBatch',
				{
					operation: 'import',
					object: 'clients',
					mode: 'bulk',
					onError: 'halt',
					importOptions: {},
				},
				{ credentials: cred },
			),
		],
		wire(
			['Start', 0, 'Forget', 0],
			['Forget', 0, 'Source', 0],
			['Source', 0, 'Dedupe', 0],
			['Dedupe', 0, 'Import Batch', 0],
		),
	);
	const r3 = execute(id, 'remember-fail-3');
	const after = ((await server.dump()).store.clients ?? []).length;
	check(
		'2.clearHistory',
		r3.code === 0 && out(r3.run, 'Dedupe', 0).length === 2 && after === 2,
		'workaround: Remove Duplicates → Clear Deduplication History (scope Workflow) before Dedupe makes it forget; the 2 people are imported',
		{ exit: r3.code, unique: out(r3.run, 'Dedupe', 0).length, createdInTarget: after },
	);
}

// ---------- 2c. Remember, then an import that halts part-way: only what was imported stays remembered ----------
async function checkRememberPartial(server) {
	await server.reset();
	const id = 'e2eRememberHalt1';
	const rows = [
		{ _row: 2, firstName: 'Ada', lastName: 'One', email: 'ada@one.com' },
		{ _row: 3, firstName: 'Bob', lastName: 'Two', email: 'not-an-email' },
		{ _row: 4, firstName: 'Cy', lastName: 'Three', email: 'cy@three.com' },
	];
	const build = (onError) =>
		importWorkflow(
			id,
			'e2e remember then halt',
			[
				node('Start', 'n8n-nodes-base.manualTrigger'),
				code('Source', rows),
				node('Dedupe', 'n8n-nodes-intake.dedupe', {
					policy: 'merge',
					options: { remember: 'workflow' },
				}),
				node(
					'Import Batch',
					'n8n-nodes-intake.importBatch',
					{ operation: 'import', object: 'clients', mode: 'perRecord', onError, importOptions: {} },
					{ credentials: cred },
				),
			],
			wire(['Start', 0, 'Source', 0], ['Source', 0, 'Dedupe', 0], ['Dedupe', 0, 'Import Batch', 0]),
		);
	const view = (run) =>
		[0, 1].map((o) =>
			out(run, 'Dedupe', o).map((i) => [i.json._row, i.json._dedupe?.seenBefore ?? false]),
		);
	build('halt');
	const r1 = execute(id, 'remember-halt-1');
	build('skip');
	const r2 = execute(id, 'remember-halt-2');
	const r3 = execute(id, 'remember-halt-3');
	const [v2, v3] = [view(r2.run), view(r3.run)];
	const created = ((await server.dump()).store.clients ?? []).map((c) => c.firstName);
	check(
		'2.partialHalt',
		r1.code !== 0 &&
			eq(
				v2[0].map((x) => x[0]),
				[3, 4],
			) &&
			eq(v2[1], [[2, true]]) &&
			eq(
				v3[0].map((x) => x[0]),
				[3],
			) &&
			eq(created, ['Ada', 'Cy']),
		'Remember + a halt at row 3 (row 2 imported, 4 not attempted): run 2 (Skip Row) passes on rows 3 and 4 again, row 2 seenBefore; run 3 passes on only row 3, which failed again',
		{
			run1Exit: r1.code,
			run2: { unique: v2[0], duplicates: v2[1] },
			run3: { unique: v3[0], duplicates: v3[1] },
			created,
		},
	);
	// This Node: the node keeps its own memory (its id hashed into its keys)
	const nid = 'e2eRememberNode1';
	importWorkflow(
		nid,
		'e2e remember this node',
		[
			node('Start', 'n8n-nodes-base.manualTrigger'),
			code('Source', rows.slice(0, 1)),
			node('Dedupe A', 'n8n-nodes-intake.dedupe', {
				policy: 'merge',
				options: { remember: 'node' },
			}),
			node('Dedupe B', 'n8n-nodes-intake.dedupe', {
				policy: 'merge',
				options: { remember: 'node' },
			}),
		],
		wire(['Start', 0, 'Source', 0], ['Source', 0, 'Dedupe A', 0], ['Source', 0, 'Dedupe B', 0]),
	);
	const n1 = execute(nid, 'remember-node-1');
	const n2 = execute(nid, 'remember-node-2');
	const counts = (run) =>
		['Dedupe A', 'Dedupe B'].map((n) => [
			out(run, n, 0).length,
			out(run, n, 1).filter((i) => i.json._dedupe?.seenBefore).length,
		]);
	check(
		'2.nodeScope',
		eq(counts(n1.run), [
			[1, 0],
			[1, 0],
		]) &&
			eq(counts(n2.run), [
				[0, 1],
				[0, 1],
			]),
		'Remember = This Node, two Dedupe nodes on the same rows: each passes the person on once, then each skips it (their memories apart)',
		{
			run1: counts(n1.run),
			run2: counts(n2.run),
			note: '[unique, seenBefore] for Dedupe A, Dedupe B',
		},
	);
}

// ---------- 3. Import Batch after Dedupe (policy Update), tagging and Revert Import ----------
async function checkImport(server) {
	await server.reset();
	const seeded = [];
	for (const record of [
		...EXISTING,
		{ firstName: 'Paul', lastName: 'Novak', email: 'paul@novak.org' },
	])
		seeded.push((await api(server, 'POST', '/api/clients', record)).body?.data?.id);
	const joseId = seeded[0];
	const id = 'e2eImportUpdate1';
	const source = PEOPLE.filter((p) => p._row !== 7);
	importWorkflow(
		id,
		'e2e dedupe then import',
		[
			node('Start', 'n8n-nodes-base.manualTrigger'),
			code('Source', source),
			node(
				'Fetch Clients',
				'n8n-nodes-base.httpRequest@4.2',
				{
					method: 'GET',
					url: `${server.url}/api/clients`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'intakeApi',
					options: {},
				},
				{ credentials: cred },
			),
			node('Split Clients', 'n8n-nodes-base.splitOut@1', { fieldToSplitOut: 'data', options: {} }),
			node('Dedupe', 'n8n-nodes-intake.dedupe', { policy: 'update', options: {} }),
			node(
				'Import Batch',
				'n8n-nodes-intake.importBatch',
				{
					operation: 'import',
					object: 'clients',
					mode: 'bulk',
					onError: 'halt',
					importOptions: { tagField: 'importId', source: 'e2e.csv' },
				},
				{ credentials: cred },
			),
		],
		wire(
			['Start', 0, 'Source', 0],
			['Start', 0, 'Fetch Clients', 0],
			['Fetch Clients', 0, 'Split Clients', 0],
			['Source', 0, 'Dedupe', 0],
			['Split Clients', 0, 'Dedupe', 1],
			['Dedupe', 0, 'Import Batch', 0],
		),
	);
	const r = execute(id, 'import-update');
	const report = out(r.run, 'Import Batch', 0)[0]?.json;
	const unique = out(r.run, 'Dedupe', 0);
	check(
		'3.run',
		r.code === 0 && report?.status === 'Complete',
		`the import runs: status ${report?.status}, exit ${r.code}`,
		report ? { totals: report.totals } : (r.stdout + r.stderr).slice(-800),
	);
	if (!report) return;
	const after = await server.dump();
	const patches = after.log
		.filter((l) => l.method === 'PATCH' || l.method === 'PUT')
		.map((l) => `${l.method} ${l.path}`);
	check(
		'3.patch',
		eq(patches, [`PATCH /api/clients/${joseId}`]),
		`the existing client is PATCHed at /api/clients/${joseId}`,
		after.log.map(
			(l) => `${l.method} ${l.path}${l.records !== undefined ? ` (${l.records} records)` : ''}`,
		),
	);
	const clients = after.store.clients ?? [];
	const joses = clients.filter((c) => /jose/i.test(String(c.email)));
	check(
		'3.notCreatedTwice',
		joses.length === 1 && joses[0].id === joseId && joses[0].phone === '(312) 555-0199',
		"José is not created again; his record has the file's phone",
		joses,
	);
	// the target finds duplicates by email or phone: Jane shares John's phone, so it answers her as a duplicate
	const made = clients.filter((c) => !seeded.includes(c.id)).length;
	check(
		'3.totals',
		report.totals.created === 3 &&
			report.totals.duplicate === 1 &&
			report.totals.updated === 1 &&
			report.totals.failed === 0 &&
			made === report.totals.created,
		"report totals match the target: 3 created (Maria, Robert, John), 1 duplicate (Jane: the target matches John's phone), 1 updated (José)",
		{ totals: report.totals, createdInTarget: made },
	);
	const rows = report.results.map((x) => x.row);
	check(
		'3.rows',
		eq(
			rows,
			unique.map((i) => i.json._row),
		) && eq(rows, [2, 4, 5, 6, 8]),
		"report results' row = the source _row of each record",
		report.results.map((x) => [x.row, x.status, x.id ?? null]),
	);
	const tagged = clients.filter((c) => c.importId === report.importId).map((c) => c.firstName);
	check(
		'3.tagged',
		tagged.length === made && made === 3 && !clients.find((c) => c.id === joseId)?.importId,
		'the 3 created records carry importId; the updated one does not',
		clients.map((c) => [c.id, c.firstName, c.importId ?? null]),
	);

	const rid = 'e2eRevertImport1';
	importWorkflow(
		rid,
		'e2e revert import',
		[
			node('Start', 'n8n-nodes-base.manualTrigger'),
			code('Report', [report]),
			node(
				'Revert Import',
				'n8n-nodes-intake.importBatch',
				{ operation: 'revert' },
				{ credentials: cred },
			),
		],
		wire(['Start', 0, 'Report', 0], ['Report', 0, 'Revert Import', 0]),
	);
	const rr = execute(rid, 'revert');
	const revert = out(rr.run, 'Revert Import', 0)[0]?.json;
	const left = (await server.dump()).store.clients ?? [];
	check(
		'3.revert',
		rr.code === 0 &&
			revert?.totals?.deleted === made &&
			eq(
				left.map((c) => c.id),
				seeded,
			) &&
			left[0]?.phone === '(312) 555-0199',
		'Revert Import (in a later execution, from the report) deletes the 3 created records and keeps the 2 existing ones, José updated',
		{
			status: revert?.status,
			totals: revert?.totals,
			search: revert?.search,
			left: left.map((c) => [c.id, c.firstName, c.phone ?? null]),
		},
	);
}

// ---------- 4. An import that halts, On Error settings, and a refused token ----------
async function checkHalt(server) {
	await server.reset();
	const rows = [
		{ _row: 2, firstName: 'Ada', lastName: 'One', email: 'ada@one.com' },
		{ _row: 3, firstName: 'Bob', lastName: 'Two', email: 'not-an-email' },
		{ _row: 4, firstName: 'Cy', lastName: 'Three', email: 'cy@three.com' },
	];
	const build = (
		id,
		nodeExtra,
		importOptions = {},
		parameters = { mode: 'perRecord', onError: 'halt' },
	) =>
		importWorkflow(
			id,
			`e2e halt ${id}`,
			[
				node('Start', 'n8n-nodes-base.manualTrigger'),
				code('Source', rows),
				node(
					'Import Batch',
					'n8n-nodes-intake.importBatch',
					{ operation: 'import', object: 'clients', ...parameters, importOptions },
					{ credentials: cred, ...nodeExtra },
				),
				trace('After Exceptions'),
			],
			wire(
				['Start', 0, 'Source', 0],
				['Source', 0, 'Import Batch', 0],
				['Import Batch', 1, 'After Exceptions', 0],
			),
		);

	// On Error = Skip Row and Continue, in one bulk batch to the counts-only target: the failed row on Exceptions, paired with its source item
	build('e2eSkipBulk00001', {}, {}, { mode: 'bulk', onError: 'skip' });
	const k = execute('e2eSkipBulk00001', 'skip-bulk');
	const krep = out(k.run, 'Import Batch', 0)[0]?.json;
	const kex = jsons(out(k.run, 'After Exceptions', 0));
	check(
		'4.skip',
		k.code === 0 &&
			krep?.totals?.created === 2 &&
			krep?.totals?.failed === 1 &&
			eq(
				kex.map((j) => [j._row, j._code, j.sourceRow, j.sourceEmail]),
				[[3, 'INVALID_EMAIL', 3, 'not-an-email']],
			),
		"On Error = Skip Row (bulk, counts-only answer): 2 created, row 3 on Exceptions with INVALID_EMAIL, and $('Source').item after Exceptions is row 3",
		{
			exit: k.code,
			status: krep?.status,
			totals: krep?.totals,
			results: krep?.results?.map((x) => [x.row, x.status, x.code ?? null]),
			afterExceptions: kex.map((j) => ({
				_row: j._row,
				_code: j._code,
				sourceRow: j.sourceRow,
				error: j.error,
			})),
		},
	);
	await server.reset();

	build('e2eHaltStop00001', {});
	const r = execute('e2eHaltStop00001', 'halt-stop');
	const all = r.stdout + r.stderr;
	const msg = /The import stopped with status Error[^\n"]*/.exec(all)?.[0];
	check(
		'4.fails',
		r.code !== 0 && !!msg,
		`On Error = Halt with a rejected row fails the execution (exit ${r.code})`,
		msg ?? all.slice(-800),
	);
	check(
		'4.message',
		!!msg &&
			/row 3/.test(msg) &&
			/INVALID_EMAIL/.test(msg) &&
			/1 created/.test(msg) &&
			/Import ID \S+/.test(msg),
		'the message names the row, the code, the counts and the import id',
		msg,
	);
	const ex = await lastExecution('e2eHaltStop00001').catch((e) => ({ error: String(e) }));
	const err = ex?.data?.resultData?.error;
	const rep = err?.context?.report;
	check(
		'4.savedError',
		ex?.status === 'error' && /row 3/.test(err?.message ?? ''),
		'the failed execution is saved with the error',
		{ id: ex?.id, status: ex?.status, message: err?.message, error: ex?.error },
	);
	check(
		'4.contextReport',
		rep?.status === 'Error' && rep?.haltReason?.row === 3,
		'the failed execution data holds the report in error.context.report',
		rep
			? { status: rep.status, totals: rep.totals, haltReason: rep.haltReason }
			: {
					errorKeys: err && Object.keys(err),
					contextKeys: err?.context && Object.keys(err.context),
				},
	);
	const cliReport = runJson(r.stdout)?.data?.resultData?.error?.context?.report;
	check(
		'4.cliReport',
		cliReport?.status === 'Error',
		'n8n execute prints the report with the error (error.context.report)',
		cliReport ? { status: cliReport.status } : 'no error.context.report in the printed execution',
	);

	await server.reset();
	build('e2eHaltContinue1', { onError: 'continueRegularOutput' });
	const c = execute('e2eHaltContinue1', 'halt-continue');
	const crep = out(c.run, 'Import Batch', 0)[0]?.json;
	check(
		'4.continue',
		c.code === 0 &&
			crep?.status === 'Error' &&
			crep?.haltReason?.row === 3 &&
			out(c.run, 'Import Batch', 1).length === 1,
		'node setting On Error = Continue: the report (status Error) comes out on Report, the failed row on Exceptions',
		{
			exit: c.code,
			status: crep?.status,
			totals: crep?.totals,
			haltReason: crep?.haltReason,
			exceptions: jsons(out(c.run, 'Import Batch', 1)).map((j) => [j._row, j._code]),
		},
	);

	await server.reset();
	build('e2eHaltOption001', {}, { outputReportOnError: true });
	const o = execute('e2eHaltOption001', 'halt-option');
	const orep = out(o.run, 'Import Batch', 0)[0]?.json;
	check(
		'4.option',
		o.code === 0 && orep?.status === 'Error',
		'option Output Report on Error: the report comes out on Report',
		{ exit: o.code, status: orep?.status },
	);

	await server.reset();
	build('e2eHaltErrOut001', { onError: 'continueErrorOutput' });
	const eo = execute('e2eHaltErrOut001', 'halt-error-output');
	const outs = [0, 1, 2].map((i) =>
		jsons(out(eo.run, 'Import Batch', i)).map((j) =>
			j.status !== undefined
				? `report:${j.status}`
				: j._code !== undefined
					? `exception:${j._row}`
					: j.error !== undefined
						? `error:${String(j.error).slice(0, 60)}`
						: Object.keys(j).join(','),
		),
	);
	check(
		'4.errorOutput',
		eo.code === 0 && outs[0][0] === 'report:Error',
		'node setting On Error = Continue (using error output): where the report goes',
		{ exit: eo.code, report: outs[0], exceptions: outs[1], error: outs[2] },
	);
}

async function checkToken(server) {
	await server.reset();
	const id = 'e2eWrongToken001';
	importWorkflow(
		id,
		'e2e wrong token',
		[
			node('Start', 'n8n-nodes-base.manualTrigger'),
			code('Source', [{ firstName: 'Ada', lastName: 'One', email: 'ada@one.com' }]),
			node(
				'Import Batch',
				'n8n-nodes-intake.importBatch',
				{
					operation: 'import',
					object: 'clients',
					mode: 'bulk',
					onError: 'skip',
					importOptions: {},
				},
				{ credentials: badCred },
			),
		],
		wire(['Start', 0, 'Source', 0], ['Source', 0, 'Import Batch', 0]),
	);
	const r = execute(id, 'wrong-token', debugEnv);
	const all = r.stdout + r.stderr;
	const msg = /The import stopped with status Error[^\n"]*/.exec(all)?.[0];
	const said = /(rejected|refused) the API token|token (was )?(rejected|refused)/i.exec(all)?.[0];
	check(
		'4.token',
		r.code !== 0 && !!msg && !!said,
		'a wrong token (401) fails the execution and says the token was rejected',
		{ exit: r.code, message: msg, says: said },
	);
	const ex = await lastExecution(id).catch(() => undefined);
	const leaks = [];
	if (all.includes(BAD_TOKEN)) leaks.push('n8n execute output');
	if (ex?.raw?.includes(BAD_TOKEN)) leaks.push('the saved execution data');
	if (
		fs.existsSync(debugEnv.N8N_LOG_FILE_LOCATION) &&
		fs.readFileSync(debugEnv.N8N_LOG_FILE_LOCATION, 'utf8').includes(BAD_TOKEN)
	)
		leaks.push('n8n-debug.log');
	check(
		'4.tokenNotLeaked',
		leaks.length === 0,
		'the token appears nowhere (the target echoes it in its 401 body)',
		leaks.length
			? `found in: ${leaks.join(', ')}`
			: 'not in stdout/stderr, n8n-debug.log (debug level) or the saved execution',
	);
}

// ---------- 5. Map Columns: Continue On Fail with a bad custom schema ----------
async function checkMapColumns() {
	const rows = [
		{ 'First Name': 'Ada', 'Last Name': 'One', Email: 'ada@one.com' },
		{ 'First Name': 'Bob', 'Last Name': 'Two', Email: 'bob@two.com' },
	];
	for (const [label, customSchema] of [
		['invalid', '{ "name": "bad", "fields": [{ "key": "x", "type": "bogus" }] }'],
		['not JSON', '{ "name": "bad", "fields": ['],
	]) {
		const id = label === 'invalid' ? 'e2eMapBadSchema1' : 'e2eMapBadSchema2';
		importWorkflow(
			id,
			`e2e map columns ${label}`,
			[
				node('Start', 'n8n-nodes-base.manualTrigger'),
				code('Source', rows),
				node(
					'Map Columns',
					'n8n-nodes-intake.mapColumns',
					{ schema: 'custom', customSchema, options: {} },
					{ onError: 'continueRegularOutput' },
				),
			],
			wire(['Start', 0, 'Source', 0], ['Source', 0, 'Map Columns', 0]),
		);
		const r = execute(id, `map-${label.replace(' ', '-')}`);
		const [valid, invalid] = [0, 1].map((o) => jsons(out(r.run, 'Map Columns', o)));
		check(
			`5.${label === 'invalid' ? 'schema' : 'json'}`,
			r.code === 0 &&
				valid.length === 0 &&
				invalid.length === 2 &&
				invalid.every((j) => j._status === 'error' && typeof j.error === 'string'),
			`Continue On Fail, custom schema ${label}: the error items come out on Invalid, none on Valid`,
			{
				exit: r.code,
				valid: valid.length,
				invalid: invalid.map((j) => ({
					_row: j._row,
					_status: j._status,
					error: j.error,
					code: j.code,
				})),
			},
		);
	}
}

// ---------- 8. from a file on disk: Read/Write File → Spreadsheet to Records → Map Columns → Dedupe ----------
async function checkFiles() {
	// set up as `npm run sample` reads them: the workbook's header is on row 3 (a report title above it); the legacy matters get a fixed case type
	const cases = [
		[
			'csv',
			'outlook-contacts-windows1252.csv',
			{},
			{ schema: 'clients', options: {} },
			(recs) =>
				recs.length === 4 &&
				recs[0].firstName === 'José' &&
				recs[0].lastName === 'Müller' &&
				/spring fair/.test(String(recs[1].notes ?? '')),
		],
		[
			'xlsx',
			'clients-with-title-row.xlsx',
			{ headerRow: 3 },
			{ schema: 'clients', options: {} },
			(recs, invalid) => recs.length > 0 && invalid.length === 0,
		],
		[
			'xls',
			'legacy-matters.xls',
			{},
			{
				schema: 'cases',
				options: { fixedValues: { values: [{ field: 'caseType', value: 'Legacy matter' }] } },
			},
			(recs, invalid) => recs.length === 2 && invalid.length === 0,
		],
	];
	for (const [label, file, readOptions, mapParameters, ok] of cases) {
		const c = runFileChain(
			`e2eFile${label.padEnd(9, '0')}`,
			label,
			file,
			V1,
			readOptions,
			mapParameters,
		);
		check(
			`8.${label}`,
			c.r.code === 0 && ok(c.valid, c.invalid),
			`${file} (${JSON.stringify(readOptions)}, ${mapParameters.schema}): read, mapped and deduped in n8n's default binary data mode`,
			{
				exit: c.r.code,
				error: c.error,
				rows: c.read.length,
				valid: c.valid.length,
				invalid: c.invalid.map((j) => [
					j._row,
					j._status,
					(j._errors ?? []).map((e) => e.code ?? e.message).join(','),
				]),
				first:
					c.valid[0] &&
					Object.fromEntries(
						Object.entries(c.valid[0])
							.filter(([k]) => !k.startsWith('_'))
							.slice(0, 6),
					),
				unique: c.unique.length,
			},
		);
	}
}

// ---------- 8b. the workbook with a title row, as a new user adds the node ----------
/**
 * Read File → Spreadsheet to Records (the version and options given) → Map Columns → Dedupe
 * on a file of examples/; the items each node put out, the error, and the run.
 */
function runFileChain(id, label, file, type, readOptions, mapParameters) {
	importWorkflow(
		id,
		`e2e file ${label} ${file}`,
		[
			node('Start', 'n8n-nodes-base.manualTrigger'),
			node('Read File', 'n8n-nodes-base.readWriteFile@1', {
				operation: 'read',
				fileSelector: path.join(src, 'examples', file),
				options: {},
			}),
			// a node added in the editor stores only what differs from its defaults
			node('Spreadsheet to Records', type, { options: readOptions }),
			node('Map Columns', 'n8n-nodes-intake.mapColumns', mapParameters),
			node('Dedupe', 'n8n-nodes-intake.dedupe', { policy: 'merge', options: {} }),
		],
		wire(
			['Start', 0, 'Read File', 0],
			['Read File', 0, 'Spreadsheet to Records', 0],
			['Spreadsheet to Records', 0, 'Map Columns', 0],
			['Map Columns', 0, 'Dedupe', 0],
		),
	);
	const r = execute(id, `file-${label}`);
	const [valid, invalid] = [0, 1].map((o) => jsons(out(r.run, 'Map Columns', o)));
	return {
		r,
		read: jsons(out(r.run, 'Spreadsheet to Records', 0)),
		valid,
		invalid,
		unique: jsons(out(r.run, 'Dedupe', 0)),
		error:
			r.run?.data?.resultData?.error?.message ??
			(r.code !== 0 ? (r.stdout + r.stderr).slice(-400) : undefined),
	};
}

/** A record without the envelope's `_` fields (but `_sheet` and the warnings' codes), for the evidence. */
function shown(j) {
	const o = Object.fromEntries(Object.entries(j).filter(([k]) => !k.startsWith('_')));
	if (j._sheet !== undefined) o._sheet = j._sheet;
	if (j._warnings?.length) o._warnings = j._warnings.map((w) => w.code);
	if (j._errors?.length) o._errors = j._errors.map((e) => `${e.field}:${e.code}`);
	return o;
}
const codesOf = (j) => (j?._warnings ?? []).concat(j?._errors ?? []).map((e) => e.code);
const warned = (j, code) => codesOf(j).includes(code);
const byFirst = (items, firstName) => items.find((j) => j.firstName === firstName);
const V2 = 'n8n-nodes-intake.spreadsheetToRecords@2';
const V1 = 'n8n-nodes-intake.spreadsheetToRecords';

async function checkTitleRow() {
	// version 2 with every default: Header Row 0, the header found
	const c = runFileChain(
		'e2eFileTitleRow1',
		'title-row',
		'clients-with-title-row.xlsx',
		V2,
		{},
		{
			schema: 'clients',
			options: {},
		},
	);
	const first = c.read[0];
	check(
		'8.titleRow',
		c.r.code === 0 &&
			first?._header?.row === 3 &&
			first._header.chosen === 'auto' &&
			eq(first._header.skipped, [1]) &&
			eq(
				Object.keys(first).filter((k) => !k.startsWith('_')),
				['Full Name', 'Phone', 'Email', 'Zip', 'Client Since', 'Open Matters'],
			) &&
			c.read.length === 3 &&
			c.valid.length === 3 &&
			c.invalid.length === 0 &&
			eq(
				c.valid.map((j) => [j._row, j.firstName, j.lastName]),
				[
					[4, 'Jane', 'Doe-Smith'],
					[5, 'Robert', 'Smith'],
					[6, 'Maria', 'de la Cruz'],
				],
			),
		'clients-with-title-row.xlsx, Spreadsheet to Records v2 with its defaults: the title row is skipped and row 3 found as the header, every row valid',
		{
			error: c.error,
			header: first?._header,
			headers: first && Object.keys(first),
			issues: first?._issues,
			valid: c.valid.map(shown),
			invalid: c.invalid.map(shown),
		},
	);
	// version 1 as it always was: Header Row 1, the title read as the header
	const v1 = runFileChain(
		'e2eFileTitleRowV',
		'title-row-v1',
		'clients-with-title-row.xlsx',
		V1,
		{},
		{
			schema: 'clients',
			options: {},
		},
	);
	check(
		'8.titleRow.v1',
		v1.r.code === 0 &&
			v1.read[0] &&
			Object.keys(v1.read[0]).some((k) => /exported/.test(k)) &&
			v1.read[0]._header === undefined,
		'clients-with-title-row.xlsx, Spreadsheet to Records v1 with its defaults: Header Row 1 as before (the title is the header, no _header)',
		{ error: v1.error, headers: v1.read[0] && Object.keys(v1.read[0]) },
	);
}

// ---------- 8c. the samples of issue 17, each through v2 with its defaults → Map Columns → Dedupe ----------
async function checkIssue17Files() {
	checkMergedCells();
	checkDecimalCommas();
	checkInternational();
	checkSurnameFirst();
	checkGoogleContacts();
	checkEverySheet();
}

function checkMergedCells() {
	const cases = { schema: 'cases', options: {} };
	const plain = runFileChain(
		'e2eFileMerged000',
		'merged',
		'matters-merged-cells.xlsx',
		V2,
		{},
		cases,
	);
	check(
		'8.merged.defaults',
		plain.r.code === 0 &&
			plain.read[0]?._header?.row === 4 &&
			eq(plain.read[0]._header.skipped, [1, 2]) &&
			eq(
				plain.valid.map((j) => [j._row, j.clientName]),
				[
					[5, 'Smith, Robert'],
					[8, 'Alvarez Holdings LLC'],
					[10, 'Nguyen, Thanh'],
				],
			) &&
			eq(
				plain.invalid.map((j) => [j._row, (j._errors ?? []).map((e) => `${e.field}:${e.code}`)]),
				[
					[6, ['clientName:VALUE_REQUIRED']],
					[7, ['clientName:VALUE_REQUIRED']],
					[9, ['clientName:VALUE_REQUIRED']],
				],
			),
		'matters-merged-cells.xlsx, v2 defaults (Fill Merged Cells off): header row 4 found under the title and date line; the rows a merged client covers are blank there and Invalid, none lost',
		{
			error: plain.error,
			header: plain.read[0]?._header,
			valid: plain.valid.map(shown),
			invalid: plain.invalid.map((j) => [j._row, (j._errors ?? []).map((e) => e.message)]),
		},
	);
	const filled = runFileChain(
		'e2eFileMerged001',
		'merged-fill',
		'matters-merged-cells.xlsx',
		V2,
		{ fillMerged: true },
		cases,
	);
	check(
		'8.merged.fill',
		filled.r.code === 0 &&
			filled.read[0]?._header?.row === 4 &&
			filled.invalid.length === 0 &&
			eq(
				filled.valid.map((j) => [j._row, j.clientName, j.caseNumber, j.openedDate, j.assignedTo]),
				[
					[5, 'Smith, Robert', 'M-2024-0012', '2024-01-08', 'Jordan Pike'],
					[6, 'Smith, Robert', 'M-2024-0019', '2024-02-29', 'Jordan Pike'],
					[7, 'Smith, Robert', 'M-2024-0031', '2024-03-15', 'Dana Harlow'],
					[8, 'Alvarez Holdings LLC', 'M-2023-0410', '2023-11-20', 'Dana Harlow'],
					[9, 'Alvarez Holdings LLC', 'M-2024-0007', '2024-01-03', 'Dana Harlow'],
					[10, 'Nguyen, Thanh', 'M-2024-0044', '2024-04-22', 'Sam Ortiz'],
				],
			) &&
			filled.unique.length === 6,
		'matters-merged-cells.xlsx, v2 with Fill Merged Cells: each client (and attorney) merged down fills every row it covers; 6 matters valid, Dedupe keeps all 6',
		{
			error: filled.error,
			valid: filled.valid.map(shown),
			invalid: filled.invalid.map(shown),
			unique: filled.unique.length,
		},
	);
}

function checkDecimalCommas() {
	const c = runFileChain(
		'e2eFileFees00000',
		'fees',
		'fees-decimal-comma.csv',
		V2,
		{},
		{
			schema: 'clients',
			customFields: {
				fields: [
					{ key: 'retainer', type: 'number' },
					{ key: 'feesBilled', label: 'Fees Billed', type: 'number' },
				],
			},
			options: {},
		},
	);
	check(
		'8.fees',
		c.r.code === 0 &&
			c.invalid.length === 0 &&
			eq(
				c.valid.map((j) => [j.firstName, j.lastName, j.retainer, j.feesBilled, j.dateOfBirth]),
				[
					['Jürgen', 'Müller', 2000, 1234.56, '1968-12-31'],
					['Anne-Sophie', 'Dubois', 500, 9.99, '1975-03-05'],
					['Klaus', 'Weber', 1500, 12500, '1990-08-17'],
					['Zoë', 'Janssen', 0, 780.5, '1985-02-01'],
				],
			) &&
			c.valid[0].phone === '+493012345678' &&
			c.valid[0].notes === 'Vorschuss 500 € erhalten' &&
			c.unique.length === 4,
		'fees-decimal-comma.csv (Windows-1252, semicolons), v2 defaults → Map Columns with two number fields: 1.234,56 and 9,99 are numbers, dd.mm.yyyy dates, +49 phones, € and umlauts read',
		{ error: c.error, valid: c.valid.map(shown), invalid: c.invalid.map(shown) },
	);
	// a continental address is split into its own parts or kept whole with ADDRESS_NOT_SPLIT, never forced into US parts
	const expected = {
		Jürgen: ['Friedrichstraße 123', 'Berlin', '10117'],
		Klaus: ['Kaiserstraße 5', 'Frankfurt am Main', '60311'],
		Zoë: ['Marktplatz 1', 'München', '80331'],
		'Anne-Sophie': ['12 rue de la Paix', 'Paris', '75002'],
	};
	const wrong = Object.entries(expected).flatMap(([first, [street, city, zip]]) => {
		const j = byFirst(c.valid, first);
		const kept = j && warned(j, 'ADDRESS_NOT_SPLIT');
		const split = j && j.street === street && j.city === city && j.zip === zip && !j.state;
		return kept || split ? [] : [{ first, expected: { street, city, zip }, got: j && shown(j) }];
	});
	check(
		'8.fees.address',
		c.valid.length === 4 && wrong.length === 0,
		'fees-decimal-comma.csv: each German and French address split into its street, postcode and city (or kept whole with ADDRESS_NOT_SPLIT), never a US state or another column as its postcode',
		{ wrong },
	);
}

function checkInternational() {
	const c = runFileChain(
		'e2eFileIntl00000',
		'international',
		'contacts-international.csv',
		V2,
		{},
		{
			schema: 'contacts',
			options: {},
		},
	);
	const want = {
		Robert: {
			nickname: 'Bob',
			street: '1600 Pennsylvania Ave NW',
			city: 'Washington',
			state: 'DC',
			zip: '20500',
			dateOfBirth: '--05-13',
		},
		Katherine: {
			nickname: 'Kate',
			street: '350 Bay St',
			city: 'Toronto',
			state: 'ON',
			zip: 'M5H 2S6',
			country: 'CA',
			dateOfBirth: '--05-13',
		},
		Oliver: {
			street: '10 Downing Street',
			city: 'London',
			zip: 'SW1A 2AA',
			country: 'GB',
			dateOfBirth: '1985-07-04',
		},
		Lena: {
			street: 'Unter den Linden 77',
			city: 'Berlin',
			zip: '10117',
			country: 'DE',
			dateOfBirth: '1990-12-31',
		},
		Camille: {
			nickname: 'Cami',
			street: '8 Rue de Rivoli',
			city: 'Paris',
			zip: '75004',
			country: 'FR',
			dateOfBirth: '1972-03-04',
		},
		Daan: {
			lastName: 'de Vries',
			street: 'Keizersgracht 123',
			city: 'Amsterdam',
			zip: '1015 CJ',
			country: 'NL',
		},
	};
	const wrong = Object.entries(want).flatMap(([first, fields]) => {
		const j = byFirst(c.valid, first);
		if (!j) return [{ first, missing: true }];
		// kept whole is allowed for a foreign address; a US state on one is not
		const kept = warned(j, 'ADDRESS_NOT_SPLIT') && !j.state && fields.country;
		const off = Object.entries(fields).filter(
			([k, v]) => j[k] !== v && !(kept && ['street', 'city', 'zip'].includes(k)),
		);
		const foreignState = fields.country && fields.country !== 'CA' && j.state !== undefined;
		return off.length || foreignState
			? [{ first, off: Object.fromEntries(off), got: shown(j) }]
			: [];
	});
	const noYear = c.valid.filter((j) => warned(j, 'DATE_NO_YEAR')).map((j) => j.firstName);
	check(
		'8.international',
		c.r.code === 0 &&
			c.invalid.length === 0 &&
			c.valid.length === 6 &&
			wrong.length === 0 &&
			eq(noYear, ['Robert', 'Katherine']) &&
			c.unique.length === 6,
		"contacts-international.csv, v2 defaults → contacts: US, CA, UK, DE, FR and NL addresses in their own parts, nicknames (\"Bob\", ''Kate'', (Cami)), --05-13 and May 13 kept as --05-13 with DATE_NO_YEAR",
		{ error: c.error, wrong, noYear, valid: c.valid.map(shown), invalid: c.invalid.map(shown) },
	);
}

function checkSurnameFirst() {
	// "Party Name" is not a header the mapper knows: the user maps it by hand, as the mapping report says
	const c = runFileChain(
		'e2eFileSurname00',
		'surname-first',
		'court-list-surname-first.csv',
		V2,
		{},
		{
			schema: 'clients',
			overrides: { values: [{ column: 'Party Name', field: 'fullName' }] },
			options: {},
		},
	);
	const names = c.valid.map((j) => [j.firstName, String(j.lastName ?? '').toLowerCase()]);
	check(
		'8.surnameFirst',
		c.r.code === 0 &&
			c.invalid.length === 0 &&
			eq(names, [
				['Anna', 'kowalski'],
				['Michael', 'johnson'],
				['Maria', 'garcia'],
				['David', 'williams'],
				['Linda', 'nguyen'],
				['James', 'brown'],
				['Sarah', 'miller'],
			]) &&
			c.unique.length === 7,
		'court-list-surname-first.csv (KOWALSKI Anna), v2 defaults → clients with Party Name mapped to Full Name: the column read surname first, every row',
		{
			error: c.error,
			valid: c.valid.map(shown),
			invalid: c.invalid.map(shown),
			lastNameCase: c.valid.map((j) => j.lastName),
		},
	);
}

function checkGoogleContacts() {
	const c = runFileChain(
		'e2eFileGoogle000',
		'google',
		'google-contacts.csv',
		V2,
		{},
		{
			schema: 'contacts',
			options: {},
		},
	);
	const phones = (j) =>
		j && [j.phone, j.mobilePhone, j.homePhone, j.workPhone, j.fax].map((p) => p ?? null);
	const jane = byFirst(c.valid, 'Jane');
	const bob = byFirst(c.valid, 'Robert');
	check(
		'8.google',
		c.r.code === 0 &&
			c.invalid.length === 0 &&
			c.valid.length === 4 &&
			eq(phones(jane), [null, '+15552013344', null, '+15552019000', null]) &&
			eq(phones(bob), [null, '+15554107788', '+15554101010', '+15554102200', null]) &&
			eq(phones(byFirst(c.valid, 'María')), [null, '+15553004111', '+15553004000', null, null]) &&
			eq(phones(byFirst(c.valid, 'Wei')).slice(1), ['+15556001111', null, null, '+15556003333']) &&
			eq(
				[jane.email, jane.email2, bob.email, bob.email2, bob.nickname, jane.jobTitle],
				[
					'jane.doe@example.com',
					'jdoe@doelaw.example',
					'bob.smith@example.org',
					'rsmith@smithco.example',
					'Bob',
					'Paralegal',
				],
			) &&
			eq(
				[jane.street, jane.city, jane.state, jane.zip],
				['12 Elm St', 'Springfield', 'IL', '62704'],
			) &&
			jane.dateOfBirth === '--05-13' &&
			warned(jane, 'DATE_NO_YEAR') &&
			c.unique.length === 4,
		'google-contacts.csv (Google CSV), v2 defaults → contacts: each Phone n - Value goes where its Type says (Mobile, Work, Home, Work Fax), the * primary e-mail first, " ::: " cells split, --05-13 kept',
		{ error: c.error, valid: c.valid.map(shown), invalid: c.invalid.map(shown) },
	);
}

function checkEverySheet() {
	const c = runFileChain(
		'e2eFileSheets000',
		'every-sheet',
		'workbook-two-sheets.ods',
		V2,
		{ readAllSheets: true },
		{ schema: 'clients', options: {} },
	);
	const headers = c.read.filter((j) => j._header).map((j) => [j._sheet, j._header.row, j._row]);
	check(
		'8.sheets',
		c.r.code === 0 &&
			eq(
				c.read.map((j) => [j._sheet, j._row]),
				[
					['Clients', 2],
					['Clients', 3],
					['Clients', 4],
					['Other Parties', 3],
					['Other Parties', 4],
				],
			) &&
			eq(headers, [
				['Clients', 1, 2],
				['Other Parties', 2, 3],
			]) &&
			c.invalid.length === 0 &&
			eq(
				c.valid.map((j) => [
					j._sheet,
					j.firstName,
					j.lastName,
					j.company ?? null,
					j.email,
					j.phone,
				]),
				[
					['Clients', 'Jane', 'Doe', null, 'jane.doe@example.com', '+15551234567'],
					['Clients', 'Robert', 'Smith', null, 'bob@example.org', '+15559876543'],
					['Clients', 'Maria', 'de la Cruz', null, 'maria@example.net', '+15552223333'],
					[
						'Other Parties',
						'Harold',
						'Jones',
						'Jones Trucking Inc.',
						'hjones@jonestrucking.example',
						'+15554102000',
					],
					[
						'Other Parties',
						'Chioma',
						'Okafor',
						'Okafor & Reed LLP',
						'cokafor@okaforreed.example',
						'+15554103000',
					],
				],
			) &&
			c.unique.length === 5,
		'workbook-two-sheets.ods, v2 with Read All Sheets: each sheet with its own header row (the second under a title) and _sheet; Map Columns maps each sheet by its own columns',
		{
			error: c.error,
			headers,
			read: c.read.length,
			valid: c.valid.map(shown),
			invalid: c.invalid.map(shown),
		},
	);
}

// ---------- 9. Import Batch → Import File: a file from disk through the pipeline, straight to the target ----------
/** What Import Batch put out (report, exceptions), the target's records after the run, and the run. */
async function runImportFile(server, id, label, parameters, extraEnv, credentials = cred) {
	await server.reset();
	importWorkflow(
		id,
		`e2e import file ${label}`,
		[
			node('Start', 'n8n-nodes-base.manualTrigger'),
			node('Read File', 'n8n-nodes-base.readWriteFile@1', {
				operation: 'read',
				fileSelector: path.join(src, 'examples', 'clients-messy.csv'),
				options: {},
			}),
			node(
				'Import Batch',
				'n8n-nodes-intake.importBatch',
				{ operation: 'importFile', object: 'clients', onError: 'skip', ...parameters },
				{ credentials },
			),
		],
		wire(['Start', 0, 'Read File', 0], ['Read File', 0, 'Import Batch', 0]),
	);
	const r = execute(id, `import-file-${label}`, extraEnv);
	return {
		r,
		reports: out(r.run, 'Import Batch', 0),
		exceptions: out(r.run, 'Import Batch', 1),
		stored: (await server.dump()).store.clients ?? [],
		error:
			r.run?.data?.resultData?.error?.message ??
			(r.code !== 0 ? (r.stdout + r.stderr).slice(-600) : undefined),
	};
}

/** The people the target holds, as name and email, sorted: what two imports are compared by. */
const people = (stored) =>
	stored.map((p) => `${p.firstName ?? ''} ${p.lastName ?? ''} <${p.email ?? ''}>`).sort();

async function checkImportFile(server) {
	// the same file the way n8n users import it today: Spreadsheet to Records v2 → Map Columns → Dedupe → Import Batch
	await server.reset();
	const file = path.join(src, 'examples', 'clients-messy.csv');
	importWorkflow(
		'e2eImportChain01',
		'e2e import file: the chain',
		[
			node('Start', 'n8n-nodes-base.manualTrigger'),
			node('Read File', 'n8n-nodes-base.readWriteFile@1', {
				operation: 'read',
				fileSelector: file,
				options: {},
			}),
			node('Spreadsheet to Records', V2, { options: {} }),
			node('Map Columns', 'n8n-nodes-intake.mapColumns', { schema: 'clients', options: {} }),
			node('Dedupe', 'n8n-nodes-intake.dedupe', { policy: 'merge', options: {} }),
			node(
				'Import Batch',
				'n8n-nodes-intake.importBatch',
				{ operation: 'import', object: 'clients', onError: 'skip', importOptions: {} },
				{ credentials: cred },
			),
		],
		wire(
			['Start', 0, 'Read File', 0],
			['Read File', 0, 'Spreadsheet to Records', 0],
			['Spreadsheet to Records', 0, 'Map Columns', 0],
			['Map Columns', 0, 'Dedupe', 0],
			['Dedupe', 0, 'Import Batch', 0],
		),
	);
	const chain = execute('e2eImportChain01', 'import-chain');
	const chainStored = (await server.dump()).store.clients ?? [];
	const invalidOf = jsons(out(chain.run, 'Map Columns', 1)).map((j) => [
		j._row,
		(j._errors ?? [])[0]?.code,
	]);
	const mergedOf = jsons(out(chain.run, 'Dedupe', 0))
		.filter((j) => (j._dedupe?.rows ?? []).length > 1)
		.flatMap((j) => j._dedupe.rows.slice(1).map((row) => [row, j._dedupe.rows[0]]))
		.sort((a, b) => a[0] - b[0]);
	const chainReport = out(chain.run, 'Import Batch', 0)[0]?.json;

	const f = await runImportFile(server, 'e2eImportFile001', 'dedupe', {
		dedupe: true,
		importOptions: {},
	});
	const report = f.reports[0]?.json;
	const t = report?.totals ?? {};
	const accounted =
		t.written + t.created + t.updated + t.duplicates + t.possibleDuplicates + t.skipped;
	const sum = accounted + t.invalid + t.failed + t.notAttempted + (t.importedBefore ?? 0);
	check(
		'9.run',
		f.r.code === 0 &&
			f.reports.length === 1 &&
			eq(f.reports[0].pairedItem, { item: 0 }) &&
			f.exceptions.every((e) => eq(e.pairedItem, { item: 0 })) &&
			report?.status === 'Completed with errors' &&
			t.rows === 36 &&
			sum === t.rows,
		'Import File (Find Duplicates on): one report item and the exceptions, every one paired with the file item; every row accounted for',
		{ exit: f.r.code, error: f.error, status: report?.status, totals: t, sum },
	);
	const got = jsons(f.exceptions).map((j) => [j._row, j._outcome, j._code]);
	const invalid = got.filter((e) => e[1] === 'invalid').map(([row, , code]) => [row, code]);
	const fields = (j) => Object.keys(j).filter((k) => !k.startsWith('_'));
	check(
		'9.exceptions',
		invalid.length > 0 &&
			eq(invalid, invalidOf) &&
			jsons(f.exceptions).every(
				(j) => typeof j._message === 'string' && j._message !== '' && fields(j).length > 0,
			) &&
			eq(fields(jsons(f.exceptions)[0]), [
				'Client No.',
				'Full Name',
				'Full Address',
				'Phone',
				'E-mail',
				'Date of Birth',
				'Notes',
			]),
		'Exceptions, row by row: the same invalid rows with the same codes as Map Columns gives, each with the row as read, _row, _outcome, _code and _message',
		{ importFile: got, mapColumnsInvalid: invalidOf, first: jsons(f.exceptions)[0] },
	);
	const dups = (report?.duplicates ?? []).map((d) => [d.row, d.intoRow]);
	check(
		'9.duplicates',
		dups.length > 0 && eq(dups, mergedOf),
		'the same people merged as Dedupe merges them (the row, the row it went into)',
		{ importFile: report?.duplicates?.map((d) => [d.row, d.intoRow, d.rule]), dedupe: mergedOf },
	);
	check(
		'9.created',
		eq(people(f.stored), people(chainStored)) && f.stored.length > 0,
		"the target holds the same people after Import File as after the chain's import",
		{
			stored: f.stored.length,
			chainStored: chainStored.length,
			onlyFile: people(f.stored).filter((p) => !people(chainStored).includes(p)),
			onlyChain: people(chainStored).filter((p) => !people(f.stored).includes(p)),
		},
	);
	// this target answers batches with counts only (the documented API): the importer knows how many were created, not which
	check(
		'9.counts',
		t.created === f.stored.length &&
			report?.import?.totals?.created === f.stored.length &&
			chainReport?.totals?.created === f.stored.length,
		"the report's created count is what the target created, as the Import operation's report says after the chain",
		{
			reportCreated: t.created,
			importerTotals: report?.import?.totals,
			targetCounts: report?.import?.targetCounts,
			targetCreated: f.stored.length,
			chainCreated: chainReport?.totals?.created,
		},
	);
	check(
		'9.stream',
		/clients-messy\.csv: reading the file \([\d.]+ MB\) as a stream/.test(f.r.stdout),
		"the file is read as a stream (n8n 2.x's filesystem binary mode: getBinaryStream by the binary data's id)",
		(f.r.stdout.match(/Import Batch: clients-messy\.csv: .*/g) ?? []).slice(0, 4),
	);
	// the in-memory mode keeps the file inline (no id): the buffer, the same outcome
	const m = await runImportFile(
		server,
		'e2eImportFile002',
		'memory',
		{ dedupe: true, importOptions: {} },
		{ N8N_DEFAULT_BINARY_DATA_MODE: 'default' },
	);
	const memoryOk =
		m.r.code === 0 &&
		/reading the file \([\d.]+ MB\) from memory/.test(m.r.stdout) &&
		eq(m.reports[0]?.json?.totals, t);
	check(
		'9.memory',
		memoryOk ? true : m.r.code !== 0 && /binary data mode/i.test(m.error ?? '') ? 'warn' : false,
		"in n8n's in-memory binary data mode (N8N_DEFAULT_BINARY_DATA_MODE=default) the file is read from memory, with the same totals",
		{ exit: m.r.code, error: m.error, totals: m.reports[0]?.json?.totals },
	);
	// a refused token halts the import: the execution fails as the Import operation's does, the report attached
	const h = await runImportFile(
		server,
		'e2eImportFile003',
		'token',
		{ importOptions: {} },
		undefined,
		badCred,
	);
	const saved = await lastExecution('e2eImportFile003');
	const savedText = saved?.raw ?? '';
	check(
		'9.halt',
		h.r.code !== 0 &&
			/The import stopped with status Error \(UNAUTHORIZED\)/.test(h.error ?? '') &&
			saved?.status === 'error' &&
			savedText.includes('"Halted"') &&
			h.stored.length === 0 &&
			!(h.r.stdout + h.r.stderr + savedText).includes(BAD_TOKEN),
		'a refused token fails the execution, saying why and how to resume, the report kept with the saved execution, the token nowhere',
		{ exit: h.r.code, error: (h.error ?? '').slice(0, 300), saved: saved?.status },
	);
}

// ---------- n8n's log about the package ----------
function checkLog() {
	const debug = fs.existsSync(debugEnv.N8N_LOG_FILE_LOCATION)
		? fs.readFileSync(debugEnv.N8N_LOG_FILE_LOCATION, 'utf8')
		: '';
	const loaded =
		/"message":"Loaded all credentials and nodes from n8n-nodes-intake","metadata":\{"credentials":(\d+)[^}]*"nodes":(\d+)/.exec(
			debug,
		);
	check(
		'6.loaded',
		loaded?.[1] === '1' && loaded?.[2] === '5',
		'n8n loads the package: 1 credential, 5 nodes (debug log)',
		loaded?.[0] ?? 'no "Loaded all credentials and nodes from n8n-nodes-intake" line',
	);
	// every line n8n printed in a step that should not fail and that names the package, its nodes, or community packages
	const lines = new Set();
	for (const f of fs
		.readdirSync(logs)
		.filter(
			(f) =>
				!/halt-stop|wrong-token|import-file-token|remember-fail-1|remember-halt-1|debug/.test(f),
		)) {
		// eslint-disable-next-line no-control-regex
		for (const l of fs
			.readFileSync(path.join(logs, f), 'utf8')
			.replace(/\u001b\[[0-9;]*m/g, '')
			.split('\n')) {
			if (
				/n8n-nodes-intake|intakeApi|community (node|package)|Error loading package|Failed to load/i.test(
					l,
				) &&
				/warn|error|fail|deprecat/i.test(l) &&
				!/"(type|name|id)": "/.test(l)
			)
				lines.add(l.trim().slice(0, 300));
		}
	}
	check(
		'6.log',
		lines.size === 0 ? true : 'warn',
		'n8n prints no warning or error about loading the package',
		[...lines].slice(0, 10),
	);
}

// ---------- 7. queue mode: main + worker, PostgreSQL and Redis (E2E_QUEUE=1; scripts/e2e-n8n.sh starts the services) ----------
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function checkQueue(server) {
	const pg = n8nRequire('pg');
	const { parse } = n8nRequire('flatted');
	const port = Number(process.env.E2E_N8N_PORT || 5690);
	const base = {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: process.env.E2E_PG_PORT,
		DB_POSTGRESDB_DATABASE: process.env.E2E_PG_DB || 'n8n',
		DB_POSTGRESDB_USER: 'postgres',
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: process.env.E2E_REDIS_PORT,
		N8N_ENCRYPTION_KEY: 'e2e-queue-key-5b1f0c7e9a',
		N8N_PORT: String(port),
	};
	const mainEnv = {
		...base,
		N8N_USER_FOLDER: path.join(work, 'user-main'),
		N8N_RUNNERS_BROKER_PORT: String(port + 7),
	};
	const workerEnv = {
		...base,
		N8N_USER_FOLDER: path.join(work, 'user-worker'),
		N8N_RUNNERS_BROKER_PORT: String(port + 8),
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		QUEUE_HEALTH_CHECK_PORT: String(port + 1),
	};
	for (const e of [mainEnv, workerEnv]) {
		const dir = path.join(e.N8N_USER_FOLDER, '.n8n/nodes');
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"installed-nodes","private":true}\n');
		const r = spawnSync(
			'npm',
			['install', '--legacy-peer-deps', '--no-audit', '--no-fund', tarball],
			{ cwd: dir, env, encoding: 'utf8' },
		);
		if (r.status !== 0) throw new Error(`npm install in ${dir}: ${r.stderr}`);
	}
	const db = new pg.Client({
		host: '127.0.0.1',
		port: Number(process.env.E2E_PG_PORT),
		user: 'postgres',
		database: process.env.E2E_PG_DB || 'n8n',
	});
	const ic = n8n(
		['import:credentials', `--input=${path.join(work, 'creds.json')}`],
		'queue-import-credentials',
		mainEnv,
	);
	check(
		'7.setup',
		ic.code === 0,
		'queue mode: credentials imported into PostgreSQL',
		ic.code === 0 ? undefined : (ic.stdout + ic.stderr).slice(-600),
	);
	if (ic.code !== 0) return;
	const hook = (id, pathName, rest, edges, settings = {}) => {
		const nodes = [
			node(
				`Webhook ${id}`,
				'n8n-nodes-base.webhook@2',
				{ httpMethod: 'POST', path: pathName, responseMode: 'onReceived', options: {} },
				{ webhookId: randomUUID() },
			),
			node(`Source ${id}`, 'n8n-nodes-base.code@2', {
				jsCode: `return $('Webhook ${id}').first().json.body.people.map((json) => ({ json }));`,
			}),
			...rest,
		];
		nodes.forEach((n, i) => (n.position = [i * 220, 0]));
		const file = path.join(work, `${id}.json`);
		fs.writeFileSync(
			file,
			JSON.stringify(
				{
					id,
					name: `e2e queue ${id}`,
					active: false,
					nodes,
					connections: wire([`Webhook ${id}`, 0, `Source ${id}`, 0], ...edges),
					settings,
					pinData: {},
				},
				null,
				2,
			),
		);
		const a = n8n(['import:workflow', `--input=${file}`], `queue-import-${id}`, mainEnv);
		const b = n8n(['publish:workflow', `--id=${id}`], `queue-publish-${id}`, mainEnv);
		if (a.code !== 0 || b.code !== 0)
			throw new Error(`import/publish ${id}: ${a.stdout}${a.stderr}${b.stdout}${b.stderr}`);
	};
	hook(
		'e2eQueueRemember',
		'e2e-remember',
		[
			node('Dedupe', 'n8n-nodes-intake.dedupe', {
				policy: 'merge',
				options: { remember: 'workflow' },
			}),
			node(
				'Import Batch',
				'n8n-nodes-intake.importBatch',
				{
					operation: 'import',
					object: 'clients',
					mode: 'bulk',
					onError: 'halt',
					importOptions: {},
				},
				{ credentials: cred },
			),
		],
		[
			['Source e2eQueueRemember', 0, 'Dedupe', 0],
			['Dedupe', 0, 'Import Batch', 0],
		],
	);
	hook(
		'e2eQueueHalt0001',
		'e2e-halt',
		[
			node(
				'Import Batch',
				'n8n-nodes-intake.importBatch',
				{
					operation: 'import',
					object: 'clients',
					mode: 'perRecord',
					onError: 'halt',
					importOptions: {},
				},
				{ credentials: cred },
			),
		],
		[['Source e2eQueueHalt0001', 0, 'Import Batch', 0]],
		{ errorWorkflow: 'e2eQueueErrorWf1' },
	);
	// its error workflow: what a user sets up to be told of a failed import, with the report
	const errorWorkflow = path.join(work, 'e2eQueueErrorWf1.json');
	fs.writeFileSync(
		errorWorkflow,
		JSON.stringify({
			id: 'e2eQueueErrorWf1',
			name: 'e2e queue error workflow',
			active: false,
			settings: {},
			pinData: {},
			nodes: [
				{ ...node('Error Trigger', 'n8n-nodes-base.errorTrigger'), position: [0, 0] },
				{
					...node('Pick', 'n8n-nodes-base.code@2', {
						jsCode:
							'const e = $json.execution.error; return [{ json: { message: e.message, node: $json.execution.lastNodeExecuted, report: e.context?.report ? { status: e.context.report.status, importId: e.context.report.importId, haltReason: e.context.report.haltReason } : null } }];',
					}),
					position: [220, 0],
				},
			],
			connections: wire(['Error Trigger', 0, 'Pick', 0]),
		}),
	);
	const ew = n8n(
		['import:workflow', `--input=${errorWorkflow}`],
		'queue-import-error-workflow',
		mainEnv,
	);
	// n8n 2.x runs an error workflow only when it is published ("is not active and cannot be executed")
	const ep = n8n(
		['publish:workflow', '--id=e2eQueueErrorWf1'],
		'queue-publish-error-workflow',
		mainEnv,
	);
	if (ew.code !== 0 || ep.code !== 0)
		throw new Error(
			`import/publish error workflow: ${ew.stdout}${ew.stderr}${ep.stdout}${ep.stderr}`,
		);

	const spawnN8n = (args, e, label) => {
		const log = fs.openSync(path.join(logs, `queue-${label}.log`), 'w');
		return spawn(process.execPath, [n8nBin, ...args], {
			env: { ...env, ...e },
			stdio: ['ignore', log, log],
		});
	};
	const t = Date.now();
	const main = spawnN8n(['start'], mainEnv, 'main');
	const worker = spawnN8n(['worker', '--concurrency=4'], workerEnv, 'worker');
	const post = (p, body) =>
		fetch(`http://127.0.0.1:${port}/webhook/${p}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
		})
			.then((r) => r.status)
			.catch(() => 0);
	try {
		await db.connect();
		let ready = false;
		for (let i = 0; i < 240 && !ready; i++) {
			await sleep(500);
			const workerUp = await fetch(`http://127.0.0.1:${port + 1}/healthz`)
				.then((r) => r.ok)
				.catch(() => false);
			// a POST with no people fails in the Code node: harmless, and only once the webhook answers
			ready =
				workerUp &&
				(await fetch(`http://127.0.0.1:${port}/healthz`)
					.then((r) => r.ok)
					.catch(() => false)) &&
				(await fetch(`http://127.0.0.1:${port}/webhook/e2e-none`, { method: 'POST' })
					.then((r) => r.status)
					.catch(() => 0)) === 404 &&
				(await post('e2e-remember', { people: [] })) === 200;
		}
		check(
			'7.started',
			ready,
			`queue mode: main and worker up, webhook answering (${Date.now() - t} ms)`,
		);
		if (!ready) return;
		const executions = async (workflowId, after) =>
			(
				await db.query(
					'SELECT id, status FROM execution_entity WHERE "workflowId" = $1 AND id > $2 ORDER BY id',
					[workflowId, after],
				)
			).rows;
		const lastId = async () =>
			Number(
				(await db.query('SELECT coalesce(max(id), 0) AS id FROM execution_entity')).rows[0].id,
			);
		/** the executions of a workflow after execution `after`, once `count` of them have finished */
		const waitFor = async (workflowId, after, count = 1) => {
			for (let i = 0; i < 120; i++) {
				const rows = await executions(workflowId, after);
				if (
					rows.length >= count &&
					rows.every((r) => ['success', 'error', 'crashed'].includes(r.status))
				)
					return rows;
				await sleep(500);
			}
			return executions(workflowId, after);
		};
		const dataOf = async (id) => ({
			data: parse(
				(await db.query('SELECT data FROM execution_data WHERE "executionId" = $1', [id])).rows[0]
					.data,
			),
		});
		const view = (run) =>
			[0, 1, 2].map((o) =>
				out(run, 'Dedupe', o).map((i) => [
					i.json._row,
					i.json._dedupe?.action,
					i.json._dedupe?.seenBefore ?? false,
				]),
			);
		const person = (row, first, last) => ({
			_row: row,
			firstName: first,
			lastName: last,
			email: `${first}.${last}@example.com`.toLowerCase(),
		});
		const A = person(2, 'Ann', 'Lee');
		const B = person(3, 'Carl', 'Ortiz');
		const C = person(4, 'Dana', 'Kim');
		await sleep(2000); // let the warm-up executions finish
		await server.reset();
		const runs = [];
		for (const people of [
			[A, B],
			[A, B],
			[A, B, C],
		]) {
			const after = await lastId();
			await post('e2e-remember', { people });
			const [row] = await waitFor('e2eQueueRemember', after);
			runs.push(
				row
					? { id: row.id, status: row.status, view: view(await dataOf(row.id)) }
					: { status: 'no execution' },
			);
		}
		const created = ((await server.dump()).store.clients ?? []).map((c) => c.firstName);
		check(
			'7.remember',
			runs[0].status === 'success' &&
				eq(
					runs[0].view[0].map((x) => x[0]),
					[2, 3],
				) &&
				eq(runs[1].view[0], []) &&
				runs[1].view[1].every((x) => x[2]) &&
				eq(
					runs[2].view[0].map((x) => x[0]),
					[4],
				) &&
				eq(created, ['Ann', 'Carl', 'Dana']),
			'queue mode (worker, PostgreSQL store): run 2 sends Ann and Carl to Duplicates seenBefore; run 3 passes on only Dana; the target got each once',
			{ runs, created },
		);
		const workerLog = fs.readFileSync(path.join(logs, 'queue-worker.log'), 'utf8');
		check(
			'7.onWorker',
			/Worker started execution|started execution/i.test(workerLog),
			'the executions ran on the worker',
			(/.*started execution.*/i.exec(workerLog) ?? [
				'no "started execution" line in the worker log',
			])[0].trim(),
		);

		// executions at once, each with one new person; then all of them again
		const many = ['Eli', 'Fay', 'Gus', 'Hal', 'Ida', 'Jo', 'Kai', 'Lou'].map((first, i) =>
			person(5 + i, first, 'Parallel'),
		);
		let after = await lastId();
		await Promise.all(many.map((p) => post('e2e-remember', { people: [p] })));
		const parallel = await waitFor('e2eQueueRemember', after, many.length);
		after = await lastId();
		await post('e2e-remember', { people: many });
		const [row] = await waitFor('e2eQueueRemember', after);
		const v = row ? view(await dataOf(row.id)) : [[], [], []];
		const spans = (
			await db.query(
				'SELECT id, "startedAt", "stoppedAt" FROM execution_entity WHERE id = ANY($1) ORDER BY "startedAt"',
				[parallel.map((r) => r.id)],
			)
		).rows;
		const overlapping = spans.filter(
			(r, i) => i > 0 && r.startedAt < spans[i - 1].stoppedAt,
		).length;
		check(
			'7.concurrent',
			v[0].length === 0 ? true : 'warn',
			`${many.length} executions at once (worker concurrency 4; ${overlapping} started before the previous one stopped), one new person each; then all again: all remembered?`,
			{
				passedOnAgain: v[0],
				seenBefore: v[1].filter((x) => x[2]).length,
				note: v[0].length
					? "people passed on by concurrent executions were forgotten: n8n's store (DeduplicationHelper.checkProcessedAndRecord) reads, changes and writes the whole list without a lock, so the last writer wins"
					: undefined,
			},
		);

		// an import that fails (invalid email, Halt) after a Dedupe that remembers, twice: the row is not remembered
		const bad = { _row: 2, firstName: 'Zed', lastName: 'Bad', email: 'not-an-email' };
		const badRuns = [];
		for (let i = 0; i < 2; i++) {
			const before = await lastId();
			await post('e2e-remember', { people: [bad] });
			const [b] = await waitFor('e2eQueueRemember', before);
			badRuns.push(
				b ? { status: b.status, view: view(await dataOf(b.id)) } : { status: 'no execution' },
			);
		}
		check(
			'7.forgetFailed',
			badRuns.every((b) => b.status === 'error') && eq(badRuns[1].view?.[0], [[2, 'kept', false]]),
			'queue mode: a row whose import failed after a Dedupe that remembers comes out on Unique again next time',
			badRuns,
		);

		await server.reset();
		after = await lastId();
		await post('e2e-halt', {
			people: [
				{ _row: 2, firstName: 'Ada', lastName: 'One', email: 'ada@one.com' },
				{ _row: 3, firstName: 'Bob', lastName: 'Two', email: 'not-an-email' },
			],
		});
		const [last] = await waitFor('e2eQueueHalt0001', after);
		const err = last ? (await dataOf(last.id)).data.resultData?.error : undefined;
		check(
			'7.halt',
			last?.status === 'error' &&
				/row 3/.test(err?.message ?? '') &&
				err?.context?.report?.status === 'Error',
			'queue mode: the halted import fails the execution, saved in PostgreSQL with error.context.report',
			{
				status: last?.status,
				message: err?.message,
				report: err?.context?.report && {
					status: err.context.report.status,
					totals: err.context.report.totals,
				},
			},
		);
		const [errorRun] = await waitFor('e2eQueueErrorWf1', after);
		const picked = errorRun ? out(await dataOf(errorRun.id), 'Pick', 0)[0]?.json : undefined;
		check(
			'7.errorWorkflow',
			picked?.report?.status === 'Error' && picked?.report?.haltReason?.row === 3,
			"the workflow's error workflow (Error Trigger) gets the report in $json.execution.error.context.report",
			errorRun ? { status: errorRun.status, picked } : 'the error workflow did not run',
		);
	} finally {
		await db.end().catch(() => undefined);
		for (const p of [worker, main]) p.kill('SIGTERM');
		await Promise.all(
			[worker, main].map(
				(p) => new Promise((r) => (p.exitCode !== null ? r() : p.once('exit', r))),
			),
		);
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
