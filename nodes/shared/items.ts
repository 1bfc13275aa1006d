import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	IPairedItemData,
} from 'n8n-workflow';
import { errorJson, toNodeError } from './errors';

/*
 * The item envelope: the `_` fields Intake nodes add beside a record's own
 * fields. They are part of every node's v1 contract (workflows branch on
 * them); test/nodes/<Node>/contract.test.ts holds each node's set.
 */

/** The spreadsheet row a record came from, as a spreadsheet shows it (Spreadsheet to Records, then every node). */
export const ROW = '_row';
/** A read row's problems (missing or extra fields), from Spreadsheet to Records. */
export const ISSUES = '_issues';
/** The worksheet a row came from, when Spreadsheet to Records reads every sheet (v2); Map Columns keeps it. */
export const SHEET = '_sheet';
/** On the first item of each file (each sheet, when every sheet is read): which row is the header, and why (Spreadsheet to Records v2). */
export const HEADER = '_header';
/** An invalid row's errors, from Map Columns. */
export const ERRORS = '_errors';
/** A row's warnings, from Map Columns; Dedupe gathers those of the rows it merges. */
export const WARNINGS = '_warnings';
/** Why a row is on Invalid: `invalid`, `skipped` or `error` (Map Columns). */
export const STATUS = '_status';
/** Why an empty row was skipped (Map Columns). */
export const SKIP_REASON = '_skipReason';
/** What Dedupe did to a row and why. */
export const DEDUPE = '_dedupe';
/** A failed row's code, from Import Batch. */
export const CODE = '_code';
/** A failed row's message, from Import Batch. */
export const MESSAGE = '_message';

/** The JSON of an item as a plain record (n8n items always have json, but be safe). */
export function jsonOf(item: INodeExecutionData): IDataObject {
	return typeof item.json === 'object' && item.json !== null ? item.json : {};
}

/** A record without the `_` fields Intake nodes add (`_row`, `_warnings`, `_dedupe`, …): they are not the person's data. */
export function stripMeta(json: IDataObject): IDataObject {
	const record: IDataObject = {};
	for (const [key, value] of Object.entries(json)) if (!key.startsWith('_')) record[key] = value;
	return record;
}

/** The row people see: the spreadsheet row Spreadsheet to Records recorded in `_row`, else the item's position from 1. */
export function rowOf(json: IDataObject, index: number): number {
	const row = json[ROW];
	return typeof row === 'number' && Number.isInteger(row) && row > 0 ? row : index + 1;
}

/** Each input item, by index, as a pairedItem: for an output item that stands for all of them. */
export function pairedWithAll(items: readonly INodeExecutionData[]): IPairedItemData[] {
	return items.map((_, item) => ({ item }));
}

/** What a failure leaves when the node continues on fail. */
export interface FailedItems {
	/** The input items that failed; the first is the itemIndex of the error thrown otherwise. */
	indexes: readonly number[];
	/** `each`: one item per failed item, paired with it; `one`: one item paired with them all. Default `each`. */
	shape?: 'each' | 'one';
	/** What the node keeps of a failed item beside the error (Map Columns keeps the row). */
	keep?: (index: number) => IDataObject;
}

/**
 * The one continue-on-fail path of every Intake node. Without Continue On
 * Fail, the error is thrown as n8n's ({@link toNodeError}), naming the first
 * failed item. With it, the error becomes items carrying `error` (and `code`
 * for a library error), after what `keep` keeps of each item.
 */
export function failedItems(
	ctx: IExecuteFunctions,
	error: unknown,
	failed: FailedItems,
): INodeExecutionData[] {
	if (!ctx.continueOnFail()) throw toNodeError(ctx.getNode(), error, failed.indexes[0] ?? 0);
	// `error` on the item is what n8n's "Continue (using error output)" routes by; the json
	// carries `code` besides `error`, so n8n would not recognise it from the json alone
	if (failed.shape === 'one')
		return [
			{
				json: errorJson(error),
				error: toNodeError(ctx.getNode(), error, failed.indexes[0] ?? 0),
				pairedItem: failed.indexes.map((item) => ({ item })),
			},
		];
	return failed.indexes.map((item) => ({
		json: { ...failed.keep?.(item), ...errorJson(error) },
		error: toNodeError(ctx.getNode(), error, item),
		pairedItem: { item },
	}));
}
