import { Readable } from 'node:stream';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { PipelineReport } from '../../../lib';
import { ImportBatch } from '../../../nodes/ImportBatch/ImportBatch.node';
import { fakeExecuteFunctions, fileItem } from '../../helpers/fakeExecuteFunctions';
import { startImportServer, type ImportServer } from '../../helpers/importServer';

/*
 * Import File: the input item's file through runImport straight to the
 * target, against the tests' local import server. Outputs are one report per
 * file and the rows that did not make it, never one item per row.
 */

// written for this issue: a clean row, a bad email, a row the target refuses, a blank line, a second clean row
const CSV = [
	'First Name,Last Name,Email,Phone',
	'Ada,Lovelace,ada@example.com,212-555-0100',
	'Bob,Builder,bob@,212-555-0101',
	'Cara,Refused,cara@example.com,212-555-0102',
	',,,',
	'Dan,Smith,dan@example.com,212-555-0103',
].join('\r\n');

const node = new ImportBatch();

/** An input item holding the file inline, as n8n's in-memory default binary mode keeps it (no id). */
const inlineItem = (fileName: string): INodeExecutionData => ({
	json: { fileName },
	binary: { data: { data: '', mimeType: 'text/csv', fileName } },
});

describe('Import Batch: Import File', () => {
	let server: ImportServer;
	beforeEach(async () => {
		server = await startImportServer({ detailed: true });
		server.faults.reject = (r) => (r.firstName === 'Cara' ? 'Cara is not allowed here' : undefined);
	});
	afterEach(() => server.close());

	const run = (
		parameters: IDataObject,
		extra: {
			items?: INodeExecutionData[];
			files?: Array<Record<string, Buffer>>;
			continueOnFail?: boolean;
			stream?: Buffer[];
		} = {},
	) => {
		const ctx = fakeExecuteFunctions({
			items: extra.items ?? [inlineItem('clients.csv')],
			files: extra.files ?? [{ data: Buffer.from(CSV) }],
			credentials: { baseUrl: server.url, authentication: 'bearer', token: 'admin-token' },
			continueOnFail: extra.continueOnFail,
			parameters: { operation: 'importFile', object: 'clients', onError: 'skip', ...parameters },
		});
		const chunks = extra.stream;
		if (chunks) {
			// n8n's filesystem, database and S3 modes: the file by its id, as a stream
			Object.assign(ctx.helpers, {
				getBinaryStream: async (id: string) => {
					ctx.calls.push(`getBinaryStream(${id})`);
					return Readable.from(chunks);
				},
				getBinaryMetadata: async () => ({
					fileSize: chunks.reduce((n, c) => n + c.length, 0),
				}),
			});
		}
		return { ctx, out: node.execute.call(ctx) };
	};

	const reportOf = (items: INodeExecutionData[]) => items[0].json as unknown as PipelineReport;
	const exceptionRows = (items: INodeExecutionData[]) =>
		items.map((i) => [i.json._row, i.json._outcome, i.json._code]);
	const stored = () =>
		[...(server.store.get('clients')?.values() ?? [])].map((r) => [r.firstName, r.email, r.phone]);

	describe('in the in-memory default binary mode', () => {
		it('imports the clean rows, and outputs one report and each row that did not make it, paired with the item', async () => {
			const { ctx, out } = run({});
			const [reports, exceptions] = await out;
			expect(reports).toHaveLength(1);
			const report = reportOf(reports);
			expect(reports[0].pairedItem).toEqual({ item: 0 });
			expect([report.status, report.schema, report.file.format, report.file.headerRow]).toEqual([
				'Completed with errors',
				'clients',
				'csv',
				1,
			]);
			expect(report.totals).toEqual({
				rows: 4,
				valid: 3,
				invalid: 1,
				skipped: 0,
				duplicates: 0,
				possibleDuplicates: 0,
				created: 2,
				updated: 0,
				failed: 1,
				notAttempted: 0,
				importedBefore: 0,
				written: 0,
				warnings: 0,
			});
			expect(report.readIssues.map((i) => [i.row, i.code])).toEqual([[5, 'ROW_BLANK']]);
			expect(report.import).toMatchObject({
				status: 'Completed with errors',
				object: 'clients',
				source: 'clients.csv',
				onError: 'skip',
				createdIds: ['cli-1', 'cli-2'],
			});
			expect(stored()).toEqual([
				['Ada', 'ada@example.com', '+12125550100'],
				['Dan', 'dan@example.com', '+12125550103'],
			]);
			// the invalid row as read, to fix and import again; the refused one as it was sent
			expect(exceptions).toEqual([
				{
					json: {
						'First Name': 'Bob',
						'Last Name': 'Builder',
						Email: 'bob@',
						Phone: '212-555-0101',
						_row: 3,
						_outcome: 'invalid',
						_code: 'EMAIL_INVALID',
						_message:
							'Column "Email": "bob@" has no domain after the "@". Enter one address such as name@example.com.',
					},
					pairedItem: { item: 0 },
				},
				{
					json: {
						firstName: 'Cara',
						lastName: 'Refused',
						email: 'cara@example.com',
						phone: '+12125550102',
						_row: 4,
						_outcome: 'failed',
						_code: 'VALIDATION_FAILED',
						_message: 'Cara is not allowed here',
					},
					pairedItem: { item: 0 },
				},
			]);
			expect(ctx.calls.filter((c) => /Binary/.test(c))).toEqual([
				'assertBinaryData(0,data)',
				'getBinaryDataBuffer(0,data)',
			]);
			expect(ctx.logs).toContain(
				'Spreadsheet to Records: clients.csv: Completed with errors: 4 rows: 1 invalid, 2 created, 1 failed, in ' +
					(report.durationMs / 1000).toFixed(1) +
					' s',
			);
			expect(ctx.logs).toContain('Spreadsheet to Records: clients.csv: batch 1/1 (3 of 3 rows)');
			expect(ctx.logs[0]).toBe(
				'Spreadsheet to Records: clients.csv: reading the file (0.0 MB) from memory',
			);
		});
	});

	describe('in the filesystem, database and S3 binary modes', () => {
		it('reads the file as a stream by its id, never whole, with the same outcome', async () => {
			const bytes = Buffer.from(CSV);
			// chunks that cut rows, fields and the CRLF apart
			const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, k) =>
				bytes.subarray(k * 7, k * 7 + 7),
			);
			const { ctx, out } = run({}, { items: [fileItem('clients.csv')], files: [], stream: chunks });
			const [reports, exceptions] = await out;
			expect(reportOf(reports).totals).toMatchObject({
				rows: 4,
				invalid: 1,
				created: 2,
				failed: 1,
			});
			expect(exceptionRows(exceptions)).toEqual([
				[3, 'invalid', 'EMAIL_INVALID'],
				[4, 'failed', 'VALIDATION_FAILED'],
			]);
			expect(ctx.calls.filter((c) => /Binary/.test(c))).toEqual([
				'assertBinaryData(0,data)',
				'getBinaryStream(filesystem-v2:clients.csv)',
			]);
			expect(ctx.logs[0]).toBe(
				'Spreadsheet to Records: clients.csv: reading the file (0.0 MB) as a stream',
			);
		});
	});
	describe('mapping', () => {
		// headers no synonym knows: only the saved profile maps them
		const ODD = [
			'Col A,Col B,Col C',
			'Ada,Lovelace,ada@example.com',
			'Dan,Smith,dan@example.com',
		].join('\n');
		const profile = {
			version: 1,
			schema: 'clients',
			columns: [
				{ header: 'Col A', field: 'firstName' },
				{ header: 'Col B', field: 'lastName' },
				{ header: 'Col C', field: 'email' },
			],
		};

		it('maps the columns with a Saved Mapping Profile given as JSON text', async () => {
			const [reports, exceptions] = await run(
				{ profile: JSON.stringify(profile) },
				{ files: [{ data: Buffer.from(ODD) }] },
			).out;
			expect(reportOf(reports).mapping.map((m) => [m.header, m.field])).toEqual([
				['Col A', 'firstName'],
				['Col B', 'lastName'],
				['Col C', 'email'],
			]);
			expect(reportOf(reports).totals).toMatchObject({ rows: 2, created: 2 });
			expect(exceptions).toEqual([]);
		});

		it('fails the item, naming the parameter, for a profile that is not JSON', async () => {
			const { out } = run({ profile: '{ nope' }, { files: [{ data: Buffer.from(ODD) }] });
			await expect(out).rejects.toThrow(/^Saved Mapping Profile is not valid JSON/);
			expect(server.log).toEqual([]);
		});

		it('reads File Options: header row, date order, fixed values', async () => {
			const csv = [
				'Clients exported 2024-05-01',
				'',
				'First Name,Last Name,Born',
				'Ada,Lovelace,03/04/1990',
			].join('\n');
			const [reports, exceptions] = await run(
				{
					fileOptions: {
						headerRow: 3,
						dateOrder: 'DMY',
						fixedValues: { values: [{ field: 'notes', value: 'From OldCRM' }] },
					},
				},
				{ files: [{ data: Buffer.from(csv) }] },
			).out;
			expect(exceptions).toEqual([]);
			expect(reportOf(reports).file.headerRow).toBe(3);
			expect([...server.store.get('clients')!.values()]).toEqual([
				{
					id: 'cli-1',
					firstName: 'Ada',
					lastName: 'Lovelace',
					dateOfBirth: '1990-04-03',
					notes: 'From OldCRM',
				},
			]);
		});

		it('reads a custom schema as Map Columns does', async () => {
			const customSchema = JSON.stringify({
				name: 'matters',
				extends: 'clients',
				fields: [{ key: 'matterType', type: 'enum', values: ['PI', 'Family'], required: true }],
			});
			const csv = 'First Name,Last Name,Matter Type\nAl,Brown,PI\nBo,Green,Tax\n';
			const [reports, exceptions] = await run(
				{ schema: 'custom', customSchema },
				{ files: [{ data: Buffer.from(csv) }] },
			).out;
			expect([reportOf(reports).schema, reportOf(reports).totals.created]).toEqual(['matters', 1]);
			expect(exceptionRows(exceptions)).toEqual([[3, 'invalid', 'ENUM_UNKNOWN_VALUE']]);
		});
	});

	describe('Find Duplicates', () => {
		const TWICE = [
			'First Name,Last Name,Email,Phone',
			'Maria,Garcia,maria@firm.com,212-555-0100',
			'Maria,Garcia,MARIA@firm.com,',
			'John,Smith,john@smith.net,512-555-0177',
		].join('\n');

		it('is off by default: the same person twice is sent twice (the target finds the second)', async () => {
			const [reports] = await run({}, { files: [{ data: Buffer.from(TWICE) }] }).out;
			expect(reportOf(reports).duplicates.map((d) => [d.row, d.action])).toEqual([
				[3, 'importDuplicate'],
			]);
			expect(reportOf(reports).import?.totals).toMatchObject({ rows: 3, created: 2, duplicate: 1 });
			expect(server.log.filter((l) => l.records !== undefined).map((l) => l.records)).toEqual([3]);
		});

		it('merges the same person into one record before sending, with the Merge policy', async () => {
			const [reports, exceptions] = await run(
				{ dedupe: true },
				{ files: [{ data: Buffer.from(TWICE) }] },
			).out;
			const report = reportOf(reports);
			expect(report.totals).toMatchObject({ rows: 3, duplicates: 1, created: 2 });
			expect(report.duplicates.map((d) => [d.row, d.intoRow, d.action])).toEqual([
				[3, 2, 'merged'],
			]);
			expect(stored()).toEqual([
				['Maria', 'maria@firm.com', '+12125550100'],
				['John', 'john@smith.net', '+15125550177'],
			]);
			expect(exceptions).toEqual([]);
		});
	});

	describe('when the import halts', () => {
		// one record per request: the refused row halts before Dan is sent
		const halting = { onError: 'halt', batchSize: 1 };

		it('fails the execution as the Import operation does, naming the item, with the report attached', async () => {
			const error = await run(halting).out.catch((e: unknown) => e);
			expect(error).toBeInstanceOf(NodeOperationError);
			const e = error as NodeOperationError;
			expect(e.message).toMatch(
				/^The import stopped with status Error at row 4 \(VALIDATION_FAILED\)/,
			);
			expect(e.context.itemIndex).toBe(0);
			const report = e.context.report as unknown as PipelineReport;
			expect([report.status, report.totals.created, report.totals.failed]).toEqual([
				'Halted',
				1,
				1,
			]);
			expect(report.totals.notAttempted).toBe(1);
		});

		it('outputs the report and the rows not imported with Output Report on Error', async () => {
			const [reports, exceptions] = await run({
				...halting,
				importOptions: { outputReportOnError: true },
			}).out;
			expect([reportOf(reports).status, reportOf(reports).import?.status]).toEqual([
				'Halted',
				'Error',
			]);
			expect(exceptionRows(exceptions)).toEqual([
				[3, 'invalid', 'EMAIL_INVALID'],
				[4, 'failed', 'VALIDATION_FAILED'],
				[6, 'notAttempted', 'NOT_ATTEMPTED'],
			]);
		});

		it('outputs the report when the node continues on fail', async () => {
			const [reports] = await run(halting, { continueOnFail: true }).out;
			expect(reportOf(reports).status).toBe('Halted');
		});

		it('resumes from the report: what was imported is not sent again', async () => {
			server.faults.reject = undefined;
			const first = await run({ importOptions: { maxDurationSeconds: 0 } }).out;
			const sent = server.log.length;
			const [reports] = await run({
				importOptions: { resumeFrom: JSON.stringify(first[0][0].json) },
			}).out;
			// as the Import operation counts them: what an earlier run imported is a duplicate now
			expect(reportOf(reports).import?.totals).toMatchObject({ rows: 3, created: 0, duplicate: 3 });
			expect(server.createdTotal()).toBe(3);
			// every row already imported: no batch is sent
			expect(server.log.slice(sent).filter((l) => l.records !== undefined)).toEqual([]);
		});
	});

	describe('items and errors', () => {
		it('imports each input item’s file, its outputs paired with it', async () => {
			const second = 'First Name,Last Name,Email\nEve,Adams,eve@\n';
			const [reports, exceptions] = await run(
				{},
				{
					items: [inlineItem('a.csv'), inlineItem('b.csv')],
					files: [{ data: Buffer.from(CSV) }, { data: Buffer.from(second) }],
				},
			).out;
			expect(reports.map((r) => [r.pairedItem, reportOf([r]).import?.source])).toEqual([
				[{ item: 0 }, 'a.csv'],
				[{ item: 1 }, 'b.csv'],
			]);
			expect(exceptions.map((e) => [e.pairedItem, e.json._row, e.json._outcome])).toEqual([
				[{ item: 0 }, 3, 'invalid'],
				[{ item: 0 }, 4, 'failed'],
				[{ item: 1 }, 2, 'invalid'],
			]);
		});

		it('fails with the item index when the item has no file, and sends nothing', async () => {
			const error = await run({}, { items: [{ json: {} }] }).out.catch((e: unknown) => e);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as NodeOperationError).context.itemIndex).toBe(0);
			expect(server.log).toEqual([]);
		});

		it('puts an error item, paired with its item, on Report when continuing on fail', async () => {
			const [reports, exceptions] = await run(
				{},
				{
					items: [inlineItem('empty.csv'), inlineItem('clients.csv')],
					files: [{ data: Buffer.from('') }, { data: Buffer.from(CSV) }],
					continueOnFail: true,
				},
			).out;
			expect(reports[0]).toEqual({
				json: { error: expect.any(String), code: 'EMPTY_FILE' },
				error: expect.any(NodeOperationError),
				pairedItem: { item: 0 },
			});
			expect(reportOf([reports[1]]).totals.created).toBe(2);
			expect(exceptions.map((e) => e.pairedItem)).toEqual([{ item: 1 }, { item: 1 }]);
		});
	});
});
