import { seeded } from '../../helpers/seeded';
import {
	importInBatches,
	reportFromJournal,
	type BatchResult,
	type ImportBatchItem,
	type ImportJournalEntry,
	type ImportRecord,
	type ImportReport,
	type SendContext,
} from '../../../lib/importer';
import { keyHonouringTarget } from './keyHonouringTarget';

const people = (n: number): ImportRecord[] =>
	Array.from({ length: n }, (_, i) => ({ row: i + 2, record: { firstName: `F${i}` } }));

const created = async (batch: ImportBatchItem[]): Promise<BatchResult> => ({
	results: batch.map((item, index) => ({ index, status: 'created', id: `id-${item.row}` })),
});

const once = { retry: { attempts: 1 } };

describe('the journal of importInBatches', () => {
	it('writes the batch as sent before send gets it, synchronously', async () => {
		const journal: ImportJournalEntry[] = [];
		const seen: string[] = [];
		const send = (batch: ImportBatchItem[], context: SendContext): Promise<BatchResult> => {
			const written = journal.some((e) => e.type === 'sent' && e.batch.key === context.batchKey);
			seen.push(written ? 'sent first' : 'no');
			return created(batch);
		};
		await importInBatches(people(5), {
			...once,
			send,
			batchSize: 2,
			concurrency: 2,
			onJournal: (e) => journal.push(e),
		});
		expect(seen).toEqual(['sent first', 'sent first', 'sent first']);
		const sent = journal.filter((e) => e.type === 'sent');
		expect(sent.map((e) => e.type === 'sent' && e.items.map((i) => i.row))).toEqual([
			[2, 3],
			[4, 5],
			[6],
		]);
		expect(sent.every((e) => e.type === 'sent' && /^[0-9a-f]{32}$/.test(e.batch.bodyHash!))).toBe(
			true,
		);
	});

	it('sends nothing more once the journal cannot be written, and ends Error (IMPORT_JOURNAL_FAILED)', async () => {
		let sends = 0;
		let written = 0;
		const report = await importInBatches(people(6), {
			...once,
			send: (batch) => (sends++, created(batch)),
			batchSize: 2,
			onJournal: () => {
				if (++written > 3) throw new Error('ENOSPC: no space left on device');
			},
		});
		// start, sent 1, settled 1 were written; batch 2's sent was not, so batch 2 never went out
		expect(sends).toBe(1);
		expect(report.status).toBe('Error');
		expect(report.haltReason?.code).toBe('IMPORT_JOURNAL_FAILED');
		expect(report.haltReason?.message).toContain('ENOSPC: no space left on device');
		expect([report.totals.created, report.totals.notAttempted]).toEqual([2, 4]);
	});

	it('writes rows settled without a request, and the rows never sent, as batch 0', async () => {
		const records = [...people(3), { row: 5, record: { firstName: 'F0' } }, { row: 6 } as never];
		const journal: ImportJournalEntry[] = [];
		await importInBatches(records, {
			...once,
			send: created,
			batchSize: 10,
			onJournal: (e) => journal.push(e),
		});
		const loose = journal.filter((e) => e.type === 'settled' && e.batch.batch === 0);
		expect(loose.map((e) => e.type === 'settled' && e.results.map((r) => [r.row, r.code]))).toEqual(
			[
				[
					[5, 'DUPLICATE_IN_FILE'],
					[6, 'IMPORT_INVALID_RECORD'],
				],
			],
		);
	});

	it('keeps a replay owed when the resume could not send it, so the next resume sends it under its key', async () => {
		const records = people(4);
		const lost = async (): Promise<BatchResult> => {
			throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
		};
		const first = await importInBatches(records, { ...once, send: lost, batchSize: 4 });
		expect(first.batches[0].outcomeUnknown).toBe(true);
		const refused = async (): Promise<BatchResult> => {
			throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
		};
		const journal: ImportJournalEntry[] = [];
		const second = await importInBatches(records, {
			...once,
			send: refused,
			batchSize: 4,
			resumeFrom: first,
			onJournal: (e) => journal.push(JSON.parse(JSON.stringify(e)) as ImportJournalEntry),
		});
		expect(second.batches[0]).toMatchObject({
			key: first.batches[0].key,
			bodyHash: first.batches[0].bodyHash,
			outcomeUnknown: true,
			outcome: 'failed',
		});
		expect(second.results.map((r) => [r.status, r.batch, r.key])).toEqual(
			first.results.map((r) => ['failed', 1, r.key]),
		);
		for (const from of [second, reportFromJournal(journal)]) {
			const keys: string[] = [];
			await importInBatches(records, {
				...once,
				send: (batch, context) => (keys.push(context.batchKey), created(batch)),
				resumeFrom: JSON.parse(JSON.stringify(from)) as ImportReport,
			});
			expect(keys).toEqual([first.batches[0].key]);
		}
	});

	it('keeps a replay owed when a halt comes before it is sent', async () => {
		const records = people(4);
		const lost = async (): Promise<BatchResult> => {
			throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
		};
		const first = await importInBatches(records, {
			...once,
			send: lost,
			batchSize: 2,
			onError: 'skip',
		});
		expect(first.batches.map((b) => b.outcomeUnknown)).toEqual([true, true]);
		const rejectAll = async (batch: ImportBatchItem[]): Promise<BatchResult> => ({
			results: batch.map((_, index) => ({ index, status: 'failed', code: 'NO' })),
		});
		const second = await importInBatches(records, {
			...once,
			send: rejectAll,
			batchSize: 2,
			resumeFrom: first,
		});
		expect(second.status).toBe('Error');
		expect(second.batches[1]).toMatchObject({
			key: first.batches[1].key,
			bodyHash: first.batches[1].bodyHash,
			outcomeUnknown: true,
			outcome: 'notSent',
			replayOf: { importId: first.importId, batch: 2 },
		});
		expect(second.results.slice(2).map((r) => [r.status, r.batch, r.key])).toEqual(
			first.results.slice(2).map((r) => ['notAttempted', 2, r.key]),
		);
	});

	it('does not replay a batch in flight whose rows changed since (a different file)', async () => {
		const records = people(40);
		const target = keyHonouringTarget(seeded(3), { detailed: true });
		target.calm();
		const journal: ImportJournalEntry[] = [];
		await importInBatches(records, {
			...once,
			send: target.send,
			batchSize: 10,
			onJournal: (e) => {
				if (journal.length >= 4) throw new Error('killed');
				journal.push(JSON.parse(JSON.stringify(e)) as ImportJournalEntry);
			},
		});
		// killed after batch 2 (rows 12–21) was sent; then row 15 was fixed in the file
		const rebuilt = reportFromJournal(journal);
		expect(rebuilt.batches.filter((b) => b.outcomeUnknown).map((b) => b.batch)).toEqual([2]);
		const changed = records.map((r) =>
			r.row === 15 ? { row: 15, record: { firstName: 'Fixed' } } : r,
		);
		const resumed = await importInBatches(changed, {
			...once,
			send: target.send,
			batchSize: 10,
			resumeFrom: rebuilt,
		});
		expect(resumed.issues?.map((i) => i.code)).toEqual(['IMPORT_RESUME_REBATCHED']);
		expect(resumed.batches.some((b) => b.replayOf)).toBe(false);
		expect(target.keyReused).toEqual([]);
		expect(resumed.results.find((r) => r.row === 15)?.status).toBe('created');
	});
});

describe('importInBatches over a record source', () => {
	it('reads the records as batches are made, not all up front', async () => {
		const reads: number[] = [];
		const source = {
			length: 1000,
			at: (i: number): ImportRecord => (reads.push(i), { row: i + 2, record: { n: i } }),
		};
		let readBeforeFirstSend = -1;
		const report = await importInBatches(source, {
			...once,
			send: (batch) => {
				if (readBeforeFirstSend < 0) readBeforeFirstSend = reads.length;
				return created(batch);
			},
			batchSize: 10,
		});
		expect(readBeforeFirstSend).toBe(10);
		expect([report.totals.created, report.results[999].row]).toEqual([1000, 1001]);
	});

	it('fails a row the source cannot give, and goes on', async () => {
		const source = {
			length: 3,
			at: (i: number): ImportRecord => {
				if (i === 1) throw new Error('bad line');
				return { row: i + 2, record: { n: i } };
			},
		};
		const report = await importInBatches(source, { ...once, send: created, onError: 'skip' });
		expect(report.results.map((r) => [r.row, r.status, r.code ?? ''])).toEqual([
			[2, 'created', ''],
			[2, 'failed', 'IMPORT_INVALID_RECORD'],
			[4, 'created', ''],
		]);
	});

	it('throws IMPORT_INVALID_OPTION for records that are neither a list nor a source', async () => {
		await expect(
			importInBatches({ length: 2 } as never, { ...once, send: created }),
		).rejects.toThrow(
			'Invalid option `records`: expected a list of { row, record }, or a source with a length and at(index), got {"length":2}',
		);
	});
});
