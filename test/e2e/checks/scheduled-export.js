/* workflows/scheduled-export.json in a real n8n: its test variant (the Schedule Trigger made a
 * Manual Trigger, the Settings pointed at the test's cases and addresses) run once per format
 * (CSV, XLSX, PDF) and once with a filter nothing matches. Each run's email is taken from the
 * SMTP capture: its recipients (every one of them), subject, attachment name and type, and the
 * attachment read back (CSV and XLSX with ctx.readSheet, PDF as text with pdf-parse) and compared
 * row by row with the records the filter, the sort and the limit choose. */
'use strict';
const path = require('node:path');
const { datesDuring } = require('../harness/runData');

const TEMPLATE = 'scheduled-export';
const RECIPIENTS = [
	'managing.partner@firm.test',
	'office@firm.test',
	'Records Archive <archive@firm.test>',
];
const SENDER = 'Case Reports <reports@firm.test>';
const SUBJECT = 'Open litigation and employment cases';
const FIELDS = [
	['caseNumber', 'Case Number'],
	['name', 'Case'],
	['clientName', 'Client'],
	['caseType', 'Case Type'],
	['status', 'Status'],
	['openedOn', 'Opened'],
];
// open cases of two types (a nested "or" group inside the "and"), newest first, at most 5
const FILTER = {
	operator: 'and',
	conditions: [
		{ field: 'status', operator: 'eq', value: 'open' },
		{
			operator: 'or',
			conditions: [
				{ field: 'caseType', operator: 'eq', value: 'Litigation' },
				{ field: 'caseType', operator: 'eq', value: 'Employment' },
			],
		},
	],
};
const LIMIT = 5;

// twelve cases: seven match the filter (so the limit of five leaves two out), the others differ by
// one condition each; names with accents, a comma and quotes, and a text a spreadsheet would run as a formula
const CASES = [
	['2025-0101', 'Müller v. Becker GmbH', 'Jürgen Müller', 'Litigation', 'open', '2025-01-14'],
	[
		'2025-0102',
		'Smith, Smith & Partners – lease',
		'Smith & Partners LLP',
		'Real Estate',
		'open',
		'2025-02-03',
	],
	['2025-0103', "O'Brien employment claim", "Siobhán O'Brien", 'Employment', 'open', '2025-03-21'],
	['2025-0104', 'Garcia v. City of Austin', 'María García', 'Litigation', 'closed', '2025-04-02'],
	['2025-0105', 'Nguyen "wrongful dismissal"', 'Thi Nguyen', 'Employment', 'open', '2025-05-30'],
	['2025-0106', 'Estate of Kowalski', 'Anna Kowalski', 'Probate', 'open', '2025-06-11'],
	['2025-0107', 'Dubois v. Lefèvre SARL', 'Élodie Dubois', 'Litigation', 'open', '2025-07-08'],
	['2025-0108', 'Patel trademark dispute', '=1+1 Holdings', 'Litigation', 'open', '2025-08-19'],
	['2025-0109', 'Rossi wage claim', 'Marco Rossi', 'Employment', 'pending', '2025-09-01'],
	['2025-0110', 'Yamamoto v. Tanaka', 'Kenji Yamamoto', 'Litigation', 'open', '2025-10-15'],
	['2025-0111', 'Andersen overtime claim', 'Lars Andersen', 'Employment', 'open', '2025-11-04'],
	['2025-0112', 'Schmidt tenancy', 'Eva Schmidt', 'Real Estate', 'closed', '2025-11-20'],
].map(([caseNumber, name, clientName, caseType, status, openedOn], i) => ({
	caseNumber,
	name,
	clientName,
	caseType,
	status,
	openedOn,
	// fields the export leaves out
	responsibleLawyer: ['A. Weber', 'B. Okafor', 'C. Lindqvist'][i % 3],
	billingCode: `BC-${700 + i}`,
}));

const FORMATS = {
	csv: { ext: 'csv', type: 'text/csv' },
	xlsx: { ext: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
	pdf: { ext: 'pdf', type: 'application/pdf' },
};

const eq = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const addressOf = (r) => (/<([^>]+)>/.exec(r)?.[1] ?? r).trim().toLowerCase();

/** The cases the export must hold, in order: the filter, then the sort (newest first), then the limit. */
function expectedCases() {
	return CASES.filter(
		(c) => c.status === 'open' && (c.caseType === 'Litigation' || c.caseType === 'Employment'),
	)
		.sort((a, b) => (a.openedOn < b.openedOn ? 1 : a.openedOn > b.openedOn ? -1 : 0))
		.slice(0, LIMIT);
}

/** PDF text through pdf-parse (test/e2e/node_modules, a dependency of n8n); undefined when it is not there. */
async function pdfText(buffer) {
	let PDFParse;
	try {
		({ PDFParse } = require(
			require.resolve('pdf-parse', { paths: [path.join(__dirname, '..', 'node_modules')] }),
		));
	} catch {
		return undefined;
	}
	const parser = new PDFParse({ data: new Uint8Array(buffer) });
	try {
		const result = await parser.getText();
		return { text: result.text, pages: result.total ?? result.pages?.length };
	} finally {
		await parser.destroy?.();
	}
}

async function seed(ctx) {
	await ctx.target.reset();
	for (const record of CASES) {
		const res = await fetch(`${ctx.target.url}/api/cases`, {
			method: 'POST',
			headers: {
				authorization: `Bearer ${ctx.target.token}`,
				'content-type': 'application/json',
			},
			body: JSON.stringify(record),
		});
		if (res.status !== 201)
			throw new Error(`seeding case ${record.caseNumber}: ${res.status} ${await res.text()}`);
	}
}

async function runVariant(ctx, { id, label, settings }) {
	const template = ctx.template(TEMPLATE);
	const wf = ctx.variant(template, {
		id,
		name: `e2e scheduled export (${label})`,
		trigger: 'manual',
		settings: {
			object: 'cases',
			fields: FIELDS.map(([f, h]) => `${f}:${h}`).join(', '),
			filter: JSON.stringify(FILTER),
			sortBy: 'openedOn',
			sortDirection: 'desc',
			limit: LIMIT,
			fileName: 'open-cases',
			title: 'Open cases',
			recipients: RECIPIENTS.join(', '),
			sender: SENDER,
			subject: SUBJECT,
			...settings,
		},
	});
	await ctx.n8n.importWorkflow(wf);
	ctx.smtp.clear();
	const start = new Date();
	const result = await ctx.n8n.execute(id, `scheduled-export-${label}`);
	const end = new Date();
	const mails = ctx.smtp.messages();
	return { result, mails, dates: datesDuring(start, end), wf };
}

/** Checks one email's envelope and headers: every recipient, the sender, the subject. */
function checkHeaders(ctx, id, mail, dates, subjectEnd = '') {
	const to = (mail.envelope?.to ?? []).map((a) => a.toLowerCase()).sort();
	const want = RECIPIENTS.map(addressOf).sort();
	ctx.check(`${id}.recipients`, eq(to, want), 'one email, to every recipient in Settings', {
		to,
		want,
		header: mail.to?.text,
	});
	ctx.check(
		`${id}.sender`,
		mail.from?.value?.[0]?.address === addressOf(SENDER) &&
			mail.from?.value?.[0]?.name === 'Case Reports',
		'From is the sender in Settings',
		mail.from?.text,
	);
	const subjects = dates.dmy.map((d) => `${SUBJECT} – ${d}${subjectEnd}`);
	ctx.check(
		`${id}.subject`,
		subjects.includes(mail.subject),
		'subject: the Settings subject and the date',
		{ got: mail.subject, want: subjects[0] },
	);
}

module.exports = {
	name: TEMPLATE,
	modes: ['sqlite'],
	async run(ctx) {
		await seed(ctx);
		const cases = expectedCases();
		const headings = FIELDS.map(([, h]) => h);
		const ids = { csv: 'e2eSchedExpCsv01', xlsx: 'e2eSchedExpXlsx1', pdf: 'e2eSchedExpPdf01' };

		for (const format of Object.keys(FORMATS)) {
			const id = `scheduled-export.${format}`;
			const { result, mails, dates } = await runVariant(ctx, {
				id: ids[format],
				label: format,
				settings: { format },
			});
			ctx.check(
				`${id}.run`,
				result.code === 0 && result.run?.data?.resultData?.error === undefined,
				`n8n execute of the ${format} variant succeeds`,
				result.code === 0 ? undefined : `${result.stdout.slice(-1500)}${result.stderr.slice(-800)}`,
			);
			ctx.check(`${id}.one-mail`, mails.length === 1, 'exactly one email is sent', {
				count: mails.length,
				subjects: mails.map((m) => m.subject),
			});
			const mail = mails[0];
			if (!mail) continue;
			checkHeaders(ctx, id, mail, dates);
			const files = mail.attachments ?? [];
			const names = dates.ymd.map((d) => `open-cases-${d}.${FORMATS[format].ext}`);
			const file = files[0];
			ctx.check(
				`${id}.attachment`,
				files.length === 1 &&
					names.includes(file.filename) &&
					file.contentType === FORMATS[format].type,
				`one attachment, named with the date (${names[0]}), of type ${FORMATS[format].type}`,
				files.map((f) => ({ name: f.filename, type: f.contentType, size: f.size })),
			);
			ctx.check(
				`${id}.body`,
				typeof mail.text === 'string' &&
					mail.text.includes(`${cases.length} cases`) &&
					mail.text.includes(file?.filename ?? '\u0000') &&
					!/sent automatically with n8n/i.test(mail.text),
				`the text names the file and its ${cases.length} cases, without n8n's attribution`,
				mail.text,
			);
			if (!file) continue;

			if (format === 'pdf') {
				const isPdf = file.content.subarray(0, 5).toString('latin1') === '%PDF-';
				const parsed = isPdf ? await pdfText(file.content) : undefined;
				if (!parsed) {
					ctx.check(
						`${id}.rows`,
						isPdf ? 'warn' : false,
						isPdf
							? 'a PDF (pdf-parse not found in test/e2e/node_modules: its text was not read)'
							: 'the attachment is a PDF',
						file.content.subarray(0, 16).toString('latin1'),
					);
					continue;
				}
				const text = parsed.text.replace(/\s+/g, ' ');
				// each expected case's values appear, in the file's order; the others are absent
				let at = 0;
				const missing = [];
				for (const c of cases)
					for (const [f] of FIELDS) {
						const i = text.indexOf(String(c[f]), at);
						if (i < 0) missing.push(`${c.caseNumber}.${f}=${c[f]}`);
						else if (f === 'caseNumber') at = i;
					}
				const order = cases.map((c) => text.indexOf(c.caseNumber));
				const absent = CASES.filter((c) => !cases.includes(c)).filter((c) =>
					text.includes(c.caseNumber),
				);
				ctx.check(
					`${id}.rows`,
					missing.length === 0 &&
						absent.length === 0 &&
						order.every((v, i) => i === 0 || v > order[i - 1]) &&
						headings.every((h) => text.includes(h)) &&
						text.includes('Open cases') &&
						text.includes(
							'Filter: status is "open" and (caseType is "Litigation" or caseType is "Employment")',
						),
					`the PDF's text (pdf-parse, ${parsed.pages} page(s)) holds the title, the filter in words, the headings and the ${cases.length} cases, newest first, and none of the others`,
					{ missing, absent: absent.map((c) => c.caseNumber), order, text: text.slice(0, 600) },
				);
				continue;
			}

			const rows = ctx.readSheet(file.content, file.filename);
			// CSV guards a text that a spreadsheet would run as a formula with an apostrophe; Excel holds it as text
			const cell = (v) => (format === 'csv' && /^[=+\-@]/.test(v) ? `'${v}` : v);
			const want = [headings, ...cases.map((c) => FIELDS.map(([f]) => cell(String(c[f]))))];
			const differing = [];
			for (let r = 0; r < Math.max(rows.length, want.length); r++)
				if (!eq(rows[r], want[r])) differing.push({ row: r + 1, got: rows[r], want: want[r] });
			ctx.check(
				`${id}.rows`,
				differing.length === 0,
				`the ${format.toUpperCase()} read back: the headings, then the ${cases.length} filtered cases newest first, cell by cell`,
				differing.length ? differing.slice(0, 4) : `${rows.length - 1} rows`,
			);
		}

		// nothing matches: a mail that says so, without a file
		const none = await runVariant(ctx, {
			id: 'e2eSchedExpNone1',
			label: 'no-match',
			settings: {
				format: 'csv',
				filter: JSON.stringify({
					operator: 'and',
					conditions: [{ field: 'status', operator: 'eq', value: 'archived' }],
				}),
			},
		});
		ctx.check(
			'scheduled-export.empty.run',
			none.result.code === 0 && none.result.run?.data?.resultData?.error === undefined,
			'an export that matches nothing still runs to the end',
			none.result.code === 0 ? undefined : none.result.stdout.slice(-1500),
		);
		const mail = none.mails[0];
		ctx.check(
			'scheduled-export.empty.mail',
			none.mails.length === 1 &&
				(mail.attachments ?? []).length === 0 &&
				/no cases matched/.test(mail.text ?? ''),
			'one email without a file that says no cases matched',
			none.mails.map((m) => ({ subject: m.subject, text: m.text, files: m.attachments?.length })),
		);
		if (mail) checkHeaders(ctx, 'scheduled-export.empty', mail, none.dates, ': no records');

		// the template itself keeps its Schedule Trigger and reads every value from Settings
		const template = ctx.template(TEMPLATE);
		const trigger = template.nodes.find((n) => n.type === 'n8n-nodes-base.scheduleTrigger');
		ctx.check(
			'scheduled-export.schedule',
			trigger !== undefined &&
				Array.isArray(trigger.parameters?.rule?.interval) &&
				trigger.parameters.rule.interval.length === 1,
			'the template runs on one Schedule Trigger rule (the one place its timing is set)',
			trigger?.parameters,
		);
	},
};
