import type { DedupeIndex } from '../dedupe/types';
import { IntakeError } from '../errors';
import type { SpreadsheetReader, SpreadsheetRow } from '../read/openSpreadsheet';
import { createRecordTransformer } from '../validate/createRecordTransformer';
import type {
	MappingLike,
	RecordTransformer,
	RowResult,
	TransformDecisions,
} from '../validate/types';
import { mapTable } from './mapTable';
import { ROW_FIELD } from './options';
import { BATCH_ROWS, progress, report, sheetOf, timeStage, type RunState } from './state';

/** Batches handed to `transformBatch` before the oldest is awaited: keeps worker threads busy. */
const IN_FLIGHT = 4;

/** One table of the file (the file, or one worksheet): its own mapping and column orders. */
interface Table {
	index: number;
	pending: SpreadsheetRow[];
	transformer?: RecordTransformer;
	mapping?: MappingLike;
	decisions?: TransformDecisions;
}

interface Job {
	table: Table;
	rows: SpreadsheetRow[];
	results: Promise<RowResult[]>;
}

/** The transform stage: rows come in one by one, results go out batch by batch, in row order. */
export interface Transforming {
	state: RunState;
	reader: SpreadsheetReader;
	table?: Table;
	jobs: Job[];
	/** Rows handed to a transform so far (the next batch's `firstIndex`). */
	handed: number;
	/** Rows whose result is settled. */
	settled: number;
	/** Time spent transforming and settling, in ms (the read stage's time is the rest). */
	ms: number;
}

/** The sheet index of a row (0 for a file of one table). */
function sheetIndex(state: RunState, row: SpreadsheetRow): number {
	if (row.sheet === undefined) {
		if (state.sheets.length === 0) state.sheets.push(undefined);
		return 0;
	}
	const at = state.sheets.indexOf(row.sheet);
	return at >= 0 ? at : state.sheets.push(row.sheet) - 1;
}

/** Maps a table's columns from its sample (a profile's columns first) and decides its column orders. */
function openTable(t: Transforming, table: Table): void {
	const { opts } = t.state;
	const name = t.state.sheets[table.index];
	const own = name === undefined ? undefined : t.reader.tables.find((x) => x.sheet === name);
	const sample = table.pending.map((r) => r.values);
	const mapping = mapTable(own?.headers ?? t.reader.headers, sample, opts.schema, opts.profile);
	table.mapping = mapping;
	table.transformer = createRecordTransformer(mapping, opts.schema, opts.transform);
	table.decisions = table.transformer.decide(sample);
	t.state.mapping.push(...mapping.columns);
	t.state.decisions ??= table.decisions;
}

/** What a row that made no clean record reports: its errors, and the row as read. */
async function reportRow(state: RunState, row: SpreadsheetRow, r: RowResult, sheet: number) {
	const source: Record<string, unknown> = {};
	for (const key of Object.keys(row.values)) if (key !== ROW_FIELD) source[key] = row.values[key];
	if (r.status === 'skipped') {
		state.totals.skipped++;
		const reason = r.skipReason ?? 'the row holds no record';
		const message = `Skipped: ${reason}.`;
		await report(state, {
			row: r.row,
			...sheetOf(state, sheet),
			outcome: 'skipped',
			code: 'ROW_SKIPPED',
			message,
			source,
		});
		return;
	}
	state.totals.invalid++;
	const errors = r.issues.filter((i) => i.severity === 'error');
	await report(state, {
		row: r.row,
		...sheetOf(state, sheet),
		outcome: 'invalid',
		code: errors[0]?.code ?? 'ROW_INVALID',
		message: errors.map((i) => i.message).join('; '),
		source,
	});
}

/** Settles the oldest batch: clean records to the store (and the dedupe index), the rest to onException. */
async function settleOldest(t: Transforming): Promise<void> {
	const job = t.jobs.shift() as Job;
	const started = t.state.opts.now();
	const results = await job.results;
	if (!Array.isArray(results) || results.length !== job.rows.length)
		throw new IntakeError(
			'TRANSFORM_INVALID_OPTION',
			`transformBatch returned ${Array.isArray(results) ? results.length : 'no'} results for ${job.rows.length} rows: it must return one per row, in order`,
		);
	const { state } = t;
	const clean: Array<Record<string, unknown>> = [];
	for (let i = 0; i < results.length; i++) {
		const r = results[i];
		for (const issue of r.issues) if (issue.severity === 'warning') state.totals.warnings++;
		if (r.status === 'valid' && r.record) {
			state.totals.valid++;
			clean.push(r.record);
			if (!state.stream) state.store.add(r.record, job.rows[i].rowNumber, job.table.index);
			else {
				const wait = state.stream.push(job.rows[i].rowNumber, r.record);
				if (wait) await wait;
			}
		} else await reportRow(state, job.rows[i], r, job.table.index);
	}
	t.settled += results.length;
	t.ms += state.opts.now() - started;
	if (state.dedupe) addToIndex(state, state.dedupe, clean);
	progress(state, 'transform', t.settled);
}

/** Feeds the batch's clean records to the dedupe index, on the dedupe stage's clock. */
function addToIndex(
	state: RunState,
	index: DedupeIndex,
	clean: ReadonlyArray<Record<string, unknown>>,
) {
	const started = state.opts.now();
	for (const record of clean) index.add(record);
	timeStage(state, 'dedupe', state.opts.now() - started, index.size);
}

/** Hands a table's pending rows to the transform, in batches; settles batches as the window fills. */
async function submit(t: Transforming, table: Table): Promise<void> {
	const { opts } = t.state;
	const viaBatch = opts.raw.transformBatch;
	while (table.pending.length > 0) {
		const rows = table.pending.splice(0, BATCH_ROWS);
		const values = rows.map((r) => r.values);
		const started = opts.now();
		const results = viaBatch
			? viaBatch(
					values,
					t.handed,
					table.decisions as TransformDecisions,
					table.mapping as MappingLike,
				)
			: Promise.resolve((table.transformer as RecordTransformer).transform(values, t.handed));
		t.ms += opts.now() - started;
		t.handed += rows.length;
		t.jobs.push({ table, rows, results });
		while (t.jobs.length > (viaBatch ? IN_FLIGHT : 0)) await settleOldest(t);
	}
}

/** Maps and transforms what the current table still holds. */
async function flushTable(t: Transforming): Promise<void> {
	const table = t.table;
	if (!table) return;
	if (!table.transformer && table.pending.length > 0) {
		const started = t.state.opts.now();
		openTable(t, table);
		t.ms += t.state.opts.now() - started;
	}
	await submit(t, table);
}

/** A new table begins (another sheet): the last one's rows are flushed first. */
async function startTable(t: Transforming, row: SpreadsheetRow, index: number): Promise<void> {
	await flushTable(t);
	t.table = { index, pending: [] };
	await takeRow(t, row);
}

/**
 * Takes one row read: the first `sampleRows` rows of a table wait for its
 * mapping and column orders, then rows go to the transform in batches.
 * Returns a promise only when a batch is due (most rows return at once:
 * no promise per row).
 *
 * @param t - the stage
 * @param row - the row as read
 * @returns a promise to await, or undefined
 */
export function takeRow(t: Transforming, row: SpreadsheetRow): Promise<void> | undefined {
	const index = sheetIndex(t.state, row);
	const table = t.table;
	if (table?.index !== index) return startTable(t, row, index);
	(row.values as Record<string, unknown>)[ROW_FIELD] = row.rowNumber;
	table.pending.push(row);
	if (!table.transformer) {
		if (table.pending.length >= t.state.opts.sampleRows) return flushTable(t);
	} else if (table.pending.length >= BATCH_ROWS) return submit(t, table);
	return undefined;
}

/** Transforms the rows still pending and waits for every batch. */
export async function finishTransform(t: Transforming): Promise<void> {
	await flushTable(t);
	while (t.jobs.length > 0) await settleOldest(t);
	timeStage(t.state, 'transform', t.ms, t.settled);
}
