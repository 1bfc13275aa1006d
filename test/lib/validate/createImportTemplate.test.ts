import ExcelJS from 'exceljs';
import {
	autoMapHeaders,
	createImportTemplate,
	defineSchema,
	readSpreadsheet,
	transformRecords,
} from '../../../lib';

describe('createImportTemplate', () => {
	it("writes a CSV with the schema's headers and an example row", async () => {
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
			await createImportTemplate('cases', 'csv'),
		);
		expect(text.split('\r\n')).toEqual([
			'\ufeffCase name,Case number,Case type,Status,Client name,Client phone,Client email,Opened,Closed,Assigned to,Court date,Deadline,Description',
			'Example v. Sample,2024-CV-00123,Personal Injury,open,Jane Example,(555) 010-0123,jane.example@example.com,2024-01-15,,A. Attorney,2024-06-03 09:30,2026-01-15,Rear-end collision on I-55',
			'',
		]);
	});

	it('writes an XLSX with a notes row saying what each column expects', async () => {
		const schema = defineSchema({
			name: 'intake',
			extends: 'clients',
			fields: [{ key: 'tier', type: 'enum', values: ['Gold', 'Silver'], required: true }],
		});
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(await createImportTemplate(schema, 'xlsx')) as never);
		const sheet = workbook.getWorksheet('Import') as ExcelJS.Worksheet;
		const headers = (sheet.getRow(1).values as string[]).slice(1);
		const notes = (sheet.getRow(2).values as string[]).slice(1);
		expect(headers.slice(0, 3)).toEqual(['Title', 'First name', 'Middle name']);
		expect(headers).not.toContain('Full name');
		expect(notes[headers.indexOf('First name')]).toBe('REQUIRED · text (up to 255 characters)');
		expect(notes[headers.indexOf('Date of birth')]).toBe(
			'optional · a date: 2024-01-31, 01/31/2024 (US), 31/01/2024 (EU) or Jan 31, 2024',
		);
		expect(notes[headers.indexOf('Phone')]).toMatch(
			/^optional · a phone number: 5550100123, 555-010-0123, 555.010.0123, \(555\) 010-0123 or \+1 555 010 0123/,
		);
		expect(notes[headers.indexOf('tier')]).toBe(
			'REQUIRED · one of Gold, Silver (up to 255 characters)'.replace(
				' (up to 255 characters)',
				'',
			),
		);
		expect(sheet.getCell(3, headers.indexOf('tier') + 1).dataValidation).toMatchObject({
			type: 'list',
			formulae: ['"Gold,Silver"'],
		});
		expect(workbook.getWorksheet('How to import')?.getCell(3, 1).value).toBe(
			'A row needs First name and Last name and tier.',
		);
	});

	it.each(['csv', 'xlsx'] as const)(
		'makes a %s that imports back with every column mapped and the notes and example rows skipped',
		async (format) => {
			const read = await readSpreadsheet(await createImportTemplate('contacts', format));
			const mapping = autoMapHeaders(read.headers, 'contacts');
			expect(mapping.columns.every((c) => c.field !== null && c.confidence >= 0.95)).toBe(true);
			const result = transformRecords(read.rows, mapping, 'contacts');
			expect(result.rows.map((r) => r.status)).toEqual(
				format === 'csv' ? ['skipped'] : ['skipped', 'skipped'],
			);
			// the example row is itself a valid record
			const edited = read.rows.map((r) => ({ ...r, 'First name': 'Janet' }));
			expect(transformRecords(edited, mapping, 'contacts').rows.at(-1)?.status).toBe('valid');
		},
	);

	it('writes a schema value that a spreadsheet would run as a formula as text, with an apostrophe', async () => {
		const schema = defineSchema({
			name: 'risky',
			extends: 'clients',
			fields: [
				{ key: 'source', type: 'enum', values: ['=HYPERLINK("http://evil.example","x")', 'Web'] },
			],
		});
		const text = new TextDecoder().decode(await createImportTemplate(schema, 'csv'));
		expect(text.split('\r\n')[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
		expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
		expect(text.split('\r\n')[1]).toContain(',(555) 010-0123,');
	});

	it('refuses another format', async () => {
		await expect(createImportTemplate('clients', 'pdf' as never)).rejects.toMatchObject({
			code: 'TEMPLATE_INVALID_OPTION',
			message: 'Invalid option `format`: expected "csv" or "xlsx", got "pdf"',
		});
	});

	it('refuses something that is not a schema, in the one wording', async () => {
		await expect(createImportTemplate(null as never, 'csv')).rejects.toMatchObject({
			code: 'TEMPLATE_INVALID_OPTION',
			message:
				'Invalid option `schema`: expected a schema name or a schema from defineSchema(), got "object"',
		});
	});
});
