/**
 * The yardstick of `npm run bench:pipeline`, in a process of its own (bundled
 * by esbuild into .bench/csv-parse-child.js, only csv-parse loaded): reads
 * the file with csv-parse in object mode, told where the header is and to
 * skip blank lines (csv-parse finds neither by itself), and prints one JSON
 * line: rows, seconds, peak RSS.
 *
 * Usage: node .bench/csv-parse-child.js <file.csv> <header row>
 */
import { createReadStream, readFileSync } from 'node:fs';
import { parse } from 'csv-parse';

async function main(file: string, headerRow: number): Promise<void> {
	const start = process.hrtime.bigint();
	let rows = 0;
	const parser = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(
		parse({ columns: true, bom: true, from_line: headerRow, skip_empty_lines: true }),
	);
	for await (const record of parser) if (record) rows++;
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
	const peakRssMb = hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
	process.stdout.write(`${JSON.stringify({ rows, seconds, peakRssMb })}\n`);
}

main(process.argv[2], Number(process.argv[3])).catch((e: Error) => {
	process.stderr.write(`${e.stack ?? e.message}\n`);
	process.exit(1);
});
