/**
 * Writes the sample files in examples/: the kind of exports real people send.
 * Run `npx ts-node --transpile-only scripts/makeExamples.ts` to rebuild them.
 *
 * The first three samples are written only when missing, or with `--all`:
 * ExcelJS stamps the time into the workbook, so writing it again changes its
 * bytes. The others are written every time, byte for byte the same, with the
 * library's own writers (writeXlsx, the ZIP writer) or by hand.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import { writeXlsx, type XlsxCell, type XlsxValue } from '../lib/xlsx/writeXlsx';
import { createZipWriter } from '../lib/zip/createZipWriter';

const dir = join(__dirname, '..', 'examples');
const all = process.argv.includes('--all');
const missing = (file: string): boolean => all || !existsSync(join(dir, file));

// Excel on Windows, German locale: Windows-1252, semicolons, CRLF, a wrapped note, a ragged row.
const outlook =
	[
		'First Name;Last Name;E-mail Address;Mobile Phone;Home Street;Home City;Home State;Home Postal Code;Birthday;Notes',
		'José;Müller;jose.mueller@example.com;(555) 123-4567;12 Elm St;Springfield;IL;62704;3/7/1985;"Prefers ""Pepe""; call after 5"',
		'Zoë;Brontë;zoe@example.org;555.987.6543;"400 Oak Ave, Apt 4B";Denver;CO;80202;12/31/1990;"Met at the\r\nspring fair"',
		'',
		"Renée;O'Brien;renee.obrien@example.net;+1 555 222 3333;1 Main St;Boston;MA;02108;1/2/1979;",
		'Dr. Sam;Lee;sam.lee@example.com;555-444-1212;9 Pine Rd;Austin;TX;73301',
	].join('\r\n') + '\r\n';
if (missing('outlook-contacts-windows1252.csv'))
	writeFileSync(join(dir, 'outlook-contacts-windows1252.csv'), Buffer.from(outlook, 'latin1'));

async function clientsXlsx(): Promise<void> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Clients');
	ws.addRow(['Client list exported 2024-05-01 from OldCRM']);
	ws.mergeCells('A1:F1');
	ws.addRow([]);
	ws.addRow(['Full Name', 'Phone', 'Email', 'Zip', 'Client Since', 'Open Matters']);
	const rows: Array<[string, number, string, number, Date, number]> = [
		['Jane Q. Doe-Smith', 5551234567, 'jane@example.com', 2134, new Date(Date.UTC(2019, 3, 2)), 2],
		[
			'Robert "Bob" Smith',
			5559876543,
			'bob@example.org',
			60614,
			new Date(Date.UTC(2021, 10, 15)),
			3,
		],
		['Maria de la Cruz', 15552223333, 'maria@example.net', 501, new Date(Date.UTC(2023, 0, 9)), 1],
	];
	for (const [name, phone, email, zip, since, open] of rows) {
		const r = ws.addRow([name, phone, email, zip, since, { formula: `${open}+0`, result: open }]);
		r.getCell(4).numFmt = '00000';
		r.getCell(5).numFmt = 'mm/dd/yyyy';
	}
	const cases = wb.addWorksheet('Cases');
	cases.addRow(['Case Name', 'Case Number', 'Opened', 'Status']);
	cases.addRow(['Doe v. Acme Corp', '2024-CV-0042', new Date(Date.UTC(2024, 1, 29)), 'Open']);
	cases.getColumn(3).numFmt = 'd-mmm-yyyy';
	await wb.xlsx.writeFile(join(dir, 'clients-with-title-row.xlsx'));
}

function casesXls(): void {
	const wb = XLSX.utils.book_new();
	const ws = XLSX.utils.aoa_to_sheet([
		['Matter', 'Client', 'Opened', 'Fee'],
		['Estate of Brown', 'Alice Brown', 44927, 2500],
		['Smith divorce', 'Robert Smith', 45306.5, 1200.5],
	]);
	for (const a of ['C2', 'C3']) ws[a].z = 'm/d/yyyy h:mm';
	for (const a of ['D2', 'D3']) ws[a].z = '#,##0.00';
	XLSX.utils.book_append_sheet(wb, ws, 'Matters');
	writeFileSync(
		join(dir, 'legacy-matters.xls'),
		XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }),
	);
}

// ---------- the samples of issue 17: title rows, merged cells, decimal commas, other countries, typed columns, every sheet ----------

/** The time written into the archives below, so that they come out the same every time. */
const FIXED_TIME = new Date(Date.UTC(2024, 4, 1, 9, 0, 0));

/** One line of delimited text, quoting a field that holds the delimiter, a quote or a line break. */
function csvLine(cells: readonly string[], delimiter: string): string {
	return cells
		.map((c) => (c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
		.join(delimiter);
}

/** The characters Windows-1252 puts at 0x80-0x9F (the rest of its first 256 are Latin-1's). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Text as Windows-1252 bytes; throws on a character it has no byte for. */
function encodeWindows1252(text: string): Buffer {
	const bytes = Buffer.alloc(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const high = CP1252_HIGH.indexOf(text[i]);
		if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
		else if (high >= 0) bytes[i] = 0x80 + high;
		else throw new Error(`no Windows-1252 byte for ${JSON.stringify(text[i])}`);
	}
	return bytes;
}

/** A ZIP archive of the given parts, in order, each written at FIXED_TIME. */
function zipParts(parts: ReadonlyArray<[path: string, data: Uint8Array, store?: boolean]>): Buffer {
	const zip = createZipWriter();
	const chunks: Uint8Array[] = [];
	for (const [path, data, store] of parts)
		chunks.push(
			...zip.add(path, data, { compression: store ? 'store' : 'deflate', modified: FIXED_TIME })
				.chunks,
		);
	chunks.push(...zip.finish());
	return Buffer.concat(chunks);
}

/**
 * An XLSX from writeXlsx with merged ranges added to its first sheet (the
 * writer has no merges): the archive is opened, `<mergeCells>` written after
 * the sheet's data, and the parts zipped again in their order.
 */
function xlsxWithMerges(
	sheet: { name: string; rows: ReadonlyArray<ReadonlyArray<XlsxValue | XlsxCell>> },
	merges: readonly string[],
	columnWidths: number[],
): Buffer {
	const parts = unzipSync(writeXlsx([{ ...sheet, columnWidths }], { created: FIXED_TIME }));
	const mergeXml = `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
	const sheetPath = 'xl/worksheets/sheet1.xml';
	const xml = new TextDecoder()
		.decode(parts[sheetPath])
		.replace('</sheetData>', `</sheetData>${mergeXml}`);
	parts[sheetPath] = new TextEncoder().encode(xml);
	return zipParts(Object.entries(parts).map(([p, d]) => [p, d]));
}

/** A law firm's "open matters by client" report: a title merged across, a date line, each client merged down over its matters. */
function mattersMergedCells(): Buffer {
	const date = (y: number, m: number, d: number): XlsxCell => ({
		value: new Date(Date.UTC(y, m - 1, d)),
		style: { numberFormat: 'mm/dd/yyyy' },
	});
	const bold = (value: string): XlsxCell => ({ value, style: { bold: true } });
	const rows: Array<Array<XlsxValue | XlsxCell>> = [
		[{ value: 'Open Matters by Client', style: { bold: true, size: 14 } }],
		['Harlow & Pike LLP, printed 05/01/2024 by jpike'],
		[],
		['Client', 'Matter', 'Matter No.', 'Practice Area', 'Opened', 'Responsible Attorney'].map(bold),
		[
			'Smith, Robert',
			'Smith v. Jones Trucking',
			'M-2024-0012',
			'Personal Injury',
			date(2024, 1, 8),
			'Jordan Pike',
		],
		[null, 'Estate of Mary Smith', 'M-2024-0019', 'Probate', date(2024, 2, 29), null],
		[null, 'Smith home purchase', 'M-2024-0031', 'Real Estate', date(2024, 3, 15), 'Dana Harlow'],
		[
			'Alvarez Holdings LLC',
			'Lease dispute, 4th Street',
			'M-2023-0410',
			'Commercial',
			date(2023, 11, 20),
			'Dana Harlow',
		],
		[
			null,
			'Trademark renewal',
			'M-2024-0007',
			'Intellectual Property',
			date(2024, 1, 3),
			'Dana Harlow',
		],
		['Nguyen, Thanh', 'Nguyen divorce', 'M-2024-0044', 'Family', date(2024, 4, 22), 'Sam Ortiz'],
	];
	return xlsxWithMerges(
		{ name: 'Matters', rows },
		['A1:F1', 'A5:A7', 'F5:F6', 'A8:A9'],
		[22, 28, 13, 22, 12, 22],
	);
}

/** A client ledger from a German practice: Windows-1252, semicolons, CRLF, decimal commas, dd.mm.yyyy, continental addresses, +49 phones. */
function feesDecimalComma(): Buffer {
	const rows = [
		[
			'Client No.',
			'Name',
			'Company',
			'Address',
			'Phone',
			'Email',
			'Date of Birth',
			'Retainer',
			'Fees Billed',
			'Notes',
		],
		[
			'10231',
			'Jürgen Müller',
			'Müller Bau GmbH',
			'Friedrichstraße 123, 10117 Berlin',
			'+49 30 12345678',
			'j.mueller@mueller-bau.example',
			'31.12.1968',
			'2.000,00',
			'1.234,56',
			'Vorschuss 500 € erhalten',
		],
		[
			'10232',
			'Anne-Sophie Dubois',
			'',
			'12 rue de la Paix, 75002 Paris, France',
			'+33 1 42 68 53 00',
			'as.dubois@example.fr',
			'05.03.1975',
			'500,00',
			'9,99',
			'',
		],
		[
			'10233',
			'Klaus Weber',
			'Weber & Söhne KG',
			'Kaiserstraße 5, 60311 Frankfurt am Main',
			'+49 69 9876543',
			'k.weber@example.de',
			'17.08.1990',
			'1.500,00',
			'12.500,00',
			'Rechnung 2024-117 offen',
		],
		[
			'10234',
			'Zoë Janssen',
			'',
			'Marktplatz 1, 80331 München, Deutschland',
			'+49 89 2233445',
			'zoe.janssen@example.com',
			'01.02.1985',
			'0,00',
			'780,50',
			'',
		],
	];
	return encodeWindows1252(rows.map((r) => csvLine(r, ';')).join('\r\n') + '\r\n');
}

/** Contacts from an international practice: one full-address column for six countries, nicknames, yearless birthdays. */
function contactsInternational(): Buffer {
	const rows = [
		['Name', 'Email', 'Phone', 'Address', 'Birthday', 'Company'],
		[
			'Robert "Bob" Smith',
			'bob.smith@example.com',
			'(202) 555-0147',
			'1600 Pennsylvania Ave NW, Washington, DC 20500',
			'--05-13',
			'Smith & Rowe',
		],
		[
			"Katherine ''Kate'' Lee",
			'kate.lee@example.ca',
			'+1 416 555 0199',
			'350 Bay St, Suite 700, Toronto, ON M5H 2S6, Canada',
			'May 13',
			'Lee Barristers',
		],
		[
			'Oliver Bennett',
			'o.bennett@example.co.uk',
			'+44 20 7946 0958',
			'10 Downing Street, London SW1A 2AA, United Kingdom',
			'1985-07-04',
			'',
		],
		[
			'Lena Hoffmann',
			'lena.hoffmann@example.de',
			'+49 30 901820',
			'Unter den Linden 77, 10117 Berlin, Germany',
			'12/31/1990',
			'Hoffmann Rechtsanwälte',
		],
		[
			'Camille (Cami) Laurent',
			'c.laurent@example.fr',
			'+33 1 42 68 53 00',
			'8 Rue de Rivoli, 75004 Paris, France',
			'03/04/1972',
			'',
		],
		[
			'Daan de Vries',
			'daan@example.nl',
			'+31 20 555 1234',
			'Keizersgracht 123, 1015 CJ Amsterdam, Netherlands',
			'',
			'De Vries Advocaten',
		],
	];
	return Buffer.from(rows.map((r) => csvLine(r, ',')).join('\r\n') + '\r\n', 'utf8');
}

/** A court's party list: names written surname first with no comma, as court and government systems export them. */
function courtListSurnameFirst(): Buffer {
	const rows = [
		['Case Number', 'Party Name', 'Party Role', 'Email', 'Phone'],
		['2024-CV-0142', 'KOWALSKI Anna', 'Plaintiff', 'anna.kowalski@example.com', '(312) 555-0110'],
		['2024-CV-0142', 'JOHNSON Michael', 'Defendant', 'mjohnson@example.com', '(312) 555-0111'],
		['2024-CV-0157', 'GARCIA Maria', 'Petitioner', 'maria.garcia@example.com', '(312) 555-0112'],
		['2024-CV-0157', 'WILLIAMS David', 'Respondent', 'dwilliams@example.com', '(312) 555-0113'],
		['2024-CV-0163', 'NGUYEN Linda', 'Plaintiff', 'linda.nguyen@example.com', '(312) 555-0114'],
		['2024-CV-0163', 'BROWN James', 'Defendant', 'jbrown@example.com', '(312) 555-0115'],
		['2024-CV-0170', 'MILLER Sarah', 'Petitioner', 'sarah.miller@example.com', '(312) 555-0116'],
	];
	return Buffer.from(rows.map((r) => csvLine(r, ',')).join('\r\n') + '\r\n', 'utf8');
}

/** The header Google Contacts writes in its "Google CSV" export (the layout before 2021). */
const GOOGLE_HEADER = [
	'Name',
	'Given Name',
	'Additional Name',
	'Family Name',
	'Yomi Name',
	'Given Name Yomi',
	'Additional Name Yomi',
	'Family Name Yomi',
	'Name Prefix',
	'Name Suffix',
	'Initials',
	'Nickname',
	'Short Name',
	'Maiden Name',
	'Birthday',
	'Gender',
	'Location',
	'Billing Information',
	'Directory Server',
	'Mileage',
	'Occupation',
	'Hobby',
	'Sensitivity',
	'Priority',
	'Subject',
	'Notes',
	'Language',
	'Photo',
	'Group Membership',
	'E-mail 1 - Type',
	'E-mail 1 - Value',
	'E-mail 2 - Type',
	'E-mail 2 - Value',
	'Phone 1 - Type',
	'Phone 1 - Value',
	'Phone 2 - Type',
	'Phone 2 - Value',
	'Phone 3 - Type',
	'Phone 3 - Value',
	'Address 1 - Type',
	'Address 1 - Formatted',
	'Address 1 - Street',
	'Address 1 - City',
	'Address 1 - PO Box',
	'Address 1 - Region',
	'Address 1 - Postal Code',
	'Address 1 - Country',
	'Address 1 - Extended Address',
	'Organization 1 - Type',
	'Organization 1 - Name',
	'Organization 1 - Yomi Name',
	'Organization 1 - Title',
	'Organization 1 - Department',
	'Organization 1 - Symbol',
	'Organization 1 - Location',
	'Organization 1 - Job Description',
	'Website 1 - Type',
	'Website 1 - Value',
];

/** A Google Contacts export: typed numbered columns, the primary marked `* `, several values in one cell joined by ` ::: `. */
function googleContacts(): Buffer {
	const people: Array<Record<string, string>> = [
		{
			Name: 'Jane Doe',
			'Given Name': 'Jane',
			'Family Name': 'Doe',
			Birthday: '--05-13',
			'Group Membership': '* myContacts',
			'E-mail 1 - Type': '* Home',
			'E-mail 1 - Value': 'jane.doe@example.com',
			'E-mail 2 - Type': 'Work',
			'E-mail 2 - Value': 'jdoe@doelaw.example',
			'Phone 1 - Type': 'Mobile',
			'Phone 1 - Value': '(555) 201-3344',
			'Phone 2 - Type': 'Work',
			'Phone 2 - Value': '(555) 201-9000',
			'Address 1 - Type': 'Home',
			'Address 1 - Formatted': '12 Elm St\nSpringfield, IL 62704\nUS',
			'Address 1 - Street': '12 Elm St',
			'Address 1 - City': 'Springfield',
			'Address 1 - Region': 'IL',
			'Address 1 - Postal Code': '62704',
			'Address 1 - Country': 'US',
			'Organization 1 - Name': 'Doe Law Group',
			'Organization 1 - Title': 'Paralegal',
		},
		{
			Name: 'Robert Smith',
			'Given Name': 'Robert',
			'Family Name': 'Smith',
			Nickname: 'Bob',
			Birthday: '1979-11-02',
			'Group Membership': '* myContacts ::: Clients',
			'E-mail 1 - Type': '* Other',
			'E-mail 1 - Value': 'bob.smith@example.org ::: rsmith@smithco.example',
			'Phone 1 - Type': 'Work',
			'Phone 1 - Value': '+1 555-410-2200',
			'Phone 2 - Type': 'Mobile',
			'Phone 2 - Value': '555-410-7788',
			'Phone 3 - Type': 'Home',
			'Phone 3 - Value': '555-410-1010',
			'Address 1 - Type': 'Work',
			'Address 1 - Formatted': '400 Oak Ave, Suite 2\nDenver, CO 80202',
			'Address 1 - Street': '400 Oak Ave, Suite 2',
			'Address 1 - City': 'Denver',
			'Address 1 - Region': 'CO',
			'Address 1 - Postal Code': '80202',
			'Organization 1 - Name': 'Smith & Co.',
			'Organization 1 - Title': 'Owner',
		},
		{
			Name: 'María García',
			'Given Name': 'María',
			'Family Name': 'García',
			Birthday: '--12-01',
			'Group Membership': '* myContacts',
			'E-mail 1 - Type': '* Home',
			'E-mail 1 - Value': 'maria.garcia@example.net',
			'Phone 1 - Type': 'Home',
			'Phone 1 - Value': '555 300 4000',
			'Phone 2 - Type': 'Mobile',
			'Phone 2 - Value': '555 300 4111',
		},
		{
			Name: 'Wei Li',
			'Given Name': 'Wei',
			'Family Name': 'Li',
			'Group Membership': '* myContacts',
			'E-mail 1 - Type': '* Work',
			'E-mail 1 - Value': 'wei.li@example.com',
			'Phone 1 - Type': 'Mobile',
			'Phone 1 - Value': '555-600-1111 ::: 555-600-2222',
			'Phone 2 - Type': 'Work Fax',
			'Phone 2 - Value': '555-600-3333',
			'Organization 1 - Name': 'Li Consulting',
			'Organization 1 - Title': 'Principal',
		},
	];
	const lines = [GOOGLE_HEADER, ...people.map((p) => GOOGLE_HEADER.map((h) => p[h] ?? ''))];
	return Buffer.from(lines.map((r) => csvLine(r, ',')).join('\n') + '\n', 'utf8');
}

/** An ODS cell: text, or a date (`office:date-value`, shown as m/d/yyyy), or a number. */
function odsCell(v: string | number | { date: string }): string {
	if (typeof v === 'number')
		return `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
	if (typeof v === 'object') {
		const [y, m, d] = v.date.split('-').map(Number);
		return `<table:table-cell office:value-type="date" office:date-value="${v.date}"><text:p>${m}/${d}/${y}</text:p></table:table-cell>`;
	}
	if (v === '') return '<table:table-cell/>';
	const text = v.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	return `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
}

/** A LibreOffice workbook of two sheets with different columns: the clients, and the other parties of their matters (a title row above its header). */
function workbookTwoSheets(): Buffer {
	const table = (name: string, rows: Array<Array<string | number | { date: string }>>): string =>
		`<table:table table:name="${name}">${rows.map((r) => `<table:table-row>${r.map(odsCell).join('')}</table:table-row>`).join('')}</table:table>`;
	const clients = table('Clients', [
		['Full Name', 'Email', 'Phone', 'Client Since', 'Open Matters'],
		['Jane Q. Doe', 'jane.doe@example.com', '(555) 123-4567', { date: '2019-04-02' }, 2],
		['Robert Smith', 'bob@example.org', '(555) 987-6543', { date: '2021-11-15' }, 3],
		['Maria de la Cruz', 'maria@example.net', '(555) 222-3333', { date: '2023-01-09' }, 1],
	]);
	const parties = table('Other Parties', [
		['Opposing parties and counsel, for the conflict check'],
		['Last Name', 'First Name', 'Firm', 'Role', 'Telephone', 'E-mail'],
		[
			'Jones',
			'Harold',
			'Jones Trucking Inc.',
			'Opposing party',
			'(555) 410-2000',
			'hjones@jonestrucking.example',
		],
		[
			'Okafor',
			'Chioma',
			'Okafor & Reed LLP',
			'Opposing counsel',
			'(555) 410-3000',
			'cokafor@okaforreed.example',
		],
	]);
	const content =
		'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">' +
		`<office:body><office:spreadsheet>${clients}${parties}</office:spreadsheet></office:body></office:document-content>`;
	const manifest =
		'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
		'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
		'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
	const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
	// the mimetype entry first and stored, as OpenDocument requires
	return zipParts([
		['mimetype', utf8('application/vnd.oasis.opendocument.spreadsheet'), true],
		['META-INF/manifest.xml', utf8(manifest)],
		['content.xml', utf8(content)],
	]);
}

// ---------- the samples of issue 18: the README's first command, and a workbook of two sheets ----------

/**
 * A client list exported from an old practice system on Windows, as people
 * send it: Windows-1252, a title row and a date line above the header, one
 * Full Name and one Full Address column, names partly surname first, dates
 * and phones written every way, typos in emails, the same person twice, a
 * household of two at one address and phone, rows that cannot be imported,
 * and a blank line. test/scripts/clientsMessy.test.ts holds what the library
 * makes of each row.
 */
function clientsMessy(): Buffer {
	const header = [
		'Client No.',
		'Full Name',
		'Full Address',
		'Phone',
		'E-mail',
		'Date of Birth',
		'Notes',
	];
	const rows: string[][] = [
		[
			'C-1001',
			'Smith, Robert',
			'42 Elm Street, Springfield, IL 62704',
			'(555) 010-0142',
			'rsmith@example.com',
			'1975-04-12',
			'Referred by Dana Harlow',
		],
		[
			'C-1002',
			'GARCÍA, María',
			'1200 Alameda St, Apt 3, Los Angeles, CA 90012',
			'+1 (555) 010-0123',
			'maria.garcia@gmial.com',
			'03/15/1982',
			'',
		],
		[
			'C-1003',
			'Renée Dubois',
			'77 Lake Shore Dr, Chicago, IL 60611',
			'555.010.0155',
			'renee.dubois@example.org',
			'March 5, 1980',
			'Prefers email',
		],
		[
			'C-1004',
			'Jürgen Müller',
			'Friedrichstraße 123, 10117 Berlin, Germany',
			'00 49 30 901820',
			'j.mueller@example.de',
			'1968-12-31',
			'',
		],
		[
			'C-1005',
			'Oliver Bennett',
			'10 Downing Street, London SW1A 2AA, United Kingdom',
			'+44 20 7946 0958',
			'o.bennett@example.co.uk',
			'1985-07-04 00:00:00',
			'',
		],
		[
			'C-1006',
			'José Nuñez',
			'9 Pine Rd, Austin, TX 73301',
			'5550100166',
			'jose.nunez@example.com',
			'11/23/1990',
			'',
		],
		[
			'C-1007',
			'Katherine Lee',
			'350 Market St, Suite 700, San Francisco, CA 94105',
			'(555) 010-0177 ext. 12',
			'kate.lee@example.com',
			'02/29/1988',
			'Office line, ask for Kate',
		],
		[
			'C-1008',
			'Nguyen, Thanh',
			'88 Willow Ln, Portland, OR 97201',
			'(555) 010-0190',
			'thanh.nguyen@example.com',
			'06/01/1970',
			'Household: see C-1009',
		],
		[
			'C-1009',
			'Nguyen, Linh',
			'88 Willow Ln, Portland, OR 97201',
			'(555) 010-0190',
			'linh.nguyen@example.com',
			'09/14/1972',
			'Household: see C-1008',
		],
		[
			'C-1010',
			'',
			'15 Main St, Boston, MA 02108',
			'',
			'',
			'',
			'Address only, left over from the old system',
		],
		[
			'C-1011',
			'Peter Okafor',
			'5 Harbor Way, Seattle, WA 98101',
			'(555) 010-0133',
			'p.okafor@example.com',
			'02/30/1985',
			'',
		],
		[
			'C-1012',
			'Sarah Miller',
			'230 Peachtree St, Atlanta, GA 30303',
			'555 010 0144',
			'sarah.miller@@example',
			'1991-01-17',
			'',
		],
		[],
		[
			'C-1013',
			'Bob Smith',
			'42 Elm St, Springfield, IL 62704',
			'555.010.0142',
			'',
			'04/12/1975',
			'Same client as C-1001?',
		],
		['C-1014', 'Kate Lee', '', '555-010-0188', 'KATE.LEE@example.com', '', ''],
		[
			'C-1015',
			'Dan Brown',
			'61 Cedar Ave, Denver, CO 80202',
			'555-12',
			'dan.brown@example.com',
			'1979-01-02T09:15:00',
			'',
		],
		[
			'C-1016',
			'de la Cruz, Maria',
			'400 Oak Ave, Apt 4B, Miami, FL 33101',
			'(555) 010-0111',
			'maria.delacruz@example.net',
			'Jan 2, 1979',
			'',
		],
		[
			'C-1017',
			"O'Brien, Seán",
			'1 Main St, Boston, MA 02108',
			'+1 555 010 0112',
			'sean.obrien@example.com',
			'12/31/1990 3:45 PM',
			'',
		],
		[
			'C-1018',
			'Dr. Anne Wright',
			'14 Birch Rd, Madison, WI 53703',
			'555-010-0113',
			'anne.wright@yahoo.con',
			'07/04/1966',
			'Retired physician',
		],
		[
			'C-1019',
			'Zoë Janssen',
			'8 Canal St, New Orleans, LA 70130',
			'(555) 010-0114',
			'zoe.janssen@example.com',
			'1984-02-01',
			'',
		],
		[
			'C-1020',
			'Ramón Peña',
			'2200 Main St, Houston, TX 77002',
			'555.010.0115',
			'ramon.pena@example.com',
			'10/10/1959',
			'Spanish speaker',
		],
		[
			'C-1021',
			'John Q. Public Jr.',
			'100 State St, Albany, NY 12207',
			'5550100116',
			'jqpublic@example.com',
			'05/20/1971',
			'',
		],
		[
			'C-1022',
			'WILLIAMS, David',
			'9 Court Sq, Nashville, TN 37201',
			'(555) 010-0117',
			'dwilliams@example.com',
			'08/08/1980',
			'',
		],
		[
			'C-1023',
			'Chloé Martin',
			'12 Bay Rd, Tampa, FL 33602',
			'555 010 0118',
			'chloe.martin@hotmial.com',
			'1993-06-30',
			'',
		],
		[
			'C-1024',
			'Liam Walsh',
			'3 Ocean Dr, Newport, RI 02840',
			'+1 555-010-0119',
			'liam.walsh@example.com',
			'02/14/1977',
			'',
		],
		[
			'C-1025',
			'Aisha Khan',
			'700 Elm St, Dallas, TX 75201',
			'(555) 010-0120 x305',
			'aisha.khan@example.com',
			'1989-09-09',
			'Work number',
		],
		[
			'C-1026',
			'Wei Li',
			'55 Grant Ave, San Francisco, CA 94108',
			'555.010.0121',
			'wei.li@example.com',
			'04/01/1965',
			'',
		],
		[
			'C-1027',
			'Pedro Alvarez',
			'18 Cactus Rd, Phoenix, AZ 85004',
			'555-010-0122',
			'pedro.alvarez@example.com',
			'1976-03-03',
			'',
		],
		[
			'C-1028',
			'Grace Kim',
			'900 Pine St, Seattle, WA 98101',
			'(555) 010-0124',
			'grace.kim@example.com',
			'11/11/1995',
			'',
		],
		[
			'C-1029',
			'Thomas Becker',
			'21 Lincoln Ave, Omaha, NE 68102',
			'555 010 0125',
			'tom.becker@example.com',
			'September 9, 1962',
			'',
		],
		[
			'C-1030',
			'Fatima Haddad',
			'44 Liberty St, Paterson, NJ 07505',
			'555.010.0126',
			'fatima.haddad@example.com',
			'1987-12-24',
			'',
		],
		[
			'C-1031',
			'Tom Becker',
			'21 Lincoln Avenue, Omaha, NE 68102',
			'(555) 010-0125',
			'tom.becker@example.com',
			'09/09/1962',
			'Duplicate entry made by the front desk',
		],
		[
			'C-1032',
			'Ingrid Larsen',
			'6 Fjord Ln, Minneapolis, MN 55401',
			'+1 (555) 010-0127',
			'ingrid.larsen@example.com',
			'01/31/1983',
			'',
		],
		[
			'C-1033',
			'Samuel Ortiz',
			'77 Mission St, San Jose, CA 95113',
			'555-010-0128',
			'sam.ortiz@example',
			'1990-05-05',
			'',
		],
		[
			'C-1034',
			'Hannah Schäfer',
			'19 Elm St, Cincinnati, OH 45202',
			'+49 89 2233445',
			'hannah.schaefer@example.de',
			'17 August 1990',
			'',
		],
		[
			'C-1035',
			'Michael Johnson',
			'3 Church St, Charleston, SC 29401',
			'555 010 0129',
			'mjohnson@example.com',
			'1974-10-31 08:00',
			'',
		],
		[
			'C-1036',
			'Emily Davis',
			'250 King St, Alexandria, VA 22314',
			'(555) 010-0130',
			'emily.davis@example.com',
			'06/15/1992',
			'',
		],
	];
	const lines = [
		['Client List - Harlow & Pike LLP'],
		['Exported 03/14/2024 10:32 AM by frontdesk'],
		[],
		header,
		...rows,
	];
	return encodeWindows1252(lines.map((r) => csvLine(r, ',')).join('\r\n') + '\r\n');
}

/**
 * A workbook of two sheets with different columns, as a small firm keeps it:
 * "Clients" with split name and address columns, phones typed as numbers,
 * ZIP codes that lost their leading zero (shown with a 00000 format), real
 * date cells beside dates typed as text, stray spaces and capitals in emails,
 * a blank line; "Contacts" (other people at the clients' companies) with one
 * Contact column written "Last, First", a company, a role and a work phone.
 */
function clientsTwoSheets(): Buffer {
	const date = (y: number, m: number, d: number): XlsxCell => ({
		value: new Date(Date.UTC(y, m - 1, d)),
		style: { numberFormat: 'mm/dd/yyyy' },
	});
	const zip = (n: number): XlsxCell => ({ value: n, style: { numberFormat: '00000' } });
	const bold = (value: string): XlsxCell => ({ value, style: { bold: true } });
	const clients: Array<Array<XlsxValue | XlsxCell>> = [
		[
			'First Name',
			'Last Name',
			'Email',
			'Mobile',
			'Street',
			'City',
			'State',
			'ZIP',
			'Birthday',
		].map(bold),
		[
			'Jane',
			'Doe',
			'Jane.Doe@Example.com ',
			5550100201,
			'12 Elm St',
			'Boston',
			'MA',
			zip(2108),
			date(1980, 3, 5),
		],
		[
			'Robert',
			'Smith',
			'bob.smith@example.org',
			'(555) 010-0202',
			'400 Oak Ave, Apt 4B',
			'Denver',
			'CO',
			zip(80202),
			'Nov 2, 1979',
		],
		[
			'  María ',
			'García',
			'maria.garcia@example.net',
			15550100203,
			'1200 Alameda St',
			'Los Angeles',
			'CA',
			zip(90012),
			date(1982, 12, 1),
		],
		[],
		[
			'Jürgen',
			'Müller',
			'j.mueller@example.de',
			'+49 30 901820',
			'Friedrichstraße 123',
			'Berlin',
			'',
			'10117',
			'1968-12-31',
		],
		[
			'Bobby',
			'Smith',
			'BOB.SMITH@EXAMPLE.ORG',
			'555.010.0202',
			'400 Oak Avenue Apt 4B',
			'Denver',
			'CO',
			zip(80202),
			date(1979, 11, 2),
		],
		[
			'Wei',
			'Li',
			'wei.li@example',
			5550100204,
			'55 Grant Ave',
			'San Francisco',
			'CA',
			zip(94108),
			'unknown',
		],
	];
	const contacts: Array<Array<XlsxValue | XlsxCell>> = [
		['Contact', 'Company', 'Role', 'Work Phone', 'E-mail Address', 'Added'].map(bold),
		[
			'Okafor, Chioma',
			'Okafor & Reed LLP',
			'Opposing counsel',
			'(555) 010-0301 ext. 4',
			'cokafor@okaforreed.example',
			date(2024, 1, 8),
		],
		[
			'Jones, Harold',
			'Jones Trucking Inc.',
			'Opposing party',
			5550100302,
			'hjones@jonestrucking.example',
			date(2024, 2, 29),
		],
		[
			'',
			'Alvarez Holdings LLC',
			'Client company',
			'555-010-0303',
			'info@alvarezholdings.example',
			'03/15/2024',
		],
		[
			'Pike, Jordan',
			'Harlow & Pike LLP',
			'Responsible attorney',
			'+1 555 010 0304',
			'jpike@harlowpike.example',
			date(2023, 11, 20),
		],
	];
	return Buffer.from(
		writeXlsx(
			[
				{ name: 'Clients', rows: clients, columnWidths: [12, 12, 26, 16, 22, 14, 6, 8, 12] },
				{ name: 'Contacts', rows: contacts, columnWidths: [18, 22, 20, 22, 30, 12] },
			],
			{ created: FIXED_TIME },
		),
	);
}

/** Writes the samples of issue 17. */
function writeIssue17Examples(): void {
	const files: Array<[string, Buffer]> = [
		['matters-merged-cells.xlsx', mattersMergedCells()],
		['fees-decimal-comma.csv', feesDecimalComma()],
		['contacts-international.csv', contactsInternational()],
		['court-list-surname-first.csv', courtListSurnameFirst()],
		['google-contacts.csv', googleContacts()],
		['workbook-two-sheets.ods', workbookTwoSheets()],
		['clients-messy.csv', clientsMessy()],
		['clients-two-sheets.xlsx', clientsTwoSheets()],
	];
	for (const [file, bytes] of files) writeFileSync(join(dir, file), bytes);
}

void (async () => {
	if (missing('clients-with-title-row.xlsx')) await clientsXlsx();
	if (missing('legacy-matters.xls')) casesXls();
	writeIssue17Examples();
	console.log('examples written to', dir);
})();
