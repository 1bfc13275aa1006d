import { createChannel } from './createChannel';
import { PROGRESS_EVERY, progress, type RunState } from './state';

/** Clean records queued for the writer before the read waits for it. */
const HIGH_WATER = 2000;

/** The clean records handed to the caller's `write` as they are made, when nothing must see them all first. */
export interface WriteStream {
	/** Hands a record on (the write begins with the first); a promise to await when the writer is behind. */
	push(row: number, record: Record<string, unknown>): Promise<void> | undefined;
	/** Ends the records and waits for the write to finish (a file with no clean record still gets its write). */
	finish(): Promise<void>;
	/** Ends the write with the run's error, and waits for it. */
	abandon(error: unknown): Promise<void>;
	/** Records handed on. */
	readonly count: number;
	/** Time the read spent waiting for the writer, and the writer for the end, in ms. */
	readonly ms: number;
}

/**
 * Starts streaming the clean records to `write` as the transform makes them:
 * without dedupe and import, nothing needs every record before it is
 * written, so none is kept. The write begins only with the first record (or
 * at the end), so a file that cannot be opened never starts one.
 *
 * @param state - the run
 * @param write - the caller's write
 * @returns the stream
 */
export function startWriteStream(
	state: RunState,
	write: NonNullable<RunState['opts']['raw']['write']>,
): WriteStream {
	const channel = createChannel<{ row: number; record: Record<string, unknown> }>(HIGH_WATER);
	const { now } = state.opts;
	let writing: Promise<void> | undefined;
	let count = 0;
	let ms = 0;
	const start = (): Promise<void> => {
		const started = write(channel.items);
		// a writer that fails or stops early must not leave the read waiting
		started.then(
			() => channel.release(),
			() => channel.release(),
		);
		return started;
	};
	return {
		push(row, record) {
			writing ??= start();
			if (++count % PROGRESS_EVERY === 0) progress(state, 'write', count);
			const wait = channel.push({ row, record });
			if (!wait) return undefined;
			const from = now();
			return wait.then(() => void (ms += now() - from));
		},
		async finish() {
			writing ??= start();
			channel.close();
			const from = now();
			await writing;
			ms += now() - from;
			progress(state, 'write', count);
		},
		async abandon(error) {
			if (!writing) return;
			channel.fail(error);
			await writing.catch(() => undefined);
		},
		get count() {
			return count;
		},
		get ms() {
			return ms;
		},
	};
}
