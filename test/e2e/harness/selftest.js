/* The harness's own tests (plain node, no n8n needed): node test/e2e/harness/selftest.js
 * The variant generator, the check order, readSheet, the parsing of `n8n execute` output, and the
 * queue-mode failure when PostgreSQL and Redis are missing (through the whole harness: a FAIL with
 * the reason, never a skip). */
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { variant } = require('./variant');
const { orderChecks, runAll, CREDENTIALS } = require('./index');
const { findQueueServices, ensureQueueServices } = require('./queue');
const { sheetReader } = require('./sheets');
const { runJson } = require('./n8n');
const processes = require('./processes');
const { smokeTemplate } = require('../checks/smoke');

const repo = path.resolve(__dirname, '..', '..', '..');
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

const multiTrigger = () => {
	const t = smokeTemplate();
	t.nodes[0] = {
		...t.nodes[0],
		name: 'Every Day',
		type: 'n8n-nodes-base.scheduleTrigger',
		typeVersion: 1.3,
		parameters: { rule: { interval: [{ field: 'days' }] } },
	};
	t.connections = { 'Every Day': t.connections.Start, ...t.connections };
	delete t.connections.Start;
	t.nodes.unshift({
		id: '0d1c5b7e-0000-4000-8000-0000000000aa',
		name: 'Run Now',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 500],
		parameters: {},
	});
	t.connections['Run Now'] = { main: [[{ node: 'Settings', type: 'main', index: 0 }]] };
	return t;
};

test('variant: id, name, inactive; Settings overridden by name; the template untouched', () => {
	const t = smokeTemplate();
	const before = JSON.stringify(t);
	const v = variant(t, { id: 'abcdefABCDEF0123', name: 'V', settings: { recipient: 'x@y.z' } });
	assert.equal(JSON.stringify(t), before);
	assert.equal(v.id, 'abcdefABCDEF0123');
	assert.equal(v.name, 'V');
	assert.equal(v.active, false);
	const a = v.nodes.find((n) => n.name === 'Settings').parameters.assignments.assignments;
	assert.equal(a.find((x) => x.name === 'recipient').value, 'x@y.z');
	assert.equal(a.find((x) => x.name === 'object').value, 'clients');
	// nothing else changed
	const strip = (w) => {
		const c = structuredClone(w);
		delete c.id;
		delete c.name;
		delete c.active;
		c.nodes
			.find((n) => n.name === 'Settings')
			.parameters.assignments.assignments.find((x) => x.name === 'recipient').value = '';
		return c;
	};
	assert.deepEqual(strip(v), strip({ ...t, id: 1 }));
});

test('variant: a Settings name the template does not declare throws; a bad id throws', () => {
	assert.throws(
		() => variant(smokeTemplate(), { id: 'abcdefABCDEF0123', name: 'V', settings: { nope: 1 } }),
		/Settings has no value named "nope"/,
	);
	assert.throws(() => variant(smokeTemplate(), { id: 'short', name: 'V' }), /16 letters or digits/);
});

test('variant: credentials of a type are replaced in every node, others kept', () => {
	const v = variant(smokeTemplate(), {
		id: 'abcdefABCDEF0123',
		name: 'V',
		credentials: { intakeApi: CREDENTIALS.intakeApi },
	});
	assert.deepEqual(
		v.nodes.find((n) => n.name === 'Import Batch').credentials.intakeApi,
		CREDENTIALS.intakeApi,
	);
	assert.deepEqual(v.nodes.find((n) => n.name === 'Send Email').credentials.smtp, {
		id: 'smtpCredential',
		name: 'SMTP',
	});
});

test("variant: trigger 'manual' turns each Schedule Trigger into a Manual one, same name, id, position", () => {
	const t = multiTrigger();
	const v = variant(t, { id: 'abcdefABCDEF0123', name: 'V', trigger: 'manual' });
	assert.equal(v.nodes.filter((n) => n.type === 'n8n-nodes-base.scheduleTrigger').length, 0);
	const day = v.nodes.find((n) => n.name === 'Every Day');
	const orig = t.nodes.find((n) => n.name === 'Every Day');
	assert.equal(day.type, 'n8n-nodes-base.manualTrigger');
	assert.equal(day.id, orig.id);
	assert.deepEqual(day.position, orig.position);
	assert.deepEqual(v.connections, t.connections);
});

test("variant: trigger 'webhook' with keepOnly: one Webhook, lastNode/allEntries, the other trigger gone", () => {
	const t = multiTrigger();
	assert.throws(
		() => variant(t, { id: 'abcdefABCDEF0123', name: 'V', trigger: 'webhook', webhookPath: 'p' }),
		/keepOnly/,
	);
	const v = variant(t, {
		id: 'abcdefABCDEF0123',
		name: 'V',
		trigger: 'webhook',
		webhookPath: 'e2e-x',
		keepOnly: ['Run Now'],
	});
	assert.equal(
		v.nodes.find((n) => n.name === 'Every Day'),
		undefined,
	);
	assert.equal(v.connections['Every Day'], undefined);
	const hook = v.nodes.find((n) => n.name === 'Run Now');
	assert.equal(hook.type, 'n8n-nodes-base.webhook');
	assert.deepEqual(hook.parameters, {
		httpMethod: 'POST',
		path: 'e2e-x',
		responseMode: 'lastNode',
		responseData: 'allEntries',
		options: {},
	});
	assert.match(
		hook.webhookId,
		/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
	);
	const again = variant(t, {
		id: 'abcdefABCDEF0123',
		name: 'V',
		trigger: 'webhook',
		webhookPath: 'e2e-x',
		keepOnly: ['Run Now'],
	});
	assert.equal(again.nodes.find((n) => n.name === 'Run Now').webhookId, hook.webhookId);
});

test('checks run in the contract order, unknown names after, alphabetically', () => {
	const names = [
		'zeta',
		'upload-form',
		'alpha',
		'migration',
		'inbox-to-import',
		'scheduled-export',
		'revert-import',
		'attachments-archive',
	];
	assert.deepEqual(
		orderChecks(names.map((name) => ({ name }))).map((c) => c.name),
		[
			'migration',
			'revert-import',
			'scheduled-export',
			'attachments-archive',
			'inbox-to-import',
			'upload-form',
			'alpha',
			'zeta',
		],
	);
});

test('readSheet: a CSV with a BOM and quoted commas; an XLSX sheet', () => {
	const read = sheetReader(repo);
	const rows = read(Buffer.from('\ufeffname,note\r\n"Lee, Ann","a ""b"""\r\n'), 'x.csv');
	assert.deepEqual(rows, [
		['name', 'note'],
		['Lee, Ann', 'a "b"'],
	]);
	const XLSX = require(require.resolve('@e965/xlsx', { paths: [path.join(repo, 'node_modules')] }));
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(
		book,
		XLSX.utils.aoa_to_sheet([
			['a', 'b'],
			[1, 'x'],
		]),
		'S',
	);
	const buffer = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' });
	assert.deepEqual(read(buffer, 'y.xlsx'), [
		['a', 'b'],
		['1', 'x'],
	]);
});

test('runJson: the JSON after the log lines of n8n execute --rawOutput', () => {
	const out = 'Loading...\n\u001b[32mok\u001b[0m\n{\n  "data": { "a": 1 }\n}\n';
	assert.deepEqual(runJson(out), { data: { a: 1 } });
	assert.equal(runJson('no json here'), undefined);
});

test('queue services: what is missing is named; no silent skip', () => {
	const none = findQueueServices({ envPath: '/nonexistent', pgRoots: [] });
	assert.deepEqual(none.missing, [
		'PostgreSQL server (initdb, pg_ctl)',
		'PostgreSQL client (createdb)',
		'Redis (redis-server)',
	]);
	assert.throws(
		() => ensureQueueServices(() => {}, { envPath: '/nonexistent', pgRoots: [], noInstall: true }),
		/^Error: queue mode needs PostgreSQL and Redis: missing PostgreSQL server/,
	);
});

test('the whole harness: queue mode without PostgreSQL and Redis is a FAIL with the reason', async () => {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'intake-e2e-selftest-'));
	const checksDir = path.join(work, 'checks');
	fs.mkdirSync(checksDir);
	fs.writeFileSync(
		path.join(checksDir, 'q.js'),
		"module.exports = { name: 'q', modes: ['queue'], run(ctx) { ctx.check('q.ran', true, 'ran'); } };\n",
	);
	const log = console.log;
	const lines = [];
	console.log = (...a) => lines.push(a.join(' '));
	let results;
	try {
		results = await runAll({
			repo,
			src: repo,
			n8nDir: '/nonexistent',
			tarball: '/nonexistent.tgz',
			work,
			checksDir,
			queueSearch: { envPath: '/nonexistent', pgRoots: [], noInstall: true },
		});
	} finally {
		console.log = log;
		processes.killAll();
		fs.rmSync(work, { recursive: true, force: true });
	}
	const setup = results.find((r) => r.id === 'harness.setup');
	assert.equal(setup?.status, 'FAIL', lines.join('\n'));
	assert.equal(
		results.some((r) => r.id === 'q.ran'),
		false,
	);
	assert.match(lines.join('\n'), /queue mode needs PostgreSQL and Redis: missing/);
});

(async () => {
	let failed = 0;
	for (const { name, fn } of tests) {
		try {
			await fn();
			console.log(`ok   ${name}`);
		} catch (error) {
			failed++;
			console.log(`FAIL ${name}\n     ${error.stack}`);
		}
	}
	console.log(`${tests.length - failed} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
})();
