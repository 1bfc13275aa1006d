import { isPlainRecord } from '../isPlainRecord';
import { clipTargetText, MAX_CODE, MAX_MESSAGE } from './createRedactor';
import type { ImportRecordStatus, ImportRowResult } from './types';

const STATUSES: ReadonlySet<string> = new Set<ImportRecordStatus>([
	'created',
	'updated',
	'duplicate',
	'accepted',
	'failed',
]);

/** One listed record, its target texts redacted and cut; undefined for an entry that names no record of the batch or no known status. */
function readEntry(
	raw: unknown,
	size: number,
	redact: (text: string) => string,
): [number, ImportRowResult] | undefined {
	if (!isPlainRecord(raw)) return undefined;
	const { index, status } = raw;
	if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= size)
		return undefined;
	if (typeof status !== 'string' || !STATUSES.has(status)) return undefined;
	const result: ImportRowResult = { row: 0, key: '', status: status as ImportRecordStatus };
	if (typeof raw.id === 'string' || typeof raw.id === 'number') result.id = redact(String(raw.id));
	const code =
		typeof raw.code === 'string' && raw.code !== ''
			? clipTargetText(raw.code, redact, MAX_CODE)
			: undefined;
	const message =
		typeof raw.message === 'string' ? clipTargetText(raw.message, redact, MAX_MESSAGE) : undefined;
	if (status === 'failed') {
		result.code = code ?? 'IMPORT_REJECTED';
		result.message = message || 'The target rejected the record and gave no reason.';
	} else if (code !== undefined) {
		result.code = code;
		if (message !== undefined) result.message = message;
	}
	return [index, result];
}

/** The listed entries by batch index, and the indexes listed with more than one status. */
function collectListed(
	entries: readonly unknown[],
	size: number,
	redact: (text: string) => string,
): { listed: Array<ImportRowResult | undefined>; twice: Map<number, Set<ImportRecordStatus>> } {
	const listed: Array<ImportRowResult | undefined> = new Array(size);
	const twice = new Map<number, Set<ImportRecordStatus>>();
	for (const raw of entries) {
		const entry = readEntry(raw, size, redact);
		if (!entry) continue;
		const [index, result] = entry;
		const had = listed[index];
		if (!had) listed[index] = result;
		else if (had.status === result.status) listed[index] = { ...result, ...had };
		else {
			const statuses =
				twice.get(index) ?? new Set<ImportRecordStatus>([had.status as ImportRecordStatus]);
			statuses.add(result.status as ImportRecordStatus);
			twice.set(index, statuses);
			// a failure listed beside anything else stays the failure, to be checked; otherwise the first stands until settled below
			if (result.status === 'failed' && had.status !== 'failed') listed[index] = result;
		}
	}
	return { listed, twice };
}

/**
 * Reads the records a batch's answer lists, one result per batch index
 * (undefined where the target listed nothing). Each target text is redacted
 * before it is cut. A record listed twice with the same status is read
 * once; one listed with two statuses is a contradiction, noted in `reasons`:
 * a listed failure stays a failure (to be checked in the target), anything
 * else becomes `accepted` with `IMPORT_COUNTS_MISMATCH`, since neither status
 * can be trusted. Internal.
 *
 * @param entries - the answer's `results`
 * @param rows - the source row of each record of the batch, in batch order
 * @param redact - hides the transport's secrets in the target's texts
 * @param reasons - where the contradictions found are written, for the batch's issue
 * @returns the listed results by batch index
 * @example
 * readListedResults([{ index: 1, status: 'created', id: 'a' }], [2, 3], (t) => t, [])
 * //=> [undefined, { row: 0, key: '', status: 'created', id: 'a' }]
 */
export function readListedResults(
	entries: readonly unknown[],
	rows: readonly number[],
	redact: (text: string) => string,
	reasons: string[],
): Array<ImportRowResult | undefined> {
	const { listed, twice } = collectListed(entries, rows.length, redact);
	if (twice.size === 0) return listed;
	const examples = [...twice]
		.slice(0, 3)
		.map(([i, statuses]) => `row ${rows[i]} as ${[...statuses].join(' and as ')}`);
	reasons.push(
		`it listed ${examples.join(', ')}${twice.size > 3 ? ` (and ${twice.size - 3} more rows twice)` : ''}`,
	);
	for (const [i, statuses] of twice) {
		const r = listed[i]!;
		if (r.status === 'failed') continue;
		// the target has the record, but said two things about how: neither is trusted
		listed[i] = {
			row: 0,
			key: '',
			status: 'accepted',
			...(r.id !== undefined ? { id: r.id } : {}),
			code: 'IMPORT_COUNTS_MISMATCH',
			message: `The target listed this row as ${[...statuses].join(' and as ')}; check it in the target.`,
		};
	}
	return listed;
}
