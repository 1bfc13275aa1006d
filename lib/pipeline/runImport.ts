import type { ImportReport } from '../importer/types';
import type { SpreadsheetReader } from '../read/openSpreadsheet';
import { createDedupeIndex } from '../dedupe/createDedupeIndex';
import { dedupeRecords, planAll } from './dedupeStage';
import { checkRunImportOptions } from './options';
import { importRecords, planSource, writeRecords, type PlanSource } from './outputStage';
import { readAndTransform } from './readStage';
import { createRecordStore } from './recordStore';
import { report, sheetOf, startState, timeStage, type RunState } from './state';
import { startWriteStream } from './writeStream';
import type { PipelineReport, PipelineStage, RunImportOptions } from './types';

/** Reads and transforms the file; a write stream is finished with it, or ended with its error. */
async function readStreaming(
	state: RunState,
	source: Uint8Array | AsyncIterable<Uint8Array>,
): Promise<SpreadsheetReader> {
	let reader: SpreadsheetReader;
	try {
		reader = await readAndTransform(state, source);
	} catch (error) {
		await state.stream?.abandon(error);
		throw error;
	}
	const stream = state.stream;
	if (stream) {
		await stream.finish();
		state.totals.written += stream.count;
		timeStage(state, 'write', stream.ms, stream.count);
	}
	return reader;
}

/** Every planned record, when the run was stopped before anything was written or sent. */
async function notAttemptedAll(state: RunState, source: PlanSource): Promise<void> {
	for (let k = 0; k < source.length; k++) {
		const { row, record } = source.at(k);
		state.totals.notAttempted++;
		await report(state, {
			row,
			...sheetOf(state, state.store.sheet(source.index(k))),
			outcome: 'notAttempted',
			code: 'NOT_ATTEMPTED',
			message: 'Not imported: the run was stopped before the import began. Run it again.',
			source: record,
		});
	}
}

function statusOf(state: RunState, imported: ImportReport | undefined): PipelineReport['status'] {
	if (state.aborted) return 'Error';
	if (imported && imported.status !== 'Complete' && imported.status !== 'Completed with errors')
		return 'Halted';
	const t = state.totals;
	return t.invalid + t.possibleDuplicates + t.failed + t.notAttempted > 0
		? 'Completed with errors'
		: 'Complete';
}

const STAGES: readonly PipelineStage[] = ['read', 'transform', 'dedupe', 'import', 'write'];

/** The stages' timings in the order they run (they are timed in parts, as they interleave). */
function inOrder(stages: PipelineReport['stages']): PipelineReport['stages'] {
	const out: PipelineReport['stages'] = {};
	for (const s of STAGES) if (stages[s]) out[s] = stages[s];
	return out;
}

function fileOf(reader: SpreadsheetReader): PipelineReport['file'] {
	return {
		format: reader.format,
		...(reader.encoding !== undefined && { encoding: reader.encoding }),
		...(reader.delimiter !== undefined && { delimiter: reader.delimiter }),
		...(reader.sheet !== undefined && { sheet: reader.sheet }),
		headerRow: reader.headerRowNumber,
		headers: reader.headers,
	};
}

/**
 * Imports a spreadsheet in one streaming pass: read → map (a saved profile,
 * or automatically from the headers and a sample of values) → transform
 * (normalize and validate; the column orders decided once from the sample)
 * → dedupe (optional: within the file and against existing records, resolved
 * by a policy) → import to a target in batches, and/or write the clean
 * records. Rows are never all held as objects: clean records are kept as
 * compact JSON text, rows that fail go to `onException` as soon as they are
 * known, and every row is accounted for exactly once in the report's totals.
 *
 * @param source - the file's bytes, or an async iterable of chunks (a Node stream)
 * @param options - see {@link RunImportOptions}
 * @returns the report: totals, mapping, decisions, duplicates, review, the importer's report, stage timings
 * @throws IntakeError for a bad option or a file that cannot be read, before anything is written or sent
 * @example
 * const csv = new TextEncoder().encode('Name,Email\nAda Lovelace,ada@example.com\nBob,bad@\n')
 * const report = await runImport(csv, { schema: 'contacts' })
 * report.totals.written + report.totals.invalid
 * //=> 2
 */
export async function runImport(
	source: Uint8Array | AsyncIterable<Uint8Array>,
	options: RunImportOptions,
): Promise<PipelineReport> {
	const opts = checkRunImportOptions(options);
	const started = opts.now();
	const index = opts.dedupe ? createDedupeIndex(opts.dedupe.find) : undefined;
	const state = startState(opts, createRecordStore(), index);
	const write = opts.raw.write;
	// without dedupe and import nothing needs every record first: they are written as they are made
	if (write && !opts.dedupe && !opts.raw.import) state.stream = startWriteStream(state, write);
	const reader = await readStreaming(state, source);
	const deduped =
		opts.dedupe && !state.aborted ? await dedupeRecords(state, opts.dedupe) : undefined;
	const plan = planSource(state, deduped?.plan ?? planAll(state.store.length));
	const duplicates = deduped?.duplicates ?? [];
	let imported: ImportReport | undefined;
	if (state.aborted) await notAttemptedAll(state, plan);
	else {
		if (!state.stream) await writeRecords(state, plan);
		if (opts.raw.import) imported = await importRecords(state, plan, duplicates);
		else state.totals.written += plan.length;
	}
	return {
		status: statusOf(state, imported),
		schema: opts.schema.name,
		file: fileOf(reader),
		mapping: state.mapping,
		decisions: state.decisions ?? { dateOrders: {}, decimalMarks: {}, nameOrders: {} },
		totals: state.totals,
		stages: inOrder(state.stages),
		readIssues: reader.issues,
		duplicates,
		review: deduped?.review ?? [],
		...(imported && { import: imported }),
		durationMs: opts.now() - started,
	};
}
