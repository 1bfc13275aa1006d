import type { INodeExecutionData, IPairedItemData } from 'n8n-workflow';
import type { Resolution } from '../../lib';
import { DEDUPE, jsonOf, ROW } from '../shared/items';
import {
	existingId,
	metaOf,
	outcomeJson,
	candidateJson,
	reasonsJson,
	rowLabel,
	type OutputContext,
} from './explain';

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
function memoryOf(ctx: OutputContext, rows: readonly number[]) {
	const memory = ctx.memory;
	return memory ? { keys: [...new Set(rows.flatMap((r) => memory.keys[r]))] } : {};
}

/** The row's files, passed on with the record that stands for it. */
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
