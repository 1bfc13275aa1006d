import { createIdempotencyKey, createKeyMaker } from './createIdempotencyKey';
import { findImportedRows } from './findImportedRows';
import type { ResolvedImportOptions } from './options';
import type { Tally } from './tally';
import type {
	ImportBatchItem,
	ImportBatchSummary,
	ImportIssue,
	ImportOperation,
	ImportRecord,
	ImportReport,
	ImportRowResult,
} from './types';

/** Whether a value is an object of fields (not null, not a list). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** The row number people see: the record's own, else its position from 1. */
export function rowNumberOf(entry: Partial<ImportRecord> | undefined, index: number): number {
	return typeof entry?.row === 'number' && Number.isInteger(entry.row) && entry.row > 0
		? entry.row
		: index + 1;
}

/** The id an update names: a non-blank string, or a number. */
function idOf(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A batch being filled: its items, and their positions in the input. */
interface OpenBatch {
	items: ImportBatchItem[];
	indexes: number[];
}

/** A row checked and keyed, not yet admitted to a batch. */
interface Prepared {
	row: number;
	record: Record<string, unknown>;
	key: string;
	operation: ImportOperation;
	id?: string;
}

/** An earlier batch whose outcome is unknown, rebuilt to be sent again exactly as it was. */
interface Replay extends OpenBatch {
	operation: ImportOperation;
	key: string;
	tag?: string;
	replayOf: { importId: string; batch: number };
}

/**
 * A hash of what a batch sends (its operation, records and ids), kept for a
 * batch whose outcome is unknown, so a resume can tell whether it would send
 * exactly the same body under the same key.
 */
export function hashBatch(operation: ImportOperation, items: readonly ImportBatchItem[]): string {
	return createIdempotencyKey({
		operation,
		records: items.map((item) => item.record),
		ids: items.map((item) => item.id ?? null),
	});
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
 */
export class Batcher {
	readonly items: ImportBatchItem[][] = [];
	/** Each batch item's position in the input. */
	readonly indexes: number[][] = [];
	readonly summaries: ImportBatchSummary[] = [];
	/** Each input position's batch number (0 for a row in none). */
	readonly batchOf: number[];
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
	private readonly keyOf = createKeyMaker();
	private readonly replays: Replay[] = [];
	/** Rows a replay has taken. */
	private readonly reserved = new Set<number>();
	/** Every row checked up front (null: settled as failed), when a resume has batches to replay. */
	private prepared?: Array<Prepared | null>;

	constructor(
		private readonly records: ReadonlyArray<ImportRecord>,
		private readonly opts: ResolvedImportOptions,
		private readonly results: ImportRowResult[],
		private readonly tally: Tally,
		private readonly importId: string,
	) {
		this.batchOf = new Array<number>(records.length).fill(0);
		this.earlier = opts.resumeFrom ? findImportedRows(opts.resumeFrom) : new Map();
		this.earlierName = opts.resumeFrom ? `import ${opts.resumeFrom.importId}` : 'an earlier import';
		if (opts.resumeFrom) this.planReplays(opts.resumeFrom);
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
		return undefined;
	}

	private prepare(i: number): ImportBatchItem | undefined {
		const prepared = this.prepared ? this.prepared[i] : this.check(i);
		return prepared ? this.admit(i, prepared) : undefined;
	}

	/** Checks and keys row `i`; a row that cannot be sent is settled as failed. */
	private check(i: number): Prepared | undefined {
		const entry = this.records[i] as Partial<ImportRecord> | undefined;
		const row = rowNumberOf(entry, i);
		const record = entry?.record;
		if (!isPlainRecord(record)) {
			return this.settle(i, {
				row,
				status: 'failed',
				code: 'IMPORT_INVALID_RECORD',
				message: 'The row has no record (an object of fields); nothing was sent.',
			});
		}
		const operation = entry?.operation ?? 'create';
		if (operation !== 'create' && operation !== 'update') {
			return this.settle(i, {
				row,
				status: 'failed',
				code: 'IMPORT_INVALID_RECORD',
				message: `The row's operation is ${JSON.stringify(operation) ?? String(operation)}; it must be "create" or "update". Nothing was sent.`,
			});
		}
		const isUpdate = operation === 'update';
		const id = isUpdate ? idOf(entry?.id) : undefined;
		const as: Pick<ImportRowResult, 'operation'> = isUpdate ? { operation: 'update' } : {};
		if (isUpdate && id === undefined) {
			// never sent as a create instead: that would make a second copy of the record it was meant to change
			return this.settle(i, {
				row,
				status: 'failed',
				...as,
				code: 'IMPORT_UPDATE_NO_ID',
				message:
					"The row updates an existing record but does not say which: it has no id of the target's record. Nothing was sent. Give the id of the record to update, or import the row as a new record.",
			});
		}
		let key: unknown;
		try {
			if (this.opts.idempotencyKey) key = this.opts.idempotencyKey(record, row);
			// an update's key covers what it does and to which record, so it never passes for a create of the same fields
			else key = isUpdate ? createIdempotencyKey({ operation, id, record }) : this.keyOf(record);
		} catch (error) {
			return this.settle(i, {
				row,
				status: 'failed',
				...as,
				code: 'IMPORT_KEY_MISSING',
				message: `No idempotency key: ${errorText(error)}`,
			});
		}
		if (typeof key !== 'string' || key === '') {
			return this.settle(i, {
				row,
				status: 'failed',
				...as,
				code: 'IMPORT_KEY_MISSING',
				message:
					'The row has no idempotency key (the key field is blank); fill it in, or key records by their content.',
			});
		}
		return isUpdate ? { row, record, key, operation, id } : { row, record, key, operation };
	}

	/** Lets a checked row into a batch, unless an earlier run imported it or it repeats a row of this one. */
	private admit(i: number, p: Prepared): ImportBatchItem | undefined {
		const { row, key, id } = p;
		const as: Pick<ImportRowResult, 'operation'> =
			p.operation === 'update' ? { operation: 'update' } : {};
		const before = this.earlier.get(key);
		if (before !== undefined || this.opts.alreadyImported.has(key)) {
			const at = before?.id !== undefined ? ` as ${before.id}` : '';
			const result: ImportRowResult = {
				row,
				key,
				status: 'duplicate',
				...as,
				code: 'ALREADY_IMPORTED',
				message: `Imported by ${this.earlierName}${at}; not sent again.`,
			};
			if (before?.id !== undefined) result.id = before.id;
			else if (id !== undefined) result.id = id;
			return this.settle(i, result);
		}
		const first = this.firstRowOfKey.get(key);
		if (first !== undefined) {
			return this.settle(i, {
				row,
				key,
				status: 'duplicate',
				...as,
				...(id !== undefined ? { id } : {}),
				code: 'DUPLICATE_IN_FILE',
				message: `The same record as row ${first} (same idempotency key); it was sent once, with that row.`,
			});
		}
		this.firstRowOfKey.set(key, row);
		return this.toItem(p, this.importId);
	}

	/** The item `send` gets; a create is tagged after keying, so its key stays the record's own, the same in every run. */
	private toItem(p: Prepared, tag: string | undefined): ImportBatchItem {
		const { row, record, key, operation, id } = p;
		if (operation === 'update') return { row, record, key, operation, id };
		const tagField = this.opts.tagField;
		return {
			row,
			record: tagField === undefined || tag === undefined ? record : { ...record, [tagField]: tag },
			key,
			operation,
		};
	}

	/**
	 * Rebuilds the earlier run's batches whose outcome is unknown, to be sent
	 * first and exactly as they were; says why one cannot be. Only a resume
	 * after an unknown outcome keys every row up front.
	 */
	private planReplays(report: ImportReport): void {
		const unknown = (Array.isArray(report.batches) ? report.batches : [])
			.filter(
				(b) =>
					isPlainRecord(b) &&
					b.outcomeUnknown === true &&
					typeof b.key === 'string' &&
					typeof b.bodyHash === 'string' &&
					Number.isInteger(b.batch),
			)
			.sort((a, b) => a.batch - b.batch);
		if (unknown.length === 0) return;
		const sentIn = new Map<number, ImportRowResult[]>();
		for (const r of report.results) {
			if (typeof r.batch !== 'number' || typeof r.key !== 'string') continue;
			const list = sentIn.get(r.batch);
			if (list) list.push(r);
			else sentIn.set(r.batch, [r]);
		}
		const prepared = this.records.map((_, i) => this.check(i) ?? null);
		this.prepared = prepared;
		const rowsOfKey = new Map<string, number[]>();
		prepared.forEach((p, i) => {
			if (!p) return;
			const list = rowsOfKey.get(p.key);
			if (list) list.push(i);
			else rowsOfKey.set(p.key, [i]);
		});
		for (const earlier of unknown) {
			const origin = isPlainRecord(earlier.replayOf)
				? earlier.replayOf
				: { importId: report.importId, batch: earlier.batch };
			const rows = sentIn.get(earlier.batch) ?? [];
			const indexes: number[] = [];
			let why: string | undefined;
			if (rows.length !== earlier.size) why = 'the report does not list all of its rows';
			for (const r of why === undefined ? rows : []) {
				const i = rowsOfKey
					.get(r.key!)
					?.find((at) => !this.reserved.has(at) && !indexes.includes(at));
				if (i === undefined)
					why = `row ${r.row} is not in the input as it was sent (changed, or gone)`;
				else if (this.opts.alreadyImported.has(r.key!)) why = `row ${r.row} is listed as imported`;
				else indexes.push(i);
				if (why !== undefined) break;
			}
			let items: ImportBatchItem[] = [];
			if (why === undefined) {
				items = indexes.map((i) => this.toItem(prepared[i]!, earlier.tag));
				if (items.some((item) => item.operation !== earlier.operation))
					why = 'a row changed between create and update';
				else if (hashBatch(earlier.operation, items) !== earlier.bodyHash)
					why = 'a record in it, its id or its tag is not as it was';
			}
			if (why !== undefined) {
				this.issues.push({
					code: 'IMPORT_RESUME_REBATCHED',
					message: `Rows ${earlier.rows[0]}–${earlier.rows[1]} were batch ${origin.batch} of import ${origin.importId}, whose outcome is unknown (no answer came). It could not be sent again exactly as it was (${why}), so its rows go out in new batches under new keys: if the target took that batch, they may be created twice. Check those rows in the target.`,
				});
				continue;
			}
			for (const i of indexes) {
				this.reserved.add(i);
				this.firstRowOfKey.set(prepared[i]!.key, prepared[i]!.row);
			}
			const replay: Replay = {
				items,
				indexes,
				operation: earlier.operation,
				key: earlier.key,
				replayOf: origin,
			};
			if (earlier.tag !== undefined) replay.tag = earlier.tag;
			this.replays.push(replay);
		}
	}
}
