import { isPlainRecord } from '../isPlainRecord';
import { hashBatch } from './hashBatch';
import type { ImportJournalEntry } from './journalTypes';
import type { ImportRun } from './settleBatch';
import type { ImportBatchSummary, ImportReport, ImportRowResult } from './types';

/** Rows per `settled` entry of rows settled without a request, so no journal line grows without bound. */
const ROWS_PER_ENTRY = 5000;

/**
 * Writes a run's journal through the caller's `onJournal`: the start, each
 * batch before it is handed to `send` and after it settles, the rows settled
 * without a request, and the end. The first error `onJournal` throws is kept
 * (`failure`) and nothing more is written: the run must then start no
 * request, since the journal could not say it was sent. Internal.
 */
export class RunJournal {
	/** What `onJournal` threw, if it did. */
	failure: { error: unknown } | undefined;
	/** Batches whose `sent` entry was written. */
	private readonly sentBatches = new Set<number>();
	/** Input positions whose result was written. */
	private readonly written: Uint8Array;

	constructor(
		private readonly write: (entry: ImportJournalEntry) => void,
		private readonly run: ImportRun,
	) {
		this.written = new Uint8Array(run.rowCount);
	}

	private emit(entry: ImportJournalEntry): boolean {
		if (this.failure) return false;
		try {
			this.write(entry);
			return true;
		} catch (error) {
			this.failure = { error };
			return false;
		}
	}

	/** The start; then, on a resume, the rows settled up front and a `sent` for each planned replay (the run owes them). */
	start(entry: Extract<ImportJournalEntry, { type: 'start' }>): boolean {
		const loose = this.run.batcher.loose?.length ?? 0;
		const preamble = Math.ceil(loose / ROWS_PER_ENTRY) + this.run.batcher.plannedReplays.length;
		if (!this.emit(preamble > 0 ? { ...entry, preamble } : entry)) return false;
		if (!this.flushLoose()) return false;
		for (const [j, replay] of this.run.batcher.plannedReplays.entries()) {
			const summary: ImportBatchSummary = {
				batch: j + 1,
				rows: [replay.items[0].row, replay.items[replay.items.length - 1].row],
				size: replay.items.length,
				operation: replay.operation,
				key: replay.key,
				attempts: 0,
				outcome: 'notSent',
				replayOf: replay.replayOf,
				bodyHash: hashBatch(replay.operation, replay.items),
			};
			if (replay.tag !== undefined) summary.tag = replay.tag;
			if (!this.emit({ type: 'sent', batch: summary, items: replay.items.map(itemOf) }))
				return false;
			this.sentBatches.add(j);
		}
		return true;
	}

	/** Rows settled without a request since the last call, as `settled` entries of batch 0. */
	flushLoose(): boolean {
		const { batcher } = this.run;
		const loose = batcher.loose ?? [];
		batcher.loose = [];
		return this.writeRows(loose);
	}

	/** Before batch `b` is handed to `send`: the rows settled before it, then its `sent` entry. */
	sent(b: number): boolean {
		if (!this.flushLoose()) return false;
		const { batcher } = this.run;
		const items = batcher.items[b];
		const summary = { ...batcher.summaries[b] };
		summary.bodyHash ??= hashBatch(summary.operation, items);
		if (!this.emit({ type: 'sent', batch: summary, items: items.map(itemOf) })) return false;
		this.sentBatches.add(b);
		return true;
	}

	/** After batch `b` settles (if its `sent` entry was written): its summary, its rows' results and failures. */
	settled(b: number): void {
		if (!this.sentBatches.has(b)) return;
		const indexes = this.run.batcher.indexes[b];
		const settled = indexes.filter((i) => this.run.results[i] !== undefined);
		const { results, exceptions } = this.rowsOf(settled);
		this.emit({
			type: 'settled',
			batch: { ...this.run.batcher.summaries[b] },
			results,
			exceptions,
		});
	}

	/** The end: every row not written yet (rows never sent), then the status. */
	end(report: ImportReport): void {
		const rest: number[] = [];
		for (let i = 0; i < this.written.length; i++) if (this.written[i] === 0) rest.push(i);
		if (!this.writeRows(rest)) return;
		const end: ImportJournalEntry = {
			type: 'end',
			status: report.status,
			finishedAt: report.finishedAt,
			durationMs: report.durationMs,
		};
		if (report.haltReason) end.haltReason = report.haltReason;
		this.emit(end);
	}

	private writeRows(indexes: readonly number[]): boolean {
		for (let from = 0; from < indexes.length; from += ROWS_PER_ENTRY) {
			const part = indexes.slice(from, from + ROWS_PER_ENTRY);
			const { results, exceptions } = this.rowsOf(part);
			const batch: ImportBatchSummary = {
				batch: 0,
				rows: [results[0].row, results[results.length - 1].row],
				size: results.length,
				operation: 'create',
				key: '',
				attempts: 0,
				outcome: 'notSent',
			};
			if (!this.emit({ type: 'settled', batch, results, exceptions })) return false;
		}
		return true;
	}

	/** The results at these input positions, and the failures among them with their records; marks them written. */
	private rowsOf(indexes: readonly number[]): {
		results: ImportRowResult[];
		exceptions: ImportReport['exceptions'];
	} {
		const results: ImportRowResult[] = [];
		const exceptions: ImportReport['exceptions'] = [];
		for (const i of indexes) {
			const r = this.run.results[i];
			this.written[i] = 1;
			results.push(r);
			if (r.status !== 'failed') continue;
			const record = this.run.records.at(i)?.record;
			exceptions.push({
				row: r.row,
				code: r.code ?? 'IMPORT_REJECTED',
				message: r.message ?? '',
				record: isPlainRecord(record) ? record : {},
			});
		}
		return { results, exceptions };
	}
}

function itemOf(item: { row: number; key: string; id?: string }): {
	row: number;
	key: string;
	id?: string;
} {
	return item.id !== undefined
		? { row: item.row, key: item.key, id: item.id }
		: { row: item.row, key: item.key };
}
