import { isPlainRecord } from '../isPlainRecord';
import { createIdempotencyKey } from './createIdempotencyKey';
import { rowNumberOf } from './rows';
import type {
	ImportBatchItem,
	ImportOperation,
	ImportOptions,
	ImportRecord,
	ImportRowResult,
} from './types';

/** A row checked and keyed, not yet admitted to a batch. */
export interface CheckedRow {
	row: number;
	record: Record<string, unknown>;
	key: string;
	operation: ImportOperation;
	/** The target's id of the record an update changes. */
	id?: string;
}

/** A row that can be sent, or the failed result of one that cannot (nothing of it was sent). */
export type RowCheck = { ok: true; row: CheckedRow } | { ok: false; failure: ImportRowResult };

/** How a row gets its idempotency key: the caller's function, else a key from its content. */
export interface RowKeying {
	idempotencyKey?: ImportOptions['idempotencyKey'];
	/** Keys a create by its fields (memoised per run). */
	keyOf: (record: Record<string, unknown>) => string;
}

/** The id an update names: a non-blank string, or a number. */
function idOf(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function failed(row: number, operation: unknown, code: string, message: string): RowCheck {
	const failure: ImportRowResult = { row, status: 'failed' };
	if (operation === 'update') failure.operation = 'update';
	failure.code = code;
	failure.message = message;
	return { ok: false, failure };
}

/** The row's key; an update's covers what it does and to which record, so it never passes for a create of the same fields. */
function keyRow(
	record: Record<string, unknown>,
	row: number,
	operation: ImportOperation,
	id: string | undefined,
	keying: RowKeying,
): unknown {
	if (keying.idempotencyKey) return keying.idempotencyKey(record, row);
	return operation === 'update'
		? createIdempotencyKey({ operation, id, record })
		: keying.keyOf(record);
}

/**
 * Checks and keys one input row. A row that is not a record, names an
 * operation other than create or update, updates without an id, or has no
 * key fails here and is never sent. An update without an id is never sent as
 * a create instead: that would make a second copy of the record it was meant
 * to change. Internal.
 *
 * @param entry - the input row, as the caller gave it
 * @param index - its position in the input
 * @param keying - how rows are keyed
 * @returns the checked row, or its failed result
 * @example
 * checkRow({ row: 2, record: { a: 1 }, operation: 'update' }, 0, { keyOf }).failure.code
 * //=> 'IMPORT_UPDATE_NO_ID'
 */
export function checkRow(
	entry: Partial<ImportRecord> | undefined,
	index: number,
	keying: RowKeying,
): RowCheck {
	const row = rowNumberOf(entry, index);
	const record = entry?.record;
	if (!isPlainRecord(record))
		return failed(
			row,
			undefined,
			'IMPORT_INVALID_RECORD',
			'The row has no record (an object of fields); nothing was sent.',
		);
	const operation = entry?.operation ?? 'create';
	if (operation !== 'create' && operation !== 'update')
		return failed(
			row,
			undefined,
			'IMPORT_INVALID_RECORD',
			`The row's operation is ${JSON.stringify(operation) ?? String(operation)}; it must be "create" or "update". Nothing was sent.`,
		);
	const id = operation === 'update' ? idOf(entry?.id) : undefined;
	if (operation === 'update' && id === undefined)
		return failed(
			row,
			operation,
			'IMPORT_UPDATE_NO_ID',
			"The row updates an existing record but does not say which: it has no id of the target's record. Nothing was sent. Give the id of the record to update, or import the row as a new record.",
		);
	let key: unknown;
	try {
		key = keyRow(record, row, operation, id, keying);
	} catch (error) {
		return failed(row, operation, 'IMPORT_KEY_MISSING', `No idempotency key: ${errorText(error)}`);
	}
	if (typeof key !== 'string' || key === '')
		return failed(
			row,
			operation,
			'IMPORT_KEY_MISSING',
			'The row has no idempotency key (the key field is blank); fill it in, or key records by their content.',
		);
	return {
		ok: true,
		row: id !== undefined ? { row, record, key, operation, id } : { row, record, key, operation },
	};
}

/**
 * The item `send` gets. A create is tagged (`tagField` = `tag`) after keying,
 * so its key stays the record's own, the same in every run; an update is
 * never tagged.
 */
export function toBatchItem(
	p: CheckedRow,
	tagField: string | undefined,
	tag: string | undefined,
): ImportBatchItem {
	// a checked row has the item's shape: it goes as it is unless it is tagged
	if (p.operation === 'update' || tagField === undefined || tag === undefined) return p;
	const { row, record, key, operation } = p;
	return { row, record: { ...record, [tagField]: tag }, key, operation };
}
