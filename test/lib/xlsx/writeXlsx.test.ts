import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { writeXlsx } from '../../../lib/xlsx/writeXlsx';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(Buffer.from(bytes) as never);
	return workbook;
}

describe('writeXlsx', () => {
	it('writes typed cells that Excel readers take back as they were, text never as a formula', async () => {
		const bytes = writeXlsx([
			{
				name: 'Clients',
				rows: [
					['Name', 'Visits', 'Active', 'Since', 'Note'],
					[
						"Zoë O'Brien & Sons <LLP>",
						3,
						true,
						new Date('2024-05-01T00:00:00Z'),
						'=HYPERLINK("http://evil.example","click")',
					],
					['  padded  ', -1.5, false, null, 'line one\nline two\u0007bell'],
				],
				freezeRows: 1,
				columnWidths: [30],
				autoFilter: true,
			},
		]);
		const sheet = (await load(bytes)).getWorksheet('Clients') as ExcelJS.Worksheet;
		expect(sheet.getCell('A2').value).toBe("Zoë O'Brien & Sons <LLP>");
		expect(sheet.getCell('B2').value).toBe(3);
		expect(sheet.getCell('C2').value).toBe(true);
		expect(sheet.getCell('D2').value).toEqual(new Date('2024-05-01T00:00:00Z'));
		expect(sheet.getCell('D2').numFmt).toBe('yyyy-mm-dd');
		expect(sheet.getCell('E2').value).toBe('=HYPERLINK("http://evil.example","click")');
		expect(sheet.getCell('E2').formula).toBeUndefined();
		expect(sheet.getCell('A3').value).toBe('  padded  ');
		expect(sheet.getCell('B3').value).toBe(-1.5);
		expect(sheet.getCell('C3').value).toBe(false);
		expect(sheet.getCell('D3').value).toBeNull();
		expect(sheet.getColumn(1).width).toBe(30);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
		expect(xml).toContain('line two_x0007_bell');
		expect(xml).toContain('<autoFilter ref="A1:E3"/>');
	});

	it('writes fonts, fills, column formats and drop-down lists, and leaves out a list Excel could not hold', async () => {
		const bytes = writeXlsx([
			{
				name: 'Import',
				rows: [
					[
						{ value: 'Status', style: { bold: true, color: '9C0006', fill: 'FFE4E4' } },
						'Zip',
						'Tier',
					],
				],
				columnStyles: [undefined, { numberFormat: '@' }],
				listValidations: [
					{
						column: 0,
						fromRow: 2,
						toRow: 100,
						values: ['open', 'closed'],
						error: 'Use one of: open, closed',
					},
					{ column: 2, fromRow: 2, toRow: 100, values: ['Gold, Plus', 'Silver'] },
				],
			},
		]);
		const sheet = (await load(bytes)).getWorksheet('Import') as ExcelJS.Worksheet;
		expect(sheet.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FF9C0006' } });
		expect(sheet.getCell('A1').fill).toMatchObject({
			type: 'pattern',
			pattern: 'solid',
			fgColor: { argb: 'FFFFE4E4' },
		});
		expect(sheet.getColumn(2).numFmt).toBe('@');
		expect(sheet.getCell('A50').dataValidation).toMatchObject({
			type: 'list',
			formulae: ['"open,closed"'],
			error: 'Use one of: open, closed',
		});
		expect(sheet.getCell('C50').dataValidation).toBeUndefined();
	});

	it('writes the same bytes for the same input and creation time', () => {
		const sheets = [{ name: 'A', rows: [['x', 1]] }];
		const created = new Date('2025-01-01T00:00:00Z');
		expect(writeXlsx(sheets, { created })).toEqual(writeXlsx(sheets, { created }));
	});

	it.each([
		['an empty name', [{ name: '', rows: [] }]],
		['a name with a slash', [{ name: 'a/b', rows: [] }]],
		['a name over 31 characters', [{ name: 'x'.repeat(32), rows: [] }]],
		[
			'two names differing in case',
			[
				{ name: 'Data', rows: [] },
				{ name: 'DATA', rows: [] },
			],
		],
		['no sheets', []],
		['a colour that is not hex', [{ name: 'A', rows: [[{ value: 1, style: { color: 'red' } }]] }]],
		['a cell over 32,767 characters', [{ name: 'A', rows: [['x'.repeat(32768)]] }]],
	])('refuses %s with XLSX_INVALID_OPTION', (_, sheets) => {
		expect(() => writeXlsx(sheets as never)).toThrow(
			expect.objectContaining({ code: 'XLSX_INVALID_OPTION' }),
		);
	});
});
