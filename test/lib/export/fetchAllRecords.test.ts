import { IntakeError } from '../../../lib/errors';
import { fetchAllRecords, type FetchOptions } from '../../../lib/export/fetchAllRecords';
import { parseRetryAfter } from '../../../lib/importer';
import { TransportError } from '../../../nodes/ImportBatch/transport';
import { startImportServer, type ImportServer } from '../../helpers/importServer';

const noSleep = async (): Promise<void> => {};

/** A `request` on the local server's export API with fetch, throwing as an import's send does. */
function exporter(
	server: ImportServer,
	options: { token?: string; object?: string } = {},
): FetchOptions['request'] {
	return async (query, { signal }) => {
		const res = await fetch(
			`${server.url}/api/v1/export/${options.object ?? 'clients'}?${new URLSearchParams(query)}`,
			{ headers: { authorization: `Bearer ${options.token ?? 'admin-token'}` }, signal },
		);
		const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
		if (!res.ok)
			throw new TransportError(String(body.message ?? res.statusText), {
				status: res.status,
				code: body.code as string | undefined,
				retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), Date.now()),
			});
		return body;
	};
}

/** n clients, created_at one second apart, every fifth sharing its second with the one before (ties to page through). */
function seed(server: ImportServer, n: number): void {
	const store = new Map<string, Record<string, unknown>>();
	for (let i = 1; i <= n; i++) {
		const second = i - Math.floor(i / 5);
		store.set(`cli-${i}`, {
			id: `cli-${i}`,
			lastName: `Name ${i}`,
			status: i % 3 === 0 ? 'closed' : 'open',
			created_at: new Date(Date.UTC(2025, 0, 1, 0, 0, second)).toISOString(),
		});
	}
	server.store.set('clients', store);
}

function exportQueries(server: ImportServer): URLSearchParams[] {
	return server.log
		.filter((l) => l.path === '/api/v1/export/clients')
		.map((l) => new URLSearchParams(l.query));
}

describe('fetchAllRecords', () => {
	let server: ImportServer;
	beforeEach(async () => {
		server = await startImportServer();
		seed(server, 257);
	});
	afterEach(() => server.close());

	describe('paging', () => {
		it('returns every record once, in the target order, across pages cut by created_at with ties', async () => {
			const r = await fetchAllRecords({
				request: exporter(server),
				pageSize: 20,
				retry: { attempts: 1 },
			});
			expect(r.status).toBe('Complete');
			expect(r.total).toBe(257);
			expect(r.records).toHaveLength(257);
			expect(new Set(r.records.map((x) => x.id)).size).toBe(257);
			expect(r.pages).toBe(13);
			expect(r.issues).toBeUndefined();
			const dates = r.records.map((x) => String(x.created_at));
			expect([...dates].sort().reverse()).toEqual(dates);
			const q = exportQueries(server);
			expect(Object.fromEntries(q[0])).toEqual({
				format: 'json',
				sort_by: 'created_at',
				sort_dir: 'desc',
				limit: '20',
			});
			// the second page: at or before the last date, less the ids already fetched at that date
			const filters = JSON.parse(q[1].get('filters')!);
			expect(filters.operator).toBe('and');
			expect(filters.conditions[0]).toEqual({
				field: 'created_at',
				operator: 'lte',
				value: r.records[19].created_at,
			});
			expect(filters.conditions[1].operator).toBe('not_in');
		});

		it('returns the records matching a flat filter, and keeps it on later pages', async () => {
			const r = await fetchAllRecords({
				request: exporter(server),
				pageSize: 25,
				retry: { attempts: 1 },
				filter: { filter_field: 'status', filter_operator: 'eq', filter_value: 'closed' },
			});
			expect(r.status).toBe('Complete');
			expect(r.records).toHaveLength(85);
			expect(r.records.every((x) => x.status === 'closed')).toBe(true);
			const q = exportQueries(server);
			expect(q[0].get('filter_field')).toBe('status');
			expect(JSON.parse(q[1].get('filters')!).conditions[0]).toEqual({
				field: 'status',
				operator: 'eq',
				value: 'closed',
			});
		});

		it('returns the records matching a FilterGroup, ascending, by id', async () => {
			const r = await fetchAllRecords({
				request: exporter(server),
				pageSize: 7,
				sortBy: 'id',
				sortDir: 'asc',
				retry: { attempts: 1 },
				filter: {
					operator: 'or',
					conditions: [
						{ field: 'status', operator: 'eq', value: 'closed' },
						{ field: 'lastName', operator: 'eq', value: 'Name 1' },
					],
				},
			});
			expect(r.status).toBe('Complete');
			expect(r.records).toHaveLength(86);
			expect(JSON.parse(exportQueries(server)[1].get('filters')!).conditions[1]).toEqual({
				field: 'id',
				operator: 'gt',
				value: r.records[6].id,
			});
		});

		it('asks for the id and sort fields it pages by, and leaves them out of the records', async () => {
			const r = await fetchAllRecords({
				request: exporter(server),
				pageSize: 100,
				fields: ['lastName'],
				retry: { attempts: 1 },
			});
			expect(r.records).toHaveLength(257);
			expect(Object.keys(r.records[0])).toEqual(['lastName']);
			expect(exportQueries(server)[0].get('fields')).toBe('lastName,id,created_at');
		});

		it('stops at maxRecords, saying there is more', async () => {
			const r = await fetchAllRecords({
				request: exporter(server),
				pageSize: 100,
				maxRecords: 150,
				retry: { attempts: 1 },
			});
			expect([r.status, r.records.length, r.pages, r.more]).toEqual(['Complete', 150, 2, true]);
		});

		it('returns one page when the target has fewer records than the page size', async () => {
			const r = await fetchAllRecords({ request: exporter(server), retry: { attempts: 1 } });
			expect([r.status, r.records.length, r.pages, r.more]).toEqual([
				'Complete',
				257,
				1,
				undefined,
			]);
		});
	});

	describe('faults', () => {
		it('retries 429 (honouring Retry-After) and 500, then completes', async () => {
			server.faults.rateLimit.set(2, 3);
			server.faults.fail500.add(4);
			const waits: number[] = [];
			const r = await fetchAllRecords({
				request: exporter(server),
				pageSize: 100,
				sleep: async (ms) => void waits.push(ms),
				random: () => 0,
			});
			expect(r.status).toBe('Complete');
			expect(r.records).toHaveLength(257);
			expect(waits).toEqual([3000, 500]);
		});

		it('returns Error with the last failure when 5xx outlasts the retries', async () => {
			for (let n = 1; n <= 10; n++) server.faults.fail500.add(n);
			const r = await fetchAllRecords({
				request: exporter(server),
				retry: { attempts: 3 },
				sleep: noSleep,
			});
			expect(r.status).toBe('Error');
			expect(r.error?.code).toBe('INTERNAL');
			expect(r.error?.message).toMatch(
				/^Page 1: The target answered 500: something broke\. The target had an error/,
			);
			expect(server.log).toHaveLength(3);
		});

		it('stops at a 403 at once, in a reader’s words', async () => {
			server.faults.answer.set(2, {
				status: 403,
				body: { code: 'PERMISSION_DENIED', message: 'no read access' },
			});
			const r = await fetchAllRecords({
				request: exporter(server),
				pageSize: 100,
				sleep: noSleep,
				object: 'clients',
			});
			expect(r.status).toBe('Error');
			expect(r.records).toHaveLength(100);
			expect(r.error).toEqual({
				code: 'PERMISSION_DENIED',
				message:
					'Page 2: The API token lacks permission to read clients through the export API: give it read access to them. The target answered 403: no read access',
			});
			expect(server.log).toHaveLength(2);
		});

		it('redacts the token a 401 echoes', async () => {
			const r = await fetchAllRecords({
				request: exporter(server, { token: 'sk-wrong-9876' }),
				sleep: noSleep,
				secrets: ['sk-wrong-9876'],
			});
			expect(r.status).toBe('Error');
			expect(r.error?.code).toBe('UNAUTHORIZED');
			expect(r.error?.message).toContain('invalid token ***');
			expect(JSON.stringify(r)).not.toContain('sk-wrong');
		});

		it('returns Error, never a loop, when the target ignores the filter', async () => {
			server.faults.exportIgnoresFilter = true;
			const r = await fetchAllRecords({
				request: exporter(server),
				pageSize: 100,
				retry: { attempts: 1 },
			});
			expect(r.status).toBe('Error');
			expect(r.error?.code).toBe('FETCH_PAGING_IGNORED');
			expect(r.records).toHaveLength(100);
			expect(r.pages).toBe(2);
			expect(r.more).toBe(true);
		});

		it('returns Error, never a loop, when the target returns the same page forever', async () => {
			const page = {
				format: 'json',
				records: [
					{ id: 'a', created_at: '2025-01-02' },
					{ id: 'b', created_at: '2025-01-01' },
				],
				total: 1_000_000,
			};
			let calls = 0;
			const r = await fetchAllRecords({
				request: async () => (calls++, page),
				pageSize: 2,
				retry: { attempts: 1 },
			});
			expect([r.status, r.error?.code, r.records.length, calls]).toEqual([
				'Error',
				'FETCH_PAGING_IGNORED',
				2,
				2,
			]);
		});

		it('stops after maxPages when the target keeps making new records', async () => {
			let n = 0;
			const r = await fetchAllRecords({
				request: async () => ({ records: [{ id: String(++n), created_at: '2025-01-01' }] }),
				pageSize: 1,
				maxPages: 50,
				retry: { attempts: 1 },
			});
			expect([r.status, r.error?.code, r.pages]).toEqual(['Error', 'FETCH_PAGE_LIMIT', 50]);
		});

		it('goes on past a page the target cut shorter than asked, when its total says there is more', async () => {
			const request: FetchOptions['request'] = async (query, ctx) => {
				const answer = (await exporter(server)(query, ctx)) as {
					records: unknown[];
					total: number;
				};
				return { ...answer, records: answer.records.slice(0, 30) };
			};
			const r = await fetchAllRecords({ request, pageSize: 100, retry: { attempts: 1 } });
			expect([r.status, r.records.length, r.pages]).toEqual(['Complete', 257, 9]);
		});

		it('returns Error for an answer that is not the export API’s', async () => {
			const r = await fetchAllRecords({
				request: async () => ({ data: [] }),
				retry: { attempts: 1 },
			});
			expect(r.error).toEqual({
				code: 'FETCH_BAD_ANSWER',
				message:
					"Page 1: the target's answer is not the export API's: expected { format, records, total }, got an object with data. Check the path (/api/v1/export/{object}) and format=json.",
			});
		});

		it('returns Halted (time limit) with the records fetched before it', async () => {
			let t = 0;
			const r = await fetchAllRecords({
				request: exporter(server),
				pageSize: 50,
				retry: { attempts: 1 },
				now: () => (t += 1000),
				maxDurationMs: 4500,
			});
			expect(r.status).toBe('Halted (time limit)');
			expect(r.error?.code).toBe('FETCH_TIME_LIMIT');
			expect(r.records.length).toBeGreaterThan(0);
			expect(r.records.length).toBeLessThan(257);
		});

		it('returns Error when records lack the sort field', async () => {
			const r = await fetchAllRecords({
				request: async () => ({ records: [{ id: '1' }, { id: '2' }], total: 5 }),
				pageSize: 2,
				retry: { attempts: 1 },
			});
			expect(r.error?.code).toBe('FETCH_NO_SORT_VALUE');
		});
	});

	describe('misuse', () => {
		it('throws FETCH_INVALID_OPTION naming the option', async () => {
			await expect(
				fetchAllRecords({ request: exporter(server), pageSize: 20_000, retry: { attempts: 1 } }),
			).rejects.toThrow(
				new IntakeError(
					'FETCH_INVALID_OPTION',
					'Invalid option `pageSize`: expected a whole number from 1 to 10000, got 20000',
				),
			);
			await expect(fetchAllRecords({ request: 'x' as never })).rejects.toThrow(
				/Invalid option `request`/,
			);
			await expect(
				fetchAllRecords({
					request: exporter(server),
					filter: { operator: 'xor', conditions: [] } as never,
				}),
			).rejects.toThrow(/Invalid option `filter`/);
			await expect(
				fetchAllRecords({
					request: exporter(server),
					filter: { filter_field: 'a', filter_operator: 'like' } as never,
				}),
			).rejects.toThrow(/`filter.filter_operator`/);
			// the shared run options, in the fetch's code
			await expect(fetchAllRecords({ request: exporter(server) })).rejects.toMatchObject({
				code: 'FETCH_INVALID_OPTION',
				message: expect.stringMatching(/needs a sleep function/),
			});
			expect(server.log).toHaveLength(0);
		});
	});
});
