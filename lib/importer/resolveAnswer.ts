import { isPlainRecord } from './batcher';
import { clipTargetText } from './createRedactor';
import type {
	BatchCounts,
	BatchResult,
	ImportIssue,
	ImportOperation,
	ImportRecordStatus,
	ImportRowResult,
	ImportStatusTotals,
} from './types';

const STATUSES: ReadonlySet<string> = new Set<ImportRecordStatus>([
	'created',
	'updated',
	'duplicate',
	'accepted',
	'failed',
]);

/** How long a target's code or message may be in a report, after redacting. */
export const MAX_CODE = 100;
export const MAX_MESSAGE = 500;

/** The statuses a target counts. */
type Counted = 'created' | 'updated' | 'duplicate' | 'failed';
const COUNTED: readonly Counted[] = ['created', 'updated', 'duplicate', 'failed'];
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

/** A batch's answer, row by row, with what the target counted and where it contradicts itself. */
export interface ResolvedAnswer {
	/** One result per record of the batch, in batch order; `row` and `key` are the caller's to fill in. */
	results: ImportRowResult[];
	/** The target's counts, as it gave them (numbers that cannot be counts are left out, and said so). */
	counts?: BatchCounts;
	/** The batch's rows by status, with the rows left `accepted` counted as the target counted them. */
	totals: ImportStatusTotals;
	/** Of the rows left `accepted`, how many the totals count under another status. */
	apportioned: Partial<Record<Counted, number>>;
	/** `IMPORT_COUNTS_MISMATCH` when the answer contradicts itself. */
	issues: ImportIssue[];
}

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

/** The counts that can be counts (whole numbers ≥ 0); any other value is noted as a contradiction and left out. */
function readCounts(raw: unknown, reasons: string[]): BatchCounts | undefined {
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

/** "1 created, 1 duplicate" */
function describe(counts: Partial<Record<Counted, number>>): string {
	return (
		COUNTED.filter((s) => (counts[s] ?? 0) > 0)
			.map((s) => `${counts[s]} ${s}`)
			.join(', ') || 'nothing'
	);
}

function rowsText(rows: number[]): string {
	return rows.length === 1 ? `row ${rows[0]}` : `rows ${rows[0]}–${rows[rows.length - 1]}`;
}

/**
 * Reads a batch's answer into one result per record. Listed records keep
 * their listed status. The records the target did not list are worked out
 * from its counts left over: all of one status, each gets that status; a mix
 * (or counts that cover only some), each stays `accepted` with a message
 * saying what the target counted among them, and the totals share them out as
 * it counted. An answer that contradicts itself (counts beyond the batch, a
 * record listed with two statuses, fewer listed failures than counted ones
 * the other way round) is never trusted silently: it gets an
 * `IMPORT_COUNTS_MISMATCH` issue, is counted conservatively (never more rows
 * created than can be), and its listed failures stay failures, with a message
 * to check them in the target before importing them again. A malformed
 * answer gives undefined (the batch's outcome is then unknown). Internal.
 *
 * @param answer - what `send` resolved
 * @param rows - the source row of each record of the batch, in batch order
 * @param batch - the batch's number, for messages
 * @param operation - what the batch did; a complete count of an update batch needs `updated` and `failed`, of a create batch `created`, `duplicates` and `failed`
 * @param redact - hides the transport's secrets in the target's texts
 */
export function resolveAnswer(
	answer: BatchResult,
	rows: readonly number[],
	batch: number,
	operation: ImportOperation,
	redact: (text: string) => string,
): ResolvedAnswer | undefined {
	if (!isPlainRecord(answer) || !Array.isArray(answer.results)) return undefined;
	const n = rows.length;
	const reasons: string[] = [];
	const listed: Array<ImportRowResult | undefined> = new Array(n);
	const twice = new Map<number, Set<ImportRecordStatus>>();
	for (const raw of answer.results as unknown[]) {
		const entry = readEntry(raw, n, redact);
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
	if (twice.size > 0) {
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
	}

	const counts = readCounts(answer.counts, reasons);
	const listedCounts: Record<Counted, number> = { created: 0, updated: 0, duplicate: 0, failed: 0 };
	for (const r of listed) if (r && r.status !== 'accepted') listedCounts[r.status as Counted]++;
	const unlisted: number[] = [];
	for (let i = 0; i < n; i++) if (listed[i] === undefined) unlisted.push(i);
	let apportioned: Partial<Record<Counted, number>> = {};
	let unlistedResult = (): ImportRowResult => ({ row: 0, key: '', status: 'accepted' });
	if (counts) {
		const given = (s: Counted): number | undefined => counts[COUNT_NAME[s]];
		const counted = COUNTED.reduce((sum, s) => sum + (given(s) ?? listedCounts[s]), 0);
		if (counted > n)
			reasons.push(
				`it counted ${counted} rows (${COUNTED.filter((s) => (given(s) ?? listedCounts[s]) > 0)
					.map((s) => `${given(s) ?? listedCounts[s]} ${s}`)
					.join(', ')}) in a batch of ${n}`,
			);
		const left = {} as Record<Counted, number>;
		for (const s of COUNTED) left[s] = given(s) === undefined ? 0 : given(s)! - listedCounts[s];
		// the documented API lists its duplicates among its errors; a target may count them as failed
		if (left.duplicate < 0 && left.failed > 0) {
			const moved = Math.min(-left.duplicate, left.failed);
			left.duplicate += moved;
			left.failed -= moved;
		}
		for (const s of COUNTED) {
			if (left[s] >= 0) continue;
			reasons.push(`it listed ${listedCounts[s]} ${s} but counted ${given(s)}`);
			left[s] = 0;
		}
		const complete =
			given('failed') !== undefined &&
			(operation === 'update'
				? given('updated') !== undefined
				: given('created') !== undefined && given('duplicate') !== undefined);
		if (complete && counted < n) reasons.push(`it counted ${counted} of the ${n} rows sent`);
		let room = unlisted.length;
		for (const s of ALLOT_ORDER) {
			const share = Math.min(left[s], room);
			if (share > 0) apportioned[s] = share;
			room -= share;
		}
		const kinds = Object.keys(apportioned) as Counted[];
		const rowsLeft = unlisted.map((i) => rows[i]);
		if (kinds.length === 1 && apportioned[kinds[0]] === unlisted.length) {
			const status = kinds[0];
			apportioned = {};
			unlistedResult = () =>
				status === 'failed'
					? {
							row: 0,
							key: '',
							status,
							code: 'IMPORT_REJECTED',
							message:
								'The target counted this row as failed without listing it, so it gave no reason.',
						}
					: { row: 0, key: '', status };
		} else if (kinds.length > 0) {
			let message = `The target counted ${describe(apportioned)} among the ${unlisted.length} rows of batch ${batch} it did not list (${rowsText(rowsLeft)}), without saying which.`;
			if (room > 0) message += ` It did not count ${room} of them.`;
			if (apportioned.failed)
				message +=
					' Some of them failed: find which in the target, as a resume takes these rows as imported and does not send them again.';
			unlistedResult = () => ({
				row: 0,
				key: '',
				status: 'accepted',
				code: 'IMPORT_COUNTS_ONLY',
				message,
			});
		}
	}
	const results = Array.from(listed, (r) => r ?? unlistedResult());

	const totals: ImportStatusTotals = {
		created: 0,
		updated: 0,
		duplicate: 0,
		accepted: 0,
		failed: 0,
	};
	for (const r of results) totals[r.status as keyof ImportStatusTotals]++;
	for (const s of COUNTED) {
		totals[s] += apportioned[s] ?? 0;
		totals.accepted -= apportioned[s] ?? 0;
	}
	const issues: ImportIssue[] = [];
	if (reasons.length > 0) {
		const where = `Batch ${batch} (${rowsText([rows[0], rows[n - 1]])})`;
		issues.push({
			code: 'IMPORT_COUNTS_MISMATCH',
			batch,
			message: `${where}: the target's answer contradicts itself: ${reasons.join('; ')}. The report counts no more than can be true (${describe(totals)}${totals.accepted ? `, ${totals.accepted} accepted` : ''}); check these rows in the target before importing any of them again.`,
		});
		for (const r of results) {
			if (r.status === 'failed')
				r.message = `${r.message} The target's answer for batch ${batch} contradicts itself, so it may have created this row after all: check it in the target before importing it again.`;
		}
	}
	const out: ResolvedAnswer = { results, totals, apportioned, issues };
	if (counts) out.counts = counts;
	return out;
}
