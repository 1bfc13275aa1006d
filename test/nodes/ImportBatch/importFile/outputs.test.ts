import type { PipelineProgress } from '../../../../lib';
import { progressLogger } from '../../../../nodes/ImportBatch/actions/importFile/outputs';
import { fakeExecuteFunctions } from '../../../helpers/fakeExecuteFunctions';

describe('progressLogger', () => {
	const logged = (events: PipelineProgress[], batchSize = 50) => {
		const ctx = fakeExecuteFunctions({ items: [], files: [], parameters: {} });
		const log = progressLogger(ctx, 'big.csv', batchSize);
		for (const e of events) log(e);
		return ctx.logs.map((l) => l.replace('Spreadsheet to Records: big.csv: ', ''));
	};

	it('logs the read every 100,000 rows, with the bytes read of the whole', () => {
		const events = Array.from({ length: 262 }, (_, k) => ({
			stage: 'read' as const,
			done: (k + 1) * 1000,
			bytes: (k + 1) * 160_000,
			totalBytes: 41_980_329,
		}));
		expect(logged(events)).toEqual([
			'read 100,000 rows (15.3 of 40.0 MB)',
			'read 200,000 rows (30.5 of 40.0 MB)',
		]);
	});

	it('takes the size n8n knows of the file when the read does not say it', () => {
		const ctx = fakeExecuteFunctions({ items: [], files: [], parameters: {} });
		progressLogger(
			ctx,
			'big.csv',
			50,
			41_980_329,
		)({ stage: 'read', done: 100_000, bytes: 16_000_000 });
		expect(ctx.logs).toEqual([
			'Spreadsheet to Records: big.csv: read 100,000 rows (15.3 of 40.0 MB)',
		]);
	});

	it('logs the transform every 100,000 rows and its last event', () => {
		const events = [100_000, 150_000, 250_000, 262_144].map((done) => ({
			stage: 'transform' as const,
			done,
			total: 262_144,
		}));
		expect(logged(events)).toEqual([
			'transform 100,000 of 262,144 rows',
			'transform 250,000 of 262,144 rows',
			'transform 262,144 of 262,144 rows',
		]);
	});

	it('logs the import by batches: each one for a short run', () => {
		const events = [0, 50, 100, 120].map((done) => ({
			stage: 'import' as const,
			done,
			total: 120,
		}));
		expect(logged(events)).toEqual([
			'batch 1/3 (50 of 120 rows)',
			'batch 2/3 (100 of 120 rows)',
			'batch 3/3 (120 of 120 rows)',
		]);
	});

	it('logs the import about a hundred times for a long run', () => {
		const total = 262_144;
		const events = Array.from({ length: Math.ceil(total / 50) }, (_, k) => ({
			stage: 'import' as const,
			done: Math.min(total, (k + 1) * 50),
			total,
		}));
		const lines = logged(events);
		expect(lines.length).toBe(99);
		expect(lines.slice(0, 2)).toEqual([
			'batch 53/5243 (2,650 of 262,144 rows)',
			'batch 106/5243 (5,300 of 262,144 rows)',
		]);
		expect(lines.at(-1)).toBe('batch 5243/5243 (262,144 of 262,144 rows)');
	});
});
