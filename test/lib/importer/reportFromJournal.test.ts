import {
	importInBatches,
	reportFromJournal,
	type BatchResult,
	type ImportBatchItem,
	type ImportJournalEntry,
	type ImportRecord,
} from '../../../lib/importer';

const people = (n: number): ImportRecord[] =>
	Array.from({ length: n }, (_, i) => ({ row: i + 2, record: { firstName: `F${i}` } }));

const created = async (batch: ImportBatchItem[]): Promise<BatchResult> => ({
	results: batch.map((item, index) => ({ index, status: 'created', id: `id-${item.row}` })),
});

async function journalOf(records: ImportRecord[]): Promise<ImportJournalEntry[]> {
	const journal: ImportJournalEntry[] = [];
	await importInBatches(records, {
		send: created,
		batchSize: 2,
		importId: 'imp-1',
		retry: { attempts: 1 },
		now: () => 0,
		onJournal: (e) => journal.push(JSON.parse(JSON.stringify(e)) as ImportJournalEntry),
	});
	return journal;
}

describe('reportFromJournal', () => {
	describe('a journal cut short', () => {
		it('returns an Interrupted report: settled rows as they settled, the batch in flight failed with its key, the rest not attempted', async () => {
			const journal = await journalOf(people(5));
			expect(journal.map((e) => e.type)).toEqual([
				'start',
				'sent',
				'settled',
				'sent',
				'settled',
				'sent',
				'settled',
				'end',
			]);
			// killed after the second batch was sent, before its answer was written
			const report = reportFromJournal(journal.slice(0, 4));
			expect(report.status).toBe('Interrupted');
			expect(report.haltReason?.code).toBe('IMPORT_INTERRUPTED');
			expect(report.totals).toEqual({
				rows: 5,
				created: 2,
				updated: 0,
				duplicate: 0,
				accepted: 0,
				failed: 2,
				notAttempted: 1,
			});
			expect(report.results.map((r) => [r.row, r.status, r.batch, r.code ?? ''])).toEqual([
				[2, 'created', 1, ''],
				[3, 'created', 1, ''],
				[4, 'failed', 2, 'IMPORT_INTERRUPTED'],
				[5, 'failed', 2, 'IMPORT_INTERRUPTED'],
			]);
			const sent = journal[3] as Extract<ImportJournalEntry, { type: 'sent' }>;
			expect(report.batches[1]).toMatchObject({
				batch: 2,
				key: sent.batch.key,
				bodyHash: sent.batch.bodyHash,
				outcomeUnknown: true,
				outcome: 'failed',
			});
			expect(report.createdIds).toEqual(['id-2', 'id-3']);
			expect(report.exceptions.map((e) => [e.row, e.code])).toEqual([
				[4, 'IMPORT_INTERRUPTED'],
				[5, 'IMPORT_INTERRUPTED'],
			]);
		});

		it('returns every row not attempted when only the start was written', async () => {
			const journal = await journalOf(people(3));
			const report = reportFromJournal(journal.slice(0, 1));
			expect([report.status, report.totals.notAttempted, report.results]).toEqual([
				'Interrupted',
				3,
				[],
			]);
		});
	});

	describe('a journal that reached its end', () => {
		it('returns the status and totals the run reported', async () => {
			const report = reportFromJournal(await journalOf(people(5)));
			expect([report.status, report.totals.created, report.createdIds.length]).toEqual([
				'Complete',
				5,
				5,
			]);
		});
	});

	describe('entries that are not a journal', () => {
		it('throws IMPORT_INVALID_REPORT when the first entry is not a start', () => {
			expect(() => reportFromJournal([{ type: 'end', status: 'Complete' }])).toThrow(
				expect.objectContaining({ code: 'IMPORT_INVALID_REPORT' }),
			);
			expect(() => reportFromJournal([])).toThrow(
				'The journal is not an import journal: its first entry is not a `start`. Pass the entries an import wrote, in order, unchanged (a last line cut short by the kill may be left out).',
			);
		});
	});
});
