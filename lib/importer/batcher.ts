import { checkRow, toBatchItem, type CheckedRow, type RowKeying } from './checkRow';
import { createIdempotencyKey, createKeyMaker } from './createIdempotencyKey';
import { findImportedRows } from './findImportedRows';
import type { ResolvedImportOptions } from './options';
import { findUnknownBatches, planReplays, type Replay } from './planReplays';
import type { RecordReader } from './recordSource';
import type { Tally } from './tally';
import type {
	ImportBatchItem,
	ImportBatchSummary,
	ImportIssue,
	ImportOperation,
	ImportReport,
	ImportRowResult,
} from './types';

/** A batch being filled: its items, and their positions in the input. */
interface OpenBatch {
	items: ImportBatchItem[];
	indexes: number[];
}

/**
 * Cuts the records into batches as the run needs them: each record gets its
 * key when its batch is made, and one that needs no sending (not a record,
 * an update without an id, no key, imported before, repeated in the file) is
 * settled there and then. Creates and updates fill batches of their own, in
 * input order, since a target takes them at different endpoints. Making
 * batches lazily lets the next batch's keys be worked out while a request is
 * in flight, instead of all of them before the first request.
 *
 * A resume first sends again, as they were, the earlier run's batches whose
 * outcome is unknown (same records in the same order, same key, same tag),
 * so a target that honours the key cannot create them twice. A batch that
 * cannot be rebuilt (a row changed or missing) is not: its rows go out in
 * new batches, and `issues` says so.
 *
 * Invariants (never create twice):
 * - a row goes in one batch at most, and a replayed row in no new batch;
 * - a row an earlier run imported (`resumeFrom`, `alreadyImported`) is settled
 *   `duplicate` and never sent; a row repeating an earlier row's key is
 *   settled `duplicate` and sent once, with that row;
 * - a batch's key is made from its rows' keys and the import id, so a retry
 *   of the batch carries the same key.
 */
export class Batcher {
	readonly items: ImportBatchItem[][] = [];
	/** Each batch item's position in the input. */
	readonly indexes: number[][] = [];
	readonly summaries: ImportBatchSummary[] = [];
	/** Each input position's batch number (0 for a row in none). */
	readonly batchOf: Uint32Array;
	/** Input positions settled without a batch since the journal last took them (kept only for a journal). */
	loose: number[] | undefined;
	/** What a resume could not send again as it was. */
	readonly issues: ImportIssue[] = [];
	private cursor = 0;
	private readonly open: Record<ImportOperation, OpenBatch> = {
		create: { items: [], indexes: [] },
		update: { items: [], indexes: [] },
	};
	private readonly earlier: ReadonlyMap<string, ImportRowResult>;
	private readonly earlierName: string;
	private readonly firstRowOfKey = new Map<string, number>();
	/** Whether any row may have been imported before (a report to resume, or keys given). */
	private readonly resuming: boolean;
	private readonly keying: RowKeying;
	private readonly replays: Replay[] = [];
	/** Rows a replay has taken. */
	private readonly reserved = new Set<number>();
	/** On a resume, every row's key, worked out up front (null: the row failed its check). */
	private keys?: Array<string | null>;

	constructor(
		private readonly records: RecordReader,
		private readonly opts: ResolvedImportOptions,
		private readonly results: ImportRowResult[],
		private readonly tally: Tally,
		private readonly importId: string,
	) {
		if (opts.onJournal) this.loose = [];
		this.batchOf = new Uint32Array(records.length);
		this.keying = { idempotencyKey: opts.idempotencyKey, keyOf: createKeyMaker() };
		this.earlier = opts.resumeFrom ? findImportedRows(opts.resumeFrom) : new Map();
		this.resuming = this.earlier.size > 0 || opts.alreadyImported.size > 0;
		this.earlierName = opts.resumeFrom ? `import ${opts.resumeFrom.importId}` : 'an earlier import';
		if (opts.resumeFrom) this.prepareResume(opts.resumeFrom);
	}

	/** Whether records remain that no batch has taken yet. */
	get pending(): boolean {
		return (
			this.replays.length > 0 ||
			this.cursor < this.records.length ||
			this.open.create.items.length > 0 ||
			this.open.update.items.length > 0
		);
	}

	/** Batches so far plus those the untaken records would make: exact at the end, an estimate before. */
	get expectedBatches(): number {
		const untaken =
			this.records.length -
			this.cursor +
			this.open.create.items.length +
			this.open.update.items.length;
		return this.items.length + this.replays.length + Math.ceil(untaken / this.opts.batchSize);
	}

	/** Makes the next batch; returns false when no record is left to send. */
	makeBatch(): boolean {
		const replay = this.replays.shift();
		if (replay)
			return this.push(
				replay.items,
				replay.indexes,
				replay.operation,
				replay.key,
				replay.tag,
				replay.replayOf,
			);
		while (this.cursor < this.records.length) {
			const i = this.cursor++;
			if (this.reserved.has(i)) continue;
			const item = this.prepare(i);
			if (!item) continue;
			const open = this.open[item.operation];
			open.items.push(item);
			open.indexes.push(i);
			if (open.items.length >= this.sizeOf(item.operation)) return this.close(item.operation);
		}
		// the records are all taken: what is left open goes out, the batch whose first row came first first
		const left = (['create', 'update'] as const).filter((op) => this.open[op].items.length > 0);
		if (left.length === 0) return false;
		left.sort((a, b) => this.open[a].indexes[0] - this.open[b].indexes[0]);
		return this.close(left[0]);
	}

	/** Makes every batch left, none of them to be sent: the report still lists them and settles the rows that need no sending. */
	makeRest(): void {
		while (this.makeBatch());
	}

	/** Lets go of a settled batch's records (1M rows need not stay in memory once sent). */
	release(b: number): void {
		this.items[b] = [];
		this.indexes[b] = [];
	}

	private sizeOf(operation: ImportOperation): number {
		return operation === 'update' ? this.opts.updateBatchSize : this.opts.batchSize;
	}

	/** Sends the open batch of one operation on its way, under a key of this run's. */
	private close(operation: ImportOperation): true {
		const { items, indexes } = this.open[operation];
		this.open[operation] = { items: [], indexes: [] };
		const key = createIdempotencyKey({
			importId: this.importId,
			keys: items.map((item) => item.key).join(','),
		});
		return this.push(
			items,
			indexes,
			operation,
			key,
			operation === 'create' && this.opts.tagField !== undefined ? this.importId : undefined,
		);
	}

	private push(
		items: ImportBatchItem[],
		indexes: number[],
		operation: ImportOperation,
		key: string,
		tag?: string,
		replayOf?: Replay['replayOf'],
	): true {
		this.items.push(items);
		this.indexes.push(indexes);
		const batch = this.summaries.length + 1;
		for (const i of indexes) this.batchOf[i] = batch;
		const summary: ImportBatchSummary = {
			batch,
			rows: [items[0].row, items[items.length - 1].row],
			size: items.length,
			operation,
			key,
			attempts: 0,
			outcome: 'notSent',
		};
		if (tag !== undefined) summary.tag = tag;
		if (replayOf) summary.replayOf = replayOf;
		this.summaries.push(summary);
		return true;
	}

	private settle(i: number, result: ImportRowResult): undefined {
		this.results[i] = result;
		this.tally.add(result.status);
		this.loose?.push(i);
		return undefined;
	}

	private prepare(i: number): ImportBatchItem | undefined {
		// a resume settles rows imported before (and rows that fail their check) up front
		if (this.results[i] !== undefined) return undefined;
		const prepared = this.check(i);
		return prepared ? this.admit(i, prepared) : undefined;
	}

	/** Checks and keys row `i` (under the key a resume worked out, if it did); a row that cannot be sent is settled as failed. */
	private check(i: number): CheckedRow | undefined {
		const known = this.keys?.[i];
		const keying =
			typeof known === 'string'
				? { keyOf: this.keying.keyOf, idempotencyKey: () => known }
				: this.keying;
		const checked = checkRow(this.records.at(i), i, keying);
		return checked.ok ? checked.row : this.settle(i, checked.failure);
	}

	/** Whether a checked row was imported before (by the report resumed, or as the caller says). */
	private importedBefore(key: string): boolean {
		return this.earlier.has(key) || this.opts.alreadyImported.has(key);
	}

	/** Lets a checked row into a batch, unless an earlier run imported it or it repeats a row of this one. */
	private admit(i: number, p: CheckedRow): ImportBatchItem | undefined {
		const { key } = p;
		// most runs resume nothing: the hot path skips both lookups
		if (this.resuming && this.importedBefore(key)) return this.settle(i, this.importedResult(p));
		const first = this.firstRowOfKey.get(key);
		if (first !== undefined) {
			const result: ImportRowResult = { row: p.row, key, status: 'duplicate' };
			if (p.operation === 'update') result.operation = 'update';
			if (p.id !== undefined) result.id = p.id;
			result.code = 'DUPLICATE_IN_FILE';
			result.message = `The same record as row ${first} (same idempotency key); it was sent once, with that row.`;
			return this.settle(i, result);
		}
		this.firstRowOfKey.set(key, p.row);
		return toBatchItem(p, this.opts.tagField, this.importId);
	}

	/** The result of a row an earlier run imported: not sent again, with the id the target gave it. */
	private importedResult(p: CheckedRow): ImportRowResult {
		const before = this.earlier.get(p.key);
		const at = before?.id !== undefined ? ` as ${before.id}` : '';
		const result: ImportRowResult = { row: p.row, key: p.key, status: 'duplicate' };
		if (p.operation === 'update') result.operation = 'update';
		result.code = 'ALREADY_IMPORTED';
		result.message = `Imported by ${this.earlierName}${at}; not sent again.`;
		if (before?.id !== undefined) result.id = before.id;
		else if (p.id !== undefined) result.id = p.id;
		return result;
	}

	/**
	 * On a resume, keys every row up front: plans the replays of the earlier
	 * run's batches whose outcome is unknown (see {@link planReplays}),
	 * reserves their rows, then settles the rows imported before. Settling
	 * those first puts them in the journal before any request, so a report
	 * rebuilt from a journal cut anywhere still knows them.
	 */
	private prepareResume(report: ImportReport): void {
		const n = this.records.length;
		const keys = new Array<string | null>(n);
		for (let i = 0; i < n; i++) keys[i] = this.check(i)?.key ?? null;
		this.keys = keys;
		const unknown = findUnknownBatches(report);
		if (unknown.length > 0) this.planResume(report, unknown, keys);
		for (let i = 0; i < n; i++) {
			const key = keys[i];
			if (key === null || this.reserved.has(i) || !this.importedBefore(key)) continue;
			const p = this.check(i);
			if (p) this.admit(i, p);
		}
	}

	private planResume(
		report: ImportReport,
		unknown: ImportBatchSummary[],
		keys: ReadonlyArray<string | null>,
	): void {
		const plan = planReplays(report, unknown, {
			keys,
			rowAt: (i) => this.check(i)!,
			alreadyImported: this.opts.alreadyImported,
			tagField: this.opts.tagField,
		});
		this.issues.push(...plan.issues);
		for (const replay of plan.replays) {
			for (const [j, i] of replay.indexes.entries()) {
				this.reserved.add(i);
				// a replayed row is this run's first of its key: a repeat of it later in the file is a duplicate
				this.firstRowOfKey.set(replay.items[j].key, replay.items[j].row);
			}
			this.replays.push(replay);
		}
	}

	/** The replays planned, in the order they will be sent (batches 1, 2, … of this run). */
	get plannedReplays(): readonly Replay[] {
		return this.replays;
	}
}
