import { MultiBar, Presets, type SingleBar } from 'cli-progress';

/** A stage's progress, as the pipeline reports it (PipelineProgress). */
export interface StageProgress {
	stage: string;
	done: number;
	total?: number;
	bytes?: number;
	totalBytes?: number;
}

/** Progress bars on stderr: one per stage as it starts. */
export interface Progress {
	update(p: StageProgress): void;
	/** Stops drawing (the bars stay on screen); call before printing anything else. */
	stop(): void;
}

const LABELS: Readonly<Record<string, string>> = {
	read: 'read     ',
	transform: 'transform',
	dedupe: 'dedupe   ',
	import: 'import   ',
	write: 'write    ',
};

const QUIET: Progress = { update: () => undefined, stop: () => undefined };

/** Rows per second since the bar started, as a short figure ("48.2k"). */
function rate(done: number, startedAt: number): string {
	const perSecond = done / Math.max(0.001, (Date.now() - startedAt) / 1000);
	return perSecond >= 1000 ? `${(perSecond / 1000).toFixed(1)}k` : perSecond.toFixed(0);
}

/**
 * Progress bars on stderr (cli-progress): read, dedupe and import, each with
 * rows done, rows per second and the time left. The read bar follows the
 * file's bytes (the rows are not known until the end); the others their
 * rows. Off (every call does nothing) when `enabled` is false: stderr is
 * not a terminal, or `--quiet`.
 *
 * @param enabled - whether to draw
 * @param stages - the stages that get a bar
 * @returns update and stop
 *
 * @example
 * const progress = createProgress(process.stderr.isTTY && !quiet)
 * await runImport(input, { schema, onProgress: progress.update })
 * progress.stop()
 */
export function createProgress(
	enabled: boolean,
	stages: readonly string[] = ['read', 'dedupe', 'import'],
): Progress {
	if (!enabled) return QUIET;
	const multi = new MultiBar(
		{
			stream: process.stderr,
			format: '{label} |{bar}| {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}',
			hideCursor: true,
			clearOnComplete: false,
			etaBuffer: 50,
			fps: 5,
		},
		Presets.shades_classic,
	);
	const bars = new Map<string, { bar: SingleBar; startedAt: number }>();
	return {
		update(p) {
			if (!stages.includes(p.stage)) return;
			const byBytes = p.totalBytes !== undefined && p.bytes !== undefined;
			const value = byBytes ? p.bytes! : p.done;
			const total = byBytes ? p.totalBytes! : (p.total ?? Math.max(p.done, 1));
			let entry = bars.get(p.stage);
			if (!entry) {
				const payload = { label: LABELS[p.stage] ?? p.stage, rows: '0', rate: '0' };
				entry = { bar: multi.create(total, 0, payload), startedAt: Date.now() };
				bars.set(p.stage, entry);
			}
			entry.bar.setTotal(total);
			entry.bar.update(value, {
				rows: p.done.toLocaleString('en-US'),
				rate: rate(p.done, entry.startedAt),
			});
		},
		stop() {
			multi.stop();
		},
	};
}
