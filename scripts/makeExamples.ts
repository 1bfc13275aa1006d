/**
 * Writes the sample files in examples/: the kind of exports real people send.
 * Run `npx ts-node --transpile-only scripts/makeExamples.ts` to rebuild them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';

const dir = join(__dirname, '..', 'examples');

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

void (async () => {
	await clientsXlsx();
	casesXls();
	console.log('examples written to', dir);
})();
