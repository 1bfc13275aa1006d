/**
 * npm run bench:read — throughput and memory of our readers beside their
 * peers, on the same files, in the same run: CSV against csv-parse (objects
 * and arrays) and Papa Parse, XLSX against exceljs's streaming reader, XLS
 * against SheetJS.
 *
 * Generates (once, into .bench/) a 1,000,000-row contacts CSV of about 160 MB
 * and one of a quarter the rows (to show memory stays flat as the file grows),
 * a 100,000-row XLSX and a 20,000-row XLS (BIFF8, written by SheetJS), then
 * runs each reader in its own plain-Node child process (bench/read.child.js,
 * only that reader loaded) so that each peak RSS is its own.
 * Prints rows/s, MB/s and peak RSS. Runs against the build in dist/ (the
 * script builds first), as users get it.
 * Options: --rows N (CSV rows, default 1e6), --xlsx-rows N (default 1e5), --xls-rows N (default 2e4).
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';

const dir = join(__dirname, '..', '.bench');
const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const FIRST = [
	'James',
	'Mary',
	'José',
	'Zoë',
	'Robert',
	'Patricia',
	'Wei',
	'Aisha',
	'Liam',
	'Renée',
];
const LAST = [
	'Smith',
	'Müller',
	"O'Brien",
	'Garcia',
	'Nguyen',
	'de la Cruz',
	'Johnson',
	'Kowalski',
	'Brontë',
	'Lee',
];
const CITY = [
	'Springfield',
	'Denver',
	'Boston',
	'San Francisco',
	'Austin',
	'New York',
	'Chicago',
	'Portland',
];
const STATE = ['IL', 'CO', 'MA', 'CA', 'TX', 'NY', 'IL', 'OR'];

function contact(i: number): string[] {
	const f = FIRST[i % 10];
	const l = LAST[(i * 7) % 10];
	const c = i % 8;
	return [
		String(i + 1),
		f,
		l,
		`${f.toLowerCase()}.${i}@example.com`,
		`(555) ${String(100 + (i % 900)).padStart(3, '0')}-${String(i % 10000).padStart(4, '0')}`,
		`${(i % 9999) + 1} ${['Main', 'Oak', 'Elm', 'Pine'][i % 4]} St${i % 5 === 0 ? ', Apt ' + (i % 40) : ''}`,
		CITY[c],
		STATE[c],
		String(10000 + ((i * 37) % 89999)).padStart(5, '0'),
		`${(i % 12) + 1}/${(i % 28) + 1}/${1950 + (i % 50)}`,
		i % 3 === 0 ? `"Called ${i % 7} times, prefers ""email"""` : 'Client since 2019',
		['Acme Legal LLP', 'Northwind Traders', 'Globex Corporation', 'Initech, Inc.'][i % 4],
		['Paralegal', 'Office Manager', 'Chief Financial Officer', 'Associate Attorney'][i % 4],
	];
}
const HEADER = [
	'ID',
	'First Name',
	'Last Name',
	'Email',
	'Phone',
	'Street',
	'City',
	'State',
	'Zip',
	'Date of Birth',
	'Notes',
	'Company',
	'Job Title',
];

async function makeCsv(path: string, rows: number): Promise<void> {
	const out = createWriteStream(path);
	out.write(HEADER.join(',') + '\n');
	let buf: string[] = [];
	for (let i = 0; i < rows; i++) {
		const cells = contact(i).map((v) => (v.startsWith('"') || !/[",]/.test(v) ? v : `"${v}"`));
		buf.push(cells.join(','));
		if (buf.length === 5000) {
			if (!out.write(buf.join('\n') + '\n')) await once(out, 'drain');
			buf = [];
		}
	}
	if (buf.length) out.write(buf.join('\n') + '\n');
	out.end();
	await once(out, 'finish');
}

async function makeXlsx(path: string, rows: number): Promise<void> {
	const ExcelJS = (await import('exceljs')).default;
	const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
		filename: path,
		useSharedStrings: true,
		useStyles: true,
	});
	const ws = wb.addWorksheet('Contacts');
	ws.addRow(HEADER).commit();
	for (let i = 0; i < rows; i++) {
		const c = contact(i);
		const row = ws.addRow([
			i + 1,
			c[1],
			c[2],
			c[3],
			5550000000 + i,
			c[5],
			c[6],
			c[7],
			c[8],
			new Date(Date.UTC(1950 + (i % 50), i % 12, (i % 28) + 1)),
			c[10].replace(/"/g, ''),
			c[11],
			c[12],
		]);
		row.getCell(10).numFmt = 'yyyy-mm-dd';
		row.commit();
	}
	await wb.commit();
}

async function makeXls(path: string, rows: number): Promise<void> {
	const XLSX = await import('@e965/xlsx');
	const aoa: unknown[][] = [HEADER];
	for (let i = 0; i < rows; i++) {
		const c = contact(i);
		aoa.push([
			i + 1,
			c[1],
			c[2],
			c[3],
			5550000000 + i,
			c[5],
			c[6],
			c[7],
			c[8],
			new Date(Date.UTC(1950 + (i % 50), i % 12, (i % 28) + 1)),
			c[10].replace(/"/g, ''),
			c[11],
			c[12],
		]);
	}
	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(
		wb,
		XLSX.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: 'yyyy-mm-dd' }),
		'Contacts',
	);
	writeFileSync(path, XLSX.write(wb, { bookType: 'biff8', type: 'buffer' }));
}

function run(
	kind: string,
	file: string,
): { kind: string; rows: number; seconds: number; peakRssMb: number } {
	const out = execFileSync(process.execPath, [join(__dirname, 'read.child.js'), kind, file], {
		encoding: 'utf8',
		maxBuffer: 1 << 20,
	});
	return JSON.parse(out.trim().split('\n').pop() as string);
}

async function main(): Promise<void> {
	mkdirSync(dir, { recursive: true });
	const csvRows = arg('--rows', 1_000_000);
	const xlsxRows = arg('--xlsx-rows', 100_000);
	const xlsRows = arg('--xls-rows', 20_000);
	const csv = join(dir, `contacts-v2-${csvRows}.csv`);
	const csvQuarter = join(dir, `contacts-v2-${Math.round(csvRows / 4)}.csv`);
	const xlsx = join(dir, `contacts-v2-${xlsxRows}.xlsx`);
	const xls = join(dir, `contacts-v2-${xlsRows}.xls`);
	for (const [file, make] of [
		[csv, () => makeCsv(csv, csvRows)],
		[csvQuarter, () => makeCsv(csvQuarter, Math.round(csvRows / 4))],
		[xlsx, () => makeXlsx(xlsx, xlsxRows)],
		[xls, () => makeXls(xls, xlsRows)],
	] as const) {
		if (!existsSync(file)) {
			console.log(`generating ${file} …`);
			await make();
		}
	}
	const line = (file: string, r: ReturnType<typeof run>) => {
		const mb = statSync(file).size / 1048576;
		console.log(
			`${r.kind.padEnd(20)} ${String(r.rows).padStart(9)} rows  ${r.seconds.toFixed(2).padStart(7)} s  ${Math.round(
				r.rows / r.seconds,
			)
				.toLocaleString('en-US')
				.padStart(
					10,
				)} rows/s  ${(mb / r.seconds).toFixed(1).padStart(7)} MB/s  peak RSS ${r.peakRssMb.toFixed(0).padStart(5)} MB`,
		);
		return r;
	};
	const rate = (r: ReturnType<typeof run>) => r.rows / r.seconds;
	console.log(
		`\nCSV: ${(statSync(csv).size / 1048576).toFixed(1)} MB, ${csvRows} rows (node ${process.version}, each reader in its own process)`,
	);
	const objects = line(csv, run('csv-parse-objects', csv));
	line(csv, run('csv-parse-arrays', csv));
	line(csv, run('papaparse-arrays', csv));
	const ours = line(csv, run('intake-csv', csv));
	console.log(`CSV, a quarter of the rows: ${(statSync(csvQuarter).size / 1048576).toFixed(1)} MB`);
	const oursQuarter = line(csvQuarter, run('intake-csv', csvQuarter));
	console.log(`\nXLSX: ${(statSync(xlsx).size / 1048576).toFixed(1)} MB, ${xlsxRows} rows`);
	const rawX = line(xlsx, run('exceljs-stream', xlsx));
	const oursX = line(xlsx, run('intake-xlsx', xlsx));
	console.log(`\nXLS (BIFF8): ${(statSync(xls).size / 1048576).toFixed(1)} MB, ${xlsRows} rows`);
	const sheetjs = line(xls, run('sheetjs', xls));
	const oursXls = line(xls, run('intake-xls', xls));
	console.log('');
	console.log(
		`intake CSV vs csv-parse objects: ${(rate(ours) / rate(objects)).toFixed(2)}x (goal ≥ 4x); peak RSS ${oursQuarter.peakRssMb.toFixed(0)} MB at ${oursQuarter.rows} rows, ${ours.peakRssMb.toFixed(0)} MB at ${ours.rows} (goal: flat)`,
	);
	console.log(
		`intake XLSX vs exceljs streaming: ${(rate(oursX) / rate(rawX)).toFixed(2)}x (goal ≥ 2x); peak RSS ${oursX.peakRssMb.toFixed(0)} MB vs ${rawX.peakRssMb.toFixed(0)} MB (goal: lower)`,
	);
	console.log(
		`intake XLS vs SheetJS: ${(rate(oursXls) / rate(sheetjs)).toFixed(2)}x (goal ≥ 1x); peak RSS ${oursXls.peakRssMb.toFixed(0)} MB vs ${sheetjs.peakRssMb.toFixed(0)} MB`,
	);
}

void main().catch((e) => {
	console.error(e);
	process.exit(1);
});
