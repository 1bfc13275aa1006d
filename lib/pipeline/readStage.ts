import { openSpreadsheet, type SpreadsheetReader } from '../read/openSpreadsheet';
import { PROGRESS_EVERY, progress, timeStage, type RunState } from './state';
import { finishTransform, takeRow, type Transforming } from './transformStage';

/** The file's bytes, counted as the reader draws them (a stream), or known at once (bytes in memory). */
interface Counted {
	input: Uint8Array | AsyncIterable<Uint8Array>;
	bytes: () => number | undefined;
	totalBytes?: number;
}

function counted(source: Uint8Array | AsyncIterable<Uint8Array>): Counted {
	if (source instanceof Uint8Array)
		return { input: source, bytes: () => undefined, totalBytes: source.length };
	let bytes = 0;
	async function* counting(): AsyncGenerator<Uint8Array> {
		for await (const chunk of source as AsyncIterable<Uint8Array>) {
			bytes += chunk.length;
			yield chunk;
		}
	}
	return { input: counting(), bytes: () => bytes };
}

/** Where the read is, for onProgress. */
function readProgress(state: RunState, c: Counted): void {
	const bytes = c.bytes();
	progress(state, 'read', state.totals.rows, {
		...(bytes !== undefined && { bytes }),
		...(c.totalBytes !== undefined && { totalBytes: c.totalBytes }),
	});
}

/**
 * Opens the file and reads it to the end, each row handed to the transform
 * stage as it comes (the two stages interleave; each keeps its own clock).
 * Stops early, setting `state.aborted`, when the signal aborts.
 *
 * @param state - the run
 * @param source - the file's bytes or chunks
 * @returns the reader (what was detected, and the read issues)
 * @throws IntakeError when the file cannot be read
 */
export async function readAndTransform(
	state: RunState,
	source: Uint8Array | AsyncIterable<Uint8Array>,
): Promise<SpreadsheetReader> {
	const { opts } = state;
	const started = opts.now();
	const c = counted(source);
	const reader = await openSpreadsheet(c.input, opts.read);
	const t: Transforming = { state, reader, jobs: [], handed: 0, settled: 0, ms: 0 };
	const signal = opts.raw.signal;
	for await (const row of reader) {
		state.totals.rows++;
		const due = takeRow(t, row);
		if (due) await due;
		if (state.totals.rows % PROGRESS_EVERY === 0) {
			readProgress(state, c);
			if (signal?.aborted) {
				state.aborted = true;
				break;
			}
		}
	}
	readProgress(state, c);
	await finishTransform(t);
	timeStage(state, 'read', opts.now() - started - t.ms, state.totals.rows);
	return reader;
}
