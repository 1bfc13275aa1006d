import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import type { ImportRecord } from '../../../../lib';
import { DEDUPE, jsonOf, rowOf, stripMeta } from '../../../shared/items';

/** An id as the target may give it: non-blank text or a number. */
function idText(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** An item's `_dedupe`, when Dedupe put one there. */
export function dedupeOf(json: IDataObject): IDataObject | undefined {
	const dedupe = json[DEDUPE];
	return typeof dedupe === 'object' && dedupe !== null && !Array.isArray(dedupe)
		? (dedupe as IDataObject)
		: undefined;
}

/**
 * What the importer gets for an item: its row and record, and, for an item
 * Dedupe marked as an update (`_dedupe.operation: 'update'`), the operation
 * and the id of the record to update: `_dedupe.existingId`, else the item's
 * Update ID Field. An update without either is still passed as one, so the
 * library fails its row instead of creating a copy.
 */
export function importRecordOf(
	item: INodeExecutionData,
	index: number,
	keepMeta: boolean,
	updateIdField: string,
): ImportRecord {
	const json = jsonOf(item);
	const entry: ImportRecord = {
		row: rowOf(json, index),
		record: keepMeta ? json : stripMeta(json),
	};
	const dedupe = dedupeOf(json);
	if (dedupe?.operation !== 'update') return entry;
	entry.operation = 'update';
	const id = idText(dedupe.existingId) ?? idText(json[updateIdField]);
	if (id !== undefined) entry.id = id;
	return entry;
}

/** An idempotency key from a field of the record; a blank one fails the row, never the run. */
export function keyFromField(field: string): (record: Record<string, unknown>) => string {
	return (record) => {
		const value = record[field];
		if (value === undefined || value === null || String(value).trim() === '')
			throw new Error(`the key field "${field}" is blank`);
		return typeof value === 'object' ? JSON.stringify(value) : String(value).trim();
	};
}
