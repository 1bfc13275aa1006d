/* The harness's own check: a tiny workflow proves, in each mode, that n8n loaded the package, that
 * the test credentials reach the local import target and the SMTP capture, and (sqlite) that an
 * Email Trigger (IMAP) sees mail delivered after it is active; in queue mode, that a webhook
 * variant runs on the worker and its execution is read back from PostgreSQL, and that a file uploaded
 * to main is read on the worker in the default `database` binary mode (E2E_BINARY_FILESYSTEM=1 also
 * shows `filesystem` mode failing with "File not found" when main and worker share no storage). */
'use strict';

const PEOPLE = [
	{ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
	{ firstName: 'Ada', lastName: 'Lovelace', email: 'ADA@example.com ' },
	{ firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com' },
];

/** a template as the workflows/ ones are: Manual Trigger, Settings, then the work */
function smokeTemplate() {
	const settings = [
		['object', 'clients'],
		['recipient', 'ops@example.com'],
		['sender', 'intake@example.com'],
	];
	const node = (id, name, type, typeVersion, x, parameters, extra = {}) => ({
		id,
		name,
		type,
		typeVersion,
		position: [x, 300],
		parameters,
		...extra,
	});
	return {
		name: 'Smoke',
		nodes: [
			node(
				'0d1c5b7e-0000-4000-8000-000000000001',
				'Start',
				'n8n-nodes-base.manualTrigger',
				1,
				0,
				{},
			),
			node('0d1c5b7e-0000-4000-8000-000000000002', 'Settings', 'n8n-nodes-base.set', 3.4, 220, {
				mode: 'manual',
				assignments: {
					assignments: settings.map(([name, value], i) => ({
						id: `0d1c5b7e-0000-4000-9000-00000000000${i}`,
						name,
						value,
						type: 'string',
					})),
				},
				options: {},
			}),
			node('0d1c5b7e-0000-4000-8000-000000000003', 'People', 'n8n-nodes-base.code', 2, 440, {
				jsCode: `return ${JSON.stringify(PEOPLE)}.map((json) => ({ json }));`,
			}),
			node('0d1c5b7e-0000-4000-8000-000000000004', 'Dedupe', 'n8n-nodes-intake.dedupe', 1, 660, {
				policy: 'merge',
				options: {},
			}),
			node(
				'0d1c5b7e-0000-4000-8000-000000000005',
				'Import Batch',
				'n8n-nodes-intake.importBatch',
				1,
				880,
				{
					operation: 'import',
					object: "={{ $('Settings').first().json.object }}",
					mode: 'bulk',
					onError: 'halt',
					importOptions: {},
				},
				{ credentials: { intakeApi: { id: 'intakeApiCredential', name: 'Intake API' } } },
			),
			node(
				'0d1c5b7e-0000-4000-8000-000000000006',
				'Send Email',
				'n8n-nodes-base.emailSend',
				2.1,
				1100,
				{
					fromEmail: "={{ $('Settings').first().json.sender }}",
					toEmail: "={{ $('Settings').first().json.recipient }}",
					subject: '=Smoke import: {{ $json.status }}, {{ $json.totals.created }} created',
					emailFormat: 'text',
					text: '={{ JSON.stringify($json.totals) }}',
					options: {},
				},
				{
					credentials: { smtp: { id: 'smtpCredential', name: 'SMTP' } },
					executeOnce: true,
				},
			),
		],
		connections: {
			Start: { main: [[{ node: 'Settings', type: 'main', index: 0 }]] },
			Settings: { main: [[{ node: 'People', type: 'main', index: 0 }]] },
			People: { main: [[{ node: 'Dedupe', type: 'main', index: 0 }]] },
			Dedupe: { main: [[{ node: 'Import Batch', type: 'main', index: 0 }]] },
			'Import Batch': { main: [[{ node: 'Send Email', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
		meta: { templateCredsSetupCompleted: false },
		tags: [],
	};
}

const emails = (dump) =>
	(dump.store.clients ?? []).map((c) => String(c.email).trim().toLowerCase()).sort();

async function importAndCheck(ctx, recipient, run) {
	const dump = await ctx.target.dump();
	ctx.check(
		'smoke.imported',
		JSON.stringify(emails(dump)) === JSON.stringify(['ada@example.com', 'alan@example.com']),
		'Dedupe merged the two Adas and Import Batch created two clients at the target (package loaded, intakeApi credential works)',
		{ clients: emails(dump), status: run?.status },
	);
	const mail = await ctx.smtp
		.waitFor((m) => m.to?.text === recipient, 30000)
		.catch((error) => error);
	ctx.check(
		'smoke.mailed',
		!(mail instanceof Error) && /Complete, 2 created/.test(mail.subject),
		`Send Email reached the SMTP capture, to the recipient set in Settings (${recipient})`,
		mail instanceof Error
			? mail
			: { subject: mail.subject, from: mail.from?.text, text: mail.text },
	);
}

async function sqliteSmoke(ctx) {
	const recipient = 'smoke-sqlite@example.com';
	const wf = ctx.variant(smokeTemplate(), {
		id: 'e2eSmokeSqlite01',
		name: 'Smoke (sqlite)',
		settings: { recipient },
	});
	const id = await ctx.n8n.importWorkflow(wf);
	const r = await ctx.n8n.execute(id, 'smoke');
	const last = await ctx.n8n.lastExecution(id);
	ctx.check(
		'smoke.executed',
		r.code === 0 && r.run !== undefined && last?.status === 'success',
		`n8n execute ran the variant (exit ${r.code}); its execution was read back from SQLite: ${last?.status}`,
		r.code === 0 ? undefined : (r.stdout + r.stderr).slice(-1500),
	);
	await importAndCheck(ctx, recipient, last);
	await imapSmoke(ctx);
}

/** Email Trigger (IMAP) → a reply through SMTP: the mail is delivered once the trigger has INBOX open */
async function imapSmoke(ctx) {
	const id = 'e2eSmokeImap0001';
	await ctx.n8n.importWorkflow({
		id,
		name: 'Smoke IMAP',
		active: false,
		nodes: [
			{
				id: '0d1c5b7e-0000-4000-8000-000000000101',
				name: 'Email Trigger (IMAP)',
				type: 'n8n-nodes-base.emailReadImap',
				typeVersion: 2.2,
				position: [0, 300],
				parameters: {
					mailbox: 'INBOX',
					postProcessAction: 'read',
					downloadAttachments: true,
					options: {},
				},
				credentials: { imap: ctx.credentials.imap },
			},
			{
				id: '0d1c5b7e-0000-4000-8000-000000000102',
				name: 'Reply',
				type: 'n8n-nodes-base.emailSend',
				typeVersion: 2.1,
				position: [220, 300],
				parameters: {
					fromEmail: 'intake@example.com',
					toEmail: '={{ $json.from }}',
					subject: '=Re: {{ $json.subject }} ({{ Object.keys($binary ?? {}).length }} attachment)',
					emailFormat: 'text',
					text: 'received',
					options: {},
				},
				credentials: { smtp: ctx.credentials.smtp },
			},
		],
		connections: {
			'Email Trigger (IMAP)': { main: [[{ node: 'Reply', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	});
	await ctx.n8n.publish(id);
	const n8n = await ctx.n8n.start();
	try {
		await ctx.imap.waitForListener(60000);
		await ctx.imap.deliver({
			from: 'Paralegal <paralegal@example.com>',
			subject: 'Smoke intake',
			text: 'see attached',
			attachments: [{ filename: 'people.csv', content: 'firstName,email\nAda,ada@example.com\n' }],
		});
		const reply = await ctx.smtp
			.waitFor((m) => /^Re: Smoke intake/.test(m.subject ?? ''), 60000)
			.catch((error) => error);
		ctx.check(
			'smoke.imap',
			!(reply instanceof Error) &&
				reply.to?.text.includes('paralegal@example.com') &&
				/\(1 attachment\)/.test(reply.subject),
			`a published Email Trigger (IMAP) picked up mail delivered after start (${n8n.startMs} ms to start) and replied to the sender`,
			reply instanceof Error ? reply : { subject: reply.subject, to: reply.to?.text },
		);
	} finally {
		await n8n.stop();
	}
}

async function queueSmoke(ctx) {
	const recipient = 'smoke-queue@example.com';
	const wf = ctx.variant(smokeTemplate(), {
		id: 'e2eSmokeQueue001',
		name: 'Smoke (queue)',
		settings: { recipient },
		trigger: 'webhook',
		webhookPath: 'e2e-smoke',
	});
	const id = await ctx.n8n.importWorkflow(wf);
	await ctx.n8n.publish(id);
	const upload = await uploadWorkflow(ctx);
	const n8n = await ctx.n8n.start();
	try {
		const res = await ctx.n8n.waitFor(`${n8n.url}/webhook/e2e-smoke`, { method: 'POST' });
		const body = await res.json().catch(() => undefined);
		const last = await ctx.n8n.lastExecution(id);
		const fs = require('node:fs');
		const workerLog = fs.readFileSync(n8n.logs.worker, 'utf8');
		ctx.check(
			'smoke.queue',
			res.status === 200 &&
				last?.status === 'success' &&
				last.data?.resultData?.runData?.['Import Batch']?.[0]?.data?.main?.[0]?.[0]?.json
					?.status === 'Complete' &&
				new RegExp(`started execution ${last.id}|execution ${last.id}`, 'i').test(workerLog),
			`the webhook variant ran on the worker (${n8n.startMs} ms to start main + worker), its execution ${last?.id} read back from PostgreSQL: ${last?.status}`,
			{
				http: res.status,
				response: JSON.stringify(body)?.slice(0, 300),
				workerLine: (/.*execution.*/i.exec(workerLog) ?? [
					'(no execution line in the worker log)',
				])[0],
			},
		);
		await importAndCheck(ctx, recipient, last);
		checkDatabaseMode(ctx, await upload(n8n.url));
	} finally {
		await n8n.stop();
	}
	if (process.env.E2E_BINARY_FILESYSTEM === '1') await filesystemMode(ctx, upload);
}

/**
 * An uploaded file in queue mode: the webhook (main) stores it, Spreadsheet to Records (worker) reads
 * it. In the default `database` binary mode that works with main and worker on separate folders; in
 * `filesystem` mode the worker does not find the file main wrote (they share no storage).
 */
async function uploadWorkflow(ctx) {
	const id = 'e2eSmokeUpload01';
	await ctx.n8n.importWorkflow({
		id,
		name: 'Smoke upload (queue)',
		active: false,
		nodes: [
			{
				id: '0d1c5b7e-0000-4000-8000-000000000201',
				name: 'Upload',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2.1,
				position: [0, 300],
				webhookId: '0d1c5b7e-0000-4000-8000-0000000002aa',
				parameters: {
					httpMethod: 'POST',
					path: 'e2e-upload',
					responseMode: 'lastNode',
					responseData: 'allEntries',
					options: {},
				},
			},
			{
				id: '0d1c5b7e-0000-4000-8000-000000000202',
				name: 'Spreadsheet to Records',
				type: 'n8n-nodes-intake.spreadsheetToRecords',
				typeVersion: 2,
				position: [220, 300],
				parameters: { binaryPropertyName: 'data', options: {} },
			},
		],
		connections: {
			Upload: { main: [[{ node: 'Spreadsheet to Records', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	});
	await ctx.n8n.publish(id);
	const csv =
		'First Name,Last Name,Email\nAda,Lovelace,ada@example.com\nAlan,Turing,alan@example.com\n';
	const upload = async (url) => {
		const form = new FormData();
		form.append('data', new Blob([csv], { type: 'text/csv' }), 'people.csv');
		const res = await ctx.n8n.waitFor(`${url}/webhook/e2e-upload`, { method: 'POST', body: form });
		const text = await res.text();
		const last = await ctx.n8n.lastExecution(id);
		return {
			http: res.status,
			body: text.slice(0, 300),
			status: last?.status,
			rows: last?.data?.resultData?.runData?.['Spreadsheet to Records']?.[0]?.data?.main?.[0]
				?.length,
			error: last?.data?.resultData?.error?.message,
		};
	};
	return upload;
}

function checkDatabaseMode(ctx, outcome) {
	ctx.check(
		'smoke.binaryDatabase',
		outcome.status === 'success' && outcome.rows === 2,
		'queue mode, default `database` binary mode: a file uploaded to main is read on the worker (2 rows)',
		outcome,
	);
}

/** with E2E_BINARY_FILESYSTEM=1: main and worker started once more, in `filesystem` mode */
async function filesystemMode(ctx, upload) {
	const n8n = await ctx.n8n.start({ env: { N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem' } });
	let outcome;
	try {
		outcome = await upload(n8n.url);
	} finally {
		await n8n.stop();
	}
	ctx.check(
		'smoke.binaryFilesystem',
		outcome.status === 'error' && /not found|ENOENT|no such file/i.test(outcome.error ?? '')
			? true
			: 'warn',
		'queue mode, `filesystem` binary mode with main and worker on separate folders: the worker does not find the uploaded file (why the README asks for shared storage)',
		outcome,
	);
}

module.exports = {
	name: 'smoke',
	modes: ['sqlite', 'queue'],
	// the harness's own proof (E2E_ONLY=smoke): the templates' checks cover all it does, so CI's
	// time goes to them
	onlyWhenNamed: true,
	async run(ctx) {
		if (ctx.mode === 'queue') await queueSmoke(ctx);
		else await sqliteSmoke(ctx);
	},
	smokeTemplate,
};
