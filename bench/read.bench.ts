/**
 * npm run bench:read — throughput and memory of the reader beside raw
 * csv-parse and exceljs, on the same files, in the same run.
 *
 * Generates (once, into .bench/) a 1,000,000-row contacts CSV of about 160 MB
 * and a 100,000-row XLSX, then runs each reader in its own child process so
 * that each peak RSS is its own. Prints rows/s, MB/s and peak RSS.
 * Runs against the build in dist/ (the script builds first), as users get it.
 * Options: --rows N (CSV rows, default 1e6), --xlsx-rows N (default 1e5).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';

const dir = join(__dirname, '..', '.bench');
const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const FIRST = ['James', 'Mary', 'José', 'Zoë', 'Robert', 'Patricia', 'Wei', 'Aisha', 'Liam', "Renée"];
const LAST = ['Smith', 'Müller', "O'Brien", 'Garcia', 'Nguyen', 'de la Cruz', 'Johnson', 'Kowalski', 'Brontë', 'Lee'];
const CITY = ['Springfield', 'Denver', 'Boston', 'San Francisco', 'Austin', 'New York', 'Chicago', 'Portland'];
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
const HEADER = ['ID', 'First Name', 'Last Name', 'Email', 'Phone', 'Street', 'City', 'State', 'Zip', 'Date of Birth', 'Notes', 'Company', 'Job Title'];

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
	const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
	const ws = wb.addWorksheet('Contacts');
	ws.addRow(HEADER).commit();
	for (let i = 0; i < rows; i++) {
		const c = contact(i);
		const row = ws.addRow([i + 1, c[1], c[2], c[3], 5550000000 + i, c[5], c[6], c[7], c[8], new Date(Date.UTC(1950 + (i % 50), i % 12, (i % 28) + 1)), c[10].replace(/"/g, ''), c[11], c[12]]);
		row.getCell(10).numFmt = 'yyyy-mm-dd';
		row.commit();
	}
	await wb.commit();
}

/** One measurement, run in a child process. */
async function child(kind: string, file: string): Promise<void> {
	// Load every module first so the clock measures reading only.
	const [{ parse }, ExcelJS, intake] = await Promise.all([import('csv-parse'), import('exceljs'), import('../dist')]);
	const start = process.hrtime.bigint();
	let rows = 0;
	let check = '';
	if (kind === 'csv-parse-objects' || kind === 'csv-parse-arrays') {
		const parser = createReadStream(file).pipe(parse({ columns: kind === 'csv-parse-objects', bom: true }));
		for await (const r of parser) {
			rows++;
			if (rows === 2) check = JSON.stringify(r).slice(0, 60);
		}
		if (kind === 'csv-parse-arrays') rows--; // the header row
	} else if (kind === 'intake-csv' || kind === 'intake-xlsx') {
		const reader = await intake.openSpreadsheet(createReadStream(file), { maxBytes: Infinity });
		for await (const r of reader) {
			rows++;
			if (rows === 1) check = JSON.stringify(r.values).slice(0, 60);
		}
	} else if (kind === 'exceljs-stream') {
		const reader = new ExcelJS.default.stream.xlsx.WorkbookReader(createReadStream(file), { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
		for await (const ws of reader) {
			for await (const r of ws as AsyncIterable<{ values: unknown }>) {
				rows++;
				if (rows === 2) check = JSON.stringify(r.values).slice(0, 60);
			}
		}
		rows--;
	}
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	const peakRssMb = process.resourceUsage().maxRSS / 1024;
	console.log(JSON.stringify({ kind, rows, seconds, peakRssMb, check }));
}

function run(kind: string, file: string): { kind: string; rows: number; seconds: number; peakRssMb: number } {
	const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', __filename, '--child', kind, file], {
		encoding: 'utf8',
		maxBuffer: 1 << 20,
	});
	return JSON.parse(out.trim().split('\n').pop() as string);
}

async function main(): Promise<void> {
	const ci = process.argv.indexOf('--child');
	if (ci > 0) return child(process.argv[ci + 1], process.argv[ci + 2]);
	mkdirSync(dir, { recursive: true });
	const csvRows = arg('--rows', 1_000_000);
	const xlsxRows = arg('--xlsx-rows', 100_000);
	const csv = join(dir, `contacts-v2-${csvRows}.csv`);
	const xlsx = join(dir, `contacts-v2-${xlsxRows}.xlsx`);
	if (!existsSync(csv)) {
		console.log(`generating ${csv} …`);
		await makeCsv(csv, csvRows);
	}
	if (!existsSync(xlsx)) {
		console.log(`generating ${xlsx} …`);
		await makeXlsx(xlsx, xlsxRows);
	}
	const table: string[] = [];
	const line = (file: string, r: ReturnType<typeof run>) => {
		const mb = statSync(file).size / 1048576;
		const text = `${r.kind.padEnd(20)} ${String(r.rows).padStart(9)} rows  ${r.seconds.toFixed(2).padStart(7)} s  ${Math.round(r.rows / r.seconds).toLocaleString('en-US').padStart(10)} rows/s  ${(mb / r.seconds).toFixed(1).padStart(7)} MB/s  peak RSS ${r.peakRssMb.toFixed(0).padStart(5)} MB`;
		table.push(text);
		console.log(text);
		return r;
	};
	console.log(`\nCSV: ${(statSync(csv).size / 1048576).toFixed(1)} MB, ${csvRows} rows (node ${process.version}, each reader in its own process)`);
	const objects = line(csv, run('csv-parse-objects', csv));
	line(csv, run('csv-parse-arrays', csv));
	const ours = line(csv, run('intake-csv', csv));
	console.log(`\nXLSX: ${(statSync(xlsx).size / 1048576).toFixed(1)} MB, ${xlsxRows} rows`);
	const raw = line(xlsx, run('exceljs-stream', xlsx));
	const oursX = line(xlsx, run('intake-xlsx', xlsx));
	const csvRatio = objects.seconds / ours.seconds;
	const xRatio = raw.seconds / oursX.seconds;
	console.log(`\nintake CSV vs csv-parse objects: ${csvRatio.toFixed(2)}x (goal ≥ 2x); streaming peak RSS ${ours.peakRssMb.toFixed(0)} MB (goal < 150 MB)`);
	console.log(`intake XLSX vs exceljs streaming: ${xRatio.toFixed(2)}x (goal ≥ 1x)`);
}

void main().catch((e) => {
	console.error(e);
	process.exit(1);
});
