import type { ColumnMapping } from '../map/types';
import type { CheckedOptions } from './options';
import type { DedupeIndex } from '../dedupe/types';
import type { RecordStore } from './recordStore';
import type { WriteStream } from './writeStream';
import type { TransformDecisions } from '../validate/types';
import type { PipelineException, PipelineReport, PipelineStage } from './types';

/** Rows between two progress calls of a stage. */
export const PROGRESS_EVERY = 1000;

/** Rows transformed in one batch. */
export const BATCH_ROWS = 1000;

/** What one run has read and decided so far: passed from stage to stage. */
export interface RunState {
	opts: CheckedOptions;
	/** The clean records, in row order. */
	store: RecordStore;
	/** The dedupe index, when dedupe is on. */
	dedupe?: DedupeIndex;
	/** Where clean records go as they are made, instead of the store, when nothing needs them all first. */
	stream?: WriteStream;
	/** Sheet names by index (one entry, `undefined`, for a file of one table). */
	sheets: Array<string | undefined>;
	totals: PipelineReport['totals'];
	stages: PipelineReport['stages'];
	mapping: ColumnMapping[];
	decisions?: TransformDecisions;
	/** Set when the signal aborted the run. */
	aborted: boolean;
}

/** A fresh state, with every count at zero. */
export function startState(
	opts: CheckedOptions,
	store: RecordStore,
	dedupe: DedupeIndex | undefined,
): RunState {
	return {
		opts,
		store,
		dedupe,
		sheets: [],
		totals: {
			rows: 0,
			valid: 0,
			invalid: 0,
			skipped: 0,
			duplicates: 0,
			possibleDuplicates: 0,
			created: 0,
			updated: 0,
			importedBefore: 0,
			failed: 0,
			notAttempted: 0,
			written: 0,
			warnings: 0,
		},
		stages: {},
		mapping: [],
		aborted: false,
	};
}

/** Tells the caller about a row, awaiting it. */
export async function report(state: RunState, e: PipelineException): Promise<void> {
	const on = state.opts.raw.onException;
	if (on) await on(e);
}

/** Tells the caller where a stage is. */
export function progress(
	state: RunState,
	stage: PipelineStage,
	done: number,
	extra: { total?: number; bytes?: number; totalBytes?: number } = {},
): void {
	const on = state.opts.raw.onProgress;
	if (on) on({ stage, done, ...extra });
}

/** Adds time to a stage's clock and sets its row count (a stage may be timed in parts: dedupe's index is fed during the transform). */
export function timeStage(state: RunState, stage: PipelineStage, ms: number, rows: number): void {
	const s = (state.stages[stage] ??= { ms: 0, rows: 0 });
	s.ms += ms;
	s.rows = rows;
}

/** The sheet name of a sheet index, as a spread: `{ sheet }`, or nothing for a file of one table. */
export function sheetOf(state: RunState, index: number): { sheet?: string } {
	const name = state.sheets[index];
	return name === undefined ? {} : { sheet: name };
}
