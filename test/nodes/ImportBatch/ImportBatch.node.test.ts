import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { IntakeApi } from '../../../credentials/IntakeApi.credentials';
import type { ImportReport, RevertReport } from '../../../lib';
import { ImportBatch } from '../../../nodes/ImportBatch/ImportBatch.node';
import { fakeExecuteFunctions } from '../../helpers/fakeExecuteFunctions';
import { startImportServer, type ImportServer } from '../../helpers/importServer';

const items = (n: number, from = 0): INodeExecutionData[] =>
	Array.from({ length: n }, (_, i) => ({
		json: {
			_row: i + 2,
			_warnings: [],
			firstName: `F${from + i}`,
			lastName: `L${from + i}`,
			email: `p${from + i}@example.com`,
		},
	}));

describe('ImportBatch', () => {
	let server: ImportServer;
	const node = new ImportBatch();
	const bearer = (token = 'admin-token') => ({
		baseUrl: server.url,
		authentication: 'bearer',
		token,
		extraHeaders: '{"X-Tenant": "acme"}',
	});
	const run = (
		input: INodeExecutionData[],
		parameters: Record<string, unknown>,
		extra: { credentials?: IDataObject; continueOnFail?: boolean; cancelSignal?: AbortSignal } = {},
	) => {
		const ctx = fakeExecuteFunctions({
			items: input,
			files: [],
			credentials: (extra.credentials ?? bearer()) as never,
			continueOnFail: extra.continueOnFail,
			cancelSignal: extra.cancelSignal,
			parameters: {
				operation: 'import',
				object: 'clients',
				mode: 'bulk',
				bulkPath: '/api/v1/import/{object}',
				batchSize: 50,
				onError: 'halt',
				keyField: '',
				importOptions: {},
				...parameters,
			},
		});
		return { ctx, out: node.execute.call(ctx) };
	};

	beforeEach(async () => {
		server = await startImportServer({ detailed: true });
	});
	afterEach(() => server.close());

	describe('Import', () => {
		it('sends the items in batches through the credential and outputs one report paired with every item', async () => {
			const input = items(120);
			const { ctx, out } = run(input, { importOptions: { source: 'clients.xlsx' } });
			const [reports, exceptions] = await out;
			expect(reports).toHaveLength(1);
			const report = reports[0].json as unknown as ImportReport;
			expect(report).toMatchObject({
				object: 'clients',
				source: 'clients.xlsx',
				status: 'Complete',
			});
			expect(report.totals).toEqual({
				rows: 120,
				created: 120,
				updated: 0,
				duplicate: 0,
				accepted: 0,
				failed: 0,
				notAttempted: 0,
			});
			expect(report.results.slice(0, 2).map((r) => r.row)).toEqual([2, 3]);
			expect(reports[0].pairedItem).toEqual(input.map((_, item) => ({ item })));
			expect(exceptions).toEqual([]);
			expect(
				server.log.map((l) => [
					l.path,
					l.records,
					l.headers.authorization,
					l.headers['x-tenant'],
					typeof l.headers['idempotency-key'],
				]),
			).toEqual([
				['/api/v1/import/clients', 50, 'Bearer admin-token', 'acme', 'string'],
				['/api/v1/import/clients', 50, 'Bearer admin-token', 'acme', 'string'],
				['/api/v1/import/clients', 20, 'Bearer admin-token', 'acme', 'string'],
			]);
			// the _ fields earlier nodes add stay home
			expect(server.store.get('clients')!.get('cli-1')).toEqual({
				id: 'cli-1',
				firstName: 'F0',
				lastName: 'L0',
				email: 'p0@example.com',
			});
			expect(ctx.logs).toEqual([
				'Spreadsheet to Records: batch 1/3, 50 created (50/120 rows)',
				'Spreadsheet to Records: batch 2/3, 100 created (100/120 rows)',
				'Spreadsheet to Records: batch 3/3, 120 created (120/120 rows)',
				'Spreadsheet to Records: Complete: 120 created, 0 updated, 0 duplicate, 0 accepted, 0 failed, 0 not attempted',
			]);
		});

		it('skips failed rows and outputs each on Exceptions with its fields, row, code and message, paired with its item', async () => {
			server.faults.reject = (r) => (r.firstName === 'F3' ? 'F3 is not allowed here' : undefined);
			const input = items(5);
			input[1].json.email = 'not-an-email';
			const [reports, exceptions] = await run(input, { onError: 'skip' }).out;
			expect((reports[0].json as unknown as ImportReport).status).toBe('Completed with errors');
			expect(exceptions).toEqual([
				{
					json: {
						...input[1].json,
						_row: 3,
						_code: 'INVALID_EMAIL',
						_message: 'email "not-an-email" is not valid',
					},
					pairedItem: { item: 1 },
				},
				{
					json: {
						...input[3].json,
						_row: 5,
						_code: 'VALIDATION_FAILED',
						_message: 'F3 is not allowed here',
					},
					pairedItem: { item: 3 },
				},
			]);
		});

		it('reads the documented counts-only answer: unlisted rows accepted, totals as the target counted them', async () => {
			server.detailed = false;
			const input = [
				...items(2),
				{ json: { firstName: 'Again', lastName: 'L0', email: 'P0@example.com' } },
			];
			const [reports] = await run(input, {}).out;
			const report = reports[0].json as unknown as ImportReport;
			expect(report.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
			expect(report.batches[0].counts).toEqual({ created: 2, duplicates: 1, failed: 0 });
			// the target's counts, not three bare "accepted"
			expect(report.totals).toEqual({
				rows: 3,
				created: 2,
				updated: 0,
				duplicate: 1,
				accepted: 0,
				failed: 0,
				notAttempted: 0,
			});
			expect(report.targetCounts).toEqual({ created: 2, updated: 0, duplicates: 1, failed: 0 });
		});

		it('sends one request per record when asked: ids from the answer, 409 as a duplicate, 422 as a failure', async () => {
			const input = [
				...items(2),
				{ json: { firstName: 'Dup', lastName: 'X', email: 'p1@example.com' } },
				{ json: { firstName: 'NoLast' } },
			];
			const [reports, exceptions] = await run(input, {
				mode: 'perRecord',
				method: 'POST',
				recordPath: '/api/{object}',
				idPath: 'data.id',
				onError: 'skip',
				importOptions: { concurrency: 2 },
			}).out;
			const report = reports[0].json as unknown as ImportReport;
			expect(report.results.map((r) => [r.row, r.status, r.id, r.code])).toEqual([
				[2, 'created', 'cli-1', undefined],
				[3, 'created', 'cli-2', undefined],
				[3, 'duplicate', 'cli-2', 'DUPLICATE'],
				[4, 'failed', undefined, 'REQUIRED_FIELD'],
			]);
			expect(report.createdIds).toEqual(['cli-1', 'cli-2']);
			expect(exceptions.map((e) => [e.json._code, e.json._message])).toEqual([
				['REQUIRED_FIELD', 'The target answered 422: lastName is required.'],
			]);
			expect(server.log.map((l) => l.path)).toEqual([
				'/api/clients',
				'/api/clients',
				'/api/clients',
				'/api/clients',
			]);
		});

		it('authenticates with an API key header or basic auth', async () => {
			await run(
				items(1),
				{},
				{
					credentials: {
						baseUrl: server.url,
						authentication: 'header',
						headerName: 'X-API-Key',
						apiKey: 'admin-token',
					},
				},
			).out;
			await run(
				items(1, 1),
				{},
				{
					credentials: {
						baseUrl: `${server.url}/`,
						authentication: 'basic',
						user: 'ops',
						password: 'admin-token',
					},
				},
			).out;
			expect(server.log.map((l) => [l.headers['x-api-key'], l.headers.authorization])).toEqual([
				['admin-token', undefined],
				[undefined, `Basic ${Buffer.from('ops:admin-token').toString('base64')}`],
			]);
			expect(server.createdTotal()).toBe(2);
		});

		it('halts on a token without admin rights, whatever the policy, and fails the execution with the report attached', async () => {
			const error = (await run(
				items(120),
				{ onError: 'skip', importOptions: { source: 'clients.xlsx' } },
				{ credentials: bearer('read-only-token') },
			).out.catch((e: unknown) => e)) as NodeOperationError;
			expect(error).toBeInstanceOf(NodeOperationError);
			const report = error.context.report as unknown as ImportReport;
			expect(error.message).toBe(
				`The import stopped with status Error (PERMISSION_DENIED): 0 created, 0 updated, 0 duplicate, 0 accepted, 50 failed, 70 not attempted. Import ID ${report.importId}.`,
			);
			expect(error.context.itemIndex).toBe(0);
			expect(error.description).toBe(
				'The API token lacks permission to import clients (admin rights required). The target answered 403: admin rights required\n\n' +
					'Nothing was imported. Fix the cause, then run this node again.\n\n' +
					'The report is attached to this error (context.report). To get it on the Report output instead, turn on Options → Output Report on Error, or set the node to continue on error.',
			);
			expect(report).toMatchObject({
				status: 'Error',
				source: 'clients.xlsx',
				totals: { failed: 50, notAttempted: 70 },
			});
			// n8n keeps an error's own fields with the failed execution: the report survives serialising
			expect(JSON.parse(JSON.stringify(error)).context.report.importId).toBe(report.importId);
			expect(server.log).toHaveLength(1);
		});

		it('names the halting row and its code, and keeps its message, even when the code looks like a system error', async () => {
			server.faults.answer.set(2, {
				status: 422,
				body: { code: 'ECONNREFUSED_BY_POLICY', message: 'refused by policy' },
			});
			const error = (await run(items(120), {}).out.catch((e: unknown) => e)) as NodeOperationError;
			const report = error.context.report as unknown as ImportReport;
			expect(error.message).toBe(
				`The import stopped with status Error at row 52 (ECONNREFUSED_BY_POLICY): 50 created, 0 updated, 0 duplicate, 0 accepted, 50 failed, 20 not attempted. Import ID ${report.importId}.`,
			);
			expect(error.description).toContain(
				'refused by policy.\n\nWhat was imported stays imported. To finish, fix the cause, then run this node again with Options → Resume From Report',
			);
		});

		it('outputs the report instead when asked, or when the node continues on fail', async () => {
			const asked = await run(
				items(60),
				{ importOptions: { outputReportOnError: true } },
				{ credentials: bearer('read-only-token') },
			).out;
			const continuing = await run(
				items(60),
				{},
				{ credentials: bearer('read-only-token'), continueOnFail: true },
			).out;
			for (const [reports, exceptions] of [asked, continuing]) {
				expect((reports[0].json as unknown as ImportReport).status).toBe('Error');
				expect(reports[0].pairedItem).toHaveLength(60);
				expect(exceptions).toHaveLength(50);
			}
		});

		it('succeeds when the time limit halts the import, with the report to resume from and a warning', async () => {
			// the first batch starts well within the limit and ends after it
			server.faults.delayMs = 700;
			const { ctx, out } = run(items(120), { importOptions: { maxDurationSeconds: 0.5 } });
			const [reports] = await out;
			const report = reports[0].json as unknown as ImportReport;
			expect(report.status).toBe('Halted (time limit)');
			expect(report.totals).toMatchObject({ created: 50, notAttempted: 70 });
			expect(ctx.logs.at(-1)).toBe(
				`Spreadsheet to Records: the time limit came first: 70 rows not attempted. Run again with Resume From Report set to this report (import ${report.importId}) to send them.`,
			);
		});

		it('never lets a secret into an output, an error or a log, even when the target echoes it', async () => {
			const secret = 'sk-live-0123456789';
			const credentials = { ...bearer(secret), extraHeaders: '{"X-Secret": "tenant-secret-42"}' };
			// refused: the target's message quotes the token, and the execution fails with the report attached
			const refused = run(items(3), { onError: 'skip' }, { credentials });
			const error = (await refused.out.catch((e: unknown) => e)) as NodeOperationError;
			const reports = [{ json: error.context.report as IDataObject }];
			const exceptions = [error.message, error.description];
			expect((reports[0].json as unknown as ImportReport).results[0].message).toBe(
				'The target rejected the API token (401): check the token in the credential (it may be wrong, expired or revoked). The target answered: invalid token ***',
			);
			// timed out: the HTTP error carries the request's headers
			server.tokens.admin.add(secret);
			server.faults.hangAfterCommit.add(2);
			const timedOut = run(
				items(3),
				{ onError: 'skip', importOptions: { attempts: 1, timeoutSeconds: 1 } },
				{ credentials },
			);
			const [reports2, exceptions2] = await timedOut.out;
			expect((reports2[0].json as unknown as ImportReport).results[0]).toMatchObject({
				status: 'failed',
				code: 'IMPORT_NO_RESPONSE',
				message: expect.stringMatching(/^No answer \(ECONNABORTED: timeout of 1000ms exceeded/),
			});
			const everything = JSON.stringify([
				reports,
				exceptions,
				refused.ctx.logs,
				reports2,
				exceptions2,
				timedOut.ctx.logs,
			]);
			expect(everything).not.toContain(secret);
			expect(everything).not.toContain('tenant-secret-42');
		});

		it("says a request that never reached the target is safe to run again, passing on n8n's error code", async () => {
			const url = server.url;
			await server.close();
			const [reports] = await run(
				items(2),
				{ onError: 'skip', importOptions: { attempts: 1 } },
				{ credentials: { ...bearer(), baseUrl: url } },
			).out;
			const report = reports[0].json as unknown as ImportReport;
			expect(report.results[0]).toMatchObject({ status: 'failed', code: 'IMPORT_UNREACHABLE' });
			expect(report.results[0].message).toBe(
				`The request never reached the target (ECONNREFUSED: connect ECONNREFUSED ${url.slice('http://'.length)}), so nothing in it was imported: it is safe to run again. Check the Base URL (host and port) and that the target is up.`,
			);
			server = await startImportServer({ detailed: true });
		});

		it('redacts a token the target echoes in an error code, across any cut of a long message, and in another case', async () => {
			const secret = 'sk-live-0123456789';
			server.tokens.admin.add(secret);
			const long = `${'x'.repeat(290)}${secret}${'y'.repeat(1000 - 290 - secret.length)}`;
			server.faults.answer.set(1, {
				status: 422,
				body: { code: `BAD_TOKEN_${secret}`, message: 'bad' },
			});
			server.faults.answer.set(2, { status: 422, body: long });
			server.faults.answer.set(3, {
				status: 422,
				body: { code: 'REFUSED', message: `token ${secret.toUpperCase()} refused` },
			});
			const { ctx, out } = run(
				items(3),
				{ onError: 'skip', batchSize: 1 },
				{ credentials: bearer(secret) },
			);
			const [reports, exceptions] = await out;
			expect(exceptions.map((e) => [e.json._code, e.json._message])).toEqual([
				['BAD_TOKEN_***', 'The target answered 422: bad.'],
				// redacted in full, then cut to 500 characters
				['HTTP_422', `The target answered 422: ${'x'.repeat(290)}***${'y'.repeat(206)}….`],
				['REFUSED', 'The target answered 422: token *** refused.'],
			]);
			const everything = JSON.stringify([reports, exceptions, ctx.logs]).toLowerCase();
			expect(everything).not.toContain(secret.slice(0, 8));
		});

		it('retries a request that timed out with the same Idempotency-Key, and creates nothing twice', async () => {
			server.faults.hangAfterCommit.add(1);
			const input = items(3).map((i) => ({ json: { lastName: i.json.lastName } }));
			const [reports] = await run(input, { importOptions: { timeoutSeconds: 1 } }).out;
			const report = reports[0].json as unknown as ImportReport;
			expect(report.status).toBe('Complete');
			expect(report.batches[0].attempts).toBe(2);
			expect(server.log[1].headers['idempotency-key']).toBe(
				server.log[0].headers['idempotency-key'],
			);
			expect(server.createdTotal()).toBe(3);
		});

		it('resumes from an earlier report: only the rows it did not import are sent', async () => {
			server.faults.reject = (r) => (r.firstName === 'F60' ? 'no' : undefined);
			const input = items(120);
			const [first] = await run(input, { importOptions: { outputReportOnError: true } }).out;
			expect((first[0].json as unknown as ImportReport).totals).toMatchObject({
				created: 99,
				failed: 1,
				notAttempted: 20,
			});
			server.faults.reject = undefined;
			const [second] = await run(input, {
				importOptions: { resumeFrom: JSON.stringify(first[0].json) },
			}).out;
			const report = second[0].json as unknown as ImportReport;
			expect(report.totals).toMatchObject({ created: 21, duplicate: 99 });
			expect(server.createdTotal()).toBe(120);
		});

		it('resumes a batch whose answer was lost by sending it again as it was, so the target replays it instead of creating twice', async () => {
			server.faults.hangAfterCommit.add(1);
			const input = items(3);
			const [first] = await run(input, {
				onError: 'skip',
				importOptions: { attempts: 1, timeoutSeconds: 1, tagField: 'importId' },
			}).out;
			expect((first[0].json as unknown as ImportReport).batches[0]).toMatchObject({
				outcomeUnknown: true,
			});
			expect(server.createdTotal()).toBe(3);
			const [second] = await run(input, {
				importOptions: { resumeFrom: first[0].json, tagField: 'importId' },
			}).out;
			const report = second[0].json as unknown as ImportReport;
			expect(server.log[1]).toMatchObject({
				replayed: true,
				headers: { 'idempotency-key': server.log[0].headers['idempotency-key'] },
			});
			expect(report.totals).toMatchObject({ created: 3 });
			expect(server.createdTotal()).toBe(3);
		});

		it('keys records by a field, failing a row whose key is blank', async () => {
			const input = items(2);
			input[1].json.ref = '';
			input[0].json.ref = 'A-1';
			const [reports, exceptions] = await run(input, { keyField: 'ref', onError: 'skip' }).out;
			expect((reports[0].json as unknown as ImportReport).results.map((r) => r.key)).toEqual([
				'A-1',
				undefined,
			]);
			expect(exceptions[0].json).toMatchObject({
				_row: 3,
				_code: 'IMPORT_KEY_MISSING',
				_message: 'No idempotency key: the key field "ref" is blank',
			});
		});

		it('stops when the execution is cancelled', async () => {
			const controller = new AbortController();
			server.faults.delayMs = 50;
			setTimeout(() => controller.abort(), 20);
			const [reports] = await run(
				items(120),
				{},
				{ cancelSignal: controller.signal, continueOnFail: true },
			).out;
			const report = reports[0].json as unknown as ImportReport;
			expect(report.status).toBe('Error');
			expect(report.totals.notAttempted).toBe(70);
			expect(report.results[0].code).toBe('IMPORT_ABORTED');
		});
	});

	describe('updates', () => {
		/** Dedupe's output for an item that updates client `existingId`. */
		const updateItem = (
			row: number,
			fields: IDataObject,
			dedupe: IDataObject = {},
		): INodeExecutionData => ({
			json: {
				...fields,
				_row: row,
				_dedupe: {
					action: 'updated',
					operation: 'update',
					existingItem: 0,
					rows: [row],
					score: 0.97,
					reasons: ['email'],
					why: 'same email',
					...dedupe,
				},
			},
		});
		/** Two clients the target has before the import: cli-1 and cli-2. */
		const existing = async () => {
			await run(items(2, 90), {}).out;
			server.log.length = 0;
		};
		const report = (out: INodeExecutionData[][]) => out[0][0].json as unknown as ImportReport;

		it('sends an item Dedupe marked as an update to the update path, not the create endpoint', async () => {
			await existing();
			const input = [
				...items(2),
				updateItem(
					5,
					{ firstName: 'Ada', lastName: 'L90', email: 'p90@example.com', phone: '555 0100' },
					{ existingId: 'cli-1' },
				),
				updateItem(
					6,
					{ firstName: 'F91', lastName: 'New', email: 'p91@example.com' },
					{ existingId: 'cli-2' },
				),
			];
			const out = await run(input, {}).out;
			// each update is a batch of one and goes as it comes; the creates wait to fill their batch
			expect(server.log.map((l) => [l.method, l.path, l.records])).toEqual([
				['PATCH', '/api/clients/cli-1', undefined],
				['PATCH', '/api/clients/cli-2', undefined],
				['POST', '/api/v1/import/clients', 2],
			]);
			expect(server.store.get('clients')!.get('cli-1')).toEqual({
				id: 'cli-1',
				firstName: 'Ada',
				lastName: 'L90',
				email: 'p90@example.com',
				phone: '555 0100',
			});
			expect(server.store.get('clients')!.size).toBe(4);
			const r = report(out);
			expect(r.results.map((x) => [x.row, x.status, x.operation, x.id])).toEqual([
				[2, 'created', undefined, 'cli-3'],
				[3, 'created', undefined, 'cli-4'],
				[5, 'updated', 'update', 'cli-1'],
				[6, 'updated', 'update', 'cli-2'],
			]);
			expect(r.totals).toMatchObject({ created: 2, updated: 2 });
			expect(r.createdIds).toEqual(['cli-3', 'cli-4']);
			// each update has its own Idempotency-Key
			expect(new Set(server.log.map((l) => l.headers['idempotency-key'])).size).toBe(3);
		});

		it('takes the id from the Update ID Field when Dedupe gave none, and fails an update with no id at all', async () => {
			await existing();
			const input = [
				updateItem(2, { lastName: 'Changed', clientId: 'cli-2' }),
				updateItem(3, { lastName: 'Nobody' }),
			];
			const [reports, exceptions] = await run(input, {
				onError: 'skip',
				importOptions: { updateIdField: 'clientId' },
			}).out;
			expect(server.log.map((l) => [l.method, l.path])).toEqual([['PATCH', '/api/clients/cli-2']]);
			expect(server.store.get('clients')!.get('cli-2')).toMatchObject({ lastName: 'Changed' });
			expect(
				(reports[0].json as unknown as ImportReport).results.map((x) => [x.status, x.code]),
			).toEqual([
				['updated', undefined],
				['failed', 'IMPORT_UPDATE_NO_ID'],
			]);
			expect(exceptions).toEqual([
				{
					json: {
						...input[1].json,
						_row: 3,
						_code: 'IMPORT_UPDATE_NO_ID',
						_message: expect.stringMatching(
							/^The row updates an existing record but does not say which/,
						),
					},
					pairedItem: { item: 1 },
				},
			]);
		});

		it('fails an update whose record is gone (404), saying so', async () => {
			await existing();
			const [, exceptions] = await run(
				[updateItem(2, { lastName: 'X' }, { existingId: 'cli-77' })],
				{ onError: 'skip' },
			).out;
			expect(exceptions.map((e) => [e.json._code, e.json._message])).toEqual([
				[
					'IMPORT_UPDATE_NOT_FOUND',
					'The record to update (clients cli-77) is not in the target (404): it may have been deleted or merged since it was matched. Import the row as a new record, or drop it. The target said: no clients record cli-77',
				],
			]);
		});

		it('sends updates in batches to a Bulk Update Path, each record carrying its id, with PUT when asked', async () => {
			await existing();
			server.detailed = false;
			const input = [
				updateItem(2, { lastName: 'One' }, { existingId: 'cli-1' }),
				updateItem(3, { lastName: 'Two' }, { existingId: 'cli-2' }),
				...items(1, 5),
			];
			const out = await run(input, {
				bulkUpdatePath: '/api/v1/update/{object}',
				bulkUpdateMethod: 'PUT',
			}).out;
			expect(server.log.map((l) => [l.method, l.path, l.records])).toEqual([
				['PUT', '/api/v1/update/clients', 2],
				['POST', '/api/v1/import/clients', 1],
			]);
			expect(server.store.get('clients')!.get('cli-1')).toEqual({ id: 'cli-1', lastName: 'One' });
			// the documented counts ({ updated: 2 }, { created: 1 }) say what each row did
			expect(report(out).results.map((x) => [x.status, x.id])).toEqual([
				['updated', 'cli-1'],
				['updated', 'cli-2'],
				['created', undefined],
			]);
		});

		it('fills a path from each record, URL-encoded, in per-record mode, and fails a row that leaves a placeholder blank rather than send braces', async () => {
			await existing();
			const input = [
				{ json: { kind: 'clients', lastName: 'Made' } },
				{ json: { kind: '', lastName: 'NoKind' } },
				updateItem(4, { lastName: 'Put', ref: 'cli-1' }),
				updateItem(5, { lastName: 'NoRef', ref: ' ' }),
			];
			const [reports, exceptions] = await run(input, {
				mode: 'perRecord',
				method: 'POST',
				recordPath: '/api/{kind}',
				idPath: 'data.id',
				updateMethod: 'PUT',
				updatePath: '/api/{object}/{ref}',
				onError: 'skip',
				importOptions: { updateIdField: 'ref' },
			}).out;
			expect(server.log.map((l) => [l.method, l.path])).toEqual([
				['POST', '/api/clients'],
				['PUT', '/api/clients/cli-1'],
			]);
			expect(server.log.some((l) => l.path.includes('%7B'))).toBe(false);
			expect(server.store.get('clients')!.get('cli-1')).toEqual({
				id: 'cli-1',
				lastName: 'Put',
				ref: 'cli-1',
			});
			expect(
				(reports[0].json as unknown as ImportReport).results.map((x) => [x.status, x.code]),
			).toEqual([
				['created', undefined],
				['failed', 'IMPORT_PATH_VALUE_MISSING'],
				['updated', undefined],
				['failed', 'IMPORT_UPDATE_NO_ID'],
			]);
			expect(exceptions[0].json._message).toBe(
				'The Create Path /api/{kind} needs {kind}, but the record\'s field "kind" is blank, so nothing was sent. Fill it in, or change the Create Path.',
			);
		});

		it('fills {id} in the update path with the id to update, never leaving it literal', async () => {
			await existing();
			await run([updateItem(2, { lastName: 'Z' }, { existingId: 'cli-2' })], {
				mode: 'perRecord',
				updatePath: '/api/{object}/{id}',
			}).out;
			expect(server.log.map((l) => [l.method, l.path])).toEqual([['PATCH', '/api/clients/cli-2']]);
		});

		it('refuses a bulk path that names a field of one record', async () => {
			const error = await run(items(1), {
				bulkUpdatePath: '/api/v1/update/{object}/{id}',
			}).out.catch((e: unknown) => e);
			expect(error).toMatchObject({
				message: 'Bulk Update Path can only use {object}, not {id}: a batch holds many records',
				context: { itemIndex: 0 },
			});
		});

		it('never reverts an update: the revert deletes only what the import created', async () => {
			await existing();
			const [imported] = await run(
				[...items(1), updateItem(3, { lastName: 'Kept' }, { existingId: 'cli-1' })],
				{},
			).out;
			const [reverts] = await run(imported, {
				operation: 'revert',
				reportField: '',
				deletePath: '/api/{object}/{id}',
				revertOptions: {},
			}).out;
			const revert = reverts[0].json as unknown as RevertReport;
			expect(revert.totals).toMatchObject({ ids: 1, deleted: 1 });
			expect(revert.notReverted).toEqual({ updated: 1, acceptedWithoutId: 0 });
			expect([...server.store.get('clients')!.keys()]).toEqual(['cli-1', 'cli-2']);
		});
	});

	describe('Revert Import', () => {
		it('deletes exactly what an import created, and a second revert finds them gone', async () => {
			const [other] = await run(items(2, 50), {}).out;
			const [imported] = await run(items(3), {}).out;
			const revert = (input: INodeExecutionData[]) =>
				run(input, {
					operation: 'revert',
					reportField: '',
					deletePath: '/api/{object}/{id}',
					revertOptions: {},
				}).out;
			const [reports, exceptions] = await revert(imported);
			const r = reports[0].json as unknown as RevertReport;
			expect(r.totals).toEqual({ ids: 3, deleted: 3, alreadyGone: 0, failed: 0, notAttempted: 0 });
			expect(reports[0].pairedItem).toEqual({ item: 0 });
			expect(exceptions).toEqual([]);
			expect([...server.store.get('clients')!.keys()]).toEqual(
				(other[0].json as unknown as ImportReport).createdIds,
			);
			expect(server.log.filter((l) => l.method === 'DELETE').map((l) => l.path)).toEqual([
				'/api/clients/cli-3',
				'/api/clients/cli-4',
				'/api/clients/cli-5',
			]);
			const [again] = await revert(imported);
			expect((again[0].json as unknown as RevertReport).totals).toMatchObject({
				deleted: 0,
				alreadyGone: 3,
			});
		});

		it('deletes what a counts-only target created without ids, found by the tag the import gave them, and nothing else', async () => {
			server.detailed = false;
			const [other] = await run(items(2, 50), {}).out;
			const [imported] = await run(items(5), { importOptions: { tagField: 'importId' } }).out;
			const report = imported[0].json as unknown as ImportReport;
			expect(report.createdIds).toEqual([]);
			expect(
				[...server.store.get('clients')!.values()].filter((r) => r.importId === report.importId),
			).toHaveLength(5);
			const [reverts] = await run(imported, {
				operation: 'revert',
				reportField: '',
				deletePath: '/api/{object}/{id}',
				revertOptions: { searchPageSize: 2 },
			}).out;
			const revert = reverts[0].json as unknown as RevertReport;
			expect(revert.totals).toEqual({
				ids: 5,
				deleted: 5,
				alreadyGone: 0,
				failed: 0,
				notAttempted: 0,
			});
			expect(revert.search).toEqual({
				field: 'importId',
				value: report.importId,
				requests: 4,
				found: 5,
				ignored: 0,
			});
			expect(server.store.get('clients')!.size).toBe(2);
			expect((other[0].json as unknown as ImportReport).totals.created).toBe(2);
			expect(server.log.filter((l) => l.method === 'GET').map((l) => [l.path, l.query])[0]).toEqual(
				[
					'/api/v1/export/clients',
					`?filter_field=importId&filter_operator=eq&filter_value=${report.importId}&fields=id%2CimportId&limit=2`,
				],
			);
		});

		it('refuses to tag records created with PUT or PATCH, which may land on a record that was already there', async () => {
			const error = await run(items(1), {
				mode: 'perRecord',
				method: 'PUT',
				importOptions: { tagField: 'importId' },
			}).out.catch((e: unknown) => e);
			expect(error).toMatchObject({
				message: 'Tag Created Records With Import ID In needs the Create Method POST',
				context: { itemIndex: 0 },
			});
		});

		it('keeps the token out of the revert report when the target echoes it', async () => {
			const [imported] = await run(items(1), {}).out;
			const secret = 'sk-live-0123456789';
			const [reverts] = await run(
				imported,
				{
					operation: 'revert',
					reportField: '',
					deletePath: '/api/{object}/{id}',
					revertOptions: {},
				},
				{ credentials: bearer(secret.toUpperCase()) },
			).out;
			const revert = reverts[0].json as unknown as RevertReport;
			expect(revert.results[0]).toMatchObject({
				status: 'failed',
				code: 'UNAUTHORIZED',
				message: expect.stringMatching(/invalid token \*\*\*$/),
			});
			expect(JSON.stringify(reverts).toLowerCase()).not.toContain(secret);
		});

		it('reads the report from a field, and outputs an error item for a non-report when continuing on fail', async () => {
			const [imported] = await run(items(1), {}).out;
			const input = [
				{ json: { report: imported[0].json } },
				{ json: { report: { hello: 'world' } } },
			];
			const [reports] = await run(
				input,
				{
					operation: 'revert',
					reportField: 'report',
					deletePath: '/api/{object}/{id}',
					revertOptions: {},
				},
				{ continueOnFail: true },
			).out;
			expect((reports[0].json as unknown as RevertReport).totals.deleted).toBe(1);
			expect(reports[1]).toEqual({
				json: {
					error:
						'`report` is not an import report: it has no `importId`. Pass the Report output of an earlier import, unchanged.',
					code: 'IMPORT_INVALID_REPORT',
				},
				error: expect.any(NodeOperationError),
				pairedItem: { item: 1 },
			});
		});
	});

	describe('errors', () => {
		it('throws a NodeOperationError with the item index for resume JSON it cannot read', async () => {
			const error = await run(items(1), { importOptions: { resumeFrom: '{not json' } }).out.catch(
				(e: unknown) => e,
			);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error).toMatchObject({
				message: 'Resume From Report is not valid JSON',
				context: { itemIndex: 0 },
			});
		});

		it('outputs an error item per input item instead when continuing on fail', async () => {
			const [reports, exceptions] = await run(items(2), { batchSize: 0 }, { continueOnFail: true })
				.out;
			expect(reports).toEqual(
				[0, 1].map((item) => ({
					json: {
						error: 'Invalid option `batchSize`: expected a whole number from 1 to 100000, got 0',
						code: 'IMPORT_INVALID_OPTION',
					},
					error: expect.any(NodeOperationError),
					pairedItem: { item },
				})),
			);
			expect(exceptions).toEqual([]);
		});
	});

	describe('credential', () => {
		it('tests the token with a GET to its test path', () => {
			const credential = new IntakeApi();
			expect(credential.test.request).toEqual({
				baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
				url: '={{$credentials.testPath}}',
				method: 'GET',
			});
			expect(
				credential.properties.filter((p) => p.typeOptions?.password).map((p) => p.name),
			).toEqual(['token', 'apiKey', 'password']);
		});

		it('says so when Extra Headers is not JSON, without quoting it', async () => {
			await expect(
				new IntakeApi().authenticate(
					{ authentication: 'bearer', token: 't', extraHeaders: '{"X-Secret": secret-value' },
					{ url: '/' },
				),
			).rejects.toThrow(
				'Intake API credential: Extra Headers is not valid JSON; write an object such as {"X-Tenant": "acme"}',
			);
		});
	});
});
