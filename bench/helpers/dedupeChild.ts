/**
 * One dedupe run of `npm run bench:dedupe`, in a process of its own so that
 * its peak RSS is its own: generates the seeded contacts, finds the
 * duplicates with the library under `root` (this checkout, or an older one
 * to compare with), and prints one JSON line of figures.
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/helpers/dedupeChild.ts <root> <size>
 *
 * A library with createDedupeIndex is fed one record at a time, as the
 * import pipeline feeds it, and the generated records are let go before
 * finish(); an older one gets the whole array through findDuplicates.
 */
import { resolve } from 'node:path';

interface Library {
	findDuplicates(records: unknown[]): Found;
	createDedupeIndex?: () => { add(r: unknown): void; finish(): Found };
}
interface Found {
	pairs: Array<{ a: number; b: number }>;
	clusters: number[][];
	possiblePairs: unknown[];
}

const root = resolve(process.argv[2]);
const size = Number(process.argv[3]);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dedupe = require(`${root}/lib/dedupe`) as Library;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateContacts } = require(
	`${root}/bench/helpers/contacts`,
) as typeof import('./contacts');

const cpu = (): number => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1e6;
};

function run(): Record<string, number | string> {
	let generated: ReturnType<typeof generateContacts> | undefined = generateContacts(size);
	const { injected } = generated;
	const count = generated.records.length;
	global.gc?.();
	const loadedRss = process.memoryUsage().rss;
	const [wall0, cpu0] = [process.hrtime.bigint(), cpu()];
	let result: Found;
	if (dedupe.createDedupeIndex) {
		const index = dedupe.createDedupeIndex();
		for (const r of generated.records) index.add(r);
		generated = undefined;
		result = index.finish();
	} else result = dedupe.findDuplicates(generated.records);
	const seconds = Number(process.hrtime.bigint() - wall0) / 1e9;
	const cpuSeconds = cpu() - cpu0;
	const clusterOf = new Int32Array(count).fill(-1);
	result.clusters.forEach((c, k) => c.forEach((i) => (clusterOf[i] = k)));
	const found = injected.filter(([a, b]) => clusterOf[a] !== -1 && clusterOf[a] === clusterOf[b]);
	// a found pair is right when both records come from one generated person
	const person = new Int32Array(count).map((_, i) => i);
	for (const [a, b] of injected) person[b] = person[a];
	const right = result.pairs.filter((p) => person[p.a] === person[p.b]).length;
	return {
		mode: dedupe.createDedupeIndex ? 'index' : 'findDuplicates',
		size,
		injected: injected.length,
		seconds,
		cpuSeconds,
		peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1048576,
		loadedRssMb: loadedRss / 1048576,
		pairs: result.pairs.length,
		possiblePairs: result.possiblePairs.length,
		clusters: result.clusters.length,
		precision: right / Math.max(1, result.pairs.length),
		recall: found.length / injected.length,
	};
}

console.log(JSON.stringify(run()));
