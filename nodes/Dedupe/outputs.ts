import type { IDataObject, INodeExecutionData, IPairedItemData } from 'n8n-workflow';
import {
	summarizeReasons,
	type DedupeReason,
	type Resolution,
	type ReviewCandidate,
	type RowOutcome,
} from '../../lib';
import { DEDUPE, jsonOf, ROW, rowOf, WARNINGS } from '../shared/items';
import type { Memory } from './memory';

/** What the outputs are made of: the two inputs, the existing records' id field, and the memory, if any. */
export interface OutputContext {
	items: INodeExecutionData[];
	existing: IDataObject[];
	idField: string;
	memory: Memory | undefined;
}

/** How people see a row: its `_row`, else its position from 1. */
const rowLabel = (items: INodeExecutionData[], index: number): number =>
	rowOf(jsonOf(items[index]), index);

/** The `_` fields of the rows a record stands for: the first row's, with every row's warnings. */
function metaOf(items: INodeExecutionData[], rows: readonly number[]): IDataObject {
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
function reasonsJson(
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
function existingId(ctx: OutputContext, index: number | undefined): IDataObject {
	return index === undefined
		? {}
		: { existingItem: index + 1, existingId: ctx.existing[index]?.[ctx.idField] ?? null };
}

function candidateJson(ctx: OutputContext, c: ReviewCandidate): IDataObject {
	return {
		...(c.row !== undefined && { row: rowLabel(ctx.items, c.row) }),
		...existingId(ctx, c.existing),
		...reasonsJson(c.score, c.reasons, c.rule),
	};
}

function outcomeJson(ctx: OutputContext, o: RowOutcome): IDataObject {
	return {
		action: o.action,
		...(o.seenBefore && { seenBefore: true, why: 'passed on by an earlier execution' }),
		...(o.into !== undefined && { intoRow: rowLabel(ctx.items, o.into) }),
		...existingId(ctx, o.existing),
		...reasonsJson(o.score, o.reasons, o.rule),
	};
}

// a record is paired with the row it stands for (its _row), not with the rows merged into it: n8n could not tell which
// of several rows $('Source').item means, and those rows come out on Duplicates, each paired with itself and naming intoRow
function pairedWith(
	head: number,
	existingIndexes: ReadonlyArray<number | undefined>,
): IPairedItemData[] {
	const paired: IPairedItemData[] = [{ item: head, input: 0 }];
	for (const e of new Set(existingIndexes)) if (e !== undefined) paired.push({ item: e, input: 1 });
	return paired;
}

/** What Import Batch needs to take back the memory of a record it could not import. */
function memoryOf(ctx: OutputContext, rows: readonly number[]): IDataObject {
	const memory = ctx.memory;
	return memory ? { keys: [...new Set(rows.flatMap((r) => memory.keys[r]))] } : {};
}

function binaryOf(ctx: OutputContext, row: number) {
	return ctx.items[row].binary ? { binary: ctx.items[row].binary } : {};
}

/** Unique: each record to import, with what was done and why in `_dedupe`. */
export function uniqueItems(ctx: OutputContext, resolution: Resolution): INodeExecutionData[] {
	return resolution.records.map((r) => {
		const head = r.rows[0];
		const d = r.duplicateOf;
		const flag = d && {
			duplicateOf: {
				...(d.row !== undefined && { row: rowLabel(ctx.items, d.row) }),
				...existingId(ctx, d.existing),
				...reasonsJson(d.score, d.reasons, d.rule),
			},
		};
		return {
			json: {
				...r.record,
				...metaOf(ctx.items, r.rows),
				[DEDUPE]: {
					...outcomeJson(ctx, resolution.outcomes[head]),
					operation: r.action,
					rows: r.rows.map((i) => rowLabel(ctx.items, i)),
					...flag,
					...memoryOf(ctx, r.rows),
				},
			},
			...binaryOf(ctx, head),
			pairedItem: pairedWith(head, [r.existing]),
		};
	});
}

/** Review: each possible duplicate held for a person, with its candidates. */
export function reviewItems(ctx: OutputContext, resolution: Resolution): INodeExecutionData[] {
	return resolution.review.map((r) => {
		const head = r.rows[0];
		const best = r.candidates[0];
		return {
			json: {
				...r.record,
				...metaOf(ctx.items, r.rows),
				[DEDUPE]: {
					action: 'review',
					rows: r.rows.map((i) => rowLabel(ctx.items, i)),
					...reasonsJson(best.score, best.reasons, best.rule),
					candidates: r.candidates.map((c) => candidateJson(ctx, c)),
				},
			},
			...binaryOf(ctx, head),
			pairedItem: pairedWith(
				head,
				r.candidates.map((c) => c.existing),
			),
		};
	});
}

/** Duplicates: every other row as it came, with `_row` and what became of it in `_dedupe`. */
export function duplicateItems(ctx: OutputContext, resolution: Resolution): INodeExecutionData[] {
	const placed = new Set([...resolution.records, ...resolution.review].map((r) => r.rows[0]));
	const duplicates: INodeExecutionData[] = [];
	resolution.outcomes.forEach((o, row) => {
		if (placed.has(row)) return;
		duplicates.push({
			json: {
				...jsonOf(ctx.items[row]),
				[ROW]: rowLabel(ctx.items, row),
				[DEDUPE]: outcomeJson(ctx, o),
			},
			...binaryOf(ctx, row),
			pairedItem: pairedWith(row, [o.existing]),
		});
	});
	return duplicates;
}
