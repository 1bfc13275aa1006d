import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import {
	summarizeReasons,
	type DedupeReason,
	type ReviewCandidate,
	type RowOutcome,
} from '../../lib';
import { DEDUPE, jsonOf, ROW, rowOf, WARNINGS } from '../shared/items';
import type { Memory } from './memory';

/*
 * What Dedupe says about a row, as the JSON of its outputs: how people see a
 * row, which existing record a match is, the score and the reasons.
 */

/** What the outputs are made of: the two inputs, the existing records' id field, and the memory, if any. */
export interface OutputContext {
	items: INodeExecutionData[];
	existing: IDataObject[];
	idField: string;
	memory: Memory | undefined;
}

/** How people see a row: its `_row`, else its position from 1. */
export const rowLabel = (items: INodeExecutionData[], index: number): number =>
	rowOf(jsonOf(items[index]), index);

/** The `_` fields of the rows a record stands for: the first row's, with every row's warnings. */
export function metaOf(items: INodeExecutionData[], rows: readonly number[]): IDataObject {
	const meta: IDataObject = {};
	for (const [key, value] of Object.entries(jsonOf(items[rows[0]])))
		if (key.startsWith('_') && key !== DEDUPE) meta[key] = value;
	meta[ROW] = rowLabel(items, rows[0]);
	const warnings = rows.flatMap((r) => {
		const w = jsonOf(items[r])[WARNINGS];
		return Array.isArray(w) ? w : [];
	});
	if (warnings.length) meta[WARNINGS] = warnings as IDataObject[];
	else delete meta[WARNINGS];
	return meta;
}

/** A match's score, rule, reasons and the sentence saying why. */
export function reasonsJson(
	score: number | undefined,
	reasons: DedupeReason[] | undefined,
	rule: string | undefined,
): IDataObject {
	if (score === undefined || !reasons) return {};
	return {
		score,
		...(rule !== undefined && { rule }),
		reasons: reasons as unknown as IDataObject[],
		why: rule ? `${rule}: ${summarizeReasons(reasons)}` : summarizeReasons(reasons),
	};
}

/** An existing record as the outputs name it: its item number from 1 and its id. */
export function existingId(ctx: OutputContext, index: number | undefined): IDataObject {
	return index === undefined
		? {}
		: { existingItem: index + 1, existingId: ctx.existing[index]?.[ctx.idField] ?? null };
}

/** A Review candidate: the row or existing record it may duplicate, and why. */
export function candidateJson(ctx: OutputContext, c: ReviewCandidate): IDataObject {
	return {
		...(c.row !== undefined && { row: rowLabel(ctx.items, c.row) }),
		...existingId(ctx, c.existing),
		...reasonsJson(c.score, c.reasons, c.rule),
	};
}

/** What became of a row (`_dedupe` on Duplicates, the base of Unique's): the action, where it went, and why. */
export function outcomeJson(ctx: OutputContext, o: RowOutcome): IDataObject {
	return {
		action: o.action,
		...(o.seenBefore && { seenBefore: true, why: 'passed on by an earlier execution' }),
		...(o.into !== undefined && { intoRow: rowLabel(ctx.items, o.into) }),
		...existingId(ctx, o.existing),
		...reasonsJson(o.score, o.reasons, o.rule),
	};
}
