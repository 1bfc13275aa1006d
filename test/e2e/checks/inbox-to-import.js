/* workflows/inbox-to-import.json in a real n8n: the template's variant is published and started, then
 * mails are delivered to the local IMAP server (after the Email Trigger is listening: it sees only
 * new mail) and the replies are caught by the local SMTP server. Checked: the reply goes to the
 * sender only, "Re: <subject>", with every file and every row counted as the run's own node outputs
 * count them; the attached rows-to-fix.csv row by row against Map Columns' Invalid output; the
 * target's records against Dedupe's Unique output; the same file sent again imports nobody twice;
 * a damaged file gets a line saying which and why; other attachments are named and ignored; a mail
 * with no spreadsheet gets the polite reply; a sender outside the allowed domains gets nothing. */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { itemsOf, REPORT_KEYS, countsIn, expectedFromRun } = require('../harness/runData');

const ID = 'e2eInboxImport01';
const ALLOWED = 'lawfirm.test';
const SENDER = 'paula.ops@lawfirm.test';
const REPLY_FROM = 'imports@intake.test';

/** the last execution of the workflow once it has finished and answered the mail with this subject */
async function executionFor(ctx, subject, timeoutMs = 60000) {
	const until = Date.now() + timeoutMs;
	let last;
	while (Date.now() < until) {
		last = await ctx.n8n.lastExecution(ID);
		const answered = itemsOf(last, 'Write the Report').some((r) => r.subject === subject);
		if (last && answered && last.status !== 'running' && last.status !== 'new') return last;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(
		`no finished execution answering "${subject}" within ${timeoutMs} ms (last: ${last?.id} ${last?.status})`,
	);
}

const onlyTo = (mail, address) =>
	mail.envelope.to.length === 1 &&
	mail.envelope.to[0] === address &&
	(mail.to?.value ?? []).map((v) => v.address).join() === address &&
	!mail.cc &&
	!mail.bcc;

module.exports = {
	name: 'inbox-to-import',
	modes: ['sqlite'],
	async run(ctx) {
		const csvName = 'clients-messy.csv';
		const csv = fs.readFileSync(path.join(ctx.repo, 'examples', csvName));
		const xlsxName = 'clients-two-sheets.xlsx';
		const workbook = fs.readFileSync(path.join(ctx.repo, 'examples', xlsxName));
		// a workbook cut short: the zip's central directory is gone, so no reader can open it
		const broken = workbook.subarray(0, Math.floor(workbook.length / 2));
		const template = ctx.template('inbox-to-import');
		const wf = ctx.variant(template, {
			id: ID,
			name: 'e2e inbox to import',
			settings: { allowedSenderDomains: ALLOWED, replyFrom: `Client Imports <${REPLY_FROM}>` },
		});
		await ctx.n8n.importWorkflow(wf);
		await ctx.n8n.publish(ID);
		await ctx.target.reset();
		ctx.smtp.clear();
		const server = await ctx.n8n.start();
		try {
			if (ctx.imap.waitForListener) await ctx.imap.waitForListener(90000);
			ctx.check(
				'inbox.listening',
				true,
				`published and started in ${server.startMs} ms; the Email Trigger has INBOX open`,
			);

			// ---- 1. a mail with two spreadsheets, a photo and a damaged workbook
			const subject1 = 'March client list';
			await ctx.imap.deliver({
				from: `Paula Ops <${SENDER}>`,
				subject: subject1,
				text: 'Hi, the clients from the old system are attached.',
				attachments: [
					{ filename: csvName, content: csv, contentType: 'text/csv' },
					{ filename: xlsxName, content: workbook },
					{ filename: 'signature-logo.png', content: Buffer.from('89504e470d0a1a0a', 'hex') },
					{ filename: 'old-clients.xlsx', content: broken },
				],
			});
			const reply1 = await ctx.smtp.waitFor((m) => m.subject === `Re: ${subject1}`, 90000);
			const exec1 = await executionFor(ctx, subject1);
			const text1 = reply1.text ?? '';
			ctx.check(
				'inbox.reply.addressed',
				onlyTo(reply1, SENDER) && reply1.from?.value?.[0]?.address === REPLY_FROM,
				'the reply goes to the sender only (To and envelope), from the Settings address, "Re: <subject>"',
				{ envelope: reply1.envelope, to: reply1.to?.text, from: reply1.from?.text },
			);
			const files1 = itemsOf(exec1, 'File Details');
			const keys = REPORT_KEYS;
			const sum = (c) => keys.slice(1).reduce((s, k) => s + c[k], 0);
			const perFile = [csvName, xlsxName].map((fileName) => {
				const file = files1.find((f) => f.fileName === fileName);
				const want = expectedFromRun(exec1, file?.fileKey);
				return { fileName, file, want, got: countsIn(text1, fileName) };
			});
			for (const { fileName, want, got } of perFile)
				ctx.check(
					`inbox.reply.counts.${fileName}`,
					!!got && keys.every((k) => got[k] === want[k]) && got.rows > 0 && sum(got) === got.rows,
					`${fileName}: the reply's counts are the run's own for this file (Spreadsheet to Records rows, Map Columns Invalid, Dedupe outputs, Import Batch exceptions), and add up to every row`,
					{ reply: got, run: Object.fromEntries(keys.map((k) => [k, want[k]])) },
				);
			const [{ got }] = perFile;
			ctx.check(
				'inbox.reply.damaged',
				/old-clients\.xlsx: could not be read \(.+\)\. Nothing from this file was imported/.test(
					text1,
				),
				'the damaged workbook gets its own line: which file, why, nothing imported from it',
				text1.split('\n').find((l) => l.includes('old-clients.xlsx')) ?? text1.slice(0, 600),
			);
			ctx.check(
				'inbox.reply.ignored',
				/Not read \(not a spreadsheet\): signature-logo\.png\./.test(text1),
				'the photo is named as not read, not imported',
				text1.split('\n').find((l) => l.includes('signature-logo')) ?? null,
			);

			// the attachment: every row to fix, by row number, with the reason
			const attachment = (reply1.attachments ?? []).find((a) => a.filename === 'rows-to-fix.csv');
			const sheet = attachment ? ctx.readSheet(attachment.content, attachment.filename) : [];
			const [header = [], ...lines] = sheet;
			const col = (name) => header.indexOf(name);
			const attached = lines.map((l) => ({
				file: l[col('File')],
				row: Number(l[col('Row')]),
				problem: l[col('Problem')],
				details: l[col('Details')],
			}));
			// Map Columns' invalid rows of both files, in the reply's order (file by file, row by row)
			const nameOf = new Map(files1.map((f) => [f.fileKey, f.fileName]));
			const invalid = perFile.flatMap(({ fileName, file }) =>
				itemsOf(exec1, 'Map Columns', 1)
					.filter((r) => r._sheet === file?.fileKey && r._status !== 'skipped')
					.map((r) => ({ ...r, fileName: nameOf.get(r._sheet) ?? fileName })),
			);
			const byRow = new Map(invalid.map((r) => [`${r.fileName}|${r._row}`, r]));
			const detailsMatch = attached.every((a) => {
				const r = byRow.get(`${a.file}|${a.row}`);
				return r && (r._errors ?? []).every((e) => a.details.includes(e.message));
			});
			const parts = {
				attached: !!attachment,
				bom:
					!!attachment && attachment.content.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
				rows:
					JSON.stringify(attached.map((a) => `${a.file}|${a.row}`)) ===
					JSON.stringify(invalid.map((r) => `${r.fileName}|${r._row}`)),
				problem: attached.every((a) => a.problem === 'Needs fixing'),
				reasons: detailsMatch,
				columns: header.slice(0, 4).join() === 'File,Row,Problem,Details' && header.length > 4,
			};
			ctx.check(
				'inbox.reply.attachment',
				Object.values(parts).every(Boolean),
				'rows-to-fix.csv (UTF-8 with BOM, for Excel): one line per row Map Columns found invalid in either file, the same files and row numbers, each with its reasons and its own columns',
				{
					parts,
					header,
					rows: attached.map((a) => [a.file, a.row, a.details.slice(0, 80)]),
					invalidRows: invalid.map((r) => [r.fileName, r._row]),
				},
			);

			// the target: the records Dedupe passed on, once each; those it already had counted as duplicates
			const report1 = itemsOf(exec1, 'Import Batch')[0];
			const dump1 = await ctx.target.dump();
			const stored = dump1.store.clients ?? [];
			const key = (r) =>
				`${String(r.firstName ?? '').toLowerCase()}|${String(r.lastName ?? '').toLowerCase()}|${String(r.email ?? '').toLowerCase()}`;
			const unique = itemsOf(exec1, 'Dedupe', 0);
			const wantKeys = new Set(unique.map(key));
			const totals = report1?.totals ?? {};
			ctx.check(
				'inbox.target.records',
				stored.length === totals.created &&
					totals.created + totals.duplicate === unique.length &&
					totals.failed === 0 &&
					new Set(stored.map(key)).size === stored.length &&
					stored.every((r) => wantKeys.has(key(r))) &&
					stored.every((r) => Object.keys(r).every((k) => !k.startsWith('_'))) &&
					text1.includes(
						`The clients system's own count: ${totals.created} created, ${totals.updated} updated, ${totals.duplicate} it already had (duplicate)`,
					),
				'the target holds only records from Dedupe\'s Unique output (first name, last name, email), one each, without "_" fields: as many as it counted created, the rest it counted duplicates; the reply gives its count',
				{ stored: stored.length, unique: unique.length, totals },
			);

			// ---- 2. the same file again: nobody imported twice
			const subject2 = 'March client list (sent again)';
			await ctx.imap.deliver({
				from: SENDER,
				subject: subject2,
				text: 'Sorry, sending it again.',
				attachments: [{ filename: csvName, content: csv, contentType: 'text/csv' }],
			});
			const reply2 = await ctx.smtp.waitFor((m) => m.subject === `Re: ${subject2}`, 90000);
			const exec2 = await executionFor(ctx, subject2);
			const got2 = countsIn(reply2.text ?? '', csvName);
			const csvFile2 = itemsOf(exec2, 'File Details').find((f) => f.fileName === csvName);
			const want2 = expectedFromRun(exec2, csvFile2?.fileKey);
			const dump2 = await ctx.target.dump();
			ctx.check(
				'inbox.again.nothingTwice',
				!!got2 &&
					got2.imported === 0 &&
					got2.alreadyImported === got.imported + got.merged &&
					keys.every((k) => got2[k] === want2[k]) &&
					(dump2.store.clients ?? []).length === stored.length &&
					dump2.created === dump1.created,
				'the same file sent again: 0 imported, every row imported or merged the first time reported "already imported", the target unchanged',
				{
					reply: got2,
					targetBefore: stored.length,
					targetAfter: (dump2.store.clients ?? []).length,
				},
			);

			// ---- 3. a stranger, then a mail with no spreadsheet
			const subject3 = 'Our client list';
			await ctx.imap.deliver({
				from: 'someone@elsewhere.test',
				subject: subject3,
				attachments: [{ filename: csvName, content: csv, contentType: 'text/csv' }],
			});
			const subject4 = 'Client list';
			await ctx.imap.deliver({
				from: `Paula Ops <${SENDER}>`,
				subject: subject4,
				text: 'Here it is.',
				attachments: [{ filename: 'clients.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') }],
			});
			const reply4 = await ctx.smtp.waitFor((m) => m.subject === `Re: ${subject4}`, 90000);
			const text4 = reply4.text ?? '';
			ctx.check(
				'inbox.noSpreadsheet.reply',
				onlyTo(reply4, SENDER) &&
					/could not find a spreadsheet attached to it, so nothing was imported/.test(text4) &&
					/\.csv, \.xlsx, \.xls/.test(text4) &&
					/clients\.pdf/.test(text4) &&
					(reply4.attachments ?? []).length === 0,
				'a mail with no spreadsheet: a polite reply to the sender saying so, the accepted formats and what was received; nothing attached',
				text4,
			);
			await executionFor(ctx, subject4);
			const dump4 = await ctx.target.dump();
			const strangers = ctx.smtp
				.messages()
				.filter((m) => m.envelope.to.includes('someone@elsewhere.test'));
			ctx.check(
				'inbox.stranger.ignored',
				strangers.length === 0 && dump4.created === dump1.created,
				'a mail from a domain not in allowedSenderDomains: no reply, nothing imported',
				{
					repliesToStranger: strangers.length,
					createdBefore: dump1.created,
					createdAfter: dump4.created,
				},
			);
			ctx.check(
				'inbox.replies.total',
				ctx.smtp.messages().length === 3,
				'three replies in all (first file, the same file again, no spreadsheet), each to the sender only',
				ctx.smtp.messages().map((m) => [m.subject, m.envelope.to]),
			);
		} finally {
			await server.stop();
		}
	},
};
