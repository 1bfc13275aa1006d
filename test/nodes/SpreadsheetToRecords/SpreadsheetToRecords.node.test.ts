import { NodeOperationError } from 'n8n-workflow';
import { SpreadsheetToRecords } from '../../../nodes/SpreadsheetToRecords/SpreadsheetToRecords.node';
import { fakeExecuteFunctions, fileItem } from '../../helpers/fakeExecuteFunctions';
import { fixture } from '../../helpers/fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
					error: expect.any(NodeOperationError),
					pairedItem: { item: 0 },
				},
				{
					json: { error: expect.stringContaining("binary file 'data'") },
					error: expect.any(NodeOperationError),
					pairedItem: { item: 1 },
				},
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
			const options = d.properties.find(
				(p) => p.name === 'options' && p.displayOptions?.show?.['@version']?.[0] === 1,
			);
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

	describe('version 2', () => {
		const sample = readFileSync(
			join(__dirname, '..', '..', '..', 'examples', 'clients-with-title-row.xlsx'),
		);
		/** A fake context running as version 2 of the node. */
		function v2(ctx: ReturnType<typeof fakeExecuteFunctions>) {
			return { ...ctx, getNode: () => ({ ...ctx.getNode(), typeVersion: 2 }) };
		}

		it('finds the header under the title row, says so in _header on the first item, and puts the skipped row on it', async () => {
			const ctx = v2(
				fakeExecuteFunctions({
					items: [fileItem('clients-with-title-row.xlsx')],
					files: [{ data: sample }],
					parameters: { binaryPropertyName: 'data', options: {} },
				}),
			);
			const [out] = await node.execute.call(ctx);
			expect(Object.keys(out[0].json).filter((k) => !k.startsWith('_'))).toEqual([
				'Full Name',
				'Phone',
				'Email',
				'Zip',
				'Client Since',
				'Open Matters',
			]);
			expect(out[0].json._row).toBe(4);
			expect(out[0].json._header).toEqual({
				row: 3,
				chosen: 'auto',
				reason:
					'row 3: the first row whose 6 cells are all labels, above rows of data; row 1 looks like a title',
				skipped: [1],
			});
			expect(out[0].json._issues).toEqual([
				{
					code: 'ROWS_ABOVE_HEADER',
					message:
						'Row 1 above the header row (row 3) was not read as data: row 1 "Client list exported 2024-05-01 from …". If it holds records, set Header Row to the row with the column names.',
				},
			]);
			expect(out[1].json._header).toBeUndefined();
		});

		it('reads a set header row as v1 does, and a blank row shows on the row after it', async () => {
			const csv = Buffer.from('Name,Email\nAnn,a@x.org\n"",""\nBo,b@x.org\n');
			const ctx = v2(
				fakeExecuteFunctions({
					items: [fileItem('people.csv')],
					files: [{ data: csv }],
					parameters: { binaryPropertyName: 'data', options: { headerRow: 1 } },
				}),
			);
			const [out] = await node.execute.call(ctx);
			expect(out.map((i) => [i.json._row, i.json._issues])).toEqual([
				[2, undefined],
				[
					4,
					[
						{
							code: 'ROW_BLANK',
							message:
								'Row 3 is empty (no value in any column, or only empty quotes); no record was made from it.',
						},
					],
				],
			]);
			expect((out[0].json._header as { chosen: string }).chosen).toBe('option');
		});

		it('reads every sheet with Read All Sheets, each row with its _sheet, each sheet with its _header', async () => {
			const ctx = v2(
				fakeExecuteFunctions({
					items: [fileItem('multi-sheet.xlsx')],
					files: [{ data: fixture('multi-sheet.xlsx') }],
					parameters: {
						binaryPropertyName: 'data',
						options: { readAllSheets: true, sheet: 'Nope' },
					},
				}),
			);
			const [out] = await node.execute.call(ctx);
			expect(
				out.map((i) => [i.json._sheet, i.json._row, (i.json._header as { row: number })?.row]),
			).toEqual([
				['Clients', 5, 4],
				['Clients', 6, undefined],
				['Matters', 2, 1],
				['Matters', 4, undefined],
			]);
			expect(out[0].json._issues).toEqual([expect.objectContaining({ code: 'ROWS_ABOVE_HEADER' })]);
			// the hidden sheet made no item: its issue is on the last one
			expect((out[3].json._issues as Array<{ code: string }>).map((i) => i.code)).toEqual([
				'SHEET_SKIPPED',
				'ROW_BLANK',
			]);
			expect(out.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
		});

		it('fills merged cells with Fill Merged Cells', async () => {
			const ctx = v2(
				fakeExecuteFunctions({
					items: [fileItem('contacts.xlsx')],
					files: [{ data: fixture('contacts.xlsx') }],
					parameters: { binaryPropertyName: 'data', options: { fillMerged: true } },
				}),
			);
			const [out] = await node.execute.call(ctx);
			expect([out[1].json.Name, out[1].json.Phone, out[1].json.Zip]).toEqual([
				'Merged across',
				'Merged across',
				'Merged across',
			]);
		});

		it('emits an error item and carries on when continueOnFail is set', async () => {
			const ctx = v2(
				fakeExecuteFunctions({
					items: [fileItem('empty.csv'), fileItem('people.csv')],
					files: [{ data: Buffer.alloc(0) }, { data: Buffer.from('Name\nAnn\n') }],
					parameters: { binaryPropertyName: 'data', options: {} },
					continueOnFail: true,
				}),
			);
			const [out] = await node.execute.call(ctx);
			expect(out.map((i) => [i.json.code, i.json.Name, i.pairedItem])).toEqual([
				['EMPTY_FILE', undefined, { item: 0 }],
				[undefined, 'Ann', { item: 1 }],
			]);
		});
	});
});
