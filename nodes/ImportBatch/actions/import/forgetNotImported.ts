import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { jsonOf } from '../../../shared/items';
import { dedupeOf } from './records';

/** Dedupe's hashed keys: 32 hex digits. */
const DEDUPE_KEY = /^[0-9a-f]{32}$/;

/**
 * Dedupe, remembering across executions, recorded the people it passed on
 * and put their hashed keys on the items (`_dedupe.keys`). A row this import
 * could not import must not stay remembered, or the next run would skip it
 * as seen before: its keys are taken back from the workflow's store, except
 * those an imported row shares (a family's one email). Never fails the node.
 */
export async function forgetNotImported(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	imported: (index: number) => boolean,
): Promise<void> {
	if (typeof ctx.helpers.removeProcessed !== 'function') return;
	const keep = new Set<string>();
	const drop = new Set<string>();
	items.forEach((item, index) => {
		const keys = dedupeOf(jsonOf(item))?.keys;
		for (const key of Array.isArray(keys) ? keys : [])
			if (typeof key === 'string' && DEDUPE_KEY.test(key)) (imported(index) ? keep : drop).add(key);
	});
	const keys = [...drop].filter((k) => !keep.has(k));
	if (keys.length === 0) return;
	try {
		await ctx.helpers.removeProcessed(keys, 'workflow', { mode: 'entries' });
	} catch (error) {
		ctx.logger?.warn(
			`${ctx.getNode().name}: could not take ${keys.length} rows that were not imported out of Dedupe's memory (${(error as Error).message}); a Dedupe that remembers may skip them next time: clear its history with Remove Duplicates → Clear Deduplication History`,
		);
	}
}
