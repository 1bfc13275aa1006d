/**
 * The main job on the bundled samples: reads every file in examples/ into
 * rows, maps its columns onto a schema, and turns each row into a clean
 * record or a list of issues (each sheet of clients-two-sheets.xlsx on its
 * own). Prints what was detected, the mapping with its reasons, the totals,
 * every issue, and the first records. Then it merges the people entered
 * twice in clients-messy.csv, dedupes the Outlook contacts against the
 * workbook's clients, and imports the Outlook contacts into a local import
 * server (the tests' one): the report, the exceptions, a re-run that resumes
 * from the report, and a revert.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	autoMapHeaders,
	defineSchema,
	findDuplicates,
	importInBatches,
	isIntakeError,
	revertImport,
	readSpreadsheet,
	resolveDuplicates,
	scorePair,
	summarizeReasons,
	transformRecords,
	type ImportRecord,
	type ReadOptions,
	type Schema,
	type TransformOptions,
} from '../index';
import { nodeSleep } from '../cli/src';
import { bulkSender } from '../test/helpers/importClient';
import { startImportServer } from '../test/helpers/importServer';

/** How one sheet of a sample is imported. */
interface Job {
	schema: string | Schema;
	options?: TransformOptions;
	read?: ReadOptions;
}

/** What each sample is imported as. The legacy matters have no case type: the import sets one, and keeps the fee in a custom field. */
const IMPORTS: Record<string, Job> = {
	// the README's first command: a Windows-1252 export with a title row, full names and addresses, bad rows, duplicates
	'clients-messy.csv': { schema: 'clients' },
	'clients-two-sheets.xlsx': { schema: 'clients', read: { sheet: 'Clients' } },
	'clients-with-title-row.xlsx': { schema: 'clients' },
	// a client's name merged down over their matters: filled into each
	'matters-merged-cells.xlsx': { schema: 'cases', read: { fillMerged: true } },
	// a European export: fees written 1.234,56 (the decimal mark is decided per column)
	'fees-decimal-comma.csv': {
		schema: defineSchema({
			name: 'clients',
			extends: 'clients',
			fields: [
				{ key: 'retainer', type: 'number', synonyms: ['Retainer'] },
				{ key: 'feesBilled', type: 'number', synonyms: ['Fees Billed'] },
			],
		}),
	},
	'court-list-surname-first.csv': { schema: 'clients' },
	'google-contacts.csv': { schema: 'clients' },
	'contacts-international.csv': { schema: 'clients' },
	'legacy-matters.xls': {
		schema: defineSchema({
			name: 'cases',
			extends: 'cases',
			fields: [{ key: 'fee', type: 'number', synonyms: ['Fee', 'Fees'] }],
		}),
		options: { fixedValues: { caseType: 'Legacy matter' } },
	},
	'outlook-contacts-windows1252.csv': {
		schema: 'clients',
		options: { defaults: { country: 'US' } },
	},
};

/** The other sheets of a workbook, each imported on its own (its own header row and mapping). */
const OTHER_SHEETS: Record<string, Record<string, Job>> = {
	'clients-two-sheets.xlsx': { Contacts: { schema: 'contacts', read: { sheet: 'Contacts' } } },
};

/** Each sheet to import: its file, how, and its name in the tour (the file, and the sheet when it is not the first). */
function jobsOf(files: readonly string[]): Array<{ file: string; job: Job; label: string }> {
	return files.flatMap((file) => [
		{ file, job: IMPORTS[file] ?? { schema: 'contacts' }, label: file },
		...Object.entries(OTHER_SHEETS[file] ?? {}).map(([sheet, job]) => ({
			file,
			job,
			label: `${file} (sheet ${sheet})`,
		})),
	]);
}

async function main(): Promise<void> {
	const dir = join(__dirname, '..', 'examples');
	const files = readdirSync(dir)
		.filter((f) => !f.startsWith('.'))
		.sort();
	let totalRows = 0;
	// valid client records per file, for the dedupe step
	const clients = new Map<string, Array<Record<string, unknown>>>();
	const importable = new Map<string, ImportRecord[]>();
	for (const { file, job, label } of jobsOf(files)) {
		const bytes = readFileSync(join(dir, file));
		// The header row is found: the clients workbook has a title row above it.
		try {
			const r = await readSpreadsheet(bytes, { fileName: file, ...job.read });
			totalRows += r.rows.length;
			const dialect =
				r.format === 'csv' || r.format === 'tsv'
					? `encoding ${r.encoding}, delimiter ${JSON.stringify(r.delimiter)}`
					: `sheet "${r.sheet}" of [${r.sheets?.join(', ')}]`;
			console.log(
				`\n${label}\n  ${r.format.toUpperCase()}, ${dialect}; header on row ${r.headerRowNumber}`,
			);
			console.log(`  header found: ${r.headerDetection.reason}`);
			console.log(`  ${r.headers.length} columns: ${r.headers.join(' | ')}`);
			console.log(`  ${r.rows.length} records, ${r.issues.length} issue(s)`);
			for (const issue of r.issues)
				console.log(`    ! row ${issue.row}: [${issue.code}] ${issue.message}`);
			r.rows
				.slice(0, 2)
				.forEach((row, i) => console.log(`    row ${r.rowNumbers[i]}: ${JSON.stringify(row)}`));
			const schemaName = typeof job.schema === 'string' ? job.schema : job.schema.name;
			const mapping = autoMapHeaders(r.headers, job.schema, { sampleRows: r.rows });
			console.log(
				`  mapped onto ${schemaName}${mapping.missingRequired.length ? ` (nothing fills ${mapping.missingRequired.join(', ')})` : ''}:`,
			);
			for (const c of mapping.columns)
				console.log(`    ${c.header} → ${c.field ?? '—'} (${c.confidence}) ${c.reason}`);
			const rows = r.rows.map((row, i) => ({ ...row, _row: r.rowNumbers[i] }));
			const result = transformRecords(rows, mapping, job.schema, job.options);
			const t = result.totals;
			console.log(
				`  ${t.valid} valid, ${t.invalid} invalid, ${t.skipped} skipped, ${t.warnings} warning(s)`,
			);
			for (const row of result.rows) {
				for (const issue of row.issues)
					console.log(`    ! row ${issue.row} [${issue.severity} ${issue.code}] ${issue.message}`);
			}
			result.rows
				.filter((x) => x.status === 'valid')
				.slice(0, 2)
				.forEach((x) => console.log(`    record from row ${x.row}: ${JSON.stringify(x.record)}`));
			if (schemaName === 'clients')
				clients.set(
					label,
					result.rows
						.filter((x) => x.status === 'valid')
						.flatMap((x) => (x.record ? [x.record] : [])),
				);
			if (schemaName === 'clients')
				importable.set(
					label,
					result.rows
						.filter((x) => x.status === 'valid')
						.flatMap((x) => (x.record ? [{ row: x.row, record: x.record }] : [])),
				);
		} catch (e) {
			if (!isIntakeError(e)) throw e;
			console.log(`\n${label}\n  could not be read: [${e.code}] ${e.message}`);
		}
	}
	dedupeWithin('clients-messy.csv', importable.get('clients-messy.csv') ?? []);
	dedupe(
		clients.get('outlook-contacts-windows1252.csv') ?? [],
		clients.get('clients-with-title-row.xlsx') ?? [],
	);
	await importDemo(importable.get('outlook-contacts-windows1252.csv') ?? []);
	console.log(`\n${files.length} files, ${totalRows} records in all.`);
}

/** The same person entered twice in one file, merged (the household of two at one address stays two): which row went into which, and why. */
function dedupeWithin(file: string, rows: readonly ImportRecord[]): void {
	const records = rows.map((r) => r.record);
	const found = findDuplicates(records);
	const resolution = resolveDuplicates(records, found, { policy: 'merge' });
	console.log(
		`\nDedupe within ${file}: ${rows.length} valid rows make ${resolution.records.length} clients (policy: merge)`,
	);
	for (const o of resolution.outcomes) {
		if (o.action === 'kept' || o.into === undefined) continue;
		const who = (r: ImportRecord) => `${r.record.firstName} ${r.record.lastName}`;
		console.log(
			`  row ${rows[o.row].row} (${who(rows[o.row])}) ${o.action} into row ${rows[o.into].row} (${who(rows[o.into])}): ${o.rule}, score ${o.score}: ${summarizeReasons(o.reasons ?? [])}`,
		);
	}
	for (const p of found.possiblePairs)
		console.log(`  rows ${rows[p.a].row} and ${rows[p.b].row} held for review (score ${p.score})`);
}

/** The Outlook contacts as an import into the client list of the workbook: who is already there, and why (not). */
function dedupe(
	incoming: Array<Record<string, unknown>>,
	existing: Array<Record<string, unknown>>,
): void {
	console.log(
		`\nDedupe: ${incoming.length} Outlook contacts against ${existing.length} existing clients (policy: merge)`,
	);
	const found = findDuplicates(incoming, { existing });
	const resolution = resolveDuplicates(incoming, found, { policy: 'merge', existing });
	incoming.forEach((record, i) => {
		const outcome = resolution.outcomes[i];
		const best = existing
			.map((e, k) => ({ k, ...scorePair(record, e) }))
			.sort((x, y) => y.score - x.score)[0];
		const who = `${record.firstName} ${record.lastName}`;
		console.log(
			`  ${who}: ${outcome.action}${outcome.existing !== undefined ? ` into existing client ${outcome.existing + 1}` : ''}`,
		);
		if (best)
			console.log(
				`    closest existing: ${existing[best.k].firstName} ${existing[best.k].lastName}: ${best.verdict} (${best.rule}), score ${best.score}: ${summarizeReasons(best.reasons)}`,
			);
	});
}

/** The Outlook contacts sent to a local import server in batches; one is refused, then fixed and imported by a resumed run; then the import is reverted. */
async function importDemo(records: ImportRecord[]): Promise<void> {
	const server = await startImportServer({ detailed: true });
	try {
		const refuse = records[1]?.record.email;
		server.faults.reject = (r) =>
			r.email === refuse ? 'this address is on the do-not-contact list' : undefined;
		const send = bulkSender(server.url);
		const first = await importInBatches(records, {
			send,
			object: 'clients',
			source: 'outlook-contacts-windows1252.csv',
			onError: 'skip',
			sleep: nodeSleep,
		});
		console.log(
			`\nImport (local server, skip failed rows): ${first.status}; ${JSON.stringify(first.totals)}`,
		);
		for (const e of first.exceptions) console.log(`  row ${e.row}: [${e.code}] ${e.message}`);
		server.faults.reject = undefined;
		const again = await importInBatches(records, {
			send,
			object: 'clients',
			resumeFrom: first,
			sleep: nodeSleep,
		});
		console.log(
			`Re-run from the report: ${again.status}; sent ${records.length - again.totals.duplicate} of ${records.length} rows; ${JSON.stringify(again.totals)}`,
		);
		const revert = await revertImport(first, {
			sleep: nodeSleep,
			remove: async ({ id }) =>
				(
					await fetch(`${server.url}/api/clients/${id}`, {
						method: 'DELETE',
						headers: { authorization: 'Bearer admin-token' },
					})
				).status === 404
					? 'notFound'
					: 'deleted',
		});
		console.log(`Revert of the first import: ${revert.status}; ${JSON.stringify(revert.totals)}`);
	} finally {
		await server.close();
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
