import { isPlainRecord } from '../isPlainRecord';
import type { BatchCounts, ImportOperation, ImportRowResult } from './types';

/** The statuses a target counts. */
export type Counted = 'created' | 'updated' | 'duplicate' | 'failed';
export const COUNTED: readonly Counted[] = ['created', 'updated', 'duplicate', 'failed'];
const COUNT_NAME: Readonly<Record<Counted, keyof BatchCounts>> = {
	created: 'created',
	updated: 'updated',
	duplicate: 'duplicates',
	failed: 'failed',
};
/**
 * The order in which counts left over go to the rows the target did not
 * list, when they cannot all: created last, so an answer that counts more
 * rows than were sent never makes more rows created than can be.
 */
const ALLOT_ORDER: readonly Counted[] = ['failed', 'duplicate', 'updated', 'created'];

/** "1 created, 1 duplicate" */
export function describeCounts(counts: Partial<Record<Counted, number>>): string {
	return (
		COUNTED.filter((s) => (counts[s] ?? 0) > 0)
			.map((s) => `${counts[s]} ${s}`)
			.join(', ') || 'nothing'
	);
}

/** "row 2", "rows 2–51" */
export function rowsText(rows: readonly number[]): string {
	return rows.length === 1 ? `row ${rows[0]}` : `rows ${rows[0]}–${rows[rows.length - 1]}`;
}

/** The counts that can be counts (whole numbers ≥ 0); any other value is noted as a contradiction and left out. */
export function readCounts(raw: unknown, reasons: string[]): BatchCounts | undefined {
	if (!isPlainRecord(raw)) return undefined;
	const counts: BatchCounts = {};
	for (const name of ['created', 'updated', 'duplicates', 'failed'] as const) {
		const n = raw[name];
		if (n === undefined) continue;
		if (typeof n === 'number' && Number.isInteger(n) && n >= 0) counts[name] = n;
		else reasons.push(`it counted ${JSON.stringify(n) ?? String(n)} ${name}`);
	}
	return Object.keys(counts).length > 0 ? counts : undefined;
}

/**
 * What the target counted beyond what it listed, per status, never below
 * zero; each way the counts contradict the listing or the batch is noted.
 */
function leftOverCounts(
	counts: BatchCounts,
	listed: Record<Counted, number>,
	size: number,
	operation: ImportOperation,
	reasons: string[],
): Record<Counted, number> {
	const given = (s: Counted): number | undefined => counts[COUNT_NAME[s]];
	const counted = COUNTED.reduce((sum, s) => sum + (given(s) ?? listed[s]), 0);
	if (counted > size)
		reasons.push(
			`it counted ${counted} rows (${COUNTED.filter((s) => (given(s) ?? listed[s]) > 0)
				.map((s) => `${given(s) ?? listed[s]} ${s}`)
				.join(', ')}) in a batch of ${size}`,
		);
	const left = {} as Record<Counted, number>;
	for (const s of COUNTED) left[s] = given(s) === undefined ? 0 : given(s)! - listed[s];
	// the documented API lists its duplicates among its errors; a target may count them as failed
	if (left.duplicate < 0 && left.failed > 0) {
		const moved = Math.min(-left.duplicate, left.failed);
		left.duplicate += moved;
		left.failed -= moved;
	}
	for (const s of COUNTED) {
		if (left[s] >= 0) continue;
		reasons.push(`it listed ${listed[s]} ${s} but counted ${given(s)}`);
		left[s] = 0;
	}
	const complete =
		given('failed') !== undefined &&
		(operation === 'update'
			? given('updated') !== undefined
			: given('created') !== undefined && given('duplicate') !== undefined);
	if (complete && counted < size) reasons.push(`it counted ${counted} of the ${size} rows sent`);
	return left;
}

/** What each row the target did not list gets, and how the totals share those rows out. */
export interface UnlistedShare {
	/** Of the unlisted rows (left `accepted`), how many the totals count under another status. */
	apportioned: Partial<Record<Counted, number>>;
	/** A fresh result for each unlisted row; `row` and `key` are the caller's to fill in. */
	unlistedResult: () => ImportRowResult;
}

/** The result every unlisted row gets when the counts left over give them all one status. */
function allOfOneStatus(status: Counted): () => ImportRowResult {
	if (status !== 'failed') return () => ({ row: 0, key: '', status });
	return () => ({
		row: 0,
		key: '',
		status,
		code: 'IMPORT_REJECTED',
		message: 'The target counted this row as failed without listing it, so it gave no reason.',
	});
}

/**
 * Works out the rows a batch's answer did not list from the counts it gave,
 * beyond those it listed. All of one status: each gets that status. A mix,
 * or counts that cover only some: each stays `accepted`, with a message
 * saying what the target counted among them, and the totals share them out
 * as it counted (`apportioned`), failed first and created last, so an answer
 * that counts more rows than were sent never makes more rows created than
 * can be. No counts: each stays `accepted`. Contradictions go to `reasons`.
 * Internal.
 *
 * @param counts - the target's counts, as {@link readCounts} read them
 * @param listed - the listed results by batch index
 * @param rows - the source row of each record of the batch
 * @param batch - the batch's number, for messages
 * @param operation - a complete count of an update batch needs `updated` and `failed`, of a create batch `created`, `duplicates` and `failed`
 * @param reasons - where the contradictions found are written
 * @example
 * shareOutCounts({ created: 2 }, [undefined, undefined], [2, 3], 1, 'create', []).unlistedResult()
 * //=> { row: 0, key: '', status: 'created' }
 */
export function shareOutCounts(
	counts: BatchCounts | undefined,
	listed: ReadonlyArray<ImportRowResult | undefined>,
	rows: readonly number[],
	batch: number,
	operation: ImportOperation,
	reasons: string[],
): UnlistedShare {
	const accepted = (): ImportRowResult => ({ row: 0, key: '', status: 'accepted' });
	if (!counts) return { apportioned: {}, unlistedResult: accepted };
	const listedCounts: Record<Counted, number> = { created: 0, updated: 0, duplicate: 0, failed: 0 };
	for (const r of listed) if (r && r.status !== 'accepted') listedCounts[r.status as Counted]++;
	const unlisted: number[] = [];
	for (let i = 0; i < rows.length; i++) if (listed[i] === undefined) unlisted.push(i);
	const left = leftOverCounts(counts, listedCounts, rows.length, operation, reasons);
	const apportioned: Partial<Record<Counted, number>> = {};
	let room = unlisted.length;
	for (const s of ALLOT_ORDER) {
		const share = Math.min(left[s], room);
		if (share > 0) apportioned[s] = share;
		room -= share;
	}
	const kinds = Object.keys(apportioned) as Counted[];
	if (kinds.length === 1 && apportioned[kinds[0]] === unlisted.length)
		return { apportioned: {}, unlistedResult: allOfOneStatus(kinds[0]) };
	if (kinds.length === 0) return { apportioned, unlistedResult: accepted };
	let message = `The target counted ${describeCounts(apportioned)} among the ${unlisted.length} rows of batch ${batch} it did not list (${rowsText(unlisted.map((i) => rows[i]))}), without saying which.`;
	if (room > 0) message += ` It did not count ${room} of them.`;
	if (apportioned.failed)
		message +=
			' Some of them failed: find which in the target, as a resume takes these rows as imported and does not send them again.';
	return {
		apportioned,
		unlistedResult: () => ({
			row: 0,
			key: '',
			status: 'accepted',
			code: 'IMPORT_COUNTS_ONLY',
			message,
		}),
	};
}
