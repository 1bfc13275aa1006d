import { NodeOperationError } from 'n8n-workflow';
import { SpreadsheetToRecords } from '../../../nodes/SpreadsheetToRecords/SpreadsheetToRecords.node';
import { fakeExecuteFunctions, fileItem } from '../../helpers/fakeExecuteFunctions';
import { fixture } from '../../helpers/fixtures';

const node = new SpreadsheetToRecords();

describe('SpreadsheetToRecords', () => {
	describe('execute', () => {
		it('returns one item per row from each input file, paired with its input item', async () => {
			const ctx = fakeExecuteFunctions({
				items: [fileItem('latin1-semicolon.csv'), fileItem('people.xls')],
				files: [{ data: fixture('latin1-semicolon.csv') }, { data: fixture('people.xls') }],
				parameters: { binaryPropertyName: 'data', options: {} },
			});
			const [out] = await node.execute.call(ctx);
			expect(out.map((i) => i.json)).toEqual([
				{ Nachname: 'Müller', Vorname: 'José', Stadt: 'Köln', _row: 2 },
				{ Nachname: 'Garçon', Vorname: 'Zoë', Stadt: 'Zürich', _row: 3 },
				{
					'First Name': 'Jane',
					'Last Name': 'Doe',
					Phone: '5551234567',
					Born: '1985-03-10',
					Balance: '1234.50',
					_row: 2,
				},
				{
					'First Name': 'Élodie',
					'Last Name': 'Brontë',
					Phone: '4155550100',
					Born: '2024-01-15',
					Balance: '0.30',
					_row: 3,
				},
			]);
			expect(out.map((i) => i.pairedItem)).toEqual([
				{ item: 0 },
				{ item: 0 },
				{ item: 1 },
				{ item: 1 },
			]);
			expect(ctx.calls).toEqual([
				'assertBinaryData(0,data)',
				'getBinaryDataBuffer(0,data)',
				'assertBinaryData(1,data)',
				'getBinaryDataBuffer(1,data)',
			]);
		});

		it('applies sheet, header row, binary field and row-number options', async () => {
			const ctx = fakeExecuteFunctions({
				items: [fileItem('contacts.xlsx', 'upload')],
				files: [{ upload: fixture('contacts.xlsx') }],
				parameters: {
					binaryPropertyName: 'upload',
					options: { sheet: 'Second', headerRow: 3, includeRowNumber: false },
				},
			});
			const [out] = await node.execute.call(ctx);
			expect(out).toEqual([
				{ json: { Case: 'Smith v. Jones', Opened: '2020-06-01' }, pairedItem: { item: 0 } },
			]);
		});

		it('attaches row issues to the rows they concern', async () => {
			const ctx = fakeExecuteFunctions({
				items: [fileItem('ragged.csv')],
				files: [{ data: fixture('ragged.csv') }],
				parameters: { binaryPropertyName: 'data', options: {} },
			});
			const [out] = await node.execute.call(ctx);
			expect(out.map((i) => i.json._row)).toEqual([2, 3, 4]);
			expect(out[0].json._issues).toBeUndefined();
			expect(out[1].json._issues).toEqual([
				{
					code: 'CSV_RAGGED_ROW',
					message: 'Row 3 has 2 fields but the header has 3; the missing values were left empty.',
				},
			]);
		});

		it('throws a NodeOperationError with the item index when a file cannot be read', async () => {
			const ctx = fakeExecuteFunctions({
				items: [fileItem('ragged.csv'), fileItem('unclosed-quote.csv')],
				files: [{ data: fixture('ragged.csv') }, { data: fixture('unclosed-quote.csv') }],
				parameters: { binaryPropertyName: 'data', options: {} },
			});
			const error = await node.execute.call(ctx).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as NodeOperationError).context.itemIndex).toBe(1);
			expect((error as NodeOperationError).message).toContain(
				'Row 3 (line 3) opens a quoted field',
			);
			expect((error as NodeOperationError).description).toBe('Error code: CSV_UNCLOSED_QUOTE');
		});

		it('rejects files over the maximum size set in the node', async () => {
			const ctx = fakeExecuteFunctions({
				items: [fileItem('big.csv')],
				files: [{ data: Buffer.alloc(2 * 1024 * 1024, 0x61) }],
				parameters: { binaryPropertyName: 'data', options: { maxFileSizeMb: 1 } },
			});
			const error = (await node.execute.call(ctx).catch((e: unknown) => e)) as NodeOperationError;
			expect(error.message).toBe(
				'The file is 2.0 MB, over the 1.0 MB limit. Split it into smaller files, or raise the maximum file size.',
			);
		});

		it('emits an error item per failed file and carries on when continueOnFail is set', async () => {
			const ctx = fakeExecuteFunctions({
				items: [fileItem('empty.csv'), { json: {} }, fileItem('utf8-bom.csv')],
				files: [{ data: fixture('empty.csv') }, {}, { data: fixture('utf8-bom.csv') }],
				parameters: { binaryPropertyName: 'data', options: {} },
				continueOnFail: true,
			});
			const [out] = await node.execute.call(ctx);
			expect(out).toEqual([
				{
					json: { error: expect.stringContaining('empty'), code: 'EMPTY_FILE' },
					pairedItem: { item: 0 },
				},
				{ json: { error: expect.stringContaining("binary file 'data'") }, pairedItem: { item: 1 } },
				{
					json: { 'First Name': 'Jane', Email: 'jane@example.com', _row: 2 },
					pairedItem: { item: 2 },
				},
			]);
		});
	});

	describe('description', () => {
		it('declares the options the issue names, with n8n UI conventions', () => {
			const d = node.description;
			expect(d.name).toBe('spreadsheetToRecords');
			const options = d.properties.find((p) => p.name === 'options');
			const names = (options?.options ?? []).map((o) => (o as { name: string }).name);
			expect(names).toEqual([
				'delimiter',
				'encoding',
				'format',
				'headerRow',
				'includeIssues',
				'includeRowNumber',
				'maxFileSizeMb',
				'sheet',
			]);
			const booleans = (options?.options ?? []).filter(
				(o) => (o as { type?: string }).type === 'boolean',
			);
			for (const b of booleans)
				expect((b as { description: string }).description).toMatch(/^Whether /);
		});
	});
});
