import { resolveDuplicates } from '../dedupe/resolveDuplicates';
import { summarizeReasons } from '../dedupe/summarizeReasons';
import type { DuplicateResult, RowOutcome } from '../dedupe/types';
import type { ImportOperation } from '../importer/types';
import { isPlainRecord } from '../isPlainRecord';
import type { CheckedDedupe } from './options';
import { createRecordStore, type RecordStore } from './recordStore';
import { progress, report, sheetOf, timeStage, type RunState } from './state';
import type { PipelineReport } from './types';

/** A record dedupe changed: merged with others or with an existing record, or turned into an update. */
export interface ChangedRecord {
	/** its JSON text, when it differs from the stored record */
	text?: string;
	operation: ImportOperation;
	id?: string;
}

/** The records to import or write, in row order: store indices, and what dedupe changed. */
export interface ImportPlan {
	order: Int32Array;
	changed: Map<number, ChangedRecord>;
}

/** Every stored record as it is: the plan without dedupe. */
export function planAll(length: number): ImportPlan {
	const order = new Int32Array(length);
	for (let i = 0; i < length; i++) order[i] = i;
	return { order, changed: new Map() };
}

/** The existing records, added to the index and kept compactly, with their ids. */
interface Existing {
	store: RecordStore;
	ids: Array<string | undefined>;
}

function idText(value: unknown): string | undefined {
	return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

async function loadExisting(state: RunState, d: CheckedDedupe): Promise<Existing> {
	const out: Existing = { store: createRecordStore(), ids: [] };
	if (!d.existing) return out;
	for await (const given of d.existing) {
		const record = isPlainRecord(given) ? given : {};
		state.dedupe?.addExisting(record);
		out.store.add(record, out.ids.length, 0);
		out.ids.push(idText(record[d.idField]));
	}
	return out;
}

/** The sorted, distinct numbers. */
function sorted(values: Iterable<number>): number[] {
	return [...new Set(values)].sort((a, b) => a - b);
}

/**
 * The rows and existing records that take part in any pair or match (or were
 * seen before), and what was found, renumbered among them: every other row
 * is a record of its own, imported as it is, so only these need resolving,
 * and the resolve holds as objects only the records that may be duplicates.
 */
function subProblem(found: DuplicateResult, seen: ReadonlySet<number>, length: number) {
	const rowList: number[] = [];
	for (const p of [...found.pairs, ...found.possiblePairs]) rowList.push(p.a, p.b);
	for (const m of [...found.matches, ...found.possibleMatches]) rowList.push(m.record);
	for (const s of seen) if (Number.isInteger(s) && s >= 0 && s < length) rowList.push(s);
	const rows = sorted(rowList);
	const existing = sorted([...found.matches, ...found.possibleMatches].map((m) => m.existing));
	const pos = new Map(rows.map((r, i) => [r, i]));
	const epos = new Map(existing.map((e, i) => [e, i]));
	const at = (r: number) => pos.get(r) as number;
	const ex = (e: number) => epos.get(e) as number;
	// renumbered in place: what was found is this run's own, and a copy would double it
	for (const p of found.pairs) [p.a, p.b] = [at(p.a), at(p.b)];
	for (const p of found.possiblePairs) [p.a, p.b] = [at(p.a), at(p.b)];
	for (const m of found.matches) [m.record, m.existing] = [at(m.record), ex(m.existing)];
	for (const m of found.possibleMatches) [m.record, m.existing] = [at(m.record), ex(m.existing)];
	const sub: DuplicateResult = { ...found, clusters: found.clusters.map((c) => c.map(at)) };
	const subSeen = [...seen].filter((s) => pos.has(s)).map(at);
	return { rows, existing, sub, subSeen };
}

/** Resolves the sub-problem, the records and existing records parsed back from their text. */
function resolveSub(state: RunState, d: CheckedDedupe, found: DuplicateResult, ex: Existing) {
	const seen = new Set(d.resolve.seen ?? []);
	const p = subProblem(found, seen, state.store.length);
	// the records are read from the stores only when a merge or an update needs them
	const records = { length: p.rows.length, at: (k: number) => state.store.at(p.rows[k]) };
	const existing = { length: p.existing.length, at: (k: number) => ex.store.at(p.existing[k]) };
	const resolution = resolveDuplicates(records, p.sub, {
		...d.resolve,
		existing,
		seen: p.subSeen,
	});
	return { ...p, resolution };
}

type Sub = ReturnType<typeof resolveSub>;
type DuplicateEntry = PipelineReport['duplicates'][number];

/** A row that went into another or was skipped: its report entry. */
function duplicateEntry(state: RunState, s: Sub, ex: Existing, o: RowOutcome): DuplicateEntry {
	const row = s.rows[o.row];
	return {
		row: state.store.row(row),
		...sheetOf(state, state.store.sheet(row)),
		...(o.into !== undefined && { intoRow: state.store.row(s.rows[o.into]) }),
		...(o.existing !== undefined && { existingId: ex.ids[s.existing[o.existing]] }),
		action: o.action,
		...(o.rule !== undefined && { rule: o.rule }),
		...(o.reasons && { why: summarizeReasons(o.reasons) }),
		...(o.seenBefore && { why: 'passed on by an earlier run' }),
		...(o.score !== undefined && { score: o.score }),
	};
}

/** The review entries, and each held record through onException. */
async function reportReview(state: RunState, s: Sub, ex: Existing, held: Set<number>) {
	const review: PipelineReport['review'] = [];
	for (const r of s.resolution.review) {
		const head = s.rows[r.rows[0]];
		held.add(head);
		const candidates = r.candidates.map((c) => ({
			...(c.row !== undefined && { row: state.store.row(s.rows[c.row]) }),
			...(c.existing !== undefined && { existingId: ex.ids[s.existing[c.existing]] }),
			score: c.score,
			rule: c.rule,
			why: summarizeReasons(c.reasons),
		}));
		const row = state.store.row(head);
		review.push({ row, ...sheetOf(state, state.store.sheet(head)), candidates });
		const best = candidates[0];
		const other =
			best?.row !== undefined
				? `row ${best.row}`
				: `existing record ${best?.existingId ?? ''}`.trim();
		await report(state, {
			row,
			...sheetOf(state, state.store.sheet(head)),
			outcome: 'possibleDuplicate',
			code: 'DEDUPE_POSSIBLE_DUPLICATE',
			message: `Possibly the same person as ${other} (${best?.rule ?? 'similar'}): check both, then import this row by hand or merge them.`,
			source: r.record,
		});
	}
	state.totals.possibleDuplicates += review.length;
	return review;
}

/** What resolve made of the involved rows: the records changed, the duplicates, the review. */
async function applyResolution(state: RunState, s: Sub, ex: Existing) {
	const changed = new Map<number, ChangedRecord>();
	for (const r of s.resolution.records) {
		const same = r.rows.length === 1 && r.action === 'create';
		changed.set(s.rows[r.rows[0]], {
			...(!same && { text: JSON.stringify(r.record) }),
			operation: r.action,
			...(r.existing !== undefined && { id: ex.ids[s.existing[r.existing]] }),
		});
	}
	const held = new Set<number>();
	const review = await reportReview(state, s, ex, held);
	const duplicates: DuplicateEntry[] = [];
	for (const o of s.resolution.outcomes) {
		const row = s.rows[o.row];
		if (changed.has(row) || held.has(row)) continue;
		duplicates.push(duplicateEntry(state, s, ex, o));
	}
	state.totals.duplicates += duplicates.length;
	return { changed, duplicates, review };
}

/**
 * Finds the duplicates among the clean records (and against the existing
 * records), resolves them by the policy, and plans what to import: rows that
 * take part in no pair are imported as they are, in row order.
 *
 * @param state - the run, its records read
 * @param d - the dedupe settings
 * @returns the plan, and the duplicates and review for the report
 */
export async function dedupeRecords(state: RunState, d: CheckedDedupe) {
	const started = state.opts.now();
	const total = state.store.length;
	progress(state, 'dedupe', 0, { total });
	const ex = await loadExisting(state, d);
	const found = (state.dedupe as NonNullable<RunState['dedupe']>).finish();
	const sub = resolveSub(state, d, found, ex);
	const { changed, duplicates, review } = await applyResolution(state, sub, ex);
	const involved = new Set(sub.rows);
	const order = new Int32Array(total - duplicates.length - review.length);
	let k = 0;
	for (let i = 0; i < total; i++) if (!involved.has(i) || changed.has(i)) order[k++] = i;
	progress(state, 'dedupe', total, { total });
	timeStage(state, 'dedupe', state.opts.now() - started, total);
	return { plan: { order, changed } as ImportPlan, duplicates, review };
}
