/**
 * npm run bench:pipeline — the whole import of a large messy file, as the
 * issue measures it: read → map → normalize and validate → dedupe → write a
 * clean CSV, through the library's runImport, and through the `intake`
 * command line on the same file.
 *
 * Generates once (cached in .bench/, seeded, the same bytes every time) a
 * messy contacts CSV of 1,000,000 rows (~150 MB) with ~5% near-duplicates
 * whose ground truth is written beside it (bench/helpers/makeMessyContacts.ts).
 * Then, each in a plain-Node process of its own so that each peak RSS is its
 * own: csv-parse's object-mode read of the same file (the yardstick,
 * bench/helpers/csvParseChild.ts), runImport without dedupe, runImport with dedupe
 * (policy merge) (bench/helpers/pipelineChild.ts, bundled by esbuild into
 * .bench/), and `intake import` with and without dedupe under
 * /usr/bin/time -v when the command line has its import command.
 *
 * Prints wall time, rows/s and peak RSS per run and per stage, the goals
 * beside them (whole import ≤ 60 s and ≤ 1 GB; without dedupe ≥ 100k rows/s),
 * and the duplicate pairs' precision and recall against the ground truth.
 * Prints figures only.
 *
 * Options: --rows N (default 1e6), --seed N (default 42), --repeat N (runs of
 * each, alternated; medians printed; default 1), --skip-cli.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { writeMessyContacts, type MessyContactsTruth } from './helpers/makeMessyContacts';
import type { ChildResult, StageFigures } from './helpers/pipelineChild';

const root = join(__dirname, '..');
const dir = join(root, '.bench');
const arg = (name: string, fallback: number): number => {
	const i = process.argv.indexOf(name);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const rowsWanted = arg('--rows', 1_000_000);
const seed = arg('--seed', 42);
const repeat = Math.max(1, arg('--repeat', 1));
const skipCli = process.argv.includes('--skip-cli');

const GOAL_SECONDS = 60;
const GOAL_RSS_MB = 1024;
const GOAL_ROWS_PER_SECOND = 100_000;

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const s1 = (ms: number) => (ms / 1000).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

interface Measured {
	key: 'csv-parse' | 'dedupe' | 'nodedupe' | 'cli' | 'cli-nodedupe';
	label: string;
	wallMs: number;
	rows: number;
	peakRssMb: number;
	exitCode?: number;
	child?: ChildResult;
}

/** The file and its truth, generated when missing. */
async function ensureFile(): Promise<{ file: string; truth: MessyContactsTruth }> {
	mkdirSync(dir, { recursive: true });
	// the generator's version in the name: a changed generator never reads an old file from the cache
	const file = join(dir, `messy-contacts-v2-${rowsWanted}-s${seed}.csv`);
	const parts = [file, `${file}.truth.json`, `${file}.person.bin`];
	if (!parts.every((p) => existsSync(p))) {
		const started = Date.now();
		process.stdout.write(`generating ${file} (once) … `);
		await writeMessyContacts(file, rowsWanted, seed);
		console.log(`${s1(Date.now() - started)} s`);
	}
	const truth = JSON.parse(readFileSync(`${file}.truth.json`, 'utf8')) as MessyContactsTruth;
	return { file, truth };
}

/** The measured runs, bundled (with the library, or csv-parse alone) so that they run on plain Node. */
function bundle(entry: string, out: string): string {
	const outfile = join(dir, out);
	buildSync({
		entryPoints: [join(__dirname, 'helpers', entry)],
		outfile,
		bundle: true,
		platform: 'node',
		target: 'node20',
		format: 'cjs',
		logLevel: 'error',
	});
	return outfile;
}

function yardstick(child: string, file: string, headerRow: number): Measured {
	const out = execFileSync(process.execPath, [child, file, String(headerRow)], {
		encoding: 'utf8',
		maxBuffer: 1 << 20,
	});
	const r = JSON.parse(out.trim().split('\n').pop() as string);
	return {
		key: 'csv-parse',
		label: 'csv-parse, object mode (read only: the yardstick)',
		wallMs: r.seconds * 1000,
		rows: r.rows,
		peakRssMb: r.peakRssMb,
	};
}

function pipelineRun(child: string, mode: 'dedupe' | 'nodedupe', file: string): Measured {
	const out = execFileSync(process.execPath, [child, mode, file, join(dir, `clean-${mode}.csv`)], {
		encoding: 'utf8',
		maxBuffer: 16 << 20,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const r = JSON.parse(out.trim().split('\n').pop() as string) as ChildResult;
	return {
		key: mode,
		label: `runImport, ${mode === 'dedupe' ? 'with dedupe (merge)' : 'without dedupe'}`,
		wallMs: r.wallMs,
		rows: r.totals.rows,
		peakRssMb: r.peakRssMb,
		child: r,
	};
}

/** `intake import` on the file, under /usr/bin/time -v for its peak RSS when it is there. */
function cliRun(file: string, dedupe: boolean): Measured {
	const cli = join(root, 'cli', 'bin', 'intake.js');
	const report = join(dir, `cli-report-${dedupe ? 'dedupe' : 'nodedupe'}.json`);
	const args = [
		cli,
		'import',
		file,
		'--schema',
		'clients',
		'--out',
		join(dir, 'cli-clean.csv'),
		'--errors',
		join(dir, 'cli-errors.csv'),
		'--report',
		report,
		'--quiet',
		...(dedupe ? [] : ['--no-dedupe']),
	];
	const timed = existsSync('/usr/bin/time');
	const started = Date.now();
	const r = timed
		? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8' })
		: spawnSync(process.execPath, args, { encoding: 'utf8' });
	const wallMs = Date.now() - started;
	const maxKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
	let rows = 0;
	try {
		rows = (JSON.parse(readFileSync(report, 'utf8')) as { totals: { rows: number } }).totals.rows;
	} catch {
		const said = (r.stderr ?? '').split('\n').find((l) => l.trim() && !/^\s/.test(l));
		console.log(`  intake import wrote no report (exit ${r.status}): ${said ?? ''}`);
	}
	return {
		key: dedupe ? 'cli' : 'cli-nodedupe',
		label: `intake import${dedupe ? '' : ' --no-dedupe'} (the command line)`,
		wallMs,
		rows,
		peakRssMb: maxKb ? Number(maxKb[1]) / 1024 : NaN,
		exitCode: r.status ?? -1,
	};
}

function printStages(
	stages: Partial<Record<string, StageFigures>>,
	reportStages: ChildResult['reportStages'],
): void {
	console.log(
		'    stage       from s   to s   rows        rows/s     peak RSS MB   report: ms / rows',
	);
	for (const [name, s] of Object.entries(stages)) {
		if (!s) continue;
		const span = Math.max(1, s.lastMs - s.firstMs);
		const rep = reportStages[name as keyof typeof reportStages];
		console.log(
			`    ${name.padEnd(10)} ${s1(s.firstMs).padStart(6)} ${s1(s.lastMs).padStart(6)}   ${int(s.rows).padStart(9)}   ${int((s.rows / span) * 1000).padStart(9)}   ${s.peakRssMb.toFixed(0).padStart(9)}     ${rep ? `${int(rep.ms)} / ${int(rep.rows)}` : '—'}`,
		);
	}
}

/**
 * One run's figures. Its time is also given as a multiple of the yardstick's
 * in the same round: on a shared machine the load moves every figure, the
 * ratio much less.
 */
function printRun(m: Measured, yardstickMs?: number): void {
	const rate = m.rows / (m.wallMs / 1000);
	const exit = m.exitCode === undefined ? '' : `, exit ${m.exitCode}`;
	const ratio =
		yardstickMs && m.key !== 'csv-parse'
			? `, ${(m.wallMs / yardstickMs).toFixed(1)}× csv-parse's time`
			: '';
	console.log(
		`\n${m.label}: ${s1(m.wallMs)} s, ${int(rate)} rows/s, peak RSS ${m.peakRssMb.toFixed(0)} MB (${int(m.rows)} rows${exit}${ratio})`,
	);
	const c = m.child;
	if (!c) return;
	printStages(c.stages, c.reportStages);
	const t = c.totals;
	console.log(
		`    status ${c.status}; rows ${int(t.rows)}: written ${int(t.written)}, duplicates ${int(t.duplicates)}, possible duplicates ${int(t.possibleDuplicates)}, invalid ${int(t.invalid)}, skipped ${int(t.skipped)}; warnings ${int(t.warnings)}`,
	);
	const top = Object.entries(c.exceptions)
		.sort((a, b) => b[1] - a[1])
		.slice(0, 6)
		.map(([k, n]) => `${k} ${int(n)}`);
	if (top.length) console.log(`    exceptions: ${top.join(', ')}`);
	if (c.pairs) {
		const p = c.pairs;
		console.log(
			`    pairs: ${int(p.links)} duplicate links, precision ${p.precision.toFixed(4)} (${int(p.links - p.rightLinks)} false); recall ${p.recall.toFixed(4)} (${int(p.found)} of ${int(p.findable)} injected pairs of clean rows); ${int(p.review)} review candidates, ${int(p.reviewRight)} true`,
		);
	}
}

function printGoals(runs: Measured[][]): void {
	const med = (key: Measured['key'], f: (m: Measured) => number) => {
		// a run that failed (the command line's exit 2 and up, or no report) has no figures to count
		const done = (m: Measured) => m.key === key && m.rows > 0 && (m.exitCode ?? 0) <= 1;
		const xs = runs.flatMap((r) => r.filter(done).map(f));
		return xs.length ? median(xs) : NaN;
	};
	const seconds = (m: Measured) => m.wallMs / 1000;
	const rss = (m: Measured) => m.peakRssMb;
	const rate = (m: Measured) => m.rows / (m.wallMs / 1000);
	const whole = med('dedupe', seconds);
	const wholeRss = med('dedupe', rss);
	const bare = med('nodedupe', rate);
	const cli = med('cli', seconds);
	const cliRss = med('cli', rss);
	const cliBare = med('cli-nodedupe', rate);
	const n =
		(repeat > 1 ? ` (medians of ${repeat})` : '') +
		(rowsWanted !== 1_000_000 ? ` (set for 1,000,000 rows; this file has ${int(rowsWanted)})` : '');
	console.log(`\nGoals${n}:`);
	console.log(
		`  whole import ≤ ${GOAL_SECONDS} s and ≤ ${GOAL_RSS_MB} MB: runImport ${whole.toFixed(1)} s ${mark(whole <= GOAL_SECONDS)}, ${wholeRss.toFixed(0)} MB ${mark(wholeRss <= GOAL_RSS_MB)}` +
			(Number.isNaN(cli)
				? ''
				: `; intake ${cli.toFixed(1)} s ${mark(cli <= GOAL_SECONDS)}, ${cliRss.toFixed(0)} MB ${mark(cliRss <= GOAL_RSS_MB)}`),
	);
	console.log(
		`  without dedupe ≥ ${int(GOAL_ROWS_PER_SECOND)} rows/s: runImport ${int(bare)} ${mark(bare >= GOAL_ROWS_PER_SECOND)}` +
			(Number.isNaN(cliBare)
				? ''
				: `; intake ${int(cliBare)} ${mark(cliBare >= GOAL_ROWS_PER_SECOND)}`),
	);
}

async function main(): Promise<void> {
	const { file, truth } = await ensureFile();
	const child = bundle('pipelineChild.ts', 'pipeline-child.js');
	const csvParse = bundle('csvParseChild.ts', 'csv-parse-child.js');
	const hasCli = !skipCli && existsSync(join(root, 'cli', 'src', 'commands', 'import.ts'));
	// the first `intake` run bundles the command line: done here, outside the clock
	if (hasCli) spawnSync(process.execPath, [join(root, 'cli', 'bin', 'intake.js'), '--help']);
	const b = truth.broken;
	console.log(
		`npm run bench:pipeline: ${int(truth.rows)} rows, ${(statSync(file).size / 1048576).toFixed(1)} MB (${file}), seed ${seed}; ` +
			`${int(truth.injected)} injected near-duplicates; rows made to fail: ${int(b.noNameOrContact)} without name or contact, ${int(b.badDate)} impossible dates, ${int(b.badEmail)} broken emails`,
	);
	const runs: Measured[][] = [];
	for (let k = 0; k < repeat; k++) {
		if (repeat > 1) console.log(`\n--- run ${k + 1} of ${repeat}`);
		const round: Measured[] = [];
		const step = (m: Measured) => {
			round.push(m);
			printRun(m, round[0].wallMs);
		};
		step(yardstick(csvParse, file, truth.headerRow));
		step(pipelineRun(child, 'nodedupe', file));
		step(pipelineRun(child, 'dedupe', file));
		if (hasCli) {
			step(cliRun(file, true));
			step(cliRun(file, false));
		}
		runs.push(round);
	}
	if (!hasCli && !skipCli)
		console.log('\n(intake import is not there yet: the command line was not measured)');
	printGoals(runs);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
