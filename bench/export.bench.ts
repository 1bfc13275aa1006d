/**
 * npm run bench:export — throughput and peak memory of the exports, side by
 * side in the same run: 1,000,000 records to CSV (exportRecordStream), 100,000
 * to XLSX with ours (exportRecordStream, streamed) and with exceljs's
 * streaming WorkbookWriter on the same records, and 10,000 to PDF
 * (exportRecords), and a 2 GB archive of generated files (createArchiveStream).
 *
 * Each measurement runs in a plain-Node child process of its own (only what
 * it measures loaded, against the build in dist/, which the script builds
 * first), so each peak RSS (VmHWM) is its own. Records are generated on the
 * fly, like bench/read.bench.ts's contacts (accents, quotes, dates, numbers),
 * and written to .bench/. Times include generating the records.
 * Options: --rows N (CSV, default 1e6), --xlsx-rows N (default 1e5), --pdf-rows N (default 1e4), --archive-mb N (default 2048), --dist DIR (default dist/).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '..', '.bench');
const arg = (name: string, fallback: number): number => {
	const i = process.argv.indexOf(name);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
// --dist DIR: another build of the library (e.g. an esbuild bundle of lib/ alone)
const dist = process.argv.includes('--dist')
	? process.argv[process.argv.indexOf('--dist') + 1]
	: join(__dirname, '..', 'dist');

/** The child: plain Node, argv = kind, rows, dist, output file. Prints one JSON line. */
const CHILD = String.raw`
const fs = require('node:fs');
const [kind, rowsText, dist, file] = process.argv.slice(1);
const rows = Number(rowsText);
const FIRST = ['James', 'Mary', 'José', 'Zoë', 'Robert', 'Patricia', 'Wei', 'Aisha', 'Liam', 'Renée'];
const LAST = ['Smith', 'Müller', "O'Brien", 'Garcia', 'Nguyen', 'de la Cruz', 'Johnson', 'Kowalski', 'Brontë', 'Lee'];
const CITY = ['Springfield', 'Denver', 'Boston', 'San Francisco', 'Austin', 'New York', 'Chicago', 'Portland'];
const STATE = ['IL', 'CO', 'MA', 'CA', 'TX', 'NY', 'IL', 'OR'];
function contact(i) {
	const f = FIRST[i % 10], l = LAST[(i * 7) % 10], c = i % 8;
	return {
		id: i + 1, firstName: f, lastName: l, email: f.toLowerCase() + '.' + i + '@example.com',
		phone: '(555) ' + String(100 + (i % 900)).padStart(3, '0') + '-' + String(i % 10000).padStart(4, '0'),
		street: ((i % 9999) + 1) + ' ' + ['Main', 'Oak', 'Elm', 'Pine'][i % 4] + ' St' + (i % 5 === 0 ? ', Apt ' + (i % 40) : ''),
		city: CITY[c], state: STATE[c], zip: String(10000 + ((i * 37) % 89999)).padStart(5, '0'),
		birthDate: new Date(Date.UTC(1950 + (i % 50), i % 12, (i % 28) + 1)),
		notes: i % 3 === 0 ? 'Called ' + (i % 7) + ' times, prefers "email"' : (i % 11 === 0 ? '=HYPERLINK("x")' : 'Client since 2019'),
		balance: Math.round(((i * 7919) % 100000) - 20000) / 100,
		company: { name: ['Acme Legal LLP', 'Northwind Traders', 'Globex Corporation', 'Initech, Inc.'][i % 4] },
	};
}
function* generate(n) { for (let i = 0; i < n; i++) yield contact(i); }
const FIELDS = ['id', 'firstName:First Name', 'lastName:Last Name', 'email', 'phone', 'street', 'city', 'state', 'zip', 'birthDate:Date of Birth', 'notes', 'balance', 'company.name:Company'];
async function main() {
	const start = process.hrtime.bigint();
	let bytes = 0;
	if (kind === 'intake-csv' || kind === 'intake-xlsx') {
		const { exportRecordStream } = require(dist);
		const fd = fs.openSync(file, 'w');
		for await (const chunk of exportRecordStream(generate(rows), { format: kind === 'intake-csv' ? 'csv' : 'xlsx', fields: FIELDS, title: 'Contacts' })) {
			fs.writeSync(fd, chunk);
			bytes += chunk.length;
		}
		fs.closeSync(fd);
	} else if (kind === 'exceljs-xlsx') {
		const ExcelJS = require('exceljs');
		const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
		const ws = wb.addWorksheet('Contacts', { views: [{ state: 'frozen', ySplit: 1 }] });
		const header = ws.addRow(FIELDS.map((f) => f.split(':').pop()));
		header.font = { bold: true };
		header.commit();
		for (const r of generate(rows)) {
			const row = ws.addRow([r.id, r.firstName, r.lastName, r.email, r.phone, r.street, r.city, r.state, r.zip, r.birthDate, r.notes, r.balance, r.company.name]);
			row.getCell(10).numFmt = 'yyyy-mm-dd';
			row.commit();
		}
		ws.commit();
		await wb.commit();
		bytes = fs.statSync(file).size;
	} else if (kind === 'intake-pdf') {
		const { exportRecords } = require(dist);
		const records = Array.from(generate(rows));
		const result = await exportRecords(records, { format: 'pdf', fields: FIELDS, title: 'Contacts', generatedAt: new Date('2025-01-01T00:00:00Z'), filter: { operator: 'and', conditions: [{ field: 'id', operator: 'gt', value: 0 }] } });
		fs.writeFileSync(file, result.data);
		bytes = result.data.length;
	} else if (kind === 'intake-archive') {
		// rows = the archive's size in MB: generated 4 MB text files (letters, logs), deflated, streamed to /dev/null
		const { createArchiveStream } = require(dist);
		const size = 4 * 1024 * 1024;
		function* files() {
			for (let n = 0; n * 4 < rows; n++) {
				const data = new Uint8Array(size);
				let x = (n + 1) * 2654435761 >>> 0;
				for (let i = 0; i < size; i++) {
					x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
					data[i] = i % 64 === 63 ? 10 : 97 + (x % 16);
				}
				yield { name: 'document-' + n + '.txt', folder: 'case-' + (n % 50), data };
			}
		}
		const fd = fs.openSync('/dev/null', 'w');
		for await (const chunk of createArchiveStream(files(), { date: new Date('2025-01-01T00:00:00Z') })) {
			fs.writeSync(fd, chunk);
			bytes += chunk.length;
		}
		fs.closeSync(fd);
	} else throw new Error('unknown kind ' + kind);
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
	process.stdout.write(JSON.stringify({ kind, rows, seconds, bytes, peakRssMb: hwm ? Number(hwm[1]) / 1024 : NaN }) + '\n');
}
main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
`;

interface Measure {
	kind: string;
	rows: number;
	seconds: number;
	bytes: number;
	peakRssMb: number;
}

function measure(kind: string, rows: number, file: string): Measure | string {
	try {
		const out = execFileSync(
			process.execPath,
			['-e', CHILD, kind, String(rows), dist, join(dir, file)],
			{ encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'pipe'] },
		);
		return JSON.parse(out.trim().split('\n').pop() as string) as Measure;
	} catch (e) {
		const stderr = String((e as { stderr?: string }).stderr ?? e);
		return stderr.split('\n').find((l) => l.trim()) ?? stderr;
	}
}

function line(label: string, m: Measure | string): void {
	if (typeof m === 'string') {
		process.stdout.write(`${label.padEnd(34)} skipped: ${m}\n`);
		return;
	}
	const rate = Math.round(m.rows / m.seconds).toLocaleString('en-US');
	process.stdout.write(
		`${label.padEnd(34)} ${m.rows.toLocaleString('en-US').padStart(9)} rows  ${m.seconds.toFixed(2).padStart(6)} s  ${rate.padStart(9)} rows/s  ${(m.bytes / 1e6).toFixed(1).padStart(6)} MB out  peak RSS ${m.peakRssMb.toFixed(0)} MB\n`,
	);
}

function main(): void {
	mkdirSync(dir, { recursive: true });
	const csvRows = arg('--rows', 1e6);
	const xlsxRows = arg('--xlsx-rows', 1e5);
	const pdfRows = arg('--pdf-rows', 1e4);
	process.stdout.write(
		`bench:export (node ${process.version}); each line a child process of its own; times include generating the records\n`,
	);
	const csv = measure('intake-csv', csvRows, 'export.csv');
	line('CSV   intake exportRecordStream', csv);
	if (typeof csv !== 'string')
		process.stdout.write(
			`      goal >= 300,000 rows/s: ${csv.rows / csv.seconds >= 300_000 ? 'met' : 'NOT met'}\n`,
		);
	const ours = measure('intake-xlsx', xlsxRows, 'export-intake.xlsx');
	const theirs = measure('exceljs-xlsx', xlsxRows, 'export-exceljs.xlsx');
	line('XLSX  intake exportRecordStream', ours);
	line('XLSX  exceljs stream WorkbookWriter', theirs);
	if (typeof ours !== 'string' && typeof theirs !== 'string') {
		process.stdout.write(
			`      ours ${(theirs.seconds / ours.seconds).toFixed(2)}x exceljs's speed (goal >= 1): ${ours.seconds <= theirs.seconds ? 'met' : 'NOT met'}\n`,
		);
	}
	const pdf = measure('intake-pdf', pdfRows, 'export.pdf');
	line(
		'PDF   intake exportRecords',
		typeof pdf === 'string' ? `writePdfTable failed (${pdf})` : pdf,
	);
	const archiveMb = arg('--archive-mb', 2048);
	const archive = measure('intake-archive', archiveMb, 'unused');
	if (typeof archive === 'string') line('ZIP   intake createArchiveStream', archive);
	else {
		process.stdout.write(
			`ZIP   intake createArchiveStream      ${archiveMb} MB of files in ${Math.ceil(archiveMb / 4)} entries, ${(archive.bytes / 1e6).toFixed(0)} MB archive, ${archive.seconds.toFixed(1)} s (${(archiveMb / archive.seconds).toFixed(0)} MB/s)  peak RSS ${archive.peakRssMb.toFixed(0)} MB\n`,
		);
		process.stdout.write(
			`      goal: peak RSS under 200 MB whatever the size: ${archive.peakRssMb < 200 ? 'met' : 'NOT met'}\n`,
		);
	}
}

main();
