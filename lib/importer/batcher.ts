import { createIdempotencyKey, createKeyMaker } from './createIdempotencyKey';
import { findImportedRows } from './findImportedRows';
import type { ResolvedImportOptions } from './options';
import type { Tally } from './tally';
import type { ImportBatchItem, ImportBatchSummary, ImportRecord, ImportRowResult } from './types';

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

/**
 * Cuts the records into batches as the run needs them: each record gets its
 * key when its batch is made, and one that needs no sending (not a record,
 * no key, imported before, repeated in the file) is settled there and then.
 * Making batches lazily lets the next batch's keys be worked out while a
 * request is in flight, instead of all of them before the first request.
 */
export class Batcher {
	readonly items: ImportBatchItem[][] = [];
	/** Each batch item's position in the input. */
	readonly indexes: number[][] = [];
	readonly summaries: ImportBatchSummary[] = [];
	/** Each batch's key for the Idempotency-Key header: the same on every try, different for other records and runs. */
	readonly batchKeys: string[] = [];
	private cursor = 0;
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
		return this.cursor < this.records.length;
	}

	/** Batches so far plus those the untaken records would make: exact at the end, an estimate before. */
	get expectedBatches(): number {
		return this.items.length + Math.ceil((this.records.length - this.cursor) / this.opts.batchSize);
	}

	/** Makes the next batch; returns false when no record is left to send. */
	makeBatch(): boolean {
		const items: ImportBatchItem[] = [];
		const indexes: number[] = [];
		while (this.cursor < this.records.length && items.length < this.opts.batchSize) {
			const i = this.cursor++;
			const item = this.prepare(i);
			if (item) {
				items.push(item);
				indexes.push(i);
			}
		}
		if (items.length === 0) return false;
		this.items.push(items);
		this.indexes.push(indexes);
		this.batchKeys.push(createIdempotencyKey({ importId: this.importId, keys: items.map((item) => item.key).join(',') }));
		this.summaries.push({ batch: this.summaries.length + 1, rows: [items[0].row, items[items.length - 1].row], size: items.length, attempts: 0, outcome: 'notSent' });
		return true;
	}

	/** Makes every batch left, none of them to be sent: the report still lists them and settles the rows that need no sending. */
	makeRest(): void {
		while (this.makeBatch());
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
		let key: unknown;
		try {
			key = this.opts.idempotencyKey ? this.opts.idempotencyKey(record, row) : this.keyOf(record);
		} catch (error) {
			return this.settle(i, { row, status: 'failed', code: 'IMPORT_KEY_MISSING', message: `No idempotency key: ${errorText(error)}` });
		}
		if (typeof key !== 'string' || key === '') {
			return this.settle(i, { row, status: 'failed', code: 'IMPORT_KEY_MISSING', message: 'The row has no idempotency key (the key field is blank); fill it in, or key records by their content.' });
		}
		const before = this.earlier.get(key);
		if (before !== undefined || this.opts.alreadyImported.has(key)) {
			const as = before?.id !== undefined ? ` as ${before.id}` : '';
			const result: ImportRowResult = { row, key, status: 'duplicate', code: 'ALREADY_IMPORTED', message: `Imported by ${this.earlierName}${as}; not sent again.` };
			if (before?.id !== undefined) result.id = before.id;
			return this.settle(i, result);
		}
		const first = this.firstRowOfKey.get(key);
		if (first !== undefined) {
			return this.settle(i, { row, key, status: 'duplicate', code: 'DUPLICATE_IN_FILE', message: `The same record as row ${first} (same idempotency key); it was sent once, with that row.` });
		}
		this.firstRowOfKey.set(key, row);
		return { row, record, key };
	}
}
