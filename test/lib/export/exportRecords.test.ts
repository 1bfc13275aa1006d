import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { exportRecords } from '../../../lib/export/exportRecords';
import { readSpreadsheet } from '../../../lib/read/readSpreadsheet';
import type { ExportRecord } from '../../../lib/export/types';

const decode = (bytes: Uint8Array): string =>
	new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

const clients: ExportRecord[] = [
	{
		id: 1,
		name: 'José Álvarez',
		email: 'jose@example.com',
		fee: 1200.5,
		opened: '2025-01-05',
		active: true,
		client: { name: 'Acme, Inc.' },
		notes: 'said "hi"\nthen left',
	},
	{
		id: 2,
		name: 'Zoë Brontë',
		email: '=HYPERLINK("http://evil.example","x")',
		fee: '-12.5',
		opened: new Date('2024-12-01T00:00:00Z'),
		active: false,
		client: { name: 'Globex' },
		notes: '+1 555 010 0123',
	},
	{
		id: 3,
		name: 'Łukasz Nowak',
		email: '@SUM(A1:A2)',
		fee: -3,
		opened: '2025-02-10T14:30:00Z',
		active: null,
		client: null,
		notes: "-2+3+cmd|' /C calc'!A0",
	},
];

async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as never);
	return workbook.worksheets[0];
}

describe('exportRecords', () => {
	describe('a column of dates written in several forms', () => {
		const cases: ExportRecord[] = [
			{
				ref: '2024-CV-00123',
				opened: '2025-01-05',
				due: 'Jan 7, 2025',
				phone: '555-010-0123',
				mixed: '2025-01-05',
			},
			{
				ref: '2024-CV-00124',
				opened: '1/7/2025',
				due: new Date('2025-03-01T00:00:00Z'),
				phone: '555-010-0124',
				mixed: 'call back Tuesday',
			},
			{
				ref: '2024-CV-00125',
				opened: '13/02/2025 10:30',
				due: '',
				phone: '(555) 010-0125',
				mixed: '3/4/2025',
			},
		];

		it('comes out ISO in CSV, its day-month order read from the column; other columns stay as written', async () => {
			const rows = parse(
				decode(
					(
						await exportRecords(cases, {
							format: 'csv',
							fields: ['ref', 'opened', 'due', 'phone', 'mixed'],
						})
					).data,
				),
				{ bom: true },
			) as string[][];
			// 13/02/2025 settles the column as day first: 1/7/2025 is 1 July
			expect(rows.slice(1)).toEqual([
				['2024-CV-00123', '2025-01-05', '2025-01-07', '555-010-0123', '2025-01-05'],
				['2024-CV-00124', '2025-07-01', '2025-03-01', '555-010-0124', 'call back Tuesday'],
				['2024-CV-00125', '2025-02-13T10:30:00', '', '(555) 010-0125', '3/4/2025'],
			]);
		});

		it('comes out as real date cells in XLSX', async () => {
			const sheet = await loadXlsx(
				(await exportRecords(cases, { format: 'xlsx', fields: ['opened', 'due'] })).data,
			);
			expect(sheet.getCell('A3').value).toEqual(new Date('2025-07-01T00:00:00Z'));
			expect(sheet.getCell('B2').value).toEqual(new Date('2025-01-07T00:00:00Z'));
			expect(sheet.getCell('A4').value).toEqual(new Date('2025-02-13T10:30:00Z'));
		});
	});

	describe('CSV and TSV', () => {
		it('returns RFC 4180 CSV with a BOM and CRLF that a CSV parser reads back, formulas guarded', async () => {
			const result = await exportRecords(clients, {
				format: 'csv',
				fields: [
					'name:Name',
					'email:Email Address',
					'fee',
					'opened',
					'active',
					'client.name:Client',
					'notes',
				],
				fileName: 'contacts_export',
			});
			expect(result).toMatchObject({
				fileName: 'contacts_export.csv',
				mimeType: 'text/csv',
				count: 3,
			});
			const text = decode(result.data);
			expect(text.startsWith('\ufeffName,')).toBe(true);
			expect(text.split('\r\n')).toHaveLength(5); // the header, three records (a bare \n inside quotes), the empty end
			const rows = parse(text, { bom: true, relaxColumnCount: false }) as string[][];
			expect(rows).toEqual([
				['Name', 'Email Address', 'fee', 'opened', 'active', 'Client', 'notes'],
				[
					'José Álvarez',
					'jose@example.com',
					'1200.5',
					'2025-01-05',
					'true',
					'Acme, Inc.',
					'said "hi"\nthen left',
				],
				[
					'Zoë Brontë',
					'\'=HYPERLINK("http://evil.example","x")',
					'-12.5',
					'2024-12-01',
					'false',
					'Globex',
					"'+1 555 010 0123",
				],
				[
					'Łukasz Nowak',
					"'@SUM(A1:A2)",
					'-3',
					'2025-02-10T14:30:00Z',
					'',
					'',
					"'-2+3+cmd|' /C calc'!A0",
				],
			]);
		});

		it('writes raw text when the guard is off, no BOM and LF when asked', async () => {
			const result = await exportRecords(clients.slice(1, 2), {
				format: 'csv',
				fields: ['email'],
				formulaGuard: false,
				bom: false,
				lineEnding: '\n',
			});
			expect(decode(result.data)).toBe('email\n"=HYPERLINK(""http://evil.example"",""x"")"\n');
		});

		it('writes nested objects and lists as JSON text and Dates with their time in ISO', async () => {
			const result = await exportRecords(
				[{ a: { b: [1, 'x'] }, t: new Date('2025-03-04T05:06:07Z') }],
				{ format: 'csv', bom: false },
			);
			expect(parse(decode(result.data))).toEqual([
				['a', 't'],
				['{"b":[1,"x"]}', '2025-03-04T05:06:07Z'],
			]);
		});

		it('returns TSV that our reader reads back, tabs inside values quoted', async () => {
			const result = await exportRecords(
				[
					{ name: 'Zoë', note: 'a\tb' },
					{ name: '\tx', note: '' },
				],
				{ format: 'tsv' },
			);
			expect(result.mimeType).toBe('text/tab-separated-values');
			expect(decode(result.data)).toBe('\ufeffname\tnote\r\nZoë\t"a\tb"\r\n"\'\tx"\t\r\n');
			const read = await readSpreadsheet(result.data, { fileName: 'x.tsv' } as never);
			expect(read.rows[0]).toEqual({ name: 'Zoë', note: 'a\tb' });
		});
	});

	describe('fields, filter, sort and limit', () => {
		it('filters, then sorts (several keys, empty last), then limits', async () => {
			const records = [
				{ n: 'a', g: 'x', d: '1/5/2025' },
				{ n: 'b', g: 'y', d: '2025-01-04' },
				{ n: 'c', g: 'x', d: '' },
				{ n: 'd', g: 'x', d: 'Jan 6, 2025' },
				{ n: 'e', g: 'z', d: '2025-01-01' },
			];
			const result = await exportRecords(records, {
				format: 'json',
				jsonShape: 'array',
				fields: ['n'],
				filter: {
					operator: 'or',
					conditions: [
						{ field: 'g', operator: 'eq', value: 'X' },
						{ field: 'g', operator: 'eq', value: 'y' },
					],
				},
				sort: [
					{ field: 'g', direction: 'asc' },
					{ field: 'd', direction: 'desc' },
				],
				limit: 3,
			});
			expect(JSON.parse(decode(result.data))).toEqual([{ n: 'd' }, { n: 'a' }, { n: 'c' }]);
			expect(result.count).toBe(3);
		});

		it('refuses a field that is in no record, naming the fields that exist', async () => {
			await expect(
				exportRecords(clients, { format: 'csv', fields: ['name', 'emial', 'client.nmae'] }),
			).rejects.toMatchObject({
				code: 'EXPORT_UNKNOWN_FIELD',
				message: expect.stringContaining(
					'Fields "emial", "client.nmae" are in no record. Fields that exist: id, name, email, fee, opened, active, client, client.name, notes',
				),
				details: expect.objectContaining({ fields: ['emial', 'client.nmae'] }),
			});
		});

		it('accepts a field some records lack, and a field no record has when there are no records', async () => {
			const result = await exportRecords([{ a: 1 }, { a: 2, b: 'x' }], {
				format: 'csv',
				fields: ['b', 'a'],
				bom: false,
			});
			expect(decode(result.data)).toBe('b,a\r\n,1\r\nx,2\r\n');
			expect(
				(await exportRecords([], { format: 'csv', fields: ['zzz'], bom: false })).data,
			).toEqual(new TextEncoder().encode('zzz\r\n'));
		});

		it('names the bad option', async () => {
			await expect(exportRecords(clients, { format: 'docx' as never })).rejects.toMatchObject({
				code: 'EXPORT_INVALID_OPTION',
				message: expect.stringContaining('Invalid option `format`'),
			});
			await expect(exportRecords(clients, { format: 'csv', limit: -1 })).rejects.toMatchObject({
				message: 'Invalid option `limit`: expected a whole number of 0 or more, got -1',
			});
			await expect(
				exportRecords(clients, {
					format: 'csv',
					sort: [{ field: 'name', direction: 'up' as never }],
				}),
			).rejects.toMatchObject({ message: expect.stringContaining('`sort[0].direction`') });
			await expect(
				exportRecords(clients, {
					format: 'csv',
					filter: { operator: 'and', conditions: [{ field: 'x', operator: 'near' as never }] },
				}),
			).rejects.toMatchObject({ code: 'EXPORT_INVALID_FILTER' });
		});
	});

	describe('XLSX', () => {
		it('returns typed cells (numbers, real dates, booleans), a bold frozen header with a filter, widths from the content', async () => {
			const result = await exportRecords(clients, {
				format: 'xlsx',
				title: 'Clients: 2025',
				fields: ['id', 'name:Name', 'email', 'fee', 'opened', 'active', 'client.name:Client'],
			});
			expect(result).toMatchObject({
				fileName: 'export.xlsx',
				mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				count: 3,
			});
			const sheet = await loadXlsx(result.data);
			expect(sheet.name).toBe('Clients 2025');
			expect(sheet.getRow(1).values).toEqual([
				undefined,
				'id',
				'Name',
				'email',
				'fee',
				'opened',
				'active',
				'Client',
			]);
			expect(sheet.getCell('A1').font?.bold).toBe(true);
			expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
			expect(sheet.autoFilter).toBe('A1:G4');
			expect(sheet.getCell('B2').value).toBe('José Álvarez');
			expect(sheet.getCell('C3').value).toBe('=HYPERLINK("http://evil.example","x")');
			expect(sheet.getCell('C3').formula).toBeUndefined();
			expect(sheet.getCell('D2').value).toBe(1200.5);
			expect(sheet.getCell('D3').value).toBe(-12.5);
			expect(sheet.getCell('E2').value).toEqual(new Date('2025-01-05T00:00:00Z'));
			expect(sheet.getCell('E2').numFmt).toBe('yyyy-mm-dd');
			expect(sheet.getCell('E4').value).toEqual(new Date('2025-02-10T14:30:00Z'));
			expect(sheet.getCell('E4').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
			expect(sheet.getCell('F2').value).toBe(true);
			expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(1).width as number);
			const xml = strFromU8(unzipSync(result.data)['xl/worksheets/sheet1.xml']);
			expect(xml).not.toContain('<f>');
		});

		it('is read back by our own reader', async () => {
			const result = await exportRecords(clients, {
				format: 'xlsx',
				fields: ['name', 'email', 'opened'],
			});
			const read = await readSpreadsheet(result.data);
			expect(read.headers).toEqual(['name', 'email', 'opened']);
			expect(read.rows.map((r) => r.name)).toEqual(['José Álvarez', 'Zoë Brontë', 'Łukasz Nowak']);
			expect(read.rows[1].email).toBe('=HYPERLINK("http://evil.example","x")');
			expect(read.rows[0].opened).toBe('2025-01-05');
		});

		it('keeps a ZIP code with a leading zero as text', async () => {
			const sheet = await loadXlsx(
				(await exportRecords([{ zip: '02134' }, { zip: '1,234' }], { format: 'xlsx' })).data,
			);
			expect(sheet.getCell('A2').value).toBe('02134');
			expect(sheet.getCell('A3').value).toBe(1234);
		});
	});

	describe('JSON and NDJSON', () => {
		it('returns the documented envelope, records whole, Dates as ISO text', async () => {
			const result = await exportRecords(clients.slice(0, 2), { format: 'json' });
			expect(result.mimeType).toBe('application/json');
			const parsed = JSON.parse(decode(result.data));
			expect(parsed).toEqual({
				format: 'json',
				records: [clients[0], { ...clients[1], opened: '2024-12-01T00:00:00.000Z' }],
				total: 2,
			});
		});

		it('returns one record a line, picked fields under their new names', async () => {
			const result = await exportRecords(clients, {
				format: 'ndjson',
				fields: ['name:Name', 'client.name:Client'],
			});
			expect(result.fileName).toBe('export.ndjson');
			expect(
				decode(result.data)
					.split('\n')
					.filter(Boolean)
					.map((l) => JSON.parse(l)),
			).toEqual([
				{ Name: 'José Álvarez', Client: 'Acme, Inc.' },
				{ Name: 'Zoë Brontë', Client: 'Globex' },
				{ Name: 'Łukasz Nowak', Client: null },
			]);
		});

		it('never lets a field named __proto__ reach a prototype', async () => {
			const hostile = JSON.parse('{"__proto__":{"polluted":true},"name":"x"}');
			const result = await exportRecords([hostile], {
				format: 'json',
				jsonShape: 'array',
				fields: ['__proto__.polluted:__proto__', 'name'],
			});
			expect(decode(result.data)).toBe('[{"__proto__":true,"name":"x"}]');
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});
	});
});
