import { IntakeError, openSpreadsheet, readSpreadsheet } from '../../../index';
import { failure, fixture, utf8 } from '../../helpers/fixtures';

/** Streams `head` followed by 40 MiB of "x" with no line break, and returns the error reading it raises. */
async function runawayFailure(head: string): Promise<IntakeError> {
	async function* chunks() {
		yield Buffer.from(head);
		const block = Buffer.alloc(1 << 20, 0x78);
		for (let i = 0; i < 40; i++) yield block;
	}
	// The header is looked for in the first rows, so the error may come as the file is opened.
	return failure(
		(async () => {
			const reader = await openSpreadsheet(chunks(), { maxBytes: Infinity });
			for await (const _ of reader) void _;
		})(),
	);
}

describe('readSpreadsheet', () => {
	describe('encodings', () => {
		it('returns Windows-1252 text decoded when the file is Latin-1 with semicolons', async () => {
			const r = await readSpreadsheet(fixture('latin1-semicolon.csv'));
			expect(r.encoding).toBe('windows-1252');
			expect(r.delimiter).toBe(';');
			expect(r.headers).toEqual(['Nachname', 'Vorname', 'Stadt']);
			expect(r.rows).toEqual([
				{ Nachname: 'Müller', Vorname: 'José', Stadt: 'Köln' },
				{ Nachname: 'Garçon', Vorname: 'Zoë', Stadt: 'Zürich' },
			]);
			expect(r.rowNumbers).toEqual([2, 3]);
		});

		it('returns headers without the BOM when the file is UTF-8 with a BOM', async () => {
			const r = await readSpreadsheet(fixture('utf8-bom.csv'));
			expect(r.encoding).toBe('utf-8');
			expect(r.headers).toEqual(['First Name', 'Email']);
			expect(Object.keys(r.rows[0])[0]).toBe('First Name');
		});

		it('returns TSV rows when the file is UTF-16 LE with a BOM', async () => {
			const r = await readSpreadsheet(fixture('utf16le.tsv'));
			expect(r).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', format: 'tsv' });
			expect(r.rows).toEqual([{ Name: 'Renée', City: 'Montréal' }]);
		});

		it('returns rows when the file is UTF-16 BE without a BOM', async () => {
			const r = await readSpreadsheet(fixture('utf16be-nobom.csv'));
			expect(r.encoding).toBe('utf-16be');
			expect(r.rows).toEqual([{ Name: 'Ann', City: 'Oslo' }]);
		});

		it('honours an encoding override', async () => {
			const r = await readSpreadsheet(utf8('Name\nJosé\n'), { encoding: 'latin1' });
			expect(r.encoding).toBe('windows-1252');
			// read as Windows-1252, the UTF-8 text shows decoded twice (JosÃ©): the column is repaired, with a warning
			expect(r.rows[0].Name).toBe('José');
			expect(r.issues.map((i) => [i.code, i.column])).toEqual([
				['TEXT_DOUBLE_DECODED_REPAIRED', 'Name'],
			]);
		});

		it('reports undecodable bytes when a UTF-8 guess meets Windows-1252 later in a stream', async () => {
			async function* chunks() {
				yield Buffer.from('Name\n' + 'Plain\n'.repeat(20000));
				yield Buffer.from('M\xfcller\n', 'latin1');
			}
			const reader = await openSpreadsheet(chunks());
			let last = '';
			for await (const r of reader) last = r.values.Name;
			expect(last).toBe('M\uFFFDller');
			expect(reader.issues).toEqual([
				expect.objectContaining({ code: 'ENCODING_INVALID_BYTES', row: 20002 }),
			]);
		});
	});

	describe('CSV dialect', () => {
		it('returns quoted fields with delimiters, newlines and doubled quotes, reporting a blank line among the data', async () => {
			const r = await readSpreadsheet(fixture('multiline.csv'));
			expect(r.rows).toEqual([
				{ Name: 'Doe, Jane', Notes: 'Line one\r\nLine "two"', Phone: '555-1234' },
				{ Name: 'Bob', Notes: 'plain', Phone: '555-9876' },
			]);
			// Row numbers count records as a spreadsheet shows them, blank line included.
			expect(r.rowNumbers).toEqual([2, 4]);
			expect(r.issues).toEqual([
				{
					row: 3,
					code: 'ROW_BLANK',
					message:
						'Row 3 is empty (no value in any column, or only empty quotes); no record was made from it.',
				},
			]);
		});

		it('sniffs a pipe delimiter', async () => {
			const r = await readSpreadsheet(fixture('pipe.txt'));
			expect(r.delimiter).toBe('|');
			expect(r.rows).toEqual([
				{ id: '1', name: 'Ann', city: 'Rome' },
				{ id: '2', name: 'Bo', city: 'Oslo' },
			]);
		});

		it('handles LF and CRLF alike, and mixed line endings', async () => {
			const r = await readSpreadsheet(utf8('a,b\r\n1,2\n3,4\r\n'));
			expect(r.rows).toEqual([
				{ a: '1', b: '2' },
				{ a: '3', b: '4' },
			]);
		});

		it('honours Excel\'s "sep=" line', async () => {
			const r = await readSpreadsheet(utf8('sep=|\nA|B\n1,5|2\n'));
			expect(r.delimiter).toBe('|');
			expect(r.rows).toEqual([{ A: '1,5', B: '2' }]);
		});

		it('reports ragged rows as issues and keeps every value', async () => {
			const r = await readSpreadsheet(fixture('ragged.csv'));
			expect(r.headers).toEqual(['a', 'b', 'c', 'Column 4']);
			expect(r.rows).toEqual([
				{ a: '1', b: '2', c: '3' },
				{ a: '4', b: '5', c: '' },
				{ a: '6', b: '7', c: '8', 'Column 4': '9' },
			]);
			expect(r.issues.map((i) => [i.row, i.code])).toEqual([
				[3, 'CSV_RAGGED_ROW'],
				[4, 'CSV_RAGGED_ROW'],
			]);
			expect(r.issues[1].message).toContain('kept as "Column 4"');
		});

		it('throws CSV_UNCLOSED_QUOTE with the row and line when a quote never closes', async () => {
			const e = await failure(readSpreadsheet(fixture('unclosed-quote.csv')));
			expect(e.code).toBe('CSV_UNCLOSED_QUOTE');
			expect(e.details).toEqual({ row: 3, line: 3 });
			expect(e.message).toContain('Row 3 (line 3)');
		});

		it('gives the physical line when earlier fields span lines', async () => {
			const e = await failure(readSpreadsheet(utf8('a,b\n"x\ny\nz",1\n2,"open\n')));
			expect(e.details).toEqual({ row: 3, line: 5 });
		});

		it('stops with CSV_UNCLOSED_QUOTE instead of buffering a runaway quoted field', async () => {
			const e = await runawayFailure('a,b\n1,"runaway\n');
			expect(e.code).toBe('CSV_UNCLOSED_QUOTE');
			expect(e.details).toEqual({ row: 2, line: 2 });
		});

		it('stops with CSV_RECORD_TOO_LARGE when a line never ends', async () => {
			const e = await runawayFailure('a,b\n1,');
			expect(e.code).toBe('CSV_RECORD_TOO_LARGE');
			expect(e.details).toEqual({ row: 2, line: 2 });
		});
	});

	describe('headers', () => {
		it('uses the configured header row and ignores title rows above it', async () => {
			const r = await readSpreadsheet(
				utf8('Exported 2024-01-01\n\n Name , Email \nJane,j@x.org\n'),
				{ headerRow: 3 },
			);
			expect(r.headers).toEqual(['Name', 'Email']);
			expect(r.rows).toEqual([{ Name: 'Jane', Email: 'j@x.org' }]);
			expect(r.rowNumbers).toEqual([4]);
			expect(r.headerRowNumber).toBe(3);
		});

		it('names blank headers by position and suffixes duplicates', async () => {
			const r = await readSpreadsheet(utf8('Phone,,Phone,PHONE\n1,2,3,4\n'));
			expect(r.headers).toEqual(['Phone', 'Column 2', 'Phone (2)', 'PHONE (3)']);
			expect(r.rows[0]).toEqual({
				Phone: '1',
				'Column 2': '2',
				'Phone (2)': '3',
				'PHONE (3)': '4',
			});
			expect(r.issues.map((i) => i.code)).toEqual([
				'HEADER_RENAMED',
				'HEADER_RENAMED',
				'HEADER_RENAMED',
			]);
		});

		it('builds rows safely when headers are __proto__, constructor or prototype', async () => {
			for (const file of ['hostile-headers.csv', 'hostile-headers.xlsx']) {
				const r = await readSpreadsheet(fixture(file));
				const row = r.rows[0];
				expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
				expect(Object.prototype.hasOwnProperty.call(row, '__proto__')).toBe(true);
				expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe(
					file.endsWith('csv') ? '1' : 'a',
				);
				expect(Object.getOwnPropertyDescriptor(row, 'constructor')?.value).toBe(
					file.endsWith('csv') ? '2' : 'b',
				);
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
				expect(JSON.parse(JSON.stringify(row))).toEqual(JSON.parse(JSON.stringify(row)));
				expect(Object.keys(row)).toContain('__proto__');
			}
		});
	});

	describe('XLSX', () => {
		it('returns ISO dates, cached formula values, plain rich text and shown numbers', async () => {
			const r = await readSpreadsheet(fixture('contacts.xlsx'));
			expect(r).toMatchObject({
				format: 'xlsx',
				sheet: 'Contacts',
				sheets: ['Contacts', 'Second'],
			});
			expect(r.rows[0]).toEqual({
				Name: 'Jane Doe',
				Phone: '5551234567',
				Zip: '02134',
				Joined: '2024-01-15',
				'Called at': '2024-01-15T14:30:05',
				Score: '0.3',
				Total: '3.00',
				Notes: 'Very important',
				Site: 'Example',
			});
		});

		it('keeps columns in place after merged cells and skips empty rows', async () => {
			const r = await readSpreadsheet(fixture('contacts.xlsx'));
			expect(r.rows[1]).toMatchObject({
				Name: 'Merged across',
				Phone: '',
				Zip: '',
				Joined: '1985-03-07',
				Notes: 'after merge',
			});
			expect(r.rowNumbers).toEqual([2, 3, 5]);
			expect(r.rows[2]).toMatchObject({ Name: 'José Müller', Zip: '00501', Total: '12,345.00' });
		});

		it('picks a sheet by name (case-insensitive) or index, with a header row', async () => {
			for (const sheet of ['second', 1, '1']) {
				const r = await readSpreadsheet(fixture('contacts.xlsx'), { sheet, headerRow: 3 });
				expect(r.sheet).toBe('Second');
				expect(r.rows).toEqual([{ Case: 'Smith v. Jones', Opened: '2020-06-01' }]);
				expect(r.rowNumbers).toEqual([4]);
			}
		});

		it('throws SHEET_NOT_FOUND listing the sheets', async () => {
			const e = await failure(readSpreadsheet(fixture('contacts.xlsx'), { sheet: 'Clients' }));
			expect(e.code).toBe('SHEET_NOT_FOUND');
			expect(e.message).toContain('0: "Contacts", 1: "Second"');
		});

		it('throws ZIP_BOMB for a highly compressed sheet', async () => {
			const e = await failure(readSpreadsheet(fixture('zip-bomb.xlsx')));
			expect(e.code).toBe('ZIP_BOMB');
		});

		it('throws ZIP_BOMB when a part inflates to more than its declared size', async () => {
			const bytes = Buffer.from(fixture('zip-bomb.xlsx'));
			// Rewrite the sheet's declared size (local header and directory) to 1 MiB.
			const name = Buffer.from('xl/worksheets/sheet1.xml');
			for (let p = bytes.indexOf(name); p !== -1; p = bytes.indexOf(name, p + 1)) {
				const local = bytes.readUInt32LE(p - 30) === 0x04034b50;
				const central = bytes.readUInt32LE(p - 46) === 0x02014b50;
				if (local) bytes.writeUInt32LE(1 << 20, p - 30 + 22);
				if (central) bytes.writeUInt32LE(1 << 20, p - 46 + 24);
			}
			const e = await failure(readSpreadsheet(bytes));
			expect(e.code).toBe('ZIP_BOMB');
			expect(e.message).toContain('inflates to more than it declares');
		});

		it('throws FILE_CORRUPT for a truncated workbook', async () => {
			const bytes = fixture('contacts.xlsx');
			const e = await failure(readSpreadsheet(bytes.subarray(0, bytes.length - 100)));
			expect(e.code).toBe('FILE_CORRUPT');
		});
	});

	describe('XLS', () => {
		it('returns rows of a legacy workbook with ISO dates and shown numbers', async () => {
			const r = await readSpreadsheet(fixture('people.xls'));
			expect(r).toMatchObject({ format: 'xls', sheet: 'People', sheets: ['People', 'Other'] });
			expect(r.rows).toEqual([
				{
					'First Name': 'Jane',
					'Last Name': 'Doe',
					Phone: '5551234567',
					Born: '1985-03-10',
					Balance: '1234.50',
				},
				{
					'First Name': 'Élodie',
					'Last Name': 'Brontë',
					Phone: '4155550100',
					Born: '2024-01-15',
					Balance: '0.30',
				},
			]);
		});

		it('reads an HTML table saved with an .xls name', async () => {
			const html =
				'<html><body><table><tr><th>Name</th><th>Email</th></tr><tr><td>Jane</td><td>j@x.org</td></tr></table></body></html>';
			const r = await readSpreadsheet(utf8(html), { fileName: 'export.xls' });
			expect(r.format).toBe('xls');
			expect(r.rows).toEqual([{ Name: 'Jane', Email: 'j@x.org' }]);
		});
		it('reads a SpreadsheetML 2003 file saved with an .xls name', async () => {
			const xml =
				'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
				'<Worksheet ss:Name="Export"><Table><Row><Cell><Data ss:Type="String">Name</Data></Cell><Cell><Data ss:Type="String">Phone</Data></Cell></Row>' +
				'<Row><Cell><Data ss:Type="String">Jane</Data></Cell><Cell><Data ss:Type="Number">5551234567</Data></Cell></Row></Table></Worksheet></Workbook>';
			const r = await readSpreadsheet(utf8(xml));
			expect(r).toMatchObject({ format: 'xls', sheet: 'Export' });
			expect(r.rows).toEqual([{ Name: 'Jane', Phone: '5551234567' }]);
		});
	});

	describe('limits and errors', () => {
		it('throws FILE_TOO_LARGE before parsing', async () => {
			const e = await failure(readSpreadsheet(utf8('a,b\n1,2\n'), { maxBytes: 4 }));
			expect(e.code).toBe('FILE_TOO_LARGE');
			expect(e.details).toEqual({ size: 8, maxBytes: 4 });
		});

		it('defaults the size cap to 50 MiB', async () => {
			const e = await failure(readSpreadsheet(new Uint8Array(52428801)));
			expect(e.code).toBe('FILE_TOO_LARGE');
			expect(e.message).toContain('over the 50.0 MB limit');
		});

		it.each([
			['empty.csv', 'EMPTY_FILE'],
			['header-only.csv', 'NO_DATA_ROWS'],
			['not-a-spreadsheet.pdf', 'UNSUPPORTED_FORMAT'],
			['unclosed-quote.csv', 'CSV_UNCLOSED_QUOTE'],
			['zip-bomb.xlsx', 'ZIP_BOMB'],
		])('throws a typed error for %s', async (file, code) => {
			const e = await failure(readSpreadsheet(fixture(file)));
			expect(e.code).toBe(code);
			expect(e.message.length).toBeGreaterThan(30);
		});

		it('throws FILE_ENCRYPTED for a password-protected workbook', async () => {
			const cfb = Buffer.alloc(2048);
			Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
			Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 1024);
			const e = await failure(readSpreadsheet(cfb));
			expect(e.code).toBe('FILE_ENCRYPTED');
			expect(e.message).toContain('Remove the password');
		});

		it('throws UNSUPPORTED_FORMAT for a DOCX (a ZIP without a workbook)', async () => {
			const bytes = Buffer.from(fixture('contacts.xlsx'));
			let p = -1;
			while ((p = bytes.indexOf('xl/', p + 1)) !== -1) bytes.write('wd/', p);
			const e = await failure(readSpreadsheet(bytes));
			expect(e.code).toBe('UNSUPPORTED_FORMAT');
		});

		it('throws UNSUPPORTED_FORMAT when the chosen format contradicts the bytes', async () => {
			const e = await failure(readSpreadsheet(fixture('contacts.xlsx'), { format: 'csv' }));
			expect(e.code).toBe('UNSUPPORTED_FORMAT');
			expect(e.message).toContain('is an XLSX workbook');
		});

		it('throws READ_INVALID_OPTION naming the option', async () => {
			const e = await failure(readSpreadsheet(utf8('a\n1\n'), { delimiter: 'ab' }));
			expect(e.code).toBe('READ_INVALID_OPTION');
			expect(e.message).toBe(
				'Invalid option `delimiter`: expected one character other than a quote or a line break, got "ab"',
			);
		});

		it('throws HEADER_ROW_NOT_FOUND when the header row is past the end', async () => {
			const e = await failure(readSpreadsheet(utf8('a\n1\n'), { headerRow: 9 }));
			expect(e.code).toBe('HEADER_ROW_NOT_FOUND');
		});
	});

	describe('OpenDocument', () => {
		it('reads a flat ODS (.fods) as the same workbook saved as .ods', async () => {
			const flat = await readSpreadsheet(fixture('ods/matters.fods'));
			const zipped = await readSpreadsheet(fixture('ods/matters.ods'));
			expect(flat.format).toBe('ods');
			expect(flat.headers).toEqual(zipped.headers);
			// LibreOffice, saving the hand-written flat file as .ods, recalculated a formula's error to 0
			// and dropped the notes' tab and line break; every other cell is the same
			const strip = (rows: Array<Record<string, unknown>>) =>
				rows.map(({ Zip: _zip, Notes: _notes, ...rest }) => rest);
			expect(strip(flat.rows)).toEqual(strip(zipped.rows));
			expect(flat.rows.length).toBeGreaterThan(0);
		});

		it('refuses a flat ODS when the format is set to XLS', async () => {
			const e = await failure(readSpreadsheet(fixture('ods/matters.fods'), { format: 'xls' }));
			expect(e.code).toBe('UNSUPPORTED_FORMAT');
		});
	});
});
