/**
 * npm run bench:mapping — how autoMapHeaders does on the four real header rows
 * of ../shared/corpus/headers (the three goals), on variants of them
 * it has never seen written that way, and what it costs. Prints figures only.
 */
import { autoMapHeaders } from '../lib';
import { loadHeaderSets, scoreHeaderMapping, type HeaderScore, type HeaderSet } from '../test/helpers/corpus';

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
const sets = loadHeaderSets();

function report(title: string, variant: (h: string, i: number) => string): HeaderScore {
	let score: HeaderScore | undefined;
	for (const set of sets) {
		const headers = set.headers.map(variant);
		score = scoreHeaderMapping(set, autoMapHeaders(headers, 'contacts').columns, score);
	}
	const s = score as HeaderScore;
	console.log(`${title}: acceptable ${pct(s.acceptable, s.headers)}; should-map mapped ${pct(s.mapped, s.shouldMap)}; wrong above 0.8: ${s.wrongAbove08}`);
	return s;
}

const exact = report('headers as exported', (h) => h);
for (const line of exact.wrong) console.log(`  miss ${line}`);
report('snake_case', (h) => h.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toLowerCase());
report('UPPER CASE', (h) => h.toUpperCase());
report('words reversed', (h) => h.split(/\s+/).reverse().join(' '));
// one adjacent swap inside the longest word of each header of 5+ letters
const typo = (h: string) => {
	const words = h.split(' ');
	const w = words.reduce((a, b) => (b.length > a.length ? b : a), '');
	if (w.length < 5) return h;
	const k = Math.floor(w.length / 2);
	return words.map((x) => (x === w ? x.slice(0, k) + x[k + 1] + x[k] + x.slice(k + 2) : x)).join(' ');
};
report('one typo per header', typo);

// cost: every set, many times, after a warm-up
const all: HeaderSet[] = sets;
for (let i = 0; i < 50; i++) for (const s of all) autoMapHeaders(s.headers, 'contacts');
const start = process.hrtime.bigint();
const rounds = 200;
for (let i = 0; i < rounds; i++) for (const s of all) autoMapHeaders(s.headers, 'contacts');
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const count = all.reduce((n, s) => n + s.headers.length, 0) * rounds;
console.log(`cost: ${((ms * 1000) / count).toFixed(1)} µs per header (${count.toLocaleString('en-US')} headers in ${ms.toFixed(0)} ms)`);
const wide = Array.from({ length: 10000 }, (_, i) => `Custom Field ${i}`);
const t = process.hrtime.bigint();
autoMapHeaders(wide, 'contacts');
console.log(`10,000 unknown headers: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms`);
