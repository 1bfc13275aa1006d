/* One measurement of `npm run bench:read`, in a process of its own: plain
 * Node (no ts-node), only the reader measured loaded, before the clock starts.
 * Usage: node bench/read.child.js <kind> <file>; prints one JSON line. */
const { createReadStream, readFileSync } = require('node:fs');
const path = require('node:path');

async function main(kind, file) {
	const need = (name) => kind.startsWith(name);
	const { parse } = need('csv-parse') ? require('csv-parse') : {};
	const ExcelJS = need('exceljs') ? require('exceljs') : undefined;
	const Papa = need('papaparse') ? require('papaparse') : undefined;
	const XLSX = need('sheetjs') ? require('@e965/xlsx') : undefined;
	const intake = need('intake') ? require(path.join(__dirname, '..', 'dist')) : undefined;
	const start = process.hrtime.bigint();
	let rows = 0;
	let check = '';
	if (kind === 'csv-parse-objects' || kind === 'csv-parse-arrays') {
		const parser = createReadStream(file).pipe(
			parse({ columns: kind === 'csv-parse-objects', bom: true }),
		);
		for await (const r of parser) {
			rows++;
			if (rows === 2) check = JSON.stringify(r).slice(0, 60);
		}
		if (kind === 'csv-parse-arrays') rows--; // the header row
	} else if (kind === 'papaparse-arrays') {
		const stream = createReadStream(file).pipe(Papa.parse(Papa.NODE_STREAM_INPUT, {}));
		for await (const r of stream) {
			rows++;
			if (rows === 2) check = JSON.stringify(r).slice(0, 60);
		}
		rows--;
	} else if (kind === 'sheetjs') {
		const wb = XLSX.read(readFileSync(file), { type: 'buffer', dense: true, cellDates: true });
		for (const r of wb.Sheets[wb.SheetNames[0]]['!data']) {
			if (!r) continue;
			const values = r.map((c) => (c ? String(c.v) : ''));
			rows++;
			if (rows === 2) check = JSON.stringify(values).slice(0, 60);
		}
		rows--;
	} else if (kind === 'intake-csv' || kind === 'intake-xlsx' || kind === 'intake-xls') {
		const reader = await intake.openSpreadsheet(createReadStream(file), { maxBytes: Infinity });
		for await (const r of reader) {
			rows++;
			if (rows === 1) check = JSON.stringify(r.values).slice(0, 60);
		}
	} else if (kind === 'exceljs-stream') {
		const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {
			sharedStrings: 'cache',
			styles: 'cache',
			worksheets: 'emit',
		});
		for await (const ws of reader) {
			for await (const r of ws) {
				rows++;
				if (rows === 2) check = JSON.stringify(r.values).slice(0, 60);
			}
		}
		rows--;
	} else {
		throw new Error(`unknown reader ${kind}`);
	}
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	// VmHWM is this process's own peak: getrusage's maxRSS survives exec on Linux, so a child would report its parent's
	const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
	const peakRssMb = hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
	process.stdout.write(`${JSON.stringify({ kind, rows, seconds, peakRssMb, check })}\n`);
}

main(process.argv[2], process.argv[3]).catch((e) => {
	process.stderr.write(`${e.stack}\n`);
	process.exit(1);
});
