import { createIdempotencyKey, createKeyMaker } from './createIdempotencyKey';
import { findImportedRows } from './findImportedRows';
import type { ResolvedImportOptions } from './options';
import type { Tally } from './tally';
import type { ImportBatchItem, ImportBatchSummary, ImportOperation, ImportRecord, ImportRowResult } from './types';

/** Whether a value is an object of fields (not null, not a list). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** The row number people see: the record's own, else its position from 1. */
export function rowNumberOf(entry: Partial<ImportRecord> | undefined, index: number): number {
	return typeof entry?.row === 'number' && Number.isInteger(entry.row) && entry.row > 0 ? entry.row : index + 1;
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

/**
 * Cuts the records into batches as the run needs them: each record gets its
 * key when its batch is made, and one that needs no sending (not a record,
 * an update without an id, no key, imported before, repeated in the file) is
 * settled there and then. Creates and updates fill batches of their own, in
 * input order, since a target takes them at different endpoints. Making
 * batches lazily lets the next batch's keys be worked out while a request is
 * in flight, instead of all of them before the first request.
 */
export class Batcher {
	readonly items: ImportBatchItem[][] = [];
	/** Each batch item's position in the input. */
	readonly indexes: number[][] = [];
	readonly summaries: ImportBatchSummary[] = [];
	/** Each batch's key for the Idempotency-Key header: the same on every try, different for other records and runs. */
	readonly batchKeys: string[] = [];
	private cursor = 0;
	private readonly open: Record<ImportOperation, OpenBatch> = { create: { items: [], indexes: [] }, update: { items: [], indexes: [] } };
	private readonly earlier: ReadonlyMap<string, ImportRowResult>;
	private readonly earlierName: string;
	private readonly firstRowOfKey = new Map<string, number>();
	private readonly keyOf = createKeyMaker();

	constructor(
		private readonly records: ReadonlyArray<ImportRecord>,
		private readonly opts: ResolvedImportOptions,
		private readonly results: ImportRowResult[],
		private readonly tally: Tally,
		private readonly importId: string,
	) {
		this.earlier = opts.resumeFrom ? findImportedRows(opts.resumeFrom) : new Map();
		this.earlierName = opts.resumeFrom ? `import ${opts.resumeFrom.importId}` : 'an earlier import';
	}

	/** Whether records remain that no batch has taken yet. */
	get pending(): boolean {
		return this.cursor < this.records.length || this.open.create.items.length > 0 || this.open.update.items.length > 0;
	}

	/** Batches so far plus those the untaken records would make: exact at the end, an estimate before. */
	get expectedBatches(): number {
		const untaken = this.records.length - this.cursor + this.open.create.items.length + this.open.update.items.length;
		return this.items.length + Math.ceil(untaken / this.opts.batchSize);
	}

	/** Makes the next batch; returns false when no record is left to send. */
	makeBatch(): boolean {
		while (this.cursor < this.records.length) {
			const i = this.cursor++;
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

	/** Sends the open batch of one operation on its way. */
	private close(operation: ImportOperation): true {
		const { items, indexes } = this.open[operation];
		this.open[operation] = { items: [], indexes: [] };
		this.items.push(items);
		this.indexes.push(indexes);
		this.batchKeys.push(createIdempotencyKey({ importId: this.importId, keys: items.map((item) => item.key).join(',') }));
		const summary: ImportBatchSummary = { batch: this.summaries.length + 1, rows: [items[0].row, items[items.length - 1].row], size: items.length, operation, attempts: 0, outcome: 'notSent' };
		if (operation === 'create' && this.opts.tagField !== undefined) summary.tag = this.importId;
		this.summaries.push(summary);
		return true;
	}

	private settle(i: number, result: ImportRowResult): undefined {
		this.results[i] = result;
		this.tally.add(result.status);
		return undefined;
	}

	private prepare(i: number): ImportBatchItem | undefined {
		const entry = this.records[i] as Partial<ImportRecord> | undefined;
		const row = rowNumberOf(entry, i);
		const record = entry?.record;
		if (!isPlainRecord(record)) {
			return this.settle(i, { row, status: 'failed', code: 'IMPORT_INVALID_RECORD', message: 'The row has no record (an object of fields); nothing was sent.' });
		}
		const operation = entry?.operation ?? 'create';
		if (operation !== 'create' && operation !== 'update') {
			return this.settle(i, { row, status: 'failed', code: 'IMPORT_INVALID_RECORD', message: `The row's operation is ${JSON.stringify(operation) ?? String(operation)}; it must be "create" or "update". Nothing was sent.` });
		}
		const isUpdate = operation === 'update';
		const id = isUpdate ? idOf(entry?.id) : undefined;
		const as: Pick<ImportRowResult, 'operation'> = isUpdate ? { operation: 'update' } : {};
		if (isUpdate && id === undefined) {
			// never sent as a create instead: that would make a second copy of the record it was meant to change
			return this.settle(i, { row, status: 'failed', ...as, code: 'IMPORT_UPDATE_NO_ID', message: "The row updates an existing record but does not say which: it has no id of the target's record. Nothing was sent. Give the id of the record to update, or import the row as a new record." });
		}
		let key: unknown;
		try {
			if (this.opts.idempotencyKey) key = this.opts.idempotencyKey(record, row);
			// an update's key covers what it does and to which record, so it never passes for a create of the same fields
			else key = isUpdate ? createIdempotencyKey({ operation, id, record }) : this.keyOf(record);
		} catch (error) {
			return this.settle(i, { row, status: 'failed', ...as, code: 'IMPORT_KEY_MISSING', message: `No idempotency key: ${errorText(error)}` });
		}
		if (typeof key !== 'string' || key === '') {
			return this.settle(i, { row, status: 'failed', ...as, code: 'IMPORT_KEY_MISSING', message: 'The row has no idempotency key (the key field is blank); fill it in, or key records by their content.' });
		}
		const before = this.earlier.get(key);
		if (before !== undefined || this.opts.alreadyImported.has(key)) {
			const at = before?.id !== undefined ? ` as ${before.id}` : '';
			const result: ImportRowResult = { row, key, status: 'duplicate', ...as, code: 'ALREADY_IMPORTED', message: `Imported by ${this.earlierName}${at}; not sent again.` };
			if (before?.id !== undefined) result.id = before.id;
			else if (id !== undefined) result.id = id;
			return this.settle(i, result);
		}
		const first = this.firstRowOfKey.get(key);
		if (first !== undefined) {
			return this.settle(i, { row, key, status: 'duplicate', ...as, ...(id !== undefined ? { id } : {}), code: 'DUPLICATE_IN_FILE', message: `The same record as row ${first} (same idempotency key); it was sent once, with that row.` });
		}
		this.firstRowOfKey.set(key, row);
		if (isUpdate) return { row, record, key, operation, id };
		// tagged after keying: the key stays the record's own, the same in every run
		const tagField = this.opts.tagField;
		return { row, record: tagField === undefined ? record : { ...record, [tagField]: this.importId }, key, operation };
	}
}
