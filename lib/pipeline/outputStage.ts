import type {
	ImportRecord,
	ImportRecordSource,
	ImportReport,
	ImportRowResult,
} from '../importer/types';
import { importInBatches } from '../importer/importInBatches';
import type { ImportPlan } from './dedupeStage';
import { PROGRESS_EVERY, progress, report, sheetOf, timeStage, type RunState } from './state';
import type { PipelineReport } from './types';

/** The importer's code for a row the run it resumed had imported. */
const ALREADY_IMPORTED = 'ALREADY_IMPORTED';

/** The planned records as the importer reads them, and the store index of each. */
export interface PlanSource extends ImportRecordSource {
	index(k: number): number;
}

/** The planned records as the importer reads them: parsed from their text one at a time. */
export function planSource(state: RunState, plan: ImportPlan): PlanSource {
	return {
		length: plan.order.length,
		index: (k) => plan.order[k],
		at(k: number): ImportRecord {
			const index = plan.order[k];
			const c = plan.changed.get(index);
			const record =
				c?.text !== undefined
					? (JSON.parse(c.text) as Record<string, unknown>)
					: state.store.at(index);
			const row = state.store.row(index);
			if (c?.operation === 'update')
				return { row, record, operation: 'update', ...(c.id !== undefined && { id: c.id }) };
			return { row, record };
		},
	};
}

/**
 * Hands the planned records, in row order, to the caller's `write`.
 *
 * @param state - the run
 * @param source - the planned records
 */
export async function writeRecords(state: RunState, source: ImportRecordSource): Promise<void> {
	const write = state.opts.raw.write;
	if (!write) return;
	const started = state.opts.now();
	const total = source.length;
	let done = 0;
	async function* records() {
		for (let k = 0; k < total; k++) {
			const { row, record } = source.at(k);
			yield { row, record };
			if (++done % PROGRESS_EVERY === 0) progress(state, 'write', done, { total });
		}
	}
	await write(records());
	progress(state, 'write', done, { total });
	timeStage(state, 'write', state.opts.now() - started, done);
}

/** Lists a row the importer found already imported, or the target a duplicate, and reports one not imported. */
async function accountResult(
	state: RunState,
	source: PlanSource,
	k: number,
	r: ImportRowResult,
	duplicates: PipelineReport['duplicates'],
) {
	if (r.status === 'created' || r.status === 'updated' || r.status === 'accepted') return;
	if (r.status === 'duplicate') {
		if (r.code === ALREADY_IMPORTED) return;
		duplicates.push({
			row: r.row,
			...sheetOf(state, state.store.sheet(source.index(k))),
			action: 'importDuplicate',
			...(r.code !== undefined && { rule: r.code }),
			why: r.message ?? 'the target already holds this record',
		});
		return;
	}
	const outcome = r.status === 'failed' ? 'failed' : 'notAttempted';
	const { record } = source.at(k);
	await report(state, {
		row: r.row,
		...sheetOf(state, state.store.sheet(source.index(k))),
		outcome,
		code: r.code ?? (outcome === 'failed' ? 'IMPORT_FAILED' : 'NOT_ATTEMPTED'),
		message: r.message ?? '',
		source: record,
	});
}

/**
 * Counts the import's rows as the importer's totals do (they follow the
 * target's own counts, also where it gave counts only): rows accepted
 * without a word count as created, rows the resumed run imported as
 * imported before.
 */
function countImport(state: RunState, result: ImportReport): void {
	let before = 0;
	for (const r of result.results) if (r.code === ALREADY_IMPORTED) before++;
	const t = result.totals;
	state.totals.created += t.created + t.accepted;
	state.totals.updated += t.updated;
	state.totals.importedBefore += before;
	state.totals.duplicates += t.duplicate - before;
	state.totals.failed += t.failed;
	state.totals.notAttempted += t.notAttempted;
}

/**
 * Imports the planned records through importInBatches and accounts for
 * each: created, updated, a duplicate the target already held, or failed or
 * not attempted (each through onException, with the clean record).
 *
 * @param state - the run
 * @param source - the planned records
 * @param duplicates - the report's duplicates, to which the target's own are added
 * @returns the importer's report
 */
export async function importRecords(
	state: RunState,
	source: PlanSource,
	duplicates: PipelineReport['duplicates'],
): Promise<ImportReport> {
	const options = state.opts.raw.import as NonNullable<typeof state.opts.raw.import>;
	const started = state.opts.now();
	const total = source.length;
	progress(state, 'import', 0, { total });
	let shown = 0;
	const result = await importInBatches(source, {
		...options,
		...(state.opts.raw.signal && options.signal === undefined && { signal: state.opts.raw.signal }),
		onProgress: (done, all) => {
			// the importer calls after each request: passed on about every PROGRESS_EVERY rows
			if (done - shown < PROGRESS_EVERY && done < all) return;
			shown = done;
			progress(state, 'import', done, { total: all });
		},
	});
	countImport(state, result);
	for (let k = 0; k < result.results.length; k++)
		await accountResult(state, source, k, result.results[k], duplicates);
	timeStage(state, 'import', state.opts.now() - started, total);
	return result;
}
