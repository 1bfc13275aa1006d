import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { readSpreadsheet } from '../../../lib';
import { ExportArchive } from '../../../nodes/ExportArchive/ExportArchive.node';
import { fakeExecuteFunctions, fileItem } from '../../helpers/fakeExecuteFunctions';
import { startImportServer, type ImportServer } from '../../helpers/importServer';

const node = new ExportArchive();

const people: IDataObject[] = [
	{
		_row: 2,
		_warnings: [],
		firstName: 'José',
		lastName: 'Müller',
		email: 'jose@example.com',
		caseType: 'Injury',
		opened: '2025-01-05',
		fee: 1200.5,
	},
	{
		_row: 3,
		_warnings: [],
		firstName: 'Zoë',
		lastName: '=HYPERLINK("http://evil.example","x")',
		email: 'zoe@example.com',
		caseType: 'Family',
		opened: '1/7/2025',
		fee: -40,
	},
	{
		_row: 4,
		_warnings: [],
		firstName: 'Łukasz',
		lastName: 'Nowak',
		email: 'lukasz@example.com',
		caseType: 'Injury',
		opened: '2024-12-31',
		fee: 99,
	},
];
const items = (rows: IDataObject[] = people): INodeExecutionData[] =>
	rows.map((json) => ({ json }));

function run(
	input: INodeExecutionData[],
	parameters: Record<string, unknown>,
	extra: {
		files?: Array<Record<string, Buffer>>;
		continueOnFail?: boolean;
		credentials?: IDataObject;
	} = {},
) {
	const ctx = fakeExecuteFunctions({
		items: input,
		files: extra.files ?? [],
		parameters,
		continueOnFail: extra.continueOnFail,
		credentials: extra.credentials as never,
	});
	return { ctx, out: node.execute.call(ctx) };
}

const bytesOf = (item: INodeExecutionData, property = 'data'): Buffer =>
	Buffer.from(item.binary?.[property]?.data ?? '', 'base64');
const csvOf = (item: INodeExecutionData) =>
	parse(bytesOf(item).toString('utf8'), { bom: true }) as string[][];

describe('Export / Archive', () => {
	describe('Export Records', () => {
		it('writes every item as one CSV paired with all of them: fields picked and renamed, formulas guarded, _ fields left out', async () => {
			const [[file]] = await run(items(), {
				operation: 'exportRecords',
				format: 'csv',
				fields: 'firstName:First Name, lastName:Last Name, email, opened',
			}).out;
			expect(file.pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(file.json).toMatchObject({ fileName: 'export.csv', format: 'csv', count: 3 });
			expect(file.binary?.data.mimeType).toMatch(/text\/csv/);
			expect(csvOf(file)).toEqual([
				['First Name', 'Last Name', 'email', 'opened'],
				['José', 'Müller', 'jose@example.com', '2025-01-05'],
				// a column of dates in several forms comes out ISO (nothing in it says day first, so 1/7 is January 7)
				['Zoë', `'=HYPERLINK("http://evil.example","x")`, 'zoe@example.com', '2025-01-07'],
				['Łukasz', 'Nowak', 'lukasz@example.com', '2024-12-31'],
			]);
		});

		it('filters, sorts and limits as the library does, and writes one file per group, each paired with its own items', async () => {
			const filter = JSON.stringify({
				operator: 'and',
				conditions: [{ field: 'opened', operator: 'gte', value: '2025-01-01' }],
			});
			const [[only]] = await run(items(), {
				operation: 'exportRecords',
				format: 'csv',
				fields: 'firstName',
				filter,
				sortBy: 'firstName',
				sortDirection: 'desc',
			}).out;
			expect(csvOf(only).map((r) => r[0])).toEqual(['firstName', 'Zoë', 'José']);
			const groups = await run(items(), {
				operation: 'exportRecords',
				format: 'json',
				groupBy: 'caseType',
				options: { jsonShape: 'array' },
			}).out;
			expect(groups[0].map((g) => [g.json.group, g.json.fileName, g.pairedItem])).toEqual([
				['Injury', 'Injury.json', [{ item: 0 }, { item: 2 }]],
				['Family', 'Family.json', [{ item: 1 }]],
			]);
			expect(
				JSON.parse(bytesOf(groups[0][0]).toString()).map((r: IDataObject) => r.firstName),
			).toEqual(['José', 'Łukasz']);
		});

		it('writes an XLSX our reader reads back, and a PDF', async () => {
			const [[xlsx]] = await run(items(), {
				operation: 'exportRecords',
				format: 'xlsx',
				fields: 'firstName, lastName, fee',
			}).out;
			const read = await readSpreadsheet(bytesOf(xlsx));
			expect(read.rows).toEqual([
				{ firstName: 'José', lastName: 'Müller', fee: '1200.5' },
				// an XLSX text cell is never a formula, so it needs no apostrophe
				{ firstName: 'Zoë', lastName: '=HYPERLINK("http://evil.example","x")', fee: '-40' },
				{ firstName: 'Łukasz', lastName: 'Nowak', fee: '99' },
			]);
			const [[pdf]] = await run(items(), {
				operation: 'exportRecords',
				format: 'pdf',
				options: { title: 'Clients' },
			}).out;
			expect(pdf.json).toMatchObject({ fileName: 'export.pdf', count: 3 });
			expect(bytesOf(pdf).subarray(0, 5).toString()).toBe('%PDF-');
			expect(pdf.json.warnings).toBeUndefined();
		});

		it('warns when a PDF cannot draw some names (Greek, Cyrillic), which the file still holds as text', async () => {
			const [[pdf]] = await run(items([{ name: 'Γιάννης' }, { name: 'Иван' }, { name: 'José' }]), {
				operation: 'exportRecords',
				format: 'pdf',
			}).out;
			expect(pdf.json.warnings).toEqual([
				'11 characters outside the Latin alphabets (Greek, Cyrillic, CJK, emoji) show as ? in the PDF, though they copy out right; export as XLSX or CSV to keep them visible.',
			]);
		});

		it('fails on a filter that is not JSON with the item index, or outputs the error paired with every item under Continue On Fail', async () => {
			const failing = run(items(), { operation: 'exportRecords', filter: '{"operator": ' }).out;
			await expect(failing).rejects.toBeInstanceOf(NodeOperationError);
			await expect(failing).rejects.toMatchObject({
				message: expect.stringContaining('not valid JSON'),
			});
			const [[error]] = await run(
				items(),
				{
					operation: 'exportRecords',
					filter: JSON.stringify({
						operator: 'and',
						conditions: [{ field: 'fee', operator: 'bigger', value: 1 }],
					}),
				},
				{ continueOnFail: true },
			).out;
			expect(error.json).toMatchObject({ code: 'EXPORT_INVALID_FILTER' });
			expect(error.pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		});
	});

	describe('Create Archive', () => {
		it('puts every item’s files in one ZIP, in folders by item, names made safe, with a manifest whose hashes match', async () => {
			const input: INodeExecutionData[] = [
				fileItem('retainer.pdf'),
				fileItem('../../etc/passwd'),
				{ json: { note: 'no file' } },
				fileItem('retainer.pdf'),
			];
			input[0].json.caseNumber = 'C-1';
			input[1].json.caseNumber = 'C-1';
			input[3].json.caseNumber = 'C-2';
			const files: Array<Record<string, Buffer>> = [
				{ data: Buffer.from('%PDF one') },
				{ data: Buffer.from('root:x:0:0') },
				{},
				{ data: Buffer.from('%PDF two') },
			];
			const [[archive]] = await run(
				input,
				{ operation: 'createArchive', folderBy: (i: number) => input[i].json.caseNumber ?? '' },
				{ files },
			).out;
			expect(archive.pairedItem).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
			expect(archive.json.itemsWithoutFiles).toEqual([2]);
			const zip = unzipSync(new Uint8Array(bytesOf(archive)));
			expect(Object.keys(zip).sort()).toEqual([
				'C-1/etc/passwd',
				'C-1/retainer.pdf',
				'C-2/retainer.pdf',
				'manifest.csv',
			]);
			const manifest = parse(strFromU8(zip['manifest.csv'])) as string[][];
			for (const [path, size, sha256] of manifest.slice(1)) {
				expect(Number(size)).toBe(zip[path].length);
				expect(sha256).toBe(createHash('sha256').update(zip[path]).digest('hex'));
			}
		});
	});

	describe('Bulk Export', () => {
		it('exports each record set as its own file, with the items’ files and the manifest, in one ZIP', async () => {
			const input: INodeExecutionData[] = [
				{ json: { set: 'clients', name: 'José' } },
				{ json: { set: 'cases', title: 'Doe v. Roe' }, binary: fileItem('complaint.pdf').binary },
				{ json: { set: 'clients', name: 'Zoë' } },
			];
			const files: Array<Record<string, Buffer>> = [
				{},
				{ data: Buffer.from('%PDF complaint') },
				{},
			];
			const [[bulk]] = await run(
				input,
				{ operation: 'bulkExport', format: 'csv', groupBy: 'set', fields: '' },
				{ files },
			).out;
			const zip = unzipSync(new Uint8Array(bytesOf(bulk)));
			const names = Object.keys(zip).sort();
			expect(names).toContain('manifest.csv');
			const clients = names.find((n) => /clients\.csv$/.test(n)) as string;
			expect(parse(strFromU8(zip[clients]), { bom: true })).toEqual([
				['set', 'name'],
				['clients', 'José'],
				['clients', 'Zoë'],
			]);
			expect(names.some((n) => /cases\.csv$/.test(n))).toBe(true);
			expect(names.some((n) => /complaint\.pdf$/.test(n))).toBe(true);
			expect(bulk.json.sets).toEqual({ clients: 2, cases: 1 });
		});
	});

	describe('Fetch Records', () => {
		let server: ImportServer;
		beforeEach(async () => {
			server = await startImportServer();
			const store = new Map<string, Record<string, unknown>>();
			for (let i = 1; i <= 25; i++)
				store.set(`cli-${i}`, {
					id: `cli-${i}`,
					lastName: `Name ${i}`,
					status: i % 2 ? 'open' : 'closed',
					created_at: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(),
				});
			server.store.set('clients', store);
		});
		afterEach(() => server.close());
		const credentials = () => ({
			baseUrl: server.url,
			authentication: 'bearer',
			token: 'admin-token',
		});

		it('reads every page of the export API and outputs one item per record, paired with the input item', async () => {
			const filter = JSON.stringify({
				operator: 'and',
				conditions: [{ field: 'status', operator: 'eq', value: 'open' }],
			});
			const [records] = await run(
				[{ json: {} }],
				{
					operation: 'fetchRecords',
					object: 'clients',
					fetchFilter: filter,
					fetchFields: 'id, lastName',
					options: { pageSize: 5 },
				},
				{ credentials: credentials() },
			).out;
			expect(records).toHaveLength(13);
			expect(
				records.every(
					(r) => r.json.id && r.json.lastName && (r.pairedItem as { item: number }).item === 0,
				),
			).toBe(true);
			expect(new Set(records.map((r) => r.json.id)).size).toBe(13);
		});

		it('outputs one item with the number of matching records with Output Count Only', async () => {
			const filter = JSON.stringify({
				operator: 'and',
				conditions: [{ field: 'status', operator: 'eq', value: 'open' }],
			});
			const [counted] = await run(
				[{ json: {} }, { json: {} }],
				{
					operation: 'fetchRecords',
					object: 'clients',
					fetchFilter: filter,
					fetchFields: 'id',
					fetchOutput: 'count',
					options: { pageSize: 5 },
				},
				{ credentials: credentials() },
			).out;
			expect(counted).toEqual([
				{ json: { object: 'clients', count: 13, status: 'Complete' }, pairedItem: { item: 0 } },
				{ json: { object: 'clients', count: 13, status: 'Complete' }, pairedItem: { item: 1 } },
			]);
		});

		it('stops at the limit, and fails with the code when the token is refused', async () => {
			const [some] = await run(
				[{ json: {} }],
				{
					operation: 'fetchRecords',
					object: 'clients',
					returnAll: false,
					fetchLimit: 7,
					options: { pageSize: 5 },
				},
				{ credentials: credentials() },
			).out;
			expect(some).toHaveLength(7);
			const refused = run(
				[{ json: {} }],
				{ operation: 'fetchRecords', object: 'clients' },
				{ credentials: { ...credentials(), token: 'wrong-token' } },
			).out;
			await expect(refused).rejects.toMatchObject({ message: expect.stringMatching(/401|token/i) });
		});
	});
});
