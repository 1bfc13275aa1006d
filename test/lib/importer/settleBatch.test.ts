import { resolveImportOptions } from '../../../lib/importer/options';
import { settleBatch, startImportRun, type ImportRun } from '../../../lib/importer/settleBatch';
import type { ImportOptions, ImportRecord } from '../../../lib/importer';

const records: ImportRecord[] = [
	{ row: 2, record: { a: 1 } },
	{ row: 3, record: { a: 2 } },
	{ row: 4, record: { a: 3 } },
];

function startRun(options: Partial<ImportOptions> = {}): ImportRun {
	const opts = resolveImportOptions({
		send: async () => ({ results: [] }),
		batchSize: 2,
		retry: { attempts: 1 },
		now: () => 0,
		...options,
	});
	const run = startImportRun(records, opts, 'imp-1');
	run.batcher.makeBatch();
	return run;
}

describe('settleBatch', () => {
	it('places each answer at its row, with its row number, key and batch', () => {
		const run = startRun();
		const halt = settleBatch(run, 0, {
			kind: 'answered',
			value: {
				results: [
					{ index: 0, status: 'created', id: 'c1' },
					{ index: 1, status: 'duplicate' },
				],
			},
			attempts: 1,
		});
		expect(halt).toBeUndefined();
		expect(run.results.slice(0, 2).map((r) => [r.row, r.status, r.batch, r.id])).toEqual([
			[2, 'created', 1, 'c1'],
			[3, 'duplicate', 1, undefined],
		]);
		expect(run.results[0].key).toBe(run.batcher.items[0][0].key);
		expect(run.batcher.summaries[0]).toMatchObject({ outcome: 'answered', attempts: 1 });
		expect(run.tally.totals).toMatchObject({ created: 1, duplicate: 1 });
	});

	it('halts at the first failed row under "halt"', () => {
		const run = startRun();
		const halt = settleBatch(run, 0, {
			kind: 'answered',
			value: {
				results: [
					{ index: 0, status: 'created' },
					{ index: 1, status: 'failed', message: 'Bad email.' },
				],
			},
			attempts: 1,
		});
		expect(halt).toEqual({
			code: 'IMPORT_REJECTED',
			message: 'Halted at row 3: Bad email.',
			row: 3,
		});
	});

	it('marks a batch whose request may have arrived as outcome-unknown, with its body hash', () => {
		const run = startRun({ onError: 'skip' });
		settleBatch(run, 0, {
			kind: 'failed',
			failure: {
				code: 'IMPORT_NO_RESPONSE',
				message: 'No answer.',
				retryable: true,
				auth: false,
				mayHaveArrived: true,
			},
			attempts: 5,
		});
		expect(run.batcher.summaries[0]).toMatchObject({
			outcome: 'failed',
			outcomeUnknown: true,
			attempts: 5,
		});
		expect(typeof run.batcher.summaries[0].bodyHash).toBe('string');
		expect(run.results[0]).toMatchObject({ row: 2, status: 'failed', code: 'IMPORT_NO_RESPONSE' });
	});

	it('fails a batch answered without per-record results as IMPORT_BAD_RESPONSE, outcome unknown', () => {
		const run = startRun({ onError: 'skip' });
		settleBatch(run, 0, { kind: 'answered', value: {} as never, attempts: 1 });
		expect(run.results[1]).toMatchObject({ status: 'failed', code: 'IMPORT_BAD_RESPONSE' });
		expect(run.batcher.summaries[0].outcomeUnknown).toBe(true);
	});

	it('leaves the rows of a request never sent unsettled', () => {
		const run = startRun();
		expect(settleBatch(run, 0, { kind: 'notSent', attempts: 0 })).toBeUndefined();
		expect(run.results[0]).toBeUndefined();
	});
});
