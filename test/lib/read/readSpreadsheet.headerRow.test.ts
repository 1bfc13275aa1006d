import { openSpreadsheet, readSpreadsheet } from '../../../index';
import { failure, fixture, utf8 } from '../../helpers/fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bundled sample with a title row (scripts/makeExamples.ts). */
const sample = readFileSync(
	join(__dirname, '..', '..', '..', 'examples', 'clients-with-title-row.xlsx'),
);

describe('readSpreadsheet: the header row', () => {
	describe('detected', () => {
		it('returns the header under the sample workbook title row', async () => {
			const r = await readSpreadsheet(sample);
			expect(r.headerRowNumber).toBe(3);
			expect(r.headers).toEqual([
				'Full Name',
				'Phone',
				'Email',
				'Zip',
				'Client Since',
				'Open Matters',
			]);
			expect(r.rowNumbers[0]).toBe(4);
			expect(r.headerDetection.skipped).toEqual([1]);
			expect(r.issues.find((i) => i.code === 'ROWS_ABOVE_HEADER')).toEqual({
				row: 1,
				code: 'ROWS_ABOVE_HEADER',
				message:
					'Row 1 above the header row (row 3) was not read as data: row 1 "Client list exported 2024-05-01 from …". If it holds records, set Header Row to the row with the column names.',
			});
		});

		it('returns the header under a title, a date line and a blank row in a CSV', async () => {
			const r = await readSpreadsheet(
				utf8(
					'Active clients,,\nExported 2024-05-01,,\n,,\nName,Email,Phone\nAnn Lee,ann@example.com,555-123-4567\n',
				),
			);
			expect(r.headerDetection).toEqual({
				row: 4,
				chosen: 'auto',
				reason:
					'row 4: the first row whose 3 cells are all labels, above rows of data; rows 1–2 look like a title and a date line',
				skipped: [1, 2],
			});
			expect(r.headers).toEqual(['Name', 'Email', 'Phone']);
			expect(r.rows).toEqual([
				{ Name: 'Ann Lee', Email: 'ann@example.com', Phone: '555-123-4567' },
			]);
			expect(r.rowNumbers).toEqual([5]);
		});

		it('returns the header under notes lines', async () => {
			const r = await readSpreadsheet(
				utf8(
					'"This report lists every open matter assigned to the litigation team as of today."\n"Confidential: do not forward outside the firm without the approval of a partner."\nMatter;Client;Opened\nM-1;Ann Lee;2024-01-02\nM-2;Bo Li;2024-02-03\n',
				),
			);
			expect([r.headerRowNumber, r.headers, r.rowNumbers]).toEqual([
				3,
				['Matter', 'Client', 'Opened'],
				[4, 5],
			]);
			expect(r.headerDetection.reason).toBe(
				'row 3: the first row whose 3 cells are all labels, above rows of data; rows 1–2 look like a note',
			);
		});

		it('returns the header of a report with a company, a title and a period above it, and a blank first header', async () => {
			// the layout of an accounting package's "Customer Contact List" CSV export (written for this issue)
			const r = await readSpreadsheet(
				utf8(
					'Acme Law LLP\nCustomer Contact List\nAll Dates\n\n,Customer,Phone Numbers,Email,Full Name\n,Ann Lee,555-1234,ann@x.org,Ann Lee\n',
				),
			);
			expect([r.headerRowNumber, r.headers, r.rowNumbers, r.headerDetection.skipped]).toEqual([
				5,
				['Column 1', 'Customer', 'Phone Numbers', 'Email', 'Full Name'],
				[6],
				[1, 2, 3],
			]);
		});

		it('keeps row 1 as the header when every row is text (a names list)', async () => {
			const r = await readSpreadsheet(utf8('First Name,Last Name\nAnn,Lee\nBo,Li\nCy,Ng\n'));
			expect([r.headerRowNumber, r.headers, r.rowNumbers]).toEqual([
				1,
				['First Name', 'Last Name'],
				[2, 3, 4],
			]);
			expect(r.issues).toEqual([]);
		});

		it('reads every row as data, with Column N headers, when the file has no header row', async () => {
			const r = await readSpreadsheet(
				utf8('1001,ann@example.com,2024-01-02\n1002,bo@example.com,2024-02-03\n'),
			);
			expect(r.headerRowNumber).toBe(0);
			expect(r.headers).toEqual(['Column 1', 'Column 2', 'Column 3']);
			expect(r.rowNumbers).toEqual([1, 2]);
			expect(r.rows[0]).toEqual({
				'Column 1': '1001',
				'Column 2': 'ann@example.com',
				'Column 3': '2024-01-02',
			});
			expect(r.issues.map((i) => [i.row, i.code])).toEqual([[1, 'HEADER_ROW_MISSING']]);
			expect(r.issues[0].message).toBe(
				'No row looks like column names (row 1, the first with content, holds values such as "ann@example.com" rather than column names, and no row below looks like labels; the columns were named Column 1, Column 2, … and every row was read as data). If the file does have a header row, set Header Row to its number.',
			);
		});

		it('reads a single row of values as one data row', async () => {
			const r = await readSpreadsheet(utf8('Ann,ann@example.com\n'));
			expect([r.headerRowNumber, r.headers, r.rows]).toEqual([
				0,
				['Column 1', 'Column 2'],
				[{ 'Column 1': 'Ann', 'Column 2': 'ann@example.com' }],
			]);
		});

		it('throws NO_DATA_ROWS for a single row of labels', async () => {
			expect((await failure(readSpreadsheet(fixture('header-only.csv')))).code).toBe(
				'NO_DATA_ROWS',
			);
		});
	});

	describe('set', () => {
		it('takes a number as the header row, as before', async () => {
			const r = await readSpreadsheet(sample, { headerRow: 1 });
			expect(r.headers[0]).toBe('Client list exported 2024-05-01 from OldCRM');
			expect(r.headerDetection).toEqual({
				row: 1,
				chosen: 'option',
				reason: 'row 1: the row set as the header row',
				skipped: [],
			});
		});

		it('throws READ_INVALID_OPTION for a header row that is neither a number nor auto', async () => {
			const e = await failure(readSpreadsheet(utf8('a\n1\n'), { headerRow: 'first' as never }));
			expect(e.message).toBe(
				'Invalid option `headerRow`: expected an integer of 1 or more, or \'auto\', got "first"',
			);
		});
	});
});

describe('readSpreadsheet: blank rows', () => {
	it('reports a row of empty quoted fields and a row of bare commas among the data, with their numbers', async () => {
		const r = await readSpreadsheet(utf8('Name,Email\nAnn,a@x.org\n"",""\n,\nBo,b@x.org\n'));
		expect(r.rowNumbers).toEqual([2, 5]);
		expect(r.issues).toEqual([
			{
				row: 3,
				code: 'ROW_BLANK',
				message:
					'Rows 3–4 are empty (no value in any column, or only empty quotes); no record was made from them.',
			},
		]);
	});

	it('reports one run of empty rows at the end, and not bare line ends', async () => {
		const withFields = await readSpreadsheet(utf8('Name,Email\nAnn,a@x.org\n,\n"",""\n'));
		expect(withFields.issues.map((i) => i.message)).toEqual([
			'Rows 3–4 are empty at the end of the file (no value in any column, or only empty quotes); no record was made from them.',
		]);
		const bare = await readSpreadsheet(utf8('Name,Email\nAnn,a@x.org\n\n\n'));
		expect(bare.issues).toEqual([]);
	});

	it('reports a gap in a workbook sheet as empty rows', async () => {
		const r = await readSpreadsheet(fixture('multi-sheet.xlsx'), { sheet: 'Matters' });
		expect(r.rowNumbers).toEqual([2, 4]);
		expect(r.issues).toEqual([
			{
				row: 3,
				code: 'ROW_BLANK',
				message: 'Row 3 is empty (no value in any column); no record was made from it.',
			},
		]);
	});
});

describe('readSpreadsheet: every sheet', () => {
	it("reads each visible worksheet with its own header, rows numbered per sheet, when sheet is '*'", async () => {
		const r = await readSpreadsheet(fixture('multi-sheet.xlsx'), { sheet: '*' });
		expect(r.sheets).toEqual(['Clients', 'Matters', 'Lookup', 'Notes']);
		expect(r.tables.map((t) => [t.sheet, t.headerRowNumber, t.headers])).toEqual([
			['Clients', 4, ['Full Name', 'Email', 'Phone']],
			['Matters', 1, ['Matter', 'Reference', 'Opened']],
		]);
		expect(r.headers).toEqual(['Full Name', 'Email', 'Phone', 'Matter', 'Reference', 'Opened']);
		expect(r.rowNumbers).toEqual([5, 6, 2, 4]);
		expect(r.rowSheets).toEqual(['Clients', 'Clients', 'Matters', 'Matters']);
		expect(r.rows[2]).toEqual({
			Matter: 'Smith v. Jones',
			Reference: 'M-0001',
			Opened: '2020-06-01',
		});
		expect(r.issues.map((i) => [i.sheet, i.row, i.code])).toEqual([
			['Lookup', 1, 'SHEET_SKIPPED'],
			['Clients', 1, 'ROWS_ABOVE_HEADER'],
			['Matters', 3, 'ROW_BLANK'],
		]);
	});

	it('reads one table from a CSV when sheet is *', async () => {
		const r = await readSpreadsheet(utf8('Name\nAnn\n'), { sheet: '*' });
		expect([r.headers, r.rows, r.rowSheets, r.tables.length]).toEqual([
			['Name'],
			[{ Name: 'Ann' }],
			undefined,
			1,
		]);
	});

	it('reads every sheet of a legacy workbook', async () => {
		const r = await readSpreadsheet(fixture('people.xls'), { sheet: '*' });
		expect(r.tables.map((t) => [t.sheet, t.headers])).toEqual([
			['People', ['First Name', 'Last Name', 'Phone', 'Born', 'Balance']],
			['Other', ['x']],
		]);
		expect(r.rowSheets).toEqual(['People', 'People', 'Other']);
	});
});

describe('readSpreadsheet: text decoded twice', () => {
	const csv = 'Name,City\nJosÃ©,Köln\nMÃ¼ller,Zürich\nAnn,Oslo\n';

	it('repairs a column whose every accented value was decoded twice, with one warning naming it', async () => {
		const r = await readSpreadsheet(utf8(csv));
		expect(r.rows.map((x) => x.Name)).toEqual(['José', 'Müller', 'Ann']);
		expect(r.rows.map((x) => x.City)).toEqual(['Köln', 'Zürich', 'Oslo']);
		expect(r.issues).toEqual([
			{
				row: 2,
				code: 'TEXT_DOUBLE_DECODED_REPAIRED',
				column: 'Name',
				message:
					'Column "Name": 2 values were garbled by an earlier tool (text saved as UTF-8 and read back as Windows-1252, such as "JosÃ©" for "José") and were repaired. Check a few against the source system.',
			},
		]);
	});

	it('leaves a column that mixes a real é with Ã© alone', async () => {
		const r = await readSpreadsheet(utf8('Name\nJosÃ©\nRenée\n'));
		expect(r.rows).toEqual([{ Name: 'JosÃ©' }, { Name: 'Renée' }]);
		expect(r.issues).toEqual([]);
	});

	it('decides from the first 1000 data rows when streaming, and from every row when reading whole', async () => {
		const body = utf8('Name\n' + 'JosÃ©\n'.repeat(1000) + 'MÃ¼ller\nZoë\n');
		const reader = await openSpreadsheet(body);
		const names: string[] = [];
		for await (const row of reader) names.push(row.values.Name);
		expect([names[0], names[1000], names[1001]]).toEqual(['José', 'Müller', 'Zoë']);
		expect(reader.issues.map((i) => [i.code, i.row, i.message.slice(0, 31)])).toEqual([
			['TEXT_DOUBLE_DECODED_REPAIRED', 2, 'Column "Name": 1001 values were'],
		]);
		// the whole file has a real ë in that column: nothing is repaired
		const whole = await readSpreadsheet(body);
		expect([whole.rows[0].Name, whole.issues]).toEqual(['JosÃ©', []]);
	});
});

describe('readSpreadsheet: ODS and merged cells', () => {
	it('reads an ODS spreadsheet, and every sheet of it, naming the format ods', async () => {
		const ods = fixture('ods/matters.ods');
		const one = await readSpreadsheet(ods);
		expect([one.format, one.sheet, one.headerRowNumber]).toEqual(['ods', 'Matters', 1]);
		const all = await readSpreadsheet(ods, { sheet: '*' });
		expect(all.tables.map((t) => t.sheet)).toEqual(['Matters', 'People']);
		expect(all.issues.map((i) => [i.sheet, i.code])).toEqual([
			['Secret', 'SHEET_SKIPPED'],
			['Matters', 'CELL_ERROR_VALUE'],
		]);
	});

	it('fills a merged range down when fillMerged is set, and not by default', async () => {
		const ods = fixture('ods/matters.ods');
		const plain = await readSpreadsheet(ods);
		const filled = await readSpreadsheet(ods, { fillMerged: true });
		expect(plain.rows.slice(0, 3).map((r) => r.Client)).toEqual(['Smith & Sons', '', '']);
		expect(filled.rows.slice(0, 3).map((r) => r.Client)).toEqual([
			'Smith & Sons',
			'Smith & Sons',
			'Smith & Sons',
		]);
	});

	it('passes fillMerged to the XLSX reader', async () => {
		const plain = await readSpreadsheet(fixture('contacts.xlsx'));
		const filled = await readSpreadsheet(fixture('contacts.xlsx'), { fillMerged: true });
		expect([plain.rows[1].Phone, filled.rows[1].Phone]).toEqual(['', 'Merged across']);
	});

	it('throws UNSUPPORTED_FORMAT when the format is set to ODS for an XLSX file', async () => {
		const e = await failure(readSpreadsheet(fixture('contacts.xlsx'), { format: 'ods' }));
		expect(e.message).toBe(
			'The format is set to ODS, but the file is an XLSX workbook. Set the format to auto-detect, or to match the file.',
		);
	});
});
