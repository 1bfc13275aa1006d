import { isPlainRecord } from '../isPlainRecord';
import type { BatchCounts, BatchResult, BatchResultEntry, ImportRecordStatus } from './types';

const STATUS_WORDS: Readonly<Record<string, ImportRecordStatus>> = {
	created: 'created',
	inserted: 'created',
	new: 'created',
	updated: 'updated',
	modified: 'updated',
	duplicate: 'duplicate',
	duplicates: 'duplicate',
	exists: 'duplicate',
	skipped: 'duplicate',
	accepted: 'accepted',
	ok: 'accepted',
	success: 'accepted',
	failed: 'failed',
	error: 'failed',
	rejected: 'failed',
	invalid: 'failed',
};

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value !== ''
		? value
		: typeof value === 'number'
			? String(value)
			: undefined;
}

function count(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** One listed record; an entry it cannot read is left out (the importer then calls the record accepted only if nothing else lists it). */
function readEntry(
	entry: unknown,
	fallbackStatus: ImportRecordStatus | undefined,
): BatchResultEntry | undefined {
	if (!isPlainRecord(entry)) return undefined;
	const index =
		typeof entry.index === 'number'
			? entry.index
			: typeof entry.index === 'string' && /^\d+$/.test(entry.index)
				? Number(entry.index)
				: NaN;
	if (!Number.isInteger(index) || index < 0) return undefined;
	const word = text(entry.status)?.toLowerCase();
	const code = text(entry.code);
	let status = word !== undefined ? STATUS_WORDS[word] : fallbackStatus;
	// the documented API lists duplicates among its errors, by code
	if (status === 'failed' && code !== undefined && /duplicate/i.test(code)) status = 'duplicate';
	if (status === undefined) status = 'failed';
	const out: BatchResultEntry = { index, status };
	const id = text(entry.id);
	if (id !== undefined) out.id = id;
	if (code !== undefined) out.code = code;
	const message = text(entry.message);
	if (message !== undefined) out.message = message;
	return out;
}

/**
 * Reads a bulk import API's answer into a {@link BatchResult}. It takes the
 * documented shape, `{ object_name, created, duplicates, failed, errors:
 * [{ index, code, message }] }` (an error whose code says duplicate is a
 * duplicate; the importer works out the records not listed from the counts),
 * a bulk update's `updated` count, and the richer `results: [{ index, status,
 * id }]` some targets give. An error completes a listed result of the same
 * status; a record listed twice with different statuses is kept twice, so the
 * importer can say the answer contradicts itself. An answer in none of these
 * shapes is returned as `undefined`, so the importer reports the batch's
 * outcome as unknown rather than guess.
 *
 * @param body - the parsed JSON body of a 2xx answer
 * @returns the batch's result, or undefined when the body says nothing usable
 *
 * @example
 * readBulkAnswer({ object_name: 'clients', created: 1, duplicates: 0, failed: 1, errors: [{ index: 1, code: 'INVALID_EMAIL', message: 'bad email' }] })
 * //=> { results: [{ index: 1, status: 'failed', code: 'INVALID_EMAIL', message: 'bad email' }], counts: { created: 1, duplicates: 0, failed: 1 } }
 */
export function readBulkAnswer(body: unknown): BatchResult | undefined {
	if (!isPlainRecord(body)) return undefined;
	const data =
		isPlainRecord(body.data) && !Array.isArray(body.results) && !Array.isArray(body.errors)
			? body.data
			: body;
	const listed = Array.isArray(data.results) ? data.results : undefined;
	const errors = Array.isArray(data.errors) ? data.errors : undefined;
	const counts: BatchCounts = {};
	for (const name of ['created', 'updated', 'duplicates', 'failed'] as const) {
		const n = count(data[name]);
		if (n !== undefined) counts[name] = n;
	}
	const hasCounts = Object.keys(counts).length > 0;
	if (!listed && !errors && !hasCounts) return undefined;
	const byIndex = new Map<number, BatchResultEntry[]>();
	const add = (read: BatchResultEntry): void => {
		const list = byIndex.get(read.index);
		if (list) list.push(read);
		else byIndex.set(read.index, [read]);
	};
	for (const entry of listed ?? []) {
		const read = readEntry(entry, undefined);
		// the same record listed twice with the same status says nothing new
		if (read && !byIndex.get(read.index)?.some((e) => e.status === read.status)) add(read);
	}
	for (const entry of errors ?? []) {
		const read = readEntry(entry, 'failed');
		if (!read) continue;
		// an error's code and message complete a listed result of the same status
		const had = byIndex.get(read.index)?.find((e) => e.status === read.status);
		if (had) Object.assign(had, { ...read, ...(had.id !== undefined ? { id: had.id } : {}) });
		else add(read);
	}
	const entries = [...byIndex.keys()].sort((x, y) => x - y).flatMap((index) => byIndex.get(index)!);
	const result: BatchResult = { results: entries };
	if (hasCounts) result.counts = counts;
	return result;
}
