/**
 * npm run bench:dedupe — duplicate detection: quality on the FEBRL sets (as
 * the corpus README prescribes: soc_sec_id left out), then time, peak memory
 * and recall on generated contacts with ~5% injected near-duplicates.
 * Prints figures only. Sizes: `npm run bench:dedupe -- 100000 1000000`.
 */
import { findDuplicates } from '../lib';
import { loadFebrl, pairQuality } from '../test/helpers/corpus';
import { generateContacts } from './helpers/contacts';

const f = (x: number) => x.toFixed(4);

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

const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
for (const size of sizes.length ? sizes : [100_000, 1_000_000]) {
	const { records, injected } = generateContacts(size);
	global.gc?.();
	const before = process.memoryUsage().rss;
	const started = process.hrtime.bigint();
	const result = findDuplicates(records);
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	const clusterOf = new Int32Array(records.length).fill(-1);
	result.clusters.forEach((c, k) => c.forEach((i) => (clusterOf[i] = k)));
	const found = injected.filter(
		([a, b]) => clusterOf[a] !== -1 && clusterOf[a] === clusterOf[b],
	).length;
	// a found pair is right when both records come from one generated person
	const person = new Int32Array(records.length).map((_, i) => i);
	for (const [a, b] of injected) person[b] = person[a];
	const right = result.pairs.filter((p) => person[p.a] === person[p.b]).length;
	const maxRss = process.resourceUsage().maxRSS * 1024;
	console.log(
		`${size.toLocaleString('en-US')} contacts, ${injected.length.toLocaleString('en-US')} injected near-duplicates: ${seconds.toFixed(1)} s (${Math.round(size / seconds).toLocaleString('en-US')} records/s); ` +
			`recall ${f(found / injected.length)}; ${result.pairs.length.toLocaleString('en-US')} pairs (precision ${f(right / Math.max(1, result.pairs.length))}) in ${result.clusters.length.toLocaleString('en-US')} clusters, ` +
			`${result.possiblePairs.length.toLocaleString('en-US')} possible pairs; ` +
			`peak RSS ${(maxRss / 1048576).toFixed(0)} MB (${((maxRss - before) / 1048576).toFixed(0)} MB above the loaded records)`,
	);
}
