import ExcelJS from 'exceljs';
import { createXlsxStream, measureColumnWidths } from '../../../lib/xlsx/createXlsxStream';
import { writeXlsx } from '../../../lib/xlsx/writeXlsx';
import { readSpreadsheet } from '../../../lib/read/readSpreadsheet';

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const c of chunks) parts.push(c);
	return Buffer.concat(parts);
}

describe('createXlsxStream', () => {
	it('returns a workbook that exceljs and our reader open, cells typed as writeXlsx types them', async () => {
		const rows = [
			['Name', 'Visits', 'Since'],
			['Zoë <&>', 3, new Date('2024-05-01T00:00:00Z')],
			['=SUM(1)', -1.5, null],
		];
		function* gen(): Generator<(typeof rows)[number]> {
			yield* rows;
		}
		const bytes = await collect(
			createXlsxStream(
				{ name: 'Clients', freezeRows: 1, autoFilter: true, columnWidths: 'auto' },
				gen(),
				{ created: new Date('2025-01-01T00:00:00Z') },
			),
		);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(bytes as never);
		const sheet = workbook.getWorksheet('Clients') as ExcelJS.Worksheet;
		expect(sheet.getCell('A2').value).toBe('Zoë <&>');
		expect(sheet.getCell('A3').value).toBe('=SUM(1)');
		expect(sheet.getCell('C2').value).toEqual(new Date('2024-05-01T00:00:00Z'));
		expect(sheet.autoFilter).toBe('A1:C3');
		expect(sheet.getColumn(1).width).toBe(9);
		const read = await readSpreadsheet(bytes);
		expect(read.rows).toEqual([
			{ Name: 'Zoë <&>', Visits: '3', Since: '2024-05-01' },
			{ Name: '=SUM(1)', Visits: '-1.5', Since: '' },
		]);
		// the same sheet XML as the one-shot writer
		const { unzipSync, strFromU8 } = await import('fflate');
		const one = writeXlsx([
			{
				name: 'Clients',
				rows,
				freezeRows: 1,
				autoFilter: true,
				columnWidths: measureColumnWidths(rows),
			},
		]);
		expect(
			strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']).replace(/<dimension[^>]*>/, ''),
		).toBe(strFromU8(unzipSync(one)['xl/worksheets/sheet1.xml']).replace(/<dimension[^>]*>/, ''));
	});

	it('hands out chunks as rows come, not all at the end', async () => {
		async function* many(): AsyncGenerator<string[]> {
			for (let i = 0; i < 20000; i++) yield [`row ${i}`, 'some text to fill the batch'];
		}
		let chunks = 0;
		for await (const c of createXlsxStream({ name: 'S' }, many())) chunks += c.length > 0 ? 1 : 0;
		expect(chunks).toBeGreaterThan(5);
	});

	it('refuses a bad sheet name', async () => {
		await expect(collect(createXlsxStream({ name: 'a/b' }, []))).rejects.toMatchObject({
			code: 'XLSX_INVALID_OPTION',
		});
	});
});
