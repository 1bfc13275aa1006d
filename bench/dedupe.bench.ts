/**
 * npm run bench:dedupe — duplicate detection: quality on the FEBRL sets (as
 * the corpus README prescribes: soc_sec_id left out), then time, CPU, peak
 * memory, precision and recall on generated contacts with ~5% injected
 * near-duplicates, each size in a child process of its own
 * (bench/helpers/dedupeChild.ts). Prints figures only.
 *
 *   npm run bench:dedupe -- 100000 1000000
 *
 * With DEDUPE_BASE naming another checkout (say `git worktree add
 * /tmp/dedupe-base c8f349a`, with node_modules linked into it), each size
 * runs there first and here second, and the two are printed side by side.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findDuplicates } from '../lib';
import { loadFebrl, pairQuality } from '../test/helpers/corpus';

const f = (x: number) => x.toFixed(4);
const here = resolve(__dirname, '..');
const base = process.env.DEDUPE_BASE;

try {
	for (const name of ['dataset1', 'dataset2'] as const) {
		const set = loadFebrl(name);
		const started = process.hrtime.bigint();
		const result = findDuplicates(set.records);
		const ms = Number(process.hrtime.bigint() - started) / 1e6;
		const q = pairQuality(result.pairs, set.truePairs);
		console.log(
			`FEBRL ${name}: ${set.records.length} records, ${set.truePairs.size} true pairs; found ${q.found}, ${q.truePositives} true: precision ${f(q.precision)} recall ${f(q.recall)} F1 ${f(q.f1)}; ` +
				`${result.possiblePairs.length} possible pairs for review, ${result.possiblePairs.filter((p) => set.truePairs.has(`${p.a},${p.b}`)).length} of them true (${ms.toFixed(0)} ms)`,
		);
	}
} catch {
	console.log('FEBRL: left out (no ../shared/corpus)');
}

interface Figures {
	mode: string;
	size: number;
	injected: number;
	seconds: number;
	cpuSeconds: number;
	peakRssMb: number;
	loadedRssMb: number;
	pairs: number;
	possiblePairs: number;
	clusters: number;
	precision: number;
	recall: number;
}

function runIn(root: string, size: number): Figures {
	const out = execFileSync(
		process.execPath,
		[
			'--max-old-space-size=8192',
			'--expose-gc',
			'-r',
			'ts-node/register/transpile-only',
			join(here, 'bench', 'helpers', 'dedupeChild.ts'),
			root,
			String(size),
		],
		{ encoding: 'utf8', maxBuffer: 1 << 20, cwd: here },
	);
	return JSON.parse(out.trim().split('\n').pop() as string) as Figures;
}

const line = (label: string, r: Figures) =>
	`  ${label.padEnd(7)} ${r.seconds.toFixed(1).padStart(6)} s wall ${r.cpuSeconds.toFixed(1).padStart(6)} s CPU ` +
	`${r.peakRssMb.toFixed(0).padStart(5)} MB peak RSS (${r.loadedRssMb.toFixed(0)} MB with the records loaded) ` +
	`${r.pairs.toLocaleString('en-US').padStart(7)} pairs, precision ${f(r.precision)} recall ${f(r.recall)}; ` +
	`${r.possiblePairs.toLocaleString('en-US')} possible pairs [${r.mode}]`;

const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
for (const size of sizes.length ? sizes : [100_000, 1_000_000]) {
	console.log(`${size.toLocaleString('en-US')} contacts (~5% injected near-duplicates):`);
	if (base && existsSync(join(base, 'lib', 'dedupe')))
		console.log(line('before', runIn(base, size)));
	console.log(line('after', runIn(here, size)));
}
