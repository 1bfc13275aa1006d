/* workflows/revert-import.json in a real n8n: two migrations (workflows/migration.json) fill the
 * Data Table "Import History" and the target; then the revert template, as a user runs it, picks an
 * import by its ID (the older one) and then "latest", deletes exactly the records that import
 * created (found by their importId tag: the target answers batches with counts only, so the
 * report has no ids), updates the history row (status, reverted at, count) and emails the outcome.
 * An unknown import ID stops with a message that says where to find one.
 * Like the migration, it needs `n8n start` (the Data Table node fails under `n8n execute`). */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const {
	prepare: prepareMigration,
	trigger: runMigration,
	seed,
	out,
	EXISTING,
} = require('./migration');

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const CASES_CSV = [
	'Client No.,Full Name,E-mail,Phone,Case Type,Status',
	'K-1,Ana Silva,ana.silva@example.com,(555) 020-0001,PI,A',
	'K-2,Ben Okoro,ben.okoro@example.com,(555) 020-0002,FAM,C',
	'K-4,Dev Patel,dev.patel@example.com,(555) 020-0004,WC,Act',
	'',
].join('\r\n');

/** the webhook variant of the revert template; Settings take the import ID and the recipient from the body */
async function prepareRevert(ctx) {
	const wf = ctx.variant(ctx.template('revert-import'), {
		id: 'revertImportSqlt',
		name: 'revert-import (sqlite)',
		trigger: 'webhook',
		webhookPath: 'e2e-revert-import',
		settings: {
			importId: '={{ $json.body.importId }}',
			reportTo: "={{ 'revert-' + $json.body.key + '@firm.test' }}",
			reportFrom: 'n8n Migrations <n8n@firm.test>',
		},
	});
	const id = await ctx.n8n.importWorkflow(wf);
	await ctx.n8n.publish(id);
	return { id, path: 'e2e-revert-import' };
}

async function runRevert(ctx, server, workflow, key, importId, { mail = true } = {}) {
	// the same workflow runs several times: only this run's mail counts
	ctx.smtp.clear();
	const res = await ctx.n8n.waitFor(`${server.url}/webhook/${workflow.path}`, {
		method: 'POST',
		body: JSON.stringify({ key, importId }),
		headers: { 'content-type': 'application/json' },
		timeoutMs: 180000,
	});
	const answer = await res.text();
	const ex = await ctx.n8n.lastExecution(workflow.id);
	const m = mail
		? await ctx.smtp
				.waitFor((x) => (x.to?.text ?? '').includes(`revert-${key}@`), 30000)
				.catch(() => undefined)
		: undefined;
	return { status: res.status, answer, ex, data: ex?.data, mail: m, dump: await ctx.target.dump() };
}

module.exports = {
	name: 'revert-import',
	modes: ['sqlite'],
	async run(ctx) {
		const messy = path.join(ctx.work, 'revert-clients-messy.csv');
		fs.copyFileSync(path.join(ctx.repo, 'examples/clients-messy.csv'), messy);
		const cases = path.join(ctx.work, 'revert-clients-with-cases.csv');
		fs.writeFileSync(cases, CASES_CSV);

		// 1. two migrations: the messy clients export, then a small file
		const migration = await prepareMigration(ctx, 'revert-migration');
		const revert = await prepareRevert(ctx);
		const server = await ctx.n8n.start();
		try {
			await ctx.target.reset();
			const seededIds = await seed(ctx, EXISTING);
			const first = await runMigration(ctx, server, migration, 'R1', messy);
			const second = await runMigration(ctx, server, migration, 'R2', cases);
			await reverts(ctx, server, revert, seededIds, first, second);
		} finally {
			await server.stop();
		}
	},
};

async function reverts(ctx, server, revert, seededIds, first, second) {
	const r1 = out(first.data, 'Import Batch')[0]?.json;
	const r2 = out(second.data, 'Import Batch')[0]?.json;
	const h1 = out(first.data, 'Save to Import History')[0]?.json;
	const h2 = out(second.data, 'Save to Import History')[0]?.json;
	const stored = second.dump.store.clients ?? [];
	const tagged1 = stored.filter((c) => c.importId === r1?.importId).map((c) => c.id);
	const tagged2 = stored.filter((c) => c.importId === r2?.importId).map((c) => c.id);
	ctx.check(
		'revert-import.setup',
		first.ex?.status === 'success' &&
			second.ex?.status === 'success' &&
			tagged1.length === r1.totals.created &&
			tagged2.length === r2.totals.created &&
			tagged2.length === 3 &&
			h1?.status === 'Complete' &&
			h2?.status === 'Complete',
		`two migrations ran: ${r1?.totals?.created} and ${r2?.totals?.created} records created, each tagged with its import id, both in Import History`,
		{ first: r1?.totals, second: r2?.totals, h1: h1?.id, h2: h2?.id },
	);
	if (!r1 || !r2 || !h1 || !h2) return;

	// 2. the revert: the older import by its ID, then "latest" (twice), then an unknown ID
	{
		// the older import, by its ID (spaces around it, as a paste leaves them)
		const a = await runRevert(ctx, server, revert, 'ById', `  ${r1.importId} `);
		const report = out(a.data, 'Revert Import')[0]?.json;
		const left = a.dump.store.clients ?? [];
		const row = out(a.data, 'Update Import History')[0]?.json ?? {};
		const robert = left.find((c) => c.id === seededIds[0]);
		ctx.check(
			'revert-import.byId.target',
			a.ex?.status === 'success' &&
				report?.totals?.deleted === r1.totals.created &&
				report?.search?.found === r1.totals.created &&
				left.every((c) => c.importId !== r1.importId) &&
				same(
					left.filter((c) => c.importId === r2.importId).map((c) => c.id),
					tagged2,
				) &&
				same(
					left.filter((c) => seededIds.includes(c.id)).map((c) => c.id),
					seededIds,
				) &&
				left.length === seededIds.length + tagged2.length,
			`Revert Import with the first import's ID deletes its ${r1.totals.created} records (found by their importId tag) and nothing else: the 3 existing clients and the second import's ${tagged2.length} stay`,
			{
				status: report?.status,
				totals: report?.totals,
				search: report?.search,
				left: left.map((c) => [c.id, c.firstName, c.importId ?? null]),
			},
		);
		ctx.check(
			'revert-import.byId.updatesKept',
			robert?.phone === '+15550100142' && robert?.street === '42 Elm Street',
			"the records the import updated keep its values (Robert Smith's phone and street): Revert Import deletes only what an import created, it does not restore updates",
			robert,
		);
		ctx.check(
			'revert-import.byId.history',
			row.id === h1.id &&
				row.importId === r1.importId &&
				row.status === 'Reverted' &&
				row.deleted === r1.totals.created &&
				Math.abs(Date.parse(row.revertedAt) - Date.parse(report?.finishedAt)) < 1000 &&
				row.created === h1.created &&
				row.file === 'revert-clients-messy.csv',
			`the first import's row in Import History is updated: status Reverted, revertedAt, deleted ${r1.totals.created}; its other values kept`,
			row,
		);
		const text = a.mail?.text ?? '';
		ctx.check(
			'revert-import.byId.mail',
			a.mail?.subject ===
				`Import ${r1.importId} (revert-clients-messy.csv into clients) reverted: ${r1.totals.created} records removed` &&
				new RegExp(`^\\s+${r1.totals.created}  deleted now$`, 'm').test(text) &&
				/^\s+0 {2}could not be deleted$/m.test(text) &&
				new RegExp(`^\\s+${r1.totals.updated}  existing records the import updated`, 'm').test(
					text,
				) &&
				text.includes('now says: Reverted'),
			'the revert mail names the import, the records deleted, none failed, and the updated records it did not change back',
			{ subject: a.mail?.subject, text: text.slice(0, 1500) },
		);

		// "latest": the second import
		const b = await runRevert(ctx, server, revert, 'Latest', 'latest');
		const rb = out(b.data, 'Revert Import')[0]?.json;
		const rowB = out(b.data, 'Update Import History')[0]?.json ?? {};
		const found = out(b.data, 'Find Import in History')[0]?.json ?? {};
		const leftB = b.dump.store.clients ?? [];
		ctx.check(
			'revert-import.latest',
			b.ex?.status === 'success' &&
				found.importId === r2.importId &&
				found.status === 'Complete' &&
				rb?.totals?.deleted === tagged2.length &&
				same(
					leftB.map((c) => c.id),
					seededIds,
				) &&
				rowB.id === h2.id &&
				rowB.status === 'Reverted' &&
				rowB.deleted === tagged2.length,
			`Import ID "latest" picks the newest import in the table (the second, status Complete), deletes its ${tagged2.length} records and marks its row Reverted; only the 3 existing clients are left`,
			{
				found: [found.importId, found.status],
				totals: rb?.totals,
				left: leftB.map((c) => c.id),
				row: rowB,
			},
		);

		// "latest" again: the same import, already reverted: nothing more is deleted, and the mail says so
		const c = await runRevert(ctx, server, revert, 'Again', 'latest');
		const rc = out(c.data, 'Revert Import')[0]?.json;
		const rowC = out(c.data, 'Update Import History')[0]?.json ?? {};
		ctx.check(
			'revert-import.again',
			c.ex?.status === 'success' &&
				rc?.totals?.deleted === 0 &&
				(c.dump.store.clients ?? []).length === seededIds.length &&
				rowC.id === h2.id &&
				rowC.status === 'Reverted' &&
				/had already been reverted on /.test(c.mail?.text ?? ''),
			'running it again reverts nothing more (never an older import): 0 deleted, the row still Reverted, and the mail says it had already been reverted',
			{ totals: rc?.totals, row: rowC, text: (c.mail?.text ?? '').slice(0, 600) },
		);

		// an ID that is not in the table
		const d = await runRevert(ctx, server, revert, 'Unknown', 'no-such-import', { mail: false });
		const err = d.data?.resultData?.error?.message ?? '';
		ctx.check(
			'revert-import.unknownId',
			d.ex?.status === 'error' &&
				err.includes('No import with the ID "no-such-import" in the "Import History" table') &&
				!Object.keys(d.data?.resultData?.runData ?? {}).includes('Revert Import') &&
				(d.dump.store.clients ?? []).length === seededIds.length,
			'an unknown Import ID stops the run before anything is deleted, with a message that says where to find the ID',
			{ execution: d.ex?.status, error: err },
		);
	}
}
