import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

/** The JSON of an item as a plain record (n8n items always have json, but be safe). */
export function jsonOf(item: INodeExecutionData): IDataObject {
	return typeof item.json === 'object' && item.json !== null ? item.json : {};
}

/** A record without the `_` fields Intake nodes add (`_row`, `_warnings`, `_dedupe`, …): they are not the person's data. */
export function withoutMeta(json: IDataObject): IDataObject {
	const record: IDataObject = {};
	for (const [key, value] of Object.entries(json)) if (!key.startsWith('_')) record[key] = value;
	return record;
}

/** The row people see: the spreadsheet row Spreadsheet to Records recorded in `_row`, else the item's position from 1. */
export function rowOf(json: IDataObject, index: number): number {
	const row = json._row;
	return typeof row === 'number' && Number.isInteger(row) && row > 0 ? row : index + 1;
}
