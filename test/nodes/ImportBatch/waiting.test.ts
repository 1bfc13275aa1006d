import type { INodeExecutionData } from 'n8n-workflow';
import type { ImportReport } from '../../../lib';
import { fakeExecuteFunctions } from '../../helpers/fakeExecuteFunctions';
import { startImportServer, type ImportServer } from '../../helpers/importServer';

// n8n 2.x: n8n-workflow has no sleepWithAbort, and its sleep takes the cancel signal
const waits: Array<{ ms: number; signal?: AbortSignal }> = [];
jest.mock('n8n-workflow', () => {
	const actual = jest.requireActual('n8n-workflow');
	return {
		...actual,
		sleepWithAbort: undefined,
		sleep: (ms: number, signal?: AbortSignal) => {
			waits.push({ ms, signal });
			return new Promise<void>((resolve, reject) => {
				const timer = setTimeout(resolve, ms);
				signal?.addEventListener('abort', () => {
					clearTimeout(timer);
					reject(new Error('Aborted'));
				});
			});
		},
	};
});

// jest hoists the mock above this import: the node loads with n8n 2.x's n8n-workflow
import { ImportBatch } from '../../../nodes/ImportBatch/ImportBatch.node';

describe('ImportBatch waiting inside n8n 2.x', () => {
	let server: ImportServer;
	beforeEach(async () => {
		server = await startImportServer({ detailed: true });
		waits.length = 0;
	});
	afterEach(() => server.close());

	it("waits out a Retry-After through n8n's sleep with the cancel signal, so a cancel ends the wait at once", async () => {
		// ten minutes: a wait the cancel did not end would outlast the test's time limit
		server.faults.rateLimit.set(1, 600);
		const controller = new AbortController();
		const items: INodeExecutionData[] = Array.from({ length: 3 }, (_, i) => ({
			json: { _row: i + 2, firstName: `F${i}`, lastName: 'L', email: `p${i}@example.com` },
		}));
		const ctx = fakeExecuteFunctions({
			items,
			files: [],
			credentials: { baseUrl: server.url, authentication: 'bearer', token: 'admin-token' } as never,
			continueOnFail: true,
			cancelSignal: controller.signal,
			parameters: {
				operation: 'import',
				object: 'clients',
				mode: 'bulk',
				bulkPath: '/api/v1/import/{object}',
				batchSize: 50,
				onError: 'halt',
				keyField: '',
				importOptions: {},
			},
		});
		const running = new ImportBatch().execute.call(ctx);
		while (!waits.some((w) => w.ms >= 600_000)) await new Promise((r) => setImmediate(r));
		controller.abort();
		const [reports] = await running;
		const report = reports[0].json as unknown as ImportReport;
		expect(waits.find((w) => w.ms >= 600_000)?.signal).toBe(controller.signal);
		expect(report.status).toBe('Error');
		expect(report.totals).toMatchObject({ created: 0, notAttempted: 3 });
	});
});
