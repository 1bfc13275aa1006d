import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { exportRecordStream } from '../../../lib/export/exportRecordStream';
import { exportRecords } from '../../../lib/export/exportRecords';
import type { ExportOptions, ExportRecord } from '../../../lib/export/types';

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const c of chunks) parts.push(c);
	return Buffer.concat(parts);
}
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

async function* generate(n: number): AsyncGenerator<ExportRecord> {
	for (let i = 0; i < n; i++)
		yield {
			id: i + 1,
			name: i % 2 ? 'Zoë' : 'José',
			joined: `${(i % 12) + 1}/15/2024`,
			note: i % 3 ? 'ok' : '=1+1',
		};
}

describe('exportRecordStream', () => {
	it('returns CSV chunks for an async source, fields taken from the first record', async () => {
		const rows = parse(text(await collect(exportRecordStream(generate(5000), { format: 'csv' }))), {
			bom: true,
		}) as string[][];
		expect(rows).toHaveLength(5001);
		expect(rows[0]).toEqual(['id', 'name', 'joined', 'note']);
		expect(rows[1]).toEqual(['1', 'José', '1/15/2024', "'=1+1"]);
		expect(rows[5000]).toEqual(['5000', 'Zoë', '8/15/2024', 'ok']);
	});

	it('filters and limits without reading past the limit', async () => {
		let read = 0;
		async function* counted(): AsyncGenerator<ExportRecord> {
			for await (const r of generate(1000)) {
				read++;
				yield r;
			}
		}
		const out = text(
			await collect(
				exportRecordStream(counted(), {
					format: 'ndjson',
					fields: ['id'],
					limit: 3,
					filter: { filter_field: 'joined', filter_operator: 'gte', filter_value: '2024-11-01' },
				}),
			),
		);
		expect(out).toBe('{"id":11}\n{"id":12}\n{"id":23}\n');
		expect(read).toBe(23);
	});

	it('gives the same bytes as exportRecords for the same records, with sort (buffered)', async () => {
		const records: ExportRecord[] = [];
		for await (const r of generate(300)) records.push(r);
		for (const format of ['csv', 'tsv', 'ndjson', 'json'] as const) {
			const options: ExportOptions = {
				format,
				sort: [{ field: 'joined', direction: 'desc' }, { field: 'id' }],
				fields: ['id', 'joined'],
				limit: 50,
			};
			expect(text(await collect(exportRecordStream(generate(300), options)))).toBe(
				text((await exportRecords(records, options)).data),
			);
		}
	});

	it('streams an XLSX that exceljs opens, with every row', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(
			(await collect(
				exportRecordStream(generate(2500), { format: 'xlsx', title: 'Contacts' }),
			)) as never,
		);
		const sheet = workbook.getWorksheet('Contacts') as ExcelJS.Worksheet;
		expect(sheet.rowCount).toBe(2501);
		expect(sheet.getCell('A2501').value).toBe(2500);
		expect(sheet.getCell('D2').value).toBe('=1+1');
	});

	it('throws EXPORT_UNKNOWN_FIELD at the end for a field no record had', async () => {
		await expect(
			collect(exportRecordStream(generate(10), { format: 'csv', fields: ['id', 'nmae'] })),
		).rejects.toMatchObject({
			code: 'EXPORT_UNKNOWN_FIELD',
			message: expect.stringContaining('Fields that exist: id, name, joined, note'),
		});
		await expect(
			collect(
				exportRecordStream(generate(10), {
					format: 'csv',
					fields: ['nmae'],
					sort: [{ field: 'id' }],
				}),
			),
		).rejects.toMatchObject({ code: 'EXPORT_UNKNOWN_FIELD' });
	});

	it('refuses PDF, which needs the whole table', async () => {
		await expect(collect(exportRecordStream([], { format: 'pdf' }))).rejects.toMatchObject({
			code: 'EXPORT_INVALID_OPTION',
		});
	});
});
