/* workflows/attachments-archive.json in a real n8n. The target holds cases and their documents
 * (records of `documents` with a file each, bytes set through PUT /api/documents/{id}/content).
 * 1. Run Manually: the variant run by `n8n execute`; the email's ZIP (from the SMTP capture) is
 *    opened with JSZip (root node_modules, through exceljs; CRC-32 checked): one folder per
 *    matching case, every document's bytes equal to what was seeded, two files of the same name
 *    in one case both kept, no file of another case, and manifest.csv's rows (path, size,
 *    SHA-256) equal to the files; a document the target cannot give (404) is left out and named
 *    in the email.
 * 2. The same with a mail limit the ZIP passes: an email without the file that says so.
 * 3. A filter no case with documents matches: an email that says so.
 * 4. Download Link: the variant published, n8n started, the webhook asked without the key
 *    (refused) and with it: the same ZIP as a download (Content-Type, Content-Disposition);
 *    ?case= one case's folder only, and 404 for a case without documents or outside the filter. */
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { datesDuring } = require('../harness/runData');

const TEMPLATE = 'attachments-archive';
const RECIPIENTS = ['records@firm.test', 'Head of Litigation <litigation.head@firm.test>'];
const SENDER = 'Case Archive <archive@firm.test>';
const SUBJECT = 'Closed case documents';
const KEY_HEADER = 'X-Archive-Key';
const KEY = 'e2e-archive-key-5d1c0b7e9a';
const MISSING_LINE = '- Could not be downloaded (not in the ZIP): 1: Missing scan.pdf\n';
const KEY_CREDENTIAL = { id: 'e2eArchiveKey001', name: 'Archive Download Key (e2e)' };
const WEBHOOK_PATH = 'case-documents-archive';

const eq = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const sha256 = (b) => createHash('sha256').update(b).digest('hex');
const addressOf = (r) => (/<([^>]+)>/.exec(r)?.[1] ?? r).trim().toLowerCase();

/** Bytes that are the same every run: a counter through a simple generator (no randomness in the test data). */
function bytes(seed, size) {
	const out = Buffer.alloc(size);
	let x = seed >>> 0 || 1;
	for (let i = 0; i < size; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		out[i] = x & 0xff;
	}
	return out;
}

const CASES = [
	{ caseNumber: '2024-0301', name: 'Becker v. Hofmann', status: 'closed', caseType: 'Litigation' },
	{ caseNumber: '2024-0302', name: 'Estate of Lindqvist', status: 'closed', caseType: 'Probate' },
	{
		caseNumber: '2024-0303',
		name: 'Okafor lease renewal',
		status: 'open',
		caseType: 'Real Estate',
	},
	{ caseNumber: '2024-0304', name: 'Moreau dismissal', status: 'closed', caseType: 'Employment' },
	{ caseNumber: '2024-0305', name: 'Silva incorporation', status: 'closed', caseType: 'Corporate' },
];
// documents by case number; 2024-0305 (closed) has none, 2024-0303 (open) is left out by the filter
const DOCUMENTS = [
	['2024-0301', 'Complaint.pdf', 'application/pdf', bytes(11, 48_000)],
	['2024-0301', 'Vollmacht Müller.pdf', 'application/pdf', bytes(12, 7_001)],
	[
		'2024-0301',
		'notes.txt',
		'text/plain',
		Buffer.from('Hearing moved to 3 March.\nJudge: Dr. Weiß\n'),
	],
	[
		'2024-0302',
		'Will.docx',
		'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		bytes(21, 120_000),
	],
	[
		'2024-0302',
		'Inventory.xlsx',
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		bytes(22, 9_500),
	],
	['2024-0303', 'Lease draft.pdf', 'application/pdf', bytes(31, 5_000)],
	['2024-0304', 'Letter.pdf', 'application/pdf', bytes(41, 3_333)],
	// the same name twice in one case: both must be kept
	['2024-0304', 'Letter.pdf', 'application/pdf', bytes(42, 2_222)],
	['2024-0304', 'empty.txt', 'text/plain', Buffer.alloc(0)],
	// a record whose file the target cannot give (404): left out of the ZIP, named in the email
	['2024-0302', 'Missing scan.pdf', 'application/pdf', null],
].map(([caseNumber, name, contentType, data]) => ({ caseNumber, name, contentType, data }));

async function api(ctx, method, p, body, headers = {}) {
	const res = await fetch(`${ctx.target.url}${p}`, {
		method,
		headers: { authorization: `Bearer ${ctx.target.token}`, ...headers },
		body,
	});
	const text = await res.text();
	if (res.status >= 300) throw new Error(`${method} ${p}: ${res.status} ${text}`);
	return text ? JSON.parse(text) : undefined;
}

/** Seeds the cases and documents; returns the case ids by number. */
async function seed(ctx) {
	await ctx.target.reset();
	const caseIds = {};
	for (const c of CASES) {
		const r = await api(ctx, 'POST', '/api/cases', JSON.stringify(c), {
			'content-type': 'application/json',
		});
		caseIds[c.caseNumber] = r.data.id;
	}
	for (const d of DOCUMENTS) {
		const r = await api(
			ctx,
			'POST',
			'/api/documents',
			JSON.stringify({ name: d.name, caseId: caseIds[d.caseNumber], contentType: d.contentType }),
			{ 'content-type': 'application/json' },
		);
		d.id = r.data.id;
		if (d.data === null) continue;
		await api(ctx, 'PUT', `/api/documents/${encodeURIComponent(d.id)}/content`, d.data, {
			'content-type': d.contentType,
		});
	}
	return caseIds;
}

/** What the ZIP must hold: each closed case's documents in its folder (a second name numbered " (2)"). */
function expectedEntries(onlyCase) {
	const closed = new Set(CASES.filter((c) => c.status === 'closed').map((c) => c.caseNumber));
	const seen = new Map();
	const entries = [];
	for (const d of DOCUMENTS) {
		if (!closed.has(d.caseNumber) || d.data === null) continue;
		if (onlyCase !== undefined && d.caseNumber !== onlyCase) continue;
		let p = `${d.caseNumber}/${d.name}`;
		const n = (seen.get(p.toLowerCase()) ?? 0) + 1;
		seen.set(p.toLowerCase(), n);
		if (n > 1) p = p.replace(/(\.[^.]*)$/, ` (${n})$1`);
		entries.push({ path: p, data: d.data });
	}
	return entries;
}

/** Opens a ZIP with JSZip (root node_modules) and checks its files, bytes and manifest against the seeded documents. */
async function checkZip(ctx, id, zipBuffer, source, onlyCase) {
	const JSZip = require(require.resolve('jszip', { paths: [path.join(ctx.repo, 'node_modules')] }));
	let zip;
	try {
		zip = await JSZip.loadAsync(zipBuffer, { checkCRC32: true });
	} catch (error) {
		ctx.check(`${id}.zip`, false, `${source} is a ZIP`, error.message);
		return;
	}
	const files = Object.values(zip.files).filter((f) => !f.dir);
	const got = {};
	for (const f of files) got[f.name] = await f.async('nodebuffer');
	const want = expectedEntries(onlyCase);
	const names = Object.keys(got).sort();
	const wantNames = [...want.map((e) => e.path), 'manifest.csv'].sort();
	ctx.check(
		`${id}.entries`,
		eq(names, wantNames),
		`${source}: one folder per closed case with documents, each document once (the second Letter.pdf numbered), and manifest.csv; no open case, no empty case folder`,
		{ got: names, want: wantNames },
	);
	const differing = want
		.filter((e) => got[e.path] && !got[e.path].equals(e.data))
		.map((e) => ({ path: e.path, got: got[e.path].length, want: e.data.length }));
	ctx.check(
		`${id}.bytes`,
		differing.length === 0 && want.every((e) => got[e.path]),
		`${source}: every file's bytes equal the document seeded at the target (${want.length} files, ${want.reduce((n, e) => n + e.data.length, 0)} bytes)`,
		differing,
	);
	const manifest = got['manifest.csv'] ? ctx.readSheet(got['manifest.csv'], 'manifest.csv') : [];
	const wantManifest = [
		['path', 'size', 'sha256', 'renamed_from'],
		...want.map((e) => [e.path, String(e.data.length), sha256(e.data)]),
	];
	const rows = manifest.map((r, i) => (i === 0 ? r : r.slice(0, 3)));
	ctx.check(
		`${id}.manifest`,
		eq([rows[0], ...rows.slice(1).sort()], [wantManifest[0], ...wantManifest.slice(1).sort()]),
		`${source}: manifest.csv lists every file with its size and SHA-256, row by row`,
		{ got: manifest.slice(0, 12), want: wantManifest },
	);
}

function settingsFor(ctx, extra = {}) {
	return {
		caseObject: 'cases',
		caseFilter: JSON.stringify({
			operator: 'and',
			conditions: [{ field: 'status', operator: 'eq', value: 'closed' }],
		}),
		folderField: 'caseNumber',
		documentObject: 'documents',
		documentCaseField: 'caseId',
		documentUrl: `${ctx.target.url}/api/documents/{id}/content`,
		archiveName: 'closed-case-documents',
		recipients: RECIPIENTS.join(', '),
		sender: SENDER,
		subject: SUBJECT,
		maxEmailMB: 15,
		...extra,
	};
}

async function runByEmail(ctx, id, label, settings) {
	const wf = ctx.variant(ctx.template(TEMPLATE), {
		id,
		name: `e2e attachments archive (${label})`,
		settings: settingsFor(ctx, settings),
		credentials: { ...ctx.credentials, httpHeaderAuth: KEY_CREDENTIAL },
	});
	await ctx.n8n.importWorkflow(wf);
	ctx.smtp.clear();
	const start = new Date();
	const result = await ctx.n8n.execute(id, `attachments-archive-${label}`);
	const dates = datesDuring(start, new Date());
	return { result, mails: ctx.smtp.messages(), dates };
}

function checkMail(ctx, id, mails, dates, subjectEnd) {
	const mail = mails[0];
	const to = (mail?.envelope?.to ?? []).map((a) => a.toLowerCase()).sort();
	const subjects = dates.dmy.map((d) => `${SUBJECT} – ${d}${subjectEnd}`);
	ctx.check(
		`${id}.mail`,
		mails.length === 1 &&
			eq(to, RECIPIENTS.map(addressOf).sort()) &&
			mail.from?.value?.[0]?.address === addressOf(SENDER) &&
			subjects.includes(mail.subject),
		'one email, from the sender to every recipient in Settings, subject with the date',
		mails.map((m) => ({ to: m.envelope?.to, from: m.from?.text, subject: m.subject })),
	);
	return mail;
}

module.exports = {
	name: TEMPLATE,
	modes: ['sqlite'],
	async run(ctx) {
		await seed(ctx);
		const want = expectedEntries();
		const closedWithDocs = new Set(want.map((e) => e.path.split('/')[0])).size;
		const closedCases = CASES.filter((c) => c.status === 'closed').length;

		// the Header Auth credential of the download link
		const credFile = path.join(ctx.work, 'attachments-archive-key.json');
		fs.writeFileSync(
			credFile,
			JSON.stringify([
				{ ...KEY_CREDENTIAL, type: 'httpHeaderAuth', data: { name: KEY_HEADER, value: KEY } },
			]),
		);
		const imported = await ctx.n8n.cli(
			['import:credentials', `--input=${credFile}`],
			'attachments-archive-key',
		);
		fs.rmSync(credFile, { force: true });
		if (imported.code !== 0)
			throw new Error(`import:credentials failed: ${imported.stdout}${imported.stderr}`);

		// 1. Run Manually: emailed
		const byMail = await runByEmail(ctx, 'e2eArchiveMail01', 'email', {});
		ctx.check(
			'attachments-archive.email.run',
			byMail.result.code === 0 && byMail.result.run?.data?.resultData?.error === undefined,
			'n8n execute from Run Manually succeeds',
			byMail.result.code === 0 ? undefined : byMail.result.stdout.slice(-2000),
		);
		const mail = checkMail(ctx, 'attachments-archive.email', byMail.mails, byMail.dates, '');
		const zips = (mail?.attachments ?? []).filter((a) => a.filename?.endsWith('.zip'));
		const zipNames = byMail.dates.ymd.map((d) => `closed-case-documents-${d}.zip`);
		ctx.check(
			'attachments-archive.email.attachment',
			(mail?.attachments ?? []).length === 1 &&
				zipNames.includes(zips[0]?.filename) &&
				zips[0]?.contentType === 'application/zip',
			`one attachment, ${zipNames[0]}, application/zip`,
			(mail?.attachments ?? []).map((a) => ({
				name: a.filename,
				type: a.contentType,
				size: a.size,
			})),
		);
		ctx.check(
			'attachments-archive.email.text',
			typeof mail?.text === 'string' &&
				mail.text.includes(`- Documents: ${want.length}\n`) &&
				mail.text.includes(MISSING_LINE) &&
				mail.text.includes(
					`- Cases matching the filter: ${closedCases}, with documents: ${closedWithDocs} `,
				) &&
				!/sent automatically with n8n/i.test(mail.text),
			`the text counts ${want.length} documents, ${closedCases} cases matching, ${closedWithDocs} with documents, and names the one the target could not give`,
			mail?.text,
		);
		if (zips[0])
			await checkZip(ctx, 'attachments-archive.email', zips[0].content, 'the emailed ZIP');

		// 2. larger than the mail limit: no attachment, an email that says so
		const big = await runByEmail(ctx, 'e2eArchiveBig001', 'too-large', { maxEmailMB: 0.05 });
		const bigMail = checkMail(
			ctx,
			'attachments-archive.too-large',
			big.mails,
			big.dates,
			': too large to email',
		);
		ctx.check(
			'attachments-archive.too-large.no-file',
			big.result.code === 0 &&
				bigMail !== undefined &&
				(bigMail.attachments ?? []).length === 0 &&
				/larger than the 0\.05 MB/.test(bigMail.text ?? '') &&
				(bigMail.text ?? '').includes(`- Documents: ${want.length}\n`) &&
				(bigMail.text ?? '').includes(MISSING_LINE) &&
				/download link/i.test(bigMail.text ?? ''),
			'a ZIP over maxEmailMB is not attached; the email says why and points to the download link',
			bigMail?.text ?? big.result.stdout.slice(-1500),
		);

		// 3. cases that match but have no documents
		const none = await runByEmail(ctx, 'e2eArchiveNone01', 'no-documents', {
			caseFilter: JSON.stringify({
				operator: 'and',
				conditions: [{ field: 'caseType', operator: 'eq', value: 'Corporate' }],
			}),
		});
		const noneMail = checkMail(
			ctx,
			'attachments-archive.no-documents',
			none.mails,
			none.dates,
			': no documents',
		);
		ctx.check(
			'attachments-archive.no-documents.text',
			none.result.code === 0 &&
				noneMail !== undefined &&
				(noneMail.attachments ?? []).length === 0 &&
				(noneMail.text ?? '').includes(
					'- Cases matching the filter: 1\n- Documents of those cases: 0',
				),
			'one case matches and has no document: an email that says so, without a file',
			noneMail?.text ?? none.result.stdout.slice(-1500),
		);

		// 4. the download link: published, n8n started, asked with and without the key
		// an id of its own each run: a workflow published before keeps its published version when
		// imported again under the same id (n8n 2.x), which a rerun in the same user folder would meet
		const linkId = `e2eArchLink${Date.now().toString(36).slice(-5)}`;
		const wf = ctx.variant(ctx.template(TEMPLATE), {
			id: linkId,
			name: 'e2e attachments archive (download link)',
			settings: settingsFor(ctx),
			credentials: { ...ctx.credentials, httpHeaderAuth: KEY_CREDENTIAL },
		});
		await ctx.n8n.importWorkflow(wf);
		await ctx.n8n.publish(linkId);
		ctx.smtp.clear();
		const n8n = await ctx.n8n.start();
		try {
			const url = `${n8n.url}/webhook/${WEBHOOK_PATH}`;
			await ctx.n8n.waitFor(url, { timeoutMs: 60000 });
			// n8n answers "n8n is starting up. Please wait" (200) for a while after its editor is up
			let refused;
			for (const until = Date.now() + 90000; ;) {
				refused = await fetch(url);
				const starting = (await refused.clone().text()).includes('n8n is starting up');
				if ((refused.status !== 404 && !starting) || Date.now() > until) break;
				await new Promise((resolve) => setTimeout(resolve, 1000));
			}
			const refusedBody = await refused.text();
			ctx.check(
				'attachments-archive.link.needs-key',
				refused.status === 403 || refused.status === 401,
				'the download link without the key is refused',
				{ status: refused.status, body: refusedBody.slice(0, 200) },
			);
			const wrong = await fetch(url, { headers: { [KEY_HEADER]: 'not-the-key' } });
			ctx.check(
				'attachments-archive.link.wrong-key',
				wrong.status === 403 || wrong.status === 401,
				'the download link with a wrong key is refused',
				{ status: wrong.status },
			);
			const res = await fetch(url, { headers: { [KEY_HEADER]: KEY } });
			const body = Buffer.from(await res.arrayBuffer());
			const disposition = res.headers.get('content-disposition') ?? '';
			const dates = datesDuring(new Date(Date.now() - 60000), new Date());
			ctx.check(
				'attachments-archive.link.download',
				res.status === 200 &&
					res.headers.get('content-type')?.startsWith('application/zip') &&
					dates.ymd.some((d) => disposition.includes(`closed-case-documents-${d}.zip`)),
				'with the key: 200, application/zip, Content-Disposition naming the dated ZIP',
				{
					status: res.status,
					type: res.headers.get('content-type'),
					disposition,
					size: body.length,
					body: res.status === 200 ? undefined : body.toString('utf8').slice(0, 500),
				},
			);
			if (res.status === 200)
				await checkZip(ctx, 'attachments-archive.link', body, 'the downloaded ZIP');

			// one case through ?case=: its folder only; a case without documents, or one the
			// Settings filter leaves out (open), gets the 404 that says so
			const one = await fetch(`${url}?case=2024-0304`, { headers: { [KEY_HEADER]: KEY } });
			const oneBody = Buffer.from(await one.arrayBuffer());
			ctx.check(
				'attachments-archive.link.one-case.download',
				one.status === 200 && one.headers.get('content-type')?.startsWith('application/zip'),
				'?case=2024-0304 with the key: 200, a ZIP',
				{ status: one.status, type: one.headers.get('content-type') },
			);
			if (one.status === 200)
				await checkZip(
					ctx,
					'attachments-archive.link.one-case',
					oneBody,
					'the ZIP of ?case=2024-0304',
					'2024-0304',
				);
			for (const [number, why] of [
				['2024-0305', 'a closed case without documents'],
				['2024-0303', 'an open case, outside the Settings filter, with a document'],
			]) {
				const r = await fetch(`${url}?case=${number}`, { headers: { [KEY_HEADER]: KEY } });
				const text = await r.text();
				ctx.check(
					`attachments-archive.link.case-${number}`,
					r.status === 404 && /"message":\s*"No documents/.test(text),
					`?case=${number} (${why}): 404 with a message, no ZIP`,
					{ status: r.status, body: text.slice(0, 300) },
				);
			}
			ctx.check(
				'attachments-archive.link.no-mail',
				ctx.smtp.messages().length === 0,
				'a download sends no email',
				ctx.smtp.messages().map((m) => m.subject),
			);
		} finally {
			await n8n.stop();
			// later checks start n8n too: the link stays off for them
			await ctx.n8n.cli(['unpublish:workflow', `--id=${linkId}`], 'attachments-archive-unpublish');
		}
		ctx.check(
			'attachments-archive.cases',
			closedCases === 4 && closedWithDocs === 3,
			'the seeded data covers a closed case without documents and an open case with documents',
			{ closedCases, closedWithDocs },
		);
	},
};
