/**
 * One measured run of `npm run bench:pipeline`, in a process of its own:
 * bundled by esbuild into .bench/pipeline-child.js and run with plain Node,
 * so that its peak RSS is the import's (no ts-node, no generator, no other
 * run). Streams the file through runImport to a clean CSV written with
 * exportRecordStream, and prints one JSON line: wall time, each stage's
 * span (from onProgress timestamps), rows and peak RSS (sampled every 50 ms
 * and at each progress call), the report's totals and stage timings, and,
 * with dedupe, the pairs found scored against the generator's ground truth.
 *
 * Usage: node .bench/pipeline-child.js <dedupe|nodedupe> <file.csv> <out.csv>
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { exportRecordStream, getSchema } from '../../lib';
import { runImport, type PipelineReport, type PipelineStage } from '../../lib/pipeline';

const SCHEMA = 'clients';

export interface StageFigures {
	firstMs: number;
	lastMs: number;
	rows: number;
	peakRssMb: number;
}

export interface PairFigures {
	links: number;
	rightLinks: number;
	precision: number;
	/** injected pairs whose two rows were both clean (the others cannot be found) */
	findable: number;
	found: number;
	recall: number;
	review: number;
	reviewRight: number;
}

export interface ChildResult {
	mode: string;
	wallMs: number;
	peakRssMb: number;
	stages: Partial<Record<PipelineStage, StageFigures>>;
	reportStages: PipelineReport['stages'];
	totals: PipelineReport['totals'];
	status: PipelineReport['status'];
	exceptions: Record<string, number>;
	pairs?: PairFigures;
}

const mb = (bytes: number) => bytes / 1048576;

/** This process's own peak RSS (getrusage's maxRSS can carry a parent's across exec). */
function peakRssMb(): number {
	const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
	return hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

/** Union-find root, with path halving. */
function root(parent: Int32Array, x: number): number {
	while (parent[x] !== x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

/**
 * Scores the report's duplicate links against the ground truth: a link is
 * right when both rows are one generated person; an injected pair is found
 * when its two rows end in one cluster of links.
 */
function scorePairs(
	report: PipelineReport,
	personByRow: Int32Array,
	unclean: Uint8Array,
): PairFigures {
	const parent = new Int32Array(personByRow.length).map((_, i) => i);
	let links = 0;
	let rightLinks = 0;
	for (const d of report.duplicates) {
		if (d.intoRow === undefined) continue;
		links++;
		if (personByRow[d.row] === personByRow[d.intoRow]) rightLinks++;
		parent[root(parent, d.row)] = root(parent, d.intoRow);
	}
	// rows of one person, grouped: each injected duplicate is one pair with the row of its original
	const firstRowOf = new Map<number, number>();
	let findable = 0;
	let found = 0;
	for (let row = 0; row < personByRow.length; row++) {
		const person = personByRow[row];
		if (person < 0) continue;
		const first = firstRowOf.get(person);
		if (first === undefined) {
			firstRowOf.set(person, row);
			continue;
		}
		if (unclean[row] || unclean[first]) continue;
		findable++;
		if (root(parent, row) === root(parent, first)) found++;
	}
	let review = 0;
	let reviewRight = 0;
	for (const r of report.review)
		for (const c of r.candidates) {
			if (c.row === undefined) continue;
			review++;
			if (personByRow[r.row] === personByRow[c.row]) reviewRight++;
		}
	return {
		links,
		rightLinks,
		precision: links ? rightLinks / links : 1,
		findable,
		found,
		recall: findable ? found / findable : 1,
		review,
		reviewRight,
	};
}

/**
 * The clean records as a CSV file: the row number, then every field of the
 * schema (as the command line writes them: the first record carries every
 * column, blank where it has none, which is what the export reads its
 * columns from).
 */
async function writeClean(
	records: AsyncIterable<{ row: number; record: Record<string, unknown> }>,
	out: string,
): Promise<void> {
	const columns = [
		'_row',
		...getSchema(SCHEMA)
			.fields.filter((f) => !f.inputOnly)
			.map((f) => f.key),
	];
	async function* flat(): AsyncGenerator<Record<string, unknown>> {
		let first = true;
		for await (const { row, record } of records) {
			if (!first) {
				yield { _row: row, ...record };
				continue;
			}
			first = false;
			const padded: Record<string, unknown> = {};
			for (const c of columns) padded[c] = c === '_row' ? row : (record[c] ?? '');
			yield padded;
		}
	}
	await pipeline(
		Readable.from(exportRecordStream(flat(), { format: 'csv', bom: false })),
		createWriteStream(out),
	);
}

async function main(mode: string, file: string, out: string): Promise<void> {
	const personByRow = new Int32Array(readFileSync(`${file}.person.bin`).buffer.slice(0));
	const unclean = new Uint8Array(personByRow.length);
	const stages: Partial<Record<PipelineStage, StageFigures>> = {};
	const exceptions: Record<string, number> = {};
	let current: StageFigures | undefined;
	const start = Date.now();
	const sample = () => {
		if (current) current.peakRssMb = Math.max(current.peakRssMb, mb(process.memoryUsage().rss));
	};
	const sampler = setInterval(sample, 50);
	const report = await runImport(createReadStream(file, { highWaterMark: 1 << 20 }), {
		schema: SCHEMA,
		read: { fileName: file },
		...(mode === 'dedupe' && { dedupe: { policy: 'merge' } }),
		write: (records) => writeClean(records, out),
		onException: (e) => {
			const key = `${e.outcome} ${e.code}`;
			exceptions[key] = (exceptions[key] ?? 0) + 1;
			// a row that failed cannot be found as a duplicate (one held for review could have been)
			if ((e.outcome === 'invalid' || e.outcome === 'skipped') && e.row < unclean.length)
				unclean[e.row] = 1;
		},
		onProgress: (p) => {
			const now = Date.now() - start;
			let s = stages[p.stage];
			if (!s) s = stages[p.stage] = { firstMs: now, lastMs: now, rows: 0, peakRssMb: 0 };
			s.lastMs = now;
			s.rows = Math.max(s.rows, p.done);
			current = s;
			sample();
		},
	});
	clearInterval(sampler);
	const result: ChildResult = {
		mode,
		wallMs: Date.now() - start,
		peakRssMb: peakRssMb(),
		stages,
		reportStages: report.stages,
		totals: report.totals,
		status: report.status,
		exceptions,
		...(mode === 'dedupe' && { pairs: scorePairs(report, personByRow, unclean) }),
	};
	process.stdout.write(`${JSON.stringify(result)}\n`);
}

main(process.argv[2], process.argv[3], process.argv[4]).catch((e: Error) => {
	process.stderr.write(`${e.stack ?? e.message}\n`);
	process.exit(1);
});
