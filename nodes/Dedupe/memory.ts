import {
	NodeOperationError,
	type DeduplicationScope,
	type IDataObject,
	type IExecuteFunctions,
} from 'n8n-workflow';
import { findSeenRecords, type DedupeOptions } from '../../lib';

/** What Dedupe remembers of this execution's people: who was seen before, each row's keys, and how to forget the rows not passed on. */
export interface Memory {
	seen: number[];
	keys: string[][];
	forget: (passedOn: Iterable<number>) => Promise<void>;
}

/**
 * People passed on in earlier executions, through n8n's deduplication store.
 * Every key goes to the workflow's store, so that Import Batch, further on,
 * can take back the keys of rows it could not import; a node that remembers
 * for itself keeps its keys apart by hashing its id into them. Every record's
 * keys are checked and recorded in one call; `forget` then takes back the
 * keys, new in this execution, of records not passed on.
 */
export async function rememberPeople(
	ctx: IExecuteFunctions,
	records: IDataObject[],
	options: DedupeOptions,
	scope: DeduplicationScope,
	historySize: number,
): Promise<Memory> {
	if (
		typeof ctx.helpers.checkProcessedAndRecord !== 'function' ||
		typeof ctx.helpers.removeProcessed !== 'function'
	) {
		throw new NodeOperationError(
			ctx.getNode(),
			'This n8n cannot remember people across executions',
			{
				itemIndex: 0,
				description:
					'Remember Across Executions needs an n8n with deduplication support (the Remove Duplicates node’s "Remove Items Processed in Previous Executions"). Update n8n, or set the option to Off.',
			},
		);
	}
	const node = ctx.getNode();
	const { keys } = findSeenRecords(
		records,
		[],
		options,
		scope === 'node' ? `node:${node.id || node.name}` : '',
	);
	const all = [...new Set(keys.flat())];
	// each person leaves up to three keys (email, phone with name, name with birthday), more with second emails and phones
	const store = { mode: 'entries' as const, maxEntries: Math.max(1, Math.round(historySize)) * 4 };
	const checked = all.length
		? await ctx.helpers.checkProcessedAndRecord(all, 'workflow', store)
		: { new: [], processed: [] };
	const known = new Set(checked.processed.map(String));
	const fresh = new Set(checked.new.map(String));
	const seen = keys.flatMap((k, i) => (k.some((key) => known.has(key)) ? [i] : []));
	const forget = async (passedOn: Iterable<number>): Promise<void> => {
		const keep = new Set<string>();
		for (const i of passedOn) for (const k of keys[i]) keep.add(k);
		const drop = [...fresh].filter((k) => !keep.has(k));
		if (drop.length) await ctx.helpers.removeProcessed(drop, 'workflow', store);
	};
	return { seen, keys, forget };
}
