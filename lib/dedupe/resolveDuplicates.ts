import { IntakeError, invalidOption } from '../errors';
import { mergeRecords } from './mergeRecords';
import type { DedupeReason, DuplicatePolicy, DuplicateResult, MergePolicy, ResolvedRecord, RowOutcome } from './types';

const POLICIES: readonly DuplicatePolicy[] = ['skip', 'update', 'createNew', 'merge'];

/** Options for {@link resolveDuplicates}. */
export interface ResolveOptions {
	/** what to do with duplicates; default 'merge' */
	policy?: DuplicatePolicy;
	/** field rules for 'merge' (within the file and against existing records) */
	merge?: MergePolicy;
	/** the existing records that `found.matches` point into */
	existing?: ReadonlyArray<Record<string, unknown>>;
}

/** The records to import, and what happened to every input row. */
export interface Resolution {
	/** records to import, in the order of their first row */
	records: ResolvedRecord[];
	/** one outcome per input row, in row order */
	outcomes: RowOutcome[];
}

type Pair = DuplicateResult['pairs'][number];

/** The strongest pair between a row and any other row of its cluster, preferring the pair with the cluster's first row. */
function bestPairFor(row: number, first: number, pairsOf: ReadonlyMap<number, Pair[]>): { score: number; reasons: DedupeReason[] } | undefined {
	let best: Pair | undefined;
	for (const p of pairsOf.get(row) ?? []) {
		if (p.a === first || p.b === first) return p;
		if (!best || p.score > best.score) best = p;
	}
	return best;
}

/**
 * Applies a duplicate policy to what {@link findDuplicates} found, and
 * accounts for every input row. Rows that are one person (a cluster) become
 * one record: under 'merge' and 'update' they are merged (for 'update', later
 * rows' values win), under 'skip' the first row stands and the rest are
 * skipped, under 'createNew' every row is imported and the later ones are
 * flagged. A record matching an existing one is then skipped ('skip'),
 * turned into an update that overwrites the existing fields with its filled
 * values ('update'), merged with the existing record field by field into an
 * update ('merge'), or imported as new and flagged ('createNew').
 *
 * @param records - the incoming records given to findDuplicates
 * @param found - what findDuplicates returned for them
 * @param options - the policy, merge rules, and the existing records
 * @returns the records to import and one outcome per row
 * @throws IntakeError `DEDUPE_INVALID_OPTION` for an unknown policy or a match to a missing existing record; `MERGE_INVALID_OPTION` for bad merge rules
 * @example
 * const rows = [{ firstName: 'Bob', lastName: 'Lee', phone: '5551234567' }, { firstName: 'Robert', lastName: 'Lee', phone: '555-123-4567', city: 'Austin' }];
 * resolveDuplicates(rows, findDuplicates(rows), { policy: 'merge' }).outcomes.map((o) => o.action)
 * //=> ['kept', 'merged']
 */
export function resolveDuplicates(records: ReadonlyArray<Record<string, unknown>>, found: DuplicateResult, options: ResolveOptions = {}): Resolution {
	const policy = options.policy ?? 'merge';
	if (!POLICIES.includes(policy)) throw invalidOption('DEDUPE_INVALID_OPTION', 'policy', POLICIES.join(', '), policy);
	const existing = options.existing ?? [];
	const mergePolicy = options.merge ?? {};
	const clusterOf = new Map<number, number[]>();
	for (const c of found.clusters) for (const row of c) clusterOf.set(row, c);
	const bestMatch = new Map<number, DuplicateResult['matches'][number]>();
	for (const m of found.matches) {
		if (m.existing < 0 || m.existing >= existing.length) throw new IntakeError('DEDUPE_INVALID_OPTION', `Invalid option \`existing\`: match of row ${m.record} points at existing record ${m.existing}, which was not given`, { option: 'existing' });
		const seen = bestMatch.get(m.record);
		if (!seen || m.score > seen.score) bestMatch.set(m.record, m);
	}
	const pairsOf = new Map<number, Pair[]>();
	for (const p of found.pairs) {
		for (const r of [p.a, p.b]) {
			const list = pairsOf.get(r);
			if (list) list.push(p);
			else pairsOf.set(r, [p]);
		}
	}
	const outcomes: RowOutcome[] = new Array(records.length);
	const out: ResolvedRecord[] = [];
	for (let row = 0; row < records.length; row++) {
		if (outcomes[row]) continue;
		const cluster = policy === 'createNew' ? [row] : (clusterOf.get(row) ?? [row]);
		const first = cluster[0];
		// the best match to an existing record among the cluster's rows
		let match: DuplicateResult['matches'][number] | undefined;
		for (const r of cluster) {
			const m = bestMatch.get(r);
			if (m && (!match || m.score > match.score)) match = m;
		}
		for (const r of cluster.slice(1)) {
			const pair = bestPairFor(r, first, pairsOf);
			const into = match && policy === 'skip' ? { existing: match.existing } : { into: first };
			outcomes[r] = { row: r, action: policy === 'skip' ? 'skipped' : 'merged', ...into, ...(pair && { score: pair.score, reasons: pair.reasons }) };
		}
		const rows = policy === 'skip' ? [first] : cluster;
		const record = rows.length === 1 ? records[first] : mergeRecords(rows.map((r) => records[r]), policy === 'update' ? { ...mergePolicy, default: 'keepIncoming', fields: {} } : mergePolicy);
		const matchInfo = match && { existing: match.existing, score: match.score, reasons: match.reasons };
		if (!match) {
			// under createNew, a row duplicating an earlier one is imported, flagged with its best earlier partner
			const flagged = policy === 'createNew' ? (pairsOf.get(row) ?? []).filter((p) => p.b === row).sort((x, y) => y.score - x.score || x.a - y.a)[0] : undefined;
			outcomes[first] = flagged ? { row: first, action: 'created', into: flagged.a, score: flagged.score, reasons: flagged.reasons } : { row: first, action: 'kept' };
			out.push({ record, rows, action: 'create', ...(flagged && { duplicateOf: { row: flagged.a, score: flagged.score, reasons: flagged.reasons } }) });
			continue;
		}
		if (policy === 'skip') {
			outcomes[first] = { row: first, action: 'skipped', ...matchInfo };
			continue;
		}
		if (policy === 'createNew') {
			outcomes[first] = { row: first, action: 'created', ...matchInfo };
			out.push({ record, rows, action: 'create', duplicateOf: matchInfo });
			continue;
		}
		const target = existing[match.existing];
		const updated =
			policy === 'update'
				? mergeRecords([target, record], { ...mergePolicy, default: 'keepIncoming', fields: {}, multiValued: [] })
				: mergeRecords([target, record], mergePolicy);
		outcomes[first] = { row: first, action: policy === 'update' ? 'updated' : 'merged', ...matchInfo };
		out.push({ record: updated, rows, action: 'update', existing: match.existing });
	}
	return { records: out, outcomes };
}
