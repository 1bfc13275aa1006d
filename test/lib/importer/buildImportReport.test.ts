import { buildImportReport } from '../../../lib/importer/buildImportReport';
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

describe('buildImportReport', () => {
	it('accounts for every row: those never sent are notAttempted, with their batch', () => {
		const run = startRun();
		settleBatch(run, 0, {
			kind: 'answered',
			value: {
				results: [
					{ index: 0, status: 'created', id: 'c1' },
					{ index: 1, status: 'failed' },
				],
			},
			attempts: 1,
		});
		run.batcher.makeRest();
		const report = buildImportReport(records, run.results, {
			opts: run.opts,
			importId: 'imp-1',
			start: 0,
			stop: {
				kind: 'halt',
				reason: { code: 'IMPORT_REJECTED', message: 'Halted at row 3', row: 3 },
			},
			batcher: run.batcher,
			apportioned: run.apportioned,
		});
		expect(report.totals).toEqual({
			rows: 3,
			created: 1,
			updated: 0,
			duplicate: 0,
			accepted: 0,
			failed: 1,
			notAttempted: 1,
		});
		expect(report.createdIds).toEqual(['c1']);
		expect(report.exceptions).toEqual([
			{
				row: 3,
				code: 'IMPORT_REJECTED',
				message: 'The target rejected the record and gave no reason.',
				record: { a: 2 },
			},
		]);
		expect(report.results[2]).toEqual({
			row: 4,
			status: 'notAttempted',
			code: 'NOT_ATTEMPTED',
			batch: 2,
			message:
				'Not sent: the import halted at row 3 (IMPORT_REJECTED), as "halt on error" asks. Fix that row, then run again with this report to resume: only the rows not imported are sent.',
		});
		expect(report.status).toBe('Error');
		expect(report.haltReason).toEqual({
			code: 'IMPORT_REJECTED',
			message: 'Halted at row 3',
			row: 3,
		});
	});

	it('counts rows a target counted without listing as it counted them, and sums its counts', () => {
		const run = startRun();
		settleBatch(run, 0, {
			kind: 'answered',
			value: { results: [], counts: { created: 1, duplicates: 1, failed: 0 } },
			attempts: 1,
		});
		run.batcher.makeBatch();
		settleBatch(run, 1, {
			kind: 'answered',
			value: { results: [], counts: { created: 1 } },
			attempts: 1,
		});
		const report = buildImportReport(records, run.results, {
			opts: run.opts,
			importId: 'imp-1',
			start: 0,
			stop: undefined,
			batcher: run.batcher,
			apportioned: run.apportioned,
		});
		expect(report.totals).toMatchObject({ created: 2, duplicate: 1, accepted: 0 });
		expect(report.targetCounts).toEqual({ created: 2, updated: 0, duplicates: 1, failed: 0 });
		expect(report.status).toBe('Complete');
	});
});
