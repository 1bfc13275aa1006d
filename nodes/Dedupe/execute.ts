import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { findDuplicates, resolveDuplicates, type DuplicatePolicy } from '../../lib';
import { failedItems, jsonOf, stripMeta } from '../shared/items';
import { DEDUPE_V1 } from './defaults';
import { rememberPeople } from './memory';
import { dedupeOptionsOf, mergeOptionsOf, type NodeOptions } from './options';
import { duplicateItems, reviewItems, uniqueItems } from './outputs';

/** The items of an input, or none when nothing is connected to it. */
function inputItems(ctx: IExecuteFunctions, index: number): INodeExecutionData[] {
	try {
		return ctx.getInputData(index) ?? [];
	} catch {
		// n8n throws when the input has no connection at all
		return [];
	}
}

/**
 * Dedupe: judges the incoming records against each other and against the
 * existing records on the second input, applies the policy, and sends the
 * records to import to Unique, every other row to Duplicates, and possible
 * duplicates to Review, each with what was done to it and why. Every input
 * row comes out exactly once.
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData(0);
	const existingItems = inputItems(this, 1);
	try {
		const policy = this.getNodeParameter('policy', 0, DEDUPE_V1.policy) as DuplicatePolicy;
		const options = this.getNodeParameter('options', 0, {}) as NodeOptions;
		const dedupeOptions = dedupeOptionsOf(this, options);
		const merge = mergeOptionsOf(options);
		const records = items.map((item) => stripMeta(jsonOf(item)));
		const existing = existingItems.map((item) => stripMeta(jsonOf(item)));
		const found = findDuplicates(records, { ...dedupeOptions, existing });
		const scope = options.remember ?? DEDUPE_V1.remember;
		const historySize = options.historySize ?? DEDUPE_V1.historySize;
		const memory =
			scope === 'off'
				? undefined
				: await rememberPeople(this, records, dedupeOptions, scope, historySize);
		const resolution = resolveDuplicates(records, found, {
			policy,
			existing,
			merge,
			...(memory && { seen: memory.seen }),
		});
		await memory?.forget(resolution.records.flatMap((r) => r.rows));
		const idField = options.existingIdField || DEDUPE_V1.existingIdField;
		const ctx = { items, existing, idField, memory };
		return [
			uniqueItems(ctx, resolution),
			duplicateItems(ctx, resolution),
			reviewItems(ctx, resolution),
		];
	} catch (error) {
		// on Review, never on Unique: the next node would import an error item as a record
		return [[], [], failedItems(this, error, { indexes: items.map((_, i) => i) })];
	}
}
