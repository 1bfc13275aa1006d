/* workflows/upload-form.json in a real n8n (and, in queue mode, main + worker on PostgreSQL and Redis
 * with the default `database` binary mode): the variant is published and started, the form URL
 * polled until it stops 404ing, then used as a browser does: GET the form to learn the file field's
 * name, a multipart POST of the file, poll the execution status n8n hands back until the completion
 * page is ready, GET it (title, message, the file the page downloads), then the POST that page makes
 * to finish the run. Checked: "Received" and "Success" with the counts the run's own node outputs
 * give; rows-to-fix.csv row by row against Map Columns' Invalid output; the target's records against
 * Dedupe's Unique output; the same file again imports nobody twice; a damaged file → "Error" with
 * the reason. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { itemsOf, REPORT_KEYS: KEYS, countsIn, expectedFromRun } = require('../harness/runData');

const ID = 'e2eUploadForm001';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const decode = (s) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/&#x3D;/g, '=')
		.replace(/&#x60;/g, '`')
		.replace(/&amp;/g, '&');

/** the form's inputs: [{ type, name, accept, label }] from the page n8n serves */
function inputsOf(html) {
	const labels = new Map(
		[...html.matchAll(/<label[^>]*for='([^']+)'[^>]*>([^<]*)<\/label>/g)].map((m) => [
			m[1],
			decode(m[2]).trim(),
		]),
	);
	return [...html.matchAll(/<input([^>]*)>/g)].map((m) => {
		const attr = (name) => new RegExp(`${name}=['"]([^'"]*)['"]`).exec(m[1])?.[1];
		return {
			type: attr('type'),
			name: attr('name'),
			accept: attr('accept'),
			label: labels.get(attr('id')),
		};
	});
}

/** what the completion page shows and hands the browser to download */
function completionOf(html) {
	const title = decode(/<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').trim();
	const message = decode(
		(/<p style="white-space: pre-line;">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '').replace(
			/<br\s*\/?>/g,
			'\n',
		),
	).trim();
	const raw = /JSON\.parse\(decodeURIComponent\("([^"]*)"\)\)/.exec(html)?.[1];
	const files = raw
		? JSON.parse(decodeURIComponent(raw)).map((b) => ({
				fileName: b.fileName,
				type: b.type,
				content:
					b.data?.type === 'Buffer' ? Buffer.from(b.data.data) : Buffer.from(b.data, 'latin1'),
			}))
		: [];
	return { title, message, files };
}

/**
 * Submits the form as a browser does and follows n8n to the completion page; then finishes the run.
 * @returns {Promise<{ title, message, files, status, execution }>}
 */
async function submit(ctx, formUrl, fileField, file, workflowId = ID) {
	const form = new FormData();
	form.append(fileField, new Blob([file.content], { type: file.type }), file.name);
	const res = await fetch(formUrl, { method: 'POST', body: form });
	const text = await res.text();
	let answer;
	try {
		answer = JSON.parse(text);
	} catch {
		throw new Error(`the form POST answered ${res.status} ${text.slice(0, 300)}`);
	}
	if (!answer.formWaitingUrl)
		throw new Error(
			`the form POST answered ${res.status} without formWaitingUrl: ${text.slice(0, 300)}`,
		);
	const waiting = new URL(answer.formWaitingUrl);
	const executionId = waiting.pathname.split('/').filter(Boolean).pop();
	// the page polls <waiting>/n8n-execution-status until the completion page is ready
	const statusUrl = new URL(waiting);
	statusUrl.pathname += '/n8n-execution-status';
	const until = Date.now() + 120000;
	let status;
	for (;;) {
		status = (await (await fetch(statusUrl)).text()).trim();
		if (status === 'form-waiting' || ['error', 'crashed', 'canceled'].includes(status)) break;
		if (Date.now() > until)
			throw new Error(`execution ${executionId} still "${status}" after 120 s`);
		await sleep(500);
	}
	const page = await fetch(waiting);
	const html = await page.text();
	const shown = completionOf(html);
	// the completion page POSTs back to end the run
	const done = await fetch(waiting, { method: 'POST', body: '{}' });
	await done.text();
	let execution;
	const end = Date.now() + 60000;
	for (;;) {
		execution = await ctx.n8n.lastExecution(workflowId);
		if (execution?.id === executionId && !['running', 'new', 'waiting'].includes(execution.status))
			break;
		if (Date.now() > end) break;
		await sleep(500);
	}
	return { ...shown, status, pageStatus: page.status, executionId, execution };
}

module.exports = {
	name: 'upload-form',
	modes: ['sqlite', 'queue'],
	async run(ctx) {
		const p = ctx.mode;
		const csvName = 'clients-messy.csv';
		const csv = fs.readFileSync(path.join(ctx.repo, 'examples', csvName));
		const workbook = fs.readFileSync(path.join(ctx.repo, 'examples', 'clients-two-sheets.xlsx'));
		const template = ctx.template('upload-form');
		const trigger = template.nodes.find((n) => n.type === 'n8n-nodes-base.formTrigger');
		const wf = ctx.variant(template, { id: ID, name: 'e2e upload form' });
		await ctx.n8n.importWorkflow(wf);
		await ctx.n8n.publish(ID);
		await ctx.target.reset();
		const server = await ctx.n8n.start();
		try {
			const formUrl = `${server.url}/form/${trigger.webhookId}`;
			const t0 = Date.now();
			const first = await ctx.n8n.waitFor(formUrl, { timeoutMs: 90000 });
			const html = await first.text();
			const inputs = inputsOf(html);
			const fileInput = inputs.find((i) => i.type === 'file');
			ctx.check(
				'form.page',
				first.status === 200 &&
					!!fileInput &&
					fileInput.label === 'Spreadsheet' &&
					/\.csv/.test(fileInput.accept) &&
					/\.xlsx/.test(fileInput.accept) &&
					/\.xls\b/.test(fileInput.accept),
				`the form answers ${Math.round((Date.now() - t0) / 100) / 10} s after "Editor is now accessible": a file field "Spreadsheet" that accepts .csv, .xlsx and .xls`,
				{ status: first.status, inputs },
			);
			if (!fileInput) return;

			// ---- 1. the messy CSV
			const r1 = await submit(ctx, formUrl, fileInput.name, {
				name: csvName,
				type: 'text/csv',
				content: csv,
			});
			const want = expectedFromRun(r1.execution);
			const got = countsIn(r1.message, csvName);
			const sum = (c) => KEYS.slice(1).reduce((s, k) => s + c[k], 0);
			ctx.check(
				`form.${p}.success`,
				r1.status === 'form-waiting' &&
					r1.pageStatus === 200 &&
					r1.title === 'Success' &&
					/^Received: clients-messy\.csv \([^)]+\), .+\./.test(r1.message) &&
					r1.execution?.status === 'success',
				'the completion page: title Success, "Received: <file> (<size>), <time>."; after its POST the execution ends with status success',
				{ title: r1.title, message: r1.message, executionStatus: r1.execution?.status },
			);
			ctx.check(
				`form.${p}.counts`,
				!!got && KEYS.every((k) => got[k] === want[k]) && sum(got) === got.rows && got.toFix > 0,
				"the page's counts are the run's own (rows read, Map Columns Invalid, Dedupe outputs, Import Batch exceptions) and add up to every row",
				{ page: got, run: Object.fromEntries(KEYS.map((k) => [k, want[k]])) },
			);
			const download = r1.files.find((f) => f.fileName === 'rows-to-fix.csv');
			const sheet = download ? ctx.readSheet(download.content, download.fileName) : [];
			const [header = [], ...lines] = sheet;
			const col = (name) => header.indexOf(name);
			const byRow = new Map(want.invalid.map((r) => [r._row, r]));
			const parts = {
				oneFile: r1.files.length === 1 && !!download,
				type: /^text\/(csv|plain)/.test(download?.type ?? ''),
				rows:
					JSON.stringify(lines.map((l) => Number(l[col('Row')]))) ===
					JSON.stringify(want.invalid.map((r) => r._row)),
				reasons: lines.every((l) =>
					(byRow.get(Number(l[col('Row')]))?._errors ?? [{ message: '\u0000' }]).every((e) =>
						l[col('Details')].includes(e.message),
					),
				),
				ownColumns: lines.every((l) => {
					const r = byRow.get(Number(l[col('Row')]));
					return (
						r &&
						Object.keys(r)
							.filter((k) => !k.startsWith('_'))
							.every((k) => col(k) > 3 && l[col(k)] === String(r[k] ?? ''))
					);
				}),
			};
			ctx.check(
				`form.${p}.download`,
				Object.values(parts).every(Boolean),
				'the page hands the browser rows-to-fix.csv: the rows Map Columns found invalid, row by row, each with its reasons and its own values',
				{ parts, header, rows: lines.map((l) => l.slice(0, 4)) },
			);
			const report = itemsOf(r1.execution, 'Import Batch')[0];
			const dump1 = await ctx.target.dump();
			const stored = dump1.store.clients ?? [];
			const key = (r) =>
				`${String(r.firstName ?? '').toLowerCase()}|${String(r.lastName ?? '').toLowerCase()}|${String(r.email ?? '').toLowerCase()}`;
			const wantKeys = new Set(want.unique.map(key));
			const totals = report?.totals ?? {};
			ctx.check(
				`form.${p}.target`,
				stored.length === totals.created &&
					totals.created + totals.duplicate === want.unique.length &&
					new Set(stored.map(key)).size === stored.length &&
					stored.every((r) => wantKeys.has(key(r))) &&
					r1.message.includes(
						`The clients system's own count: ${totals.created} created, ${totals.updated} updated, ${totals.duplicate} it already had`,
					),
				"the target holds only records from Dedupe's Unique output, one each, as many as it counted created; the page gives its count",
				{ stored: stored.length, unique: want.unique.length, totals },
			);

			// ---- 2. the same file again: nobody twice
			const r2 = await submit(ctx, formUrl, fileInput.name, {
				name: csvName,
				type: 'text/csv',
				content: csv,
			});
			const got2 = countsIn(r2.message, csvName);
			const dump2 = await ctx.target.dump();
			ctx.check(
				`form.${p}.again`,
				r2.title === 'Success' &&
					!!got2 &&
					got2.imported === 0 &&
					got2.alreadyImported === got.imported + got.merged &&
					dump2.created === dump1.created &&
					(dump2.store.clients ?? []).length === stored.length,
				'the same file uploaded again: Success, 0 imported, every row imported or merged before "already imported", the target unchanged',
				{ title: r2.title, page: got2, createdBefore: dump1.created, createdAfter: dump2.created },
			);

			// ---- 3. a damaged workbook
			const broken = workbook.subarray(0, Math.floor(workbook.length / 2));
			const r3 = await submit(ctx, formUrl, fileInput.name, {
				name: 'clients.xlsx',
				type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				content: broken,
			});
			ctx.check(
				`form.${p}.damaged`,
				r3.title === 'Error' &&
					/^Received: clients\.xlsx/.test(r3.message) &&
					/clients\.xlsx: could not be read \(.+\)\. Nothing from this file was imported/.test(
						r3.message,
					) &&
					r3.files.length === 0 &&
					r3.execution?.status === 'success' &&
					(await ctx.target.dump()).created === dump1.created,
				'a damaged workbook: the page says Error, which file and why, nothing imported',
				{ title: r3.title, message: r3.message, executionStatus: r3.execution?.status },
			);
			if (ctx.mode === 'queue' && server.logs?.worker) {
				const log = fs.readFileSync(server.logs.worker, 'utf8');
				const ran = [r1, r2, r3].map((r) =>
					new RegExp(`Worker (started|finished) execution ${r.executionId} `).test(log),
				);
				ctx.check(
					'form.queue.worker',
					ran.every(Boolean),
					'each upload ran on the worker (its log names every execution), the upload read there from the database binary mode',
					{ executions: [r1, r2, r3].map((r) => r.executionId), onWorker: ran },
				);
			}
		} finally {
			await server.stop();
		}
		if (ctx.mode === 'sqlite') await refusedToken(ctx, template, trigger);
	},
};

/**
 * The target refuses the token: the page says Error and why, nothing is imported; with the token
 * fixed (the same credential, in the same workflow), the same file imports, so Dedupe did not keep
 * the people the refused import never sent. A second copy of the template, with a form URL of its
 * own (as n8n gives a copy a new webhookId): n8n 2.41 ran the previous version of a workflow
 * re-imported over a published one, after publish:workflow and a restart, and a copy that keeps the
 * first's form path is not the one the path reaches.
 */
async function refusedToken(ctx, template, trigger) {
	const REFUSED_ID = 'e2eUploadRefuse1';
	const cred = { id: 'e2eRefusedToken1', name: 'Intake API (token to fix)' };
	const importCredential = async (token, label) => {
		const file = path.join(ctx.work, `${label}.json`);
		fs.writeFileSync(
			file,
			JSON.stringify([
				{
					...cred,
					type: 'intakeApi',
					data: { baseUrl: ctx.target.url, authentication: 'bearer', token, extraHeaders: '{}' },
				},
			]),
			{ mode: 0o600 },
		);
		const r = await ctx.n8n.cli(['import:credentials', `--input=${file}`], label);
		fs.rmSync(file, { force: true });
		if (r.code !== 0) throw new Error(`import:credentials: ${r.stdout}${r.stderr}`);
	};
	// three people no earlier upload had
	const people = [
		'First Name,Last Name,Email,Phone',
		'Noor,Haddad,noor.haddad@example.org,(212) 555-0147',
		'Tomasz,Wojcik,t.wojcik@example.org,(312) 555-0188',
		'Greta,Lindqvist,greta.l@example.org,(415) 555-0123',
	].join('\r\n');
	const upload = { name: 'new-clients.csv', type: 'text/csv', content: Buffer.from(people) };
	const uploadOnce = async () => {
		const server = await ctx.n8n.start();
		try {
			const formUrl = `${server.url}/form/${webhookId}`;
			const page = await ctx.n8n.waitFor(formUrl, { timeoutMs: 90000 });
			const fileInput = inputsOf(await page.text()).find((i) => i.type === 'file');
			return await submit(ctx, formUrl, fileInput.name, upload, REFUSED_ID);
		} finally {
			await server.stop();
		}
	};

	await importCredential('e2e-refused-token', 'import-refused-credential');
	const copy = ctx.variant(template, {
		id: REFUSED_ID,
		name: 'e2e upload form, refused token',
		credentials: { intakeApi: cred },
	});
	const webhookId = '7d0c2f1e-5b7a-4c39-9e51-2a6f0d8b4c13';
	copy.nodes.find((n) => n.name === trigger.name).webhookId = webhookId;
	await ctx.n8n.importWorkflow(copy);
	await ctx.n8n.publish(REFUSED_ID);
	const before = (await ctx.target.dump()).created;
	const refused = await uploadOnce();
	const afterRefused = (await ctx.target.dump()).created;
	const refusedFile = refused.files.find((f) => f.fileName === 'rows-to-fix.csv');
	const refusedRows = refusedFile ? ctx.readSheet(refusedFile.content, refusedFile.fileName) : [];
	const [rh = [], ...rl] = refusedRows;
	ctx.check(
		'form.sqlite.refused',
		refused.title === 'Error' &&
			/^Received: new-clients\.csv/.test(refused.message) &&
			/The import into clients stopped: .+\. Please tell your administrator \(import ID [0-9a-f-]{36}\)\./.test(
				refused.message,
			) &&
			!refused.message.includes('e2e-refused-token') &&
			/Your browser is downloading rows-to-fix\.csv: the 3 rows that were not imported/.test(
				refused.message,
			) &&
			JSON.stringify(rl.map((l) => [l[rh.indexOf('Row')], l[rh.indexOf('Problem')]])) ===
				JSON.stringify([
					['2', 'Refused by the clients system'],
					['3', 'Refused by the clients system'],
					['4', 'Refused by the clients system'],
				]) &&
			!refusedFile.content.toString('utf8').includes('e2e-refused-token') &&
			afterRefused === before &&
			refused.execution?.status === 'success',
		'the target refuses the token: the page says Error, why and the import ID (never the token), and hands over rows-to-fix.csv with the 3 rows refused; nothing imported',
		{
			title: refused.title,
			message: refused.message,
			file: refusedRows.map((l) => l.slice(0, 4)),
			createdBefore: before,
			createdAfter: afterRefused,
		},
	);

	await importCredential(ctx.target.token, 'import-fixed-credential');
	const fixed = await uploadOnce();
	const stored = ((await ctx.target.dump()).store.clients ?? []).map((r) => r.email);
	const got = countsIn(fixed.message, 'new-clients.csv');
	ctx.check(
		'form.sqlite.afterRefused',
		fixed.title === 'Success' &&
			got?.rows === 3 &&
			got?.imported === 3 &&
			got?.alreadyImported === 0 &&
			['noor.haddad@example.org', 't.wojcik@example.org', 'greta.l@example.org'].every((e) =>
				stored.includes(e),
			),
		'with the token fixed, the same file in the same workflow imports its 3 people: the refused import left none of them remembered',
		{ title: fixed.title, page: got },
	);
}
