import type {
	DeduplicationItemTypes,
	DeduplicationScope,
	ICheckProcessedOptions,
	IDataObject,
	INodeExecutionData,
} from 'n8n-workflow';
import type { ImportReport, RevertReport } from '../../../lib';
import { Dedupe } from '../../../nodes/Dedupe/Dedupe.node';
import { ImportBatch } from '../../../nodes/ImportBatch/ImportBatch.node';
import { fakeExecuteFunctions } from '../../helpers/fakeExecuteFunctions';
import { startImportServer, type ImportServer } from '../../helpers/importServer';

/**
 * The chain users build: Map Columns' records → Dedupe (existing clients on
 * its second input, fetched from the target) → Import Batch → the target,
 * and back with Revert Import. Each node runs its real execute against a fake
 * execution context; the target is the tests' local import server.
 */
describe('Dedupe → Import Batch', () => {
	let server: ImportServer;
	const credentials = () => ({
		baseUrl: server.url,
		authentication: 'bearer',
		token: 'admin-token',
	});

	beforeEach(async () => {
		// the documented counts-only bulk API: no ids in its answers
		server = await startImportServer({ detailed: false });
	});
	afterEach(() => server.close());

	async function existingClients(): Promise<INodeExecutionData[]> {
		const seed = [
			{
				firstName: 'José',
				lastName: 'Müller',
				email: 'jose.muller@example.com',
				phone: '+13125550100',
				city: 'Chicago',
			},
			{
				firstName: 'John',
				lastName: 'Smith',
				email: 'john@smithfamily.net',
				phone: '+15125550100',
				street: '12 Oak St',
				zip: '78701',
				dateOfBirth: '1970-03-02',
			},
		];
		for (const record of seed) {
			const res = await fetch(`${server.url}/api/clients`, {
				method: 'POST',
				headers: { authorization: 'Bearer admin-token', 'content-type': 'application/json' },
				body: JSON.stringify(record),
			});
			expect(res.status).toBe(201);
		}
		const listed = (await (
			await fetch(`${server.url}/api/clients`, { headers: { authorization: 'Bearer admin-token' } })
		).json()) as { data: IDataObject[] };
		return listed.data.map((json) => ({ json }));
	}

	it('updates the existing client Dedupe matched, creates only the new people, keeps every row number right, and reverts only what it created', async () => {
		const existing = await existingClients();
		expect(existing.map((e) => e.json.id)).toEqual(['cli-1', 'cli-2']);
		const incoming: INodeExecutionData[] = [
			// row 2 and row 8 are one new person; row 5 is José, already a client, with a new phone; row 6 is John's wife at his address, a household, not John
			{ json: { _row: 2, firstName: 'Maria', lastName: 'Garcia', email: 'maria@firm.com' } },
			{
				json: {
					_row: 5,
					firstName: 'Jose',
					lastName: 'Muller',
					email: 'JOSE.MULLER@example.com',
					phone: '(312) 555-0199',
					city: 'Chicago',
				},
			},
			{
				json: {
					_row: 6,
					firstName: 'Jane',
					lastName: 'Smith',
					email: 'jane.smith@gmail.com',
					phone: '512-555-0177',
					street: '12 Oak St',
					zip: '78701',
					dateOfBirth: '1972-08-19',
				},
			},
			{
				json: {
					_row: 8,
					firstName: 'Maria',
					lastName: 'Garcia',
					email: 'maria@firm.com',
					phone: '212-555-0100',
				},
			},
		];
		const dedupeCtx = fakeExecuteFunctions({
			items: incoming,
			moreInputs: [existing],
			files: [],
			parameters: { policy: 'update', options: {} },
		});
		const [unique, duplicates, review] = await new Dedupe().execute.call(dedupeCtx);
		expect(
			unique.map((u) => [
				u.json._row,
				(u.json._dedupe as IDataObject).operation,
				(u.json._dedupe as IDataObject).existingId ?? null,
			]),
		).toEqual([
			[2, 'create', null],
			[5, 'update', 'cli-1'],
			[6, 'create', null],
		]);
		expect(duplicates.map((d) => [d.json._row, (d.json._dedupe as IDataObject).intoRow])).toEqual([
			[8, 2],
		]);
		expect(review).toEqual([]);

		const importCtx = fakeExecuteFunctions({
			items: unique,
			files: [],
			credentials: credentials() as never,
			parameters: {
				operation: 'import',
				object: 'clients',
				mode: 'bulk',
				bulkPath: '/api/v1/import/{object}',
				batchSize: 50,
				onError: 'halt',
				keyField: '',
				importOptions: { tagField: 'importId' },
			},
		});
		const [[reportItem], exceptions] = await new ImportBatch().execute.call(importCtx);
		const report = reportItem.json as unknown as ImportReport;
		expect(exceptions).toEqual([]);
		expect(report.status).toBe('Complete');
		expect([report.totals.created, report.totals.updated, report.totals.failed]).toEqual([2, 1, 0]);
		expect(report.results.map((r) => [r.row, r.status, r.id ?? null])).toEqual([
			[2, 'created', null],
			[5, 'updated', 'cli-1'],
			[6, 'created', null],
		]);
		// José was updated in place, with the phone of the file; nothing was created for him
		const clients = server.store.get('clients')!;
		expect(clients.size).toBe(4);
		expect(clients.get('cli-1')).toMatchObject({
			id: 'cli-1',
			firstName: 'Jose',
			phone: '(312) 555-0199',
			city: 'Chicago',
		});
		expect([...clients.values()].filter((c) => /jose/i.test(String(c.email)))).toHaveLength(1);
		expect(server.log.filter((l) => l.method === 'PATCH').map((l) => l.path)).toEqual([
			'/api/clients/cli-1',
		]);
		// the two created records carry the import's id: a counts-only target gave no ids, and the tag is how a revert finds them
		const created = [...clients.values()].filter((c) => c.importId === report.importId);
		expect(created.map((c) => [c.firstName, c.lastName, c.phone ?? null])).toEqual([
			['Maria', 'Garcia', '212-555-0100'],
			['Jane', 'Smith', '512-555-0177'],
		]);

		const revertCtx = fakeExecuteFunctions({
			items: [reportItem],
			files: [],
			credentials: credentials() as never,
			parameters: {
				operation: 'revert',
				reportField: '',
				deletePath: '/api/{object}/{id}',
				revertOptions: {},
			},
		});
		const [[revertItem]] = await new ImportBatch().execute.call(revertCtx);
		const revert = revertItem.json as unknown as RevertReport;
		expect(revert.totals).toMatchObject({ deleted: 2, failed: 0 });
		expect(revert.notReverted.updated).toBe(1);
		// the existing clients stay, José with his update (a revert deletes only what the import created)
		expect([...clients.keys()]).toEqual(['cli-1', 'cli-2']);
	});

	it('lets a Dedupe that remembers across executions import next time the people an import could not take', async () => {
		// n8n's deduplication store, kept between executions
		const stored = new Map<string, string[]>();
		const helpers = {
			checkProcessedAndRecord: async (
				keys: DeduplicationItemTypes[],
				scope: DeduplicationScope,
				_options: ICheckProcessedOptions,
			) => {
				const list = stored.get(scope) ?? [];
				const out = {
					new: [] as DeduplicationItemTypes[],
					processed: [] as DeduplicationItemTypes[],
				};
				for (const k of keys) (list.includes(String(k)) ? out.processed : out.new).push(k);
				stored.set(scope, [...list, ...out.new.map(String)]);
				return out;
			},
			removeProcessed: async (keys: DeduplicationItemTypes[], scope: DeduplicationScope) => {
				stored.set(
					scope,
					(stored.get(scope) ?? []).filter((k) => !keys.map(String).includes(k)),
				);
			},
		};
		const rows: INodeExecutionData[] = [
			{ json: { _row: 2, firstName: 'Ann', lastName: 'Chu', email: 'ann@chu.net' } },
			{ json: { _row: 3, firstName: 'Bo', lastName: 'Lin', email: 'bo@lin.net' } },
		];
		const execution = async (token: string) => {
			const dedupeCtx = fakeExecuteFunctions({
				items: rows,
				files: [],
				parameters: { policy: 'merge', options: { remember: 'workflow' } },
			});
			Object.assign(dedupeCtx.helpers, helpers);
			const [unique, duplicates] = await new Dedupe().execute.call(dedupeCtx);
			const importCtx = fakeExecuteFunctions({
				items: unique,
				files: [],
				credentials: { baseUrl: server.url, authentication: 'bearer', token } as never,
				parameters: {
					operation: 'import',
					object: 'clients',
					mode: 'bulk',
					bulkPath: '/api/v1/import/{object}',
					batchSize: 50,
					onError: 'halt',
					keyField: '',
					importOptions: { attempts: 1 },
				},
			});
			Object.assign(importCtx.helpers, helpers);
			const outcome = await new ImportBatch().execute.call(importCtx).then(
				([[report]]) => (report.json as unknown as ImportReport).status,
				(error: Error) => error.message,
			);
			return {
				unique: unique.map((u) => u.json._row),
				seenBefore: duplicates
					.filter((d) => (d.json._dedupe as IDataObject).seenBefore)
					.map((d) => d.json._row),
				outcome,
			};
		};
		// a wrong token: the import fails, and takes back what Dedupe remembered of the two people
		const first = await execution('wrong-token');
		expect(first).toMatchObject({ unique: [2, 3], seenBefore: [] });
		expect(first.outcome).toMatch(/^The import stopped with status Error .*\(UNAUTHORIZED\)/);
		expect(stored.get('workflow')).toEqual([]);
		// the credential fixed: they are imported; the run after that remembers them
		expect(await execution('admin-token')).toEqual({
			unique: [2, 3],
			seenBefore: [],
			outcome: 'Complete',
		});
		expect(server.createdTotal()).toBe(2);
		expect(await execution('admin-token')).toEqual({
			unique: [],
			seenBefore: [2, 3],
			outcome: 'Complete',
		});
		expect(server.createdTotal()).toBe(2);
	});
});
