import { isPlainRecord } from '../isPlainRecord';
import { toBatchItem, type CheckedRow } from './checkRow';
import { hashBatch } from './hashBatch';
import type {
	ImportBatchItem,
	ImportBatchSummary,
	ImportIssue,
	ImportOperation,
	ImportReport,
	ImportRowResult,
} from './types';

/** An earlier batch whose outcome is unknown, rebuilt to be sent again exactly as it was. */
export interface Replay {
	items: ImportBatchItem[];
	/** Each item's position in the input. */
	indexes: number[];
	operation: ImportOperation;
	/** The earlier batch's key, unchanged: a target that honours it cannot create the batch twice. */
	key: string;
	tag?: string;
	replayOf: { importId: string; batch: number };
}

/**
 * The earlier run's batches whose outcome is unknown (no answer came, so the
 * target may have acted), in batch order: only these are sent again as they
 * were. Internal.
 *
 * @param report - the earlier run's report
 * @returns its unknown-outcome batches that carry a key and a body hash
 * @example
 * findUnknownBatches({ ...report, batches: [{ batch: 1, outcomeUnknown: true, key: 'k', bodyHash: 'h', … }] }).length
 * //=> 1
 */
export function findUnknownBatches(report: ImportReport): ImportBatchSummary[] {
	return (Array.isArray(report.batches) ? report.batches : [])
		.filter(
			(b) =>
				isPlainRecord(b) &&
				b.outcomeUnknown === true &&
				typeof b.key === 'string' &&
				typeof b.bodyHash === 'string' &&
				Number.isInteger(b.batch),
		)
		.sort((a, b) => a.batch - b.batch);
}

/** This run's rows, as a replay plan needs them. */
export interface ReplayRows {
	/** Every input row's key (null: it failed its check). */
	keys: ReadonlyArray<string | null>;
	/** Row `i` checked (only asked of a row with a key). */
	rowAt: (i: number) => CheckedRow;
	alreadyImported: ReadonlySet<string>;
	tagField: string | undefined;
}

/** What a replay plan works from: this run's rows and the earlier run's report. */
interface ReplayInput extends ReplayRows {
	report: ImportReport;
	/** Rows an earlier replay of this plan has taken. */
	reserved: Set<number>;
	/** The earlier run's keyed results, by the batch they went in. */
	sentIn: ReadonlyMap<number, ImportRowResult[]>;
	/** This run's input positions of each key, in input order. */
	rowsOfKey: ReadonlyMap<string, number[]>;
}

function groupBy<T, K>(list: Iterable<T>, keyOf: (item: T) => K | undefined): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of list) {
		const key = keyOf(item);
		if (key === undefined) continue;
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	}
	return groups;
}

/** The input positions of an earlier batch's rows, in its order; or why they cannot all be found. */
function findRows(earlier: ImportBatchSummary, input: ReplayInput): number[] | string {
	const rows = input.sentIn.get(earlier.batch) ?? [];
	if (rows.length !== earlier.size) return 'the report does not list all of its rows';
	const indexes: number[] = [];
	for (const r of rows) {
		const i = input.rowsOfKey
			.get(r.key!)
			?.find((at) => !input.reserved.has(at) && !indexes.includes(at));
		if (i === undefined)
			return `row ${r.row} is not in the input as it was sent (changed, or gone)`;
		if (input.alreadyImported.has(r.key!)) return `row ${r.row} is listed as imported`;
		indexes.push(i);
	}
	return indexes;
}

/** An earlier batch rebuilt from this run's rows, or why it cannot be sent again exactly as it was. */
function rebuild(earlier: ImportBatchSummary, input: ReplayInput): Replay | string {
	const indexes = findRows(earlier, input);
	if (typeof indexes === 'string') return indexes;
	const items = indexes.map((i) => toBatchItem(input.rowAt(i), input.tagField, earlier.tag));
	if (items.some((item) => item.operation !== earlier.operation))
		return 'a row changed between create and update';
	// the same key must carry the same body: a target that honours keys would answer the old body's outcome
	if (hashBatch(earlier.operation, items) !== earlier.bodyHash)
		return 'a record in it, its id or its tag is not as it was';
	const origin = isPlainRecord(earlier.replayOf)
		? earlier.replayOf
		: { importId: input.report.importId, batch: earlier.batch };
	const replay: Replay = {
		items,
		indexes,
		operation: earlier.operation,
		key: earlier.key,
		replayOf: origin,
	};
	if (earlier.tag !== undefined) replay.tag = earlier.tag;
	return replay;
}

function rebatchedIssue(
	earlier: ImportBatchSummary,
	report: ImportReport,
	why: string,
): ImportIssue {
	const origin = isPlainRecord(earlier.replayOf)
		? earlier.replayOf
		: { importId: report.importId, batch: earlier.batch };
	return {
		code: 'IMPORT_RESUME_REBATCHED',
		message: `Rows ${earlier.rows[0]}–${earlier.rows[1]} were batch ${origin.batch} of import ${origin.importId}, whose outcome is unknown (no answer came). It could not be sent again exactly as it was (${why}), so its rows go out in new batches under new keys: if the target took that batch, they may be created twice. Check those rows in the target.`,
	};
}

/**
 * Rebuilds the earlier run's batches whose outcome is unknown, to be sent
 * first and exactly as they were: the same records in the same order, the
 * same key, the same tag, checked against the earlier body's hash. So a
 * target that honours the key cannot create them twice. A batch that cannot
 * be rebuilt (a row changed, missing or listed as imported) is not replayed:
 * an `IMPORT_RESUME_REBATCHED` issue says why, and its rows go out in new
 * batches. A row goes in one replay at most. Internal.
 *
 * @param report - the earlier run's report
 * @param unknown - its unknown-outcome batches ({@link findUnknownBatches})
 * @param rows - this run's rows: every row's key, each row checked on demand, the keys the caller says were imported, the tag field
 * @returns the replays, in batch order, and the issues
 * @example
 * planReplays(report, findUnknownBatches(report), { keys, rowAt, alreadyImported: new Set(), tagField: undefined }).replays[0].key
 * //=> the earlier batch's key
 */
export function planReplays(
	report: ImportReport,
	unknown: readonly ImportBatchSummary[],
	rows: ReplayRows,
): { replays: Replay[]; issues: ImportIssue[] } {
	const { keys } = rows;
	const input: ReplayInput = {
		...rows,
		report,
		reserved: new Set(),
		sentIn: groupBy(report.results, (r) =>
			typeof r.batch === 'number' && typeof r.key === 'string' ? r.batch : undefined,
		),
		rowsOfKey: groupBy(keys.keys(), (i) => keys[i] ?? undefined),
	};
	const replays: Replay[] = [];
	const issues: ImportIssue[] = [];
	for (const earlier of unknown) {
		const replay = rebuild(earlier, input);
		if (typeof replay === 'string') {
			issues.push(rebatchedIssue(earlier, report, replay));
			continue;
		}
		for (const i of replay.indexes) input.reserved.add(i);
		replays.push(replay);
	}
	return { replays, issues };
}
