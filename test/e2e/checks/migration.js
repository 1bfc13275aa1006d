/* workflows/migration.json in a real n8n, as a user runs it: the file read from disk, mapped with
 * the saved profile and the value maps of Settings, deduped against the records already at the
 * target, imported (skip and continue, tagged), the report saved in the Data Table "Import History"
 * and emailed with the exceptions as a CSV and a reconciliation.
 * `n8n execute` cannot run it: the CLI command does not start n8n's modules, so the Data Table node
 * fails there ("Attempted to use Data table node but the module is disabled"). Every run here is
 * the webhook variant, published, in `n8n start` (and its worker in queue mode).
 * Scenarios (sqlite): A the bundled messy clients export against three existing clients;
 * B a file with case type and status columns (the value maps, a possible duplicate held for review);
 * C a file with no importable row (the report is still saved and sent). Queue mode runs A. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** the records at the target before the migration: two of them are in the file, one is not */
const EXISTING = [
	{ firstName: 'Robert', lastName: 'Smith', email: 'rsmith@example.com', notes: 'Since 2019' },
	{ firstName: 'Emily', lastName: 'Davis', email: 'emily.davis@example.com' },
	{ firstName: 'Paul', lastName: 'Novak', email: 'paul@novak.org', phone: '+15550109999' },
];

const CASES_CSV = [
	'Client No.,Full Name,E-mail,Phone,Case Type,Status',
	'K-1,Ana Silva,ana.silva@example.com,(555) 020-0001,PI,A',
	'K-2,Ben Okoro,ben.okoro@example.com,(555) 020-0002,FAM,C',
	'K-3,Carla Diaz,carla.diaz@example.com,(555) 020-0003,XYZ,A',
	'K-4,Dev Patel,dev.patel@example.com,(555) 020-0004,WC,Act',
	'K-5,Eve Tanaka,eve@tanaka,(555) 020-0005,EST,I',
	'K-6,Ana Silva,,,PI,P',
	'',
].join('\r\n');

const NOTHING_CSV = [
	'Client No.,Full Name,E-mail,Phone',
	'Z-1,,nobody@example.com,',
	'Z-2,Zed Zero,not-an-email,555-1',
	'',
].join('\n');

/** the output items of one node's first run in an execution's data */
function out(data, name, output = 0) {
	return data?.resultData?.runData?.[name]?.[0]?.data?.main?.[output] ?? [];
}
const jsons = (items) => items.map((i) => i.json);

/** "   36  rows read from the file" → 36 */
function countLine(text, label) {
	const line = text.split('\n').find((l) => l.includes(label));
	const m = /^\s*([+-]?\d+)\s/.exec(line ?? '');
	return m ? Number(m[1]) : undefined;
}

async function api(ctx, method, p, body) {
	const res = await fetch(`${ctx.target.url}${p}`, {
		method,
		headers: { authorization: `Bearer ${ctx.target.token}`, 'content-type': 'application/json' },
		...(body && { body: JSON.stringify(body) }),
	});
	return { status: res.status, body: await res.json().catch(() => undefined) };
}

/** seeds the existing records; returns their ids in EXISTING's order */
async function seed(ctx, records) {
	const ids = [];
	for (const r of records) {
		const res = await api(ctx, 'POST', '/api/clients', r);
		if (res.status !== 201) throw new Error(`seeding ${r.email}: ${res.status}`);
		ids.push(res.body.data.id);
	}
	return ids;
}

/**
 * Imports the webhook variant of the template and publishes it. Its Settings take the file and the
 * recipients from the request's body, so one imported workflow serves every scenario (each n8n
 * CLI call costs about ten seconds here); the body's `key` names the scenario's recipients.
 */
async function prepare(ctx, name = 'migration') {
	const webhookPath = `e2e-${name}-${ctx.mode}`;
	const wf = ctx.variant(ctx.template('migration'), {
		id: `${name.replace(/[^a-zA-Z0-9]/g, '')}${ctx.mode}0000000000000000`.slice(0, 16),
		name: `${name} (${ctx.mode})`,
		trigger: 'webhook',
		webhookPath,
		settings: {
			filePath: '={{ $json.body.filePath }}',
			reportTo:
				"={{ 'ops-' + $json.body.key + '@firm.test, partner-' + $json.body.key + '@firm.test' }}",
			reportFrom: 'n8n Migrations <n8n@firm.test>',
		},
	});
	const id = await ctx.n8n.importWorkflow(wf);
	await ctx.n8n.publish(id);
	return { id, path: webhookPath };
}

/** runs one scenario through the webhook; returns the execution, the target and the mail */
async function trigger(ctx, server, workflow, key, filePath) {
	const t = Date.now();
	const res = await ctx.n8n.waitFor(`${server.url}/webhook/${workflow.path}`, {
		method: 'POST',
		body: JSON.stringify({ key, filePath }),
		headers: { 'content-type': 'application/json' },
		timeoutMs: 180000,
	});
	const answer = await res.text();
	const ms = Date.now() - t;
	const ex = await ctx.n8n.lastExecution(workflow.id);
	const mail = await ctx.smtp
		.waitFor((m) => (m.to?.text ?? '').includes(`ops-${key}@`), 30000)
		.catch(() => undefined);
	const dump = await ctx.target.dump();
	return { status: res.status, answer, ms, ex, data: ex?.data, mail, dump };
}

function checkRun(ctx, key, r, nodes) {
	const ran = Object.keys(r.data?.resultData?.runData ?? {});
	const missing = nodes.filter((n) => !ran.includes(n));
	ctx.check(
		`migration.${key}.run`,
		r.status === 200 && r.ex?.status === 'success' && missing.length === 0,
		`the webhook answers 200 and the execution succeeds through every node (${r.ms} ms)`,
		{
			http: r.status,
			execution: r.ex?.status,
			error: r.data?.resultData?.error?.message,
			missing,
			answer: r.answer.slice(0, 300),
		},
	);
}

/** every source row comes out of exactly one place: Invalid, Unique, Duplicates or Review */
function checkRows(ctx, key, r) {
	const source = jsons(out(r.data, 'Spreadsheet to Records')).map((j) => j._row);
	const invalid = jsons(out(r.data, 'Map Columns', 1)).map((j) => j._row);
	const unique = jsons(out(r.data, 'Dedupe', 0)).map((j) => j._row);
	const dups = jsons(out(r.data, 'Dedupe', 1)).map((j) => j._row);
	const review = jsons(out(r.data, 'Dedupe', 2)).map((j) => j._row);
	const all = [...invalid, ...unique, ...dups, ...review].sort((a, b) => a - b);
	const sorted = [...source].sort((a, b) => a - b);
	ctx.check(
		`migration.${key}.everyRow`,
		source.length > 0 && same(all, sorted) && new Set(all).size === all.length,
		`every one of the ${source.length} source rows comes out exactly once (invalid ${invalid.length}, unique ${unique.length}, duplicates ${dups.length}, review ${review.length})`,
		{ source: sorted, accounted: all },
	);
	return { source, invalid, unique, dups, review };
}

/** the report saved in Import History, as the Data Table node read it back from the database */
function checkHistory(ctx, key, r, expected) {
	const saved = out(r.data, 'Save to Import History')[0]?.json ?? {};
	const table = out(r.data, 'Create Import History Table')[0]?.json ?? {};
	const wrong = Object.entries(expected).filter(([k, v]) => saved[k] !== v);
	ctx.check(
		`migration.${key}.history`,
		table.name === 'Import History' &&
			typeof saved.id === 'number' &&
			wrong.length === 0 &&
			!Number.isNaN(Date.parse(saved.date)),
		`a row is added to the Data Table "Import History" (table ${table.id}) with the report's values`,
		{
			wrong: wrong.map(
				([k, v]) => `${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(saved[k])}`,
			),
			saved,
		},
	);
	return saved;
}

/** the mail: recipients, subject, every count line, the reconciliation and the value maps */
function checkMail(ctx, key, r, expect) {
	const m = r.mail;
	const text = m?.text ?? '';
	const counts = {
		rows: countLine(text, 'rows read from the file'),
		created: countLine(text, 'created as new'),
		updated: countLine(text, 'matched an existing record'),
		alreadyThere: countLine(text, 'the system itself said duplicate'),
		duplicates: countLine(text, 'duplicates of another row'),
		review: countLine(text, 'possible duplicates held back'),
		invalid: countLine(text, 'invalid, not imported'),
		failed: countLine(text, 'refused by the system'),
		before: countLine(text, 'records before the import'),
		after: countLine(text, 'records after the import'),
	};
	const wrong = Object.entries(expect.counts).filter(([k, v]) => counts[k] !== v);
	const to = (m?.to?.value ?? []).map((a) => a.address).sort();
	ctx.check(
		`migration.${key}.mail`,
		Boolean(m) &&
			same(to, [`ops-${key}@firm.test`, `partner-${key}@firm.test`]) &&
			m.from?.value?.[0]?.address === 'n8n@firm.test' &&
			m.subject === expect.subject &&
			wrong.length === 0 &&
			text.includes(expect.accounted) &&
			expect.lines.every((l) => text.includes(l)) &&
			!/sent automatically with n8n/.test(text),
		`one mail to both recipients: subject "${expect.subject}", every count, the reconciliation and the value maps in the body`,
		m
			? {
					to,
					subject: m.subject,
					wrong: wrong.map(([k, v]) => `${k}: expected ${v}, got ${counts[k]}`),
					missing: [expect.accounted, ...expect.lines].filter((l) => !text.includes(l)),
					text: text.slice(0, 2500),
				}
			: 'no mail captured',
	);
}

/** the attachment: a CSV whose rows are exactly the rows not imported as they stood */
function checkAttachment(ctx, key, r, expectedRows) {
	const a = r.mail?.attachments?.[0];
	let rows = [];
	let error;
	try {
		rows = a ? ctx.readSheet(a.content, a.filename) : [];
	} catch (e) {
		error = e.message;
	}
	const [header, ...body] = rows;
	const got = body.map(([row, outcome, code]) => [Number(row), outcome, code]);
	const mismatches = [];
	for (let i = 0; i < Math.max(got.length, expectedRows.length); i++) {
		const [gr, go, gc] = got[i] ?? [];
		const [er, eo, ec] = expectedRows[i] ?? [];
		if (gr !== er || !(eo instanceof RegExp ? eo.test(go ?? '') : go === eo) || gc !== ec)
			mismatches.push({ at: i, got: got[i], expected: [er, String(eo), ec] });
	}
	ctx.check(
		`migration.${key}.exceptionsCsv`,
		Boolean(a) &&
			/^exceptions-clients-\d{4}-\d{2}-\d{2}\.csv$/.test(a.filename) &&
			same(header, ['Row', 'Outcome', 'Code', 'Reason', 'Record']) &&
			mismatches.length === 0 &&
			body.every((b) => b.length === 5 && b[3] !== '' && b[4] !== ''),
		`the attached ${a?.filename} lists exactly the ${expectedRows.length} rows not imported as they stood, by source row, with outcome, code, reason and the row's values`,
		{ error, filename: a?.filename, header, mismatches, rows: body.slice(0, 12) },
	);
	return body;
}

/** the records at the target: created ones tagged with the import id, existing ones updated, not created again */
function checkTarget(ctx, key, r, { before, seededIds, report }) {
	const stored = r.dump.store.clients ?? [];
	const made = stored.filter((c) => !seededIds.includes(c.id));
	const unique = jsons(out(r.data, 'Dedupe', 0));
	const creates = unique.filter((j) => j._dedupe?.operation !== 'update');
	const byEmail = new Map(stored.filter((c) => c.email).map((c) => [c.email.toLowerCase(), c]));
	const digits = (p) =>
		String(p ?? '')
			.replace(/\D/g, '')
			.slice(-10);
	// the target refuses as a duplicate a record whose email or phone it already has (the Nguyen household shares a phone)
	const missing = creates.filter((j) => {
		const hit = j.email ? byEmail.get(String(j.email).toLowerCase()) : undefined;
		if (hit) return hit.firstName !== j.firstName || hit.lastName !== j.lastName;
		const phoneTwin = stored.some((c) => j.phone && digits(c.phone) === digits(j.phone));
		return (
			!phoneTwin && !stored.some((c) => c.firstName === j.firstName && c.lastName === j.lastName)
		);
	});
	const untagged = made.filter((c) => c.importId !== report.importId);
	// row by row: a created record holds exactly the fields Dedupe passed on (its _ fields left out), plus the tag
	const differs = [];
	let compared = 0;
	for (const j of creates) {
		const hit = made.find((c) => c.email && j.email && c.email === j.email);
		if (!hit) continue;
		compared++;
		const sent = Object.fromEntries(Object.entries(j).filter(([k]) => !k.startsWith('_')));
		const { id, importId, ...kept } = hit;
		if (
			!same(Object.keys(kept).sort(), Object.keys(sent).sort()) ||
			Object.keys(sent).some((k) => !same(kept[k], sent[k]))
		)
			differs.push({ row: j._row, sent, stored: hit });
		void id;
		void importId;
	}
	ctx.check(
		`migration.${key}.created`,
		made.length === report.totals.created &&
			missing.length === 0 &&
			untagged.length === 0 &&
			differs.length === 0 &&
			compared >= made.length - 1 &&
			made.length + report.totals.duplicate === creates.length &&
			stored.length === before + report.totals.created,
		`the ${made.length} records created at the target are the Dedupe's new records (${creates.length}, less ${report.totals.duplicate} the target called duplicates), each with exactly the fields Dedupe passed on and tagged importId=${report.importId}`,
		{
			created: made.length,
			totals: report.totals,
			missing: missing.map((j) => [j._row, j.firstName, j.lastName, j.email]),
			untagged: untagged.map((c) => [c.id, c.firstName, c.importId]),
			compared,
			differs: differs.slice(0, 3),
		},
	);
	return { stored, made, creates, unique };
}

/** scenario A: the bundled messy clients export, three clients already at the target */
async function scenarioA(ctx, server, workflow, file, seededIds) {
	const key = 'A';
	const r = await trigger(ctx, server, workflow, key, file);
	checkRun(ctx, key, r, [
		'Fetch Existing Records',
		'Dedupe',
		'Import Batch',
		'Count Records After',
		'Save to Import History',
		'Email Report',
	]);
	if (!r.data) return undefined;
	const rows = checkRows(ctx, key, r);
	const report = out(r.data, 'Import Batch')[0]?.json;
	if (!report) return undefined;
	const fetched = jsons(out(r.data, 'Fetch Existing Records'));
	ctx.check(
		`migration.${key}.existingFetched`,
		same(fetched.map((c) => c.id).sort(), [...seededIds].sort()),
		`Fetch Records read the ${seededIds.length} clients already at the target into Dedupe's Existing input`,
		fetched.map((c) => [c.id, c.email]),
	);
	const { stored, creates, unique } = checkTarget(ctx, key, r, {
		before: seededIds.length,
		seededIds,
		report,
	});
	// Robert Smith (rows 5 and 18) and Emily Davis (row 41) were already there: updated in place, not created
	const updates = unique.filter((j) => j._dedupe?.operation === 'update');
	const robert = stored.find((c) => c.id === seededIds[0]);
	const emily = stored.find((c) => c.id === seededIds[1]);
	const paul = stored.find((c) => c.id === seededIds[2]);
	const patched = r.dump.log
		.filter((l) => l.method === 'PATCH' || l.method === 'PUT')
		.map((l) => l.path)
		.sort();
	ctx.check(
		`migration.${key}.updated`,
		report.totals.updated === 2 &&
			same(updates.map((j) => j._dedupe.existingId).sort(), [seededIds[0], seededIds[1]].sort()) &&
			same(patched, [`/api/clients/${seededIds[0]}`, `/api/clients/${seededIds[1]}`].sort()) &&
			robert?.phone === '+15550100142' &&
			robert?.street === '42 Elm Street' &&
			robert?.notes === 'Since 2019' &&
			robert?.importId === undefined &&
			emily?.phone === '+15550100130' &&
			same(paul, { ...EXISTING[2], id: seededIds[2] }) &&
			stored.filter((c) => /rsmith@example\.com|emily\.davis@example\.com/i.test(c.email ?? ''))
				.length === 2,
		"the two clients already there (Robert Smith, Emily Davis) are PATCHed with the file's phone and address, keep their own notes, are not tagged and not created again; Paul Novak is untouched",
		{ totals: report.totals, patched, robert, emily, paul },
	);
	const invalid = jsons(out(r.data, 'Map Columns', 1));
	const dups = jsons(out(r.data, 'Dedupe', 1));
	const review = jsons(out(r.data, 'Dedupe', 2));
	const failed = jsons(out(r.data, 'Import Batch', 1));
	const expectedCsv = [
		...invalid.map((j) => [
			j._row,
			'Invalid: not imported',
			[...new Set(j._errors.map((e) => e.code))].join(' '),
		]),
		...dups.map((j) => [
			j._row,
			j._dedupe.existingId !== undefined
				? `Duplicate of existing record ${j._dedupe.existingId} (${j._dedupe.action})`
				: `Duplicate of row ${j._dedupe.intoRow} (${j._dedupe.action})`,
			j._dedupe.rule,
		]),
		...review.map((j) => [
			j._row,
			'Possible duplicate: held for review, not imported',
			'DEDUPE_REVIEW',
		]),
		...failed.map((j) => [j._row, 'Failed at import: not imported', j._code]),
	].sort((a, b) => a[0] - b[0]);
	const csvRows = checkAttachment(ctx, key, r, expectedCsv);
	// the sample's known rows: the five that cannot be imported, and Bob Smith merged into Robert (row 5)
	const byRow = new Map(csvRows.map((b) => [Number(b[0]), b]));
	ctx.check(
		`migration.${key}.sampleRows`,
		same(
			invalid.map((j) => j._row).sort((a, b) => a - b),
			[14, 15, 16, 20, 38],
		) &&
			byRow.get(15)?.[2] === 'DATE_INVALID' &&
			/02\/30\/1985/.test(byRow.get(15)?.[3] ?? '') &&
			byRow.get(20)?.[2] === 'PHONE_INVALID' &&
			/Full Name: Dan Brown/.test(byRow.get(20)?.[4] ?? '') &&
			/^Duplicate of (row 5|existing record)/.test(byRow.get(18)?.[1] ?? ''),
		"the sample's rows to fix are 14, 15, 16, 20 and 38, each with its code, the message naming the value, and the row's own columns; Bob Smith (row 18) is Robert Smith's duplicate",
		[14, 15, 16, 18, 20, 38].map((n) => byRow.get(n)),
	);
	const t = report.totals;
	const history = checkHistory(ctx, key, r, {
		importId: report.importId,
		object: 'clients',
		file: 'clients-messy.csv',
		rows: 36,
		created: t.created,
		updated: t.updated,
		duplicates: dups.length + t.duplicate,
		failed: t.failed + t.notAttempted,
		invalid: invalid.length,
		review: review.length,
		status: 'Complete',
		recordsBefore: 3,
		recordsAfter: 3 + t.created,
		tagField: 'importId',
		createdIds: JSON.stringify(report.createdIds),
	});
	ctx.check(
		`migration.${key}.accounted`,
		t.created +
			t.updated +
			t.duplicate +
			t.accepted +
			t.failed +
			t.notAttempted +
			dups.length +
			review.length +
			invalid.length ===
			rows.source.length && rows.source.length === 36,
		'the outcomes add up to the 36 rows of the file',
		{ totals: t, duplicates: dups.length, review: review.length, invalid: invalid.length },
	);
	checkMail(ctx, key, r, {
		subject: `Migration of clients-messy.csv into clients: Complete (${t.created} created, ${t.updated} updated, ${invalid.length + review.length + t.failed + t.notAttempted} to check)`,
		counts: {
			rows: 36,
			created: t.created,
			updated: t.updated,
			alreadyThere: t.duplicate,
			duplicates: dups.length,
			review: review.length,
			invalid: invalid.length,
			failed: t.failed,
			before: 3,
			after: stored.length,
		},
		accounted: 'Every row is accounted for (36 of 36).',
		lines: [
			`Import ID: ${report.importId}`,
			`+${t.created}  change (expected +${t.created}, the records created): matches`,
			'PI -> Personal Injury',
			'Act -> Active',
			'This import is saved in the n8n Data Table "Import History"',
		],
	});
	return { report, history, creates, executionId: r.ex?.id };
}

/** scenario B: case type and status columns through the value maps; a namesake held for review */
async function scenarioB(ctx, server, workflow, file) {
	const key = 'B';
	const r = await trigger(ctx, server, workflow, key, file);
	checkRun(ctx, key, r, ['Import Batch', 'Save to Import History', 'Email Report']);
	if (!r.data) return;
	checkRows(ctx, key, r);
	const stored = r.dump.store.clients ?? [];
	const byNumber = Object.fromEntries(stored.map((c) => [c.clientNumber, [c.caseType, c.status]]));
	const invalid = jsons(out(r.data, 'Map Columns', 1));
	const carla = invalid.find((j) => j._row === 4);
	ctx.check(
		`migration.${key}.valueMaps`,
		same(byNumber['K-1'], ['Personal Injury', 'Active']) &&
			same(byNumber['K-2'], ['Family Law', 'Closed']) &&
			same(byNumber['K-4'], ["Workers' Compensation", 'Active']) &&
			byNumber['K-3'] === undefined &&
			(carla?._errors ?? []).some((e) => e.code === 'VALUE_UNMAPPED' && e.field === 'caseType'),
		"the case type and status value maps of Settings are applied (PI → Personal Injury, A → Active, WC → Workers' Compensation, Act → Active); an unmapped case type (XYZ, row 4) is invalid, not guessed",
		{ byNumber, carla: carla?._errors },
	);
	const review = jsons(out(r.data, 'Dedupe', 2));
	const text = r.mail?.text ?? '';
	const csv = r.mail?.attachments?.[0]
		? ctx.readSheet(r.mail.attachments[0].content, r.mail.attachments[0].filename)
		: [];
	const reviewRows = csv.filter((row) => /^Possible duplicate/.test(row[1] ?? ''));
	ctx.check(
		`migration.${key}.review`,
		same(
			review.map((j) => j._row),
			[7],
		) &&
			same(
				reviewRows.map((row) => [row[0], row[2]]),
				[['7', 'DEDUPE_REVIEW']],
			) &&
			/^row 2: /.test(reviewRows[0]?.[3] ?? '') &&
			countLine(text, 'possible duplicates held back') === 1 &&
			stored.filter((c) => c.firstName === 'Ana' && c.lastName === 'Silva').length === 1,
		'a namesake with no email or phone (row 7, Ana Silva) is held for review: listed in the attachment with its candidate (row 2), counted in the mail, not imported',
		{ review: review.map((j) => [j._row, j._dedupe]), reviewRows },
	);
	ctx.check(
		`migration.${key}.mailMaps`,
		/Case type:\n {4}PI -> Personal Injury\n {4}WC -> Workers' Compensation/.test(text) &&
			/Status:\n {4}A -> Active\n {4}Act -> Active/.test(text),
		'the mail lists the case type and status maps the migration used',
		{ maps: text.slice(text.indexOf('VALUE MAPS'), text.indexOf('VALUE MAPS') + 400) },
	);
}

/** scenario C: no row can be imported; Import Batch does not run, the report is still saved and sent */
async function scenarioC(ctx, server, workflow, file) {
	const key = 'C';
	const r = await trigger(ctx, server, workflow, key, file);
	const ran = Object.keys(r.data?.resultData?.runData ?? {});
	const saved = out(r.data, 'Save to Import History')[0]?.json ?? {};
	const text = r.mail?.text ?? '';
	ctx.check(
		`migration.${key}.nothingToImport`,
		r.ex?.status === 'success' &&
			!ran.includes('Import Batch') &&
			saved.status === 'Nothing to import' &&
			saved.rows === 2 &&
			saved.invalid === 2 &&
			saved.created === 0 &&
			saved.importId === '' &&
			r.mail?.subject ===
				'Migration of nothing.csv into clients: Nothing to import (0 created, 0 updated, 2 to check)' &&
			countLine(text, 'invalid, not imported') === 2 &&
			text.includes('Every row is accounted for (2 of 2).') &&
			(r.mail?.attachments?.length ?? 0) === 1,
		'a file whose rows are all invalid: Import Batch does not run, yet the history row (status "Nothing to import") is saved and the mail with the 2 rows to fix is sent',
		{
			execution: r.ex?.status,
			error: r.data?.resultData?.error?.message,
			ran,
			saved,
			subject: r.mail?.subject,
		},
	);
}

module.exports = {
	name: 'migration',
	modes: ['sqlite', 'queue'],
	async run(ctx) {
		const messy = path.join(ctx.work, 'clients-messy.csv');
		fs.copyFileSync(path.join(ctx.repo, 'examples/clients-messy.csv'), messy);
		const cases = path.join(ctx.work, 'clients-with-cases.csv');
		fs.writeFileSync(cases, CASES_CSV);
		const nothing = path.join(ctx.work, 'nothing.csv');
		fs.writeFileSync(nothing, NOTHING_CSV);
		const workflow = await prepare(ctx);
		const server = await ctx.n8n.start();
		try {
			await ctx.target.reset();
			const seededIds = await seed(ctx, EXISTING);
			const a = await scenarioA(ctx, server, workflow, messy, seededIds);
			if (ctx.mode === 'queue') {
				const log = fs.existsSync(server.logs.worker)
					? fs.readFileSync(server.logs.worker, 'utf8')
					: '';
				ctx.check(
					'migration.A.onWorker',
					Boolean(a?.executionId) &&
						new RegExp(`Worker (started|finished) execution ${a?.executionId} `).test(log),
					`in queue mode the migration ran on the worker (execution ${a?.executionId}, read back from PostgreSQL), Data Table and all`,
					(/.*Worker.*execution.*/.exec(log) ?? ['(no execution line in the worker log)'])[0],
				);
			}
			if (ctx.mode === 'sqlite') {
				await ctx.target.reset();
				await scenarioB(ctx, server, workflow, cases);
				await ctx.target.reset();
				await scenarioC(ctx, server, workflow, nothing);
			}
		} finally {
			await server.stop();
		}
	},
	// for revert-import.js: the same scenario A, run there on its own target
	prepare,
	trigger,
	seed,
	out,
	EXISTING,
};
