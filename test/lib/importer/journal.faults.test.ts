import { seeded } from '../../helpers/seeded';
import {
	importInBatches,
	reportFromJournal,
	type ImportJournalEntry,
	type ImportOptions,
	type ImportRecord,
	type ImportReport,
} from '../../../lib/importer';
import { keyHonouringTarget } from './keyHonouringTarget';

/** Clients; with `updates`, every fifth row updates a record the target has (its own batches, keyed with the id). */
const clients = (n: number, updates = false): ImportRecord[] =>
	Array.from({ length: n }, (_, i) => {
		const record = { firstName: `F${i}`, lastName: `L${i}`, email: `c${i}@example.com` };
		return updates && i % 5 === 4
			? { row: i + 2, record, operation: 'update' as const, id: `old-${i}` }
			: { row: i + 2, record };
	});

/** The journal as a file holds it: each entry a JSON line, read back. */
const asWritten = (entries: ImportJournalEntry[]): ImportJournalEntry[] =>
	entries.map((e) => JSON.parse(JSON.stringify(e)) as ImportJournalEntry);

/**
 * Runs an import that is killed once `keep` journal entries are written: the
 * next entry is never written, and nothing is sent after it (what was handed
 * to `send` before the kill may have reached the target, as after a real
 * kill). Returns the journal as the file holds it.
 */
async function killedAfter(
	keep: number,
	records: ImportRecord[],
	options: ImportOptions,
): Promise<ImportJournalEntry[]> {
	const journal: ImportJournalEntry[] = [];
	await importInBatches(records, {
		...options,
		onJournal: (entry) => {
			if (journal.length >= keep) throw new Error('killed');
			journal.push(entry);
		},
	});
	return asWritten(journal);
}

/** The batches a cut journal says were sent and never settled. */
function inFlight(journal: ImportJournalEntry[]): Array<{ key: string; bodyHash?: string }> {
	const open = new Map<number, { key: string; bodyHash?: string }>();
	for (const e of journal) {
		if (e.type === 'sent')
			open.set(e.batch.batch, { key: e.batch.key, bodyHash: e.batch.bodyHash });
		if (e.type === 'settled' && e.batch.batch > 0) open.delete(e.batch.batch);
	}
	return [...open.values()];
}

function expectAllOnce(
	target: ReturnType<typeof keyHonouringTarget>,
	report: ImportReport,
	n: number,
): void {
	expect([...target.createdPerContent.values()].filter((c) => c > 1)).toEqual([]);
	expect(target.createdPerContent.size).toBe(n);
	expect(target.records.size).toBe(n);
	expect(target.keyReused).toEqual([]);
	const t = report.totals;
	expect(t.rows).toBe(n);
	expect(t.created + t.updated + t.duplicate + t.accepted).toBe(n);
	expect(t.failed + t.notAttempted).toBe(0);
}

describe('a run killed at any point, rebuilt from its journal and resumed', () => {
	const N = 240;
	const scenarios = [
		{ seed: 11, detailed: true, onError: 'skip' as const, concurrency: 1, updates: false },
		{ seed: 12, detailed: false, onError: 'skip' as const, concurrency: 1, updates: false },
		{ seed: 13, detailed: true, onError: 'halt' as const, concurrency: 2, updates: false },
		{ seed: 14, detailed: false, onError: 'halt' as const, concurrency: 1, updates: false },
		{ seed: 15, detailed: true, onError: 'skip' as const, concurrency: 3, updates: true },
		{ seed: 16, detailed: false, onError: 'skip' as const, concurrency: 1, updates: true },
	];

	it.each(scenarios)(
		'creates every record once, whatever entry the kill came after (seed $seed, detailed $detailed, $onError, concurrency $concurrency, updates $updates)',
		async ({ seed, detailed, onError, concurrency, updates }) => {
			const records = clients(N, updates);
			// a full run first, to know how many entries there are to cut after
			const full: ImportJournalEntry[] = [];
			const dry = keyHonouringTarget(seeded(seed), { detailed });
			const options = (target: typeof dry): ImportOptions => ({
				send: target.send,
				batchSize: 20,
				concurrency,
				onError,
				tagField: 'importId',
				importId: 'imp-1',
				retry: { attempts: 2 },
				sleep: async () => undefined,
				random: seeded(seed + 1),
			});
			await importInBatches(records, { ...options(dry), onJournal: (e) => full.push(e) });
			let replays = 0;
			for (let keep = 1; keep <= full.length; keep++) {
				const target = keyHonouringTarget(seeded(seed), {
					detailed,
					reject: (r) => (r.lastName === 'L77' ? 'L77 is locked for now' : undefined),
				});
				const journal = await killedAfter(keep, records, options(target));
				const rebuilt = reportFromJournal(journal);
				expect(rebuilt.totals.rows).toBe(N);
				const owed = inFlight(journal);
				target.calm();
				const second: ImportJournalEntry[] = [];
				const resumed = await importInBatches(records, {
					...options(target),
					importId: 'imp-2',
					resumeFrom: JSON.parse(JSON.stringify(rebuilt)) as ImportReport,
					onJournal: (e) => second.push(e),
				});
				// a batch sent and never settled goes again first, under its key, with the same body
				const sentAgain = asWritten(second).filter(
					(e): e is Extract<ImportJournalEntry, { type: 'sent' }> =>
						e.type === 'sent' && e.batch.replayOf?.importId === 'imp-1',
				);
				for (const b of owed)
					expect(sentAgain.find((e) => e.batch.key === b.key)?.batch.bodyHash).toBe(b.bodyHash);
				replays += owed.length;
				expect(resumed.issues).toBeUndefined();
				expect(resumed.totals.rows).toBe(N);
				// a row the target rejected in a batch that was in flight gets that answer again (the key's): one more resume sends it anew
				const third = await importInBatches(records, {
					...options(target),
					importId: 'imp-3',
					resumeFrom: JSON.parse(JSON.stringify(resumed)) as ImportReport,
				});
				expectAllOnce(target, third, N);
			}
			// the cuts did leave batches in flight: the property above is not vacuous
			expect(replays).toBeGreaterThan(2);
		},
	);

	it.each([22, 23, 25])(
		'creates every record once when a resume is killed too, at any point, and resumed again (seed %i)',
		async (seed) => {
			const records = clients(N);
			const options = (target: ReturnType<typeof keyHonouringTarget>): ImportOptions => ({
				send: target.send,
				batchSize: 20,
				onError: 'skip',
				importId: 'imp-1',
				retry: { attempts: 2 },
				sleep: async () => undefined,
				random: seeded(seed + 1),
			});
			/** A target after a first run with faults, and that run's report (as stored). */
			const afterFirst = async () => {
				const target = keyHonouringTarget(seeded(seed), { detailed: seed % 2 === 0 });
				const report = await importInBatches(records, options(target));
				return { target, first: JSON.parse(JSON.stringify(report)) as ImportReport };
			};
			const dry = await afterFirst();
			expect(dry.first.batches.some((b) => b.outcomeUnknown)).toBe(true);
			const full: ImportJournalEntry[] = [];
			const live = await importInBatches(records, {
				...options(dry.target),
				importId: 'imp-2',
				resumeFrom: dry.first,
				onJournal: (e) => full.push(e),
			});
			// the resume's whole journal gives its own report back
			const whole = reportFromJournal(asWritten(full));
			const stored = JSON.parse(JSON.stringify(live)) as ImportReport;
			for (const field of [
				'status',
				'totals',
				'results',
				'createdIds',
				'exceptions',
				'issues',
			] as const)
				expect([field, whole[field]]).toEqual([field, stored[field]]);
			const preamble = (full[0] as { preamble?: number }).preamble ?? 0;
			expect(preamble).toBeGreaterThan(1);
			for (let keep = 1; keep <= full.length; keep++) {
				const { target, first } = await afterFirst();
				const journal = await killedAfter(keep, records, {
					...options(target),
					importId: 'imp-2',
					resumeFrom: first,
				});
				target.calm();
				// cut inside the resume's start-up: it sent nothing, and the first report still stands
				let from: ImportReport;
				if (keep <= preamble) {
					expect(() => reportFromJournal(journal)).toThrow(
						expect.objectContaining({
							code: 'IMPORT_INVALID_REPORT',
							details: expect.objectContaining({ sentNothing: true, resumedFrom: 'imp-1' }),
						}),
					);
					from = first;
				} else from = JSON.parse(JSON.stringify(reportFromJournal(journal))) as ImportReport;
				const third = await importInBatches(records, {
					...options(target),
					importId: 'imp-3',
					resumeFrom: from,
				});
				expectAllOnce(target, third, N);
			}
		},
	);

	it('gives the totals, results and failures of the run itself when the journal reached its end', async () => {
		for (const detailed of [true, false]) {
			const records = clients(300);
			const target = keyHonouringTarget(seeded(5), {
				detailed,
				reject: (r) => (String(r.lastName).endsWith('7') ? 'no sevens' : undefined),
			});
			const journal: ImportJournalEntry[] = [];
			const report = await importInBatches(records, {
				send: target.send,
				batchSize: 25,
				onError: 'skip',
				retry: { attempts: 2 },
				sleep: async () => undefined,
				random: seeded(6),
				onJournal: (e) => journal.push(e),
			});
			expect(report.totals.failed).toBeGreaterThan(0);
			const rebuilt = reportFromJournal(asWritten(journal));
			const live = JSON.parse(JSON.stringify(report)) as ImportReport;
			for (const field of [
				'importId',
				'status',
				'totals',
				'results',
				'createdIds',
				'exceptions',
				'issues',
				'targetCounts',
				'startedAt',
				'finishedAt',
				'durationMs',
			] as const)
				expect([field, rebuilt[field]]).toEqual([field, live[field]]);
			expect(rebuilt.batches).toEqual(live.batches.filter((b) => b.attempts > 0));
		}
	});
});
