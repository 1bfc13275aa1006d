import { createRedactor, type ImportReport, type Schema } from '../../../../lib';
import type { RunImportOptions } from '../../../../lib/pipeline';
import { nodeSleep } from '../../nodeSleep';
import { writeRecordsTo } from '../../common';
import { createHttpSend } from './createHttpSend';
import type { Journal } from './createJournal';
import type { ImportPlan } from './readFlags';

/** What a run is given besides the flags: the existing records, the report to resume, the journal, the sinks. */
export interface RunContext {
	existing?: AsyncIterable<Record<string, unknown>>;
	resumeFrom?: ImportReport;
	journal?: Journal;
	signal: AbortSignal;
	source: string;
	onException?: RunImportOptions['onException'];
	onProgress?: RunImportOptions['onProgress'];
	transformBatch?: RunImportOptions['transformBatch'];
}

/** The columns of a clean CSV, TSV or XLSX: `_row`, then every field of the schema a record can hold. */
export function cleanColumns(schema: Schema): string[] {
	return ['_row', ...schema.fields.filter((f) => !f.inputOnly).map((f) => f.key)];
}

/**
 * The clean records, `_row` first. A tabular file's columns are the schema's
 * (a field blank in every row is still a column, so next month's file has
 * the same columns): the first record carries them all, which is what the
 * export reads its column list from.
 */
async function* withRowNumbers(
	records: AsyncIterable<{ row: number; record: Record<string, unknown> }>,
	columns: readonly string[] | undefined,
): AsyncGenerator<Record<string, unknown>> {
	let first = true;
	for await (const { row, record } of records) {
		if (first && columns) {
			first = false;
			const padded: Record<string, unknown> = {};
			for (const c of columns) padded[c] = c === '_row' ? row : (record[c] ?? '');
			yield padded;
		} else yield { _row: row, ...record };
	}
}

/** The import settings: the HTTP send over fetch, retries with Node's sleep, the journal, the resume. */
function importOf(plan: ImportPlan, ctx: RunContext): RunImportOptions['import'] {
	const target = plan.target;
	if (!target) return undefined;
	const secrets = target.token ? [target.token] : [];
	const redact = createRedactor(secrets);
	const journal = ctx.journal;
	return {
		send: createHttpSend({ ...target, redact }),
		sleep: nodeSleep,
		secrets,
		object: target.object,
		source: ctx.source,
		batchSize: target.batchSize,
		concurrency: target.concurrency,
		onError: target.onError,
		signal: ctx.signal,
		...(ctx.resumeFrom && { resumeFrom: ctx.resumeFrom }),
		...(journal && { onJournal: (entry: { type: string }) => journal.write(entry) }),
	};
}

/**
 * The options of `runImport` for a checked plan: the read and transform
 * options, the dedupe (policy, criteria, the existing records), the import
 * (over HTTP, with the journal) and the write of the clean file.
 *
 * @param plan - the checked flags
 * @param ctx - what the run is given besides them
 * @returns runImport's options
 *
 * @example
 * const options = buildRunOptions(readFlags({ schema: 'clients', dedupe: true, out: 'clean.csv' }), { signal, source: 'clients.csv' })
 * await runImport(readInput('clients.csv').chunks, options)
 */
export function buildRunOptions(plan: ImportPlan, ctx: RunContext): RunImportOptions {
	const options: RunImportOptions = {
		schema: plan.schema,
		read: { ...plan.read, fileName: ctx.source },
		transform: plan.transform,
		signal: ctx.signal,
	};
	if (plan.profile) options.profile = plan.profile;
	const d = plan.dedupe;
	if (d)
		options.dedupe = {
			policy: d.policy,
			...(d.matchOn && { matchOn: d.matchOn }),
			...(d.country && { defaultCountry: d.country.toUpperCase() }),
			...(ctx.existing && { existing: ctx.existing }),
		};
	const imported = importOf(plan, ctx);
	if (imported) options.import = imported;
	const out = plan.out;
	if (out) {
		const tabular = !/\.(json|ndjson)$/i.test(out);
		const columns = tabular ? cleanColumns(plan.schema) : undefined;
		options.write = async (records) => {
			await writeRecordsTo(out, withRowNumbers(records, columns));
		};
	}
	if (ctx.onException) options.onException = ctx.onException;
	if (ctx.onProgress) options.onProgress = ctx.onProgress;
	if (ctx.transformBatch) options.transformBatch = ctx.transformBatch;
	return options;
}
