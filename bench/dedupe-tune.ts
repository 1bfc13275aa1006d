/**
 * Fits the FEBRL-covered dedupe weights: a logistic regression, by gradient
 * descent, of "true pair" on each field's similarity over the candidate pairs
 * of FEBRL dataset1 (the model is linear: a field adds s × agree − (1 − s) ×
 * disagree), then reports F1 on dataset1 and, unseen, dataset2. Prints the
 * fitted weights; DEFAULT_DEDUPE_OPTIONS holds them rounded.
 *
 *   npm run bench:dedupe:tune
 */
import { candidatePairs } from '../lib/dedupe/candidatePairs';
import { DEFAULT_DEDUPE_OPTIONS, resolveDedupeOptions } from '../lib/dedupe/options';
import { prepareRecord } from '../lib/dedupe/prepareRecord';
import { explainPrepared } from '../lib/dedupe/scorePrepared';
import type { DedupeField } from '../lib/dedupe/types';
import { loadFebrl, pairQuality } from '../test/helpers/corpus';

const FIELDS: DedupeField[] = [
	'firstName',
	'lastName',
	'dateOfBirth',
	'street',
	'unit',
	'city',
	'zip',
	'state',
];

interface Sample {
	s: Array<number | undefined>;
	y: number;
	a: number;
	b: number;
}

function samples(name: 'dataset1' | 'dataset2'): { rows: Sample[]; truth: Set<string> } {
	const set = loadFebrl(name);
	const o = resolveDedupeOptions({ threshold: 0 });
	const prepared = set.records.map((r) => prepareRecord(r, o));
	const rows: Sample[] = [];
	for (const key of candidatePairs(prepared, prepared.length, o)) {
		const a = Math.floor(key / prepared.length);
		const b = key - a * prepared.length;
		const { reasons } = explainPrepared(prepared[a], prepared[b], o);
		const s = FIELDS.map((f) => reasons.find((r) => r.field === f)?.score);
		rows.push({ s, y: set.truePairs.has(`${a},${b}`) ? 1 : 0, a, b });
	}
	return { rows, truth: set.truePairs };
}

/** parameters: prior, then per field (agree + disagree) on s and −disagree on presence */
function evidence(p: number[], s: Array<number | undefined>): number {
	let e = p[0];
	s.forEach((v, k) => {
		if (v !== undefined) e += v * p[1 + 2 * k] - (1 - v) * p[2 + 2 * k];
	});
	return e;
}

function fit(rows: Sample[]): number[] {
	const p = [
		DEFAULT_DEDUPE_OPTIONS.prior,
		...FIELDS.flatMap((f) => [
			DEFAULT_DEDUPE_OPTIONS.weights[f].agree,
			DEFAULT_DEDUPE_OPTIONS.weights[f].disagree,
		]),
	];
	const rate = 0.05;
	for (let epoch = 0; epoch < 400; epoch++) {
		const grad = new Array(p.length).fill(0);
		for (const r of rows) {
			const prob = 1 / (1 + Math.pow(2, -evidence(p, r.s)));
			const err = (r.y - prob) * Math.LN2;
			grad[0] += err;
			r.s.forEach((v, k) => {
				if (v === undefined) return;
				grad[1 + 2 * k] += err * v;
				grad[2 + 2 * k] -= err * (1 - v);
			});
		}
		for (let k = 0; k < p.length; k++) {
			p[k] += (rate * grad[k]) / Math.sqrt(rows.length) - (k > 0 ? 0.0005 * p[k] : 0);
			if (k > 0) p[k] = Math.max(0, p[k]);
		}
	}
	return p;
}

const train = samples('dataset1');
const test = samples('dataset2');
const p = fit(train.rows);
console.log(`prior ${p[0].toFixed(2)}`);
FIELDS.forEach((f, k) =>
	console.log(
		`${f.padEnd(12)} agree ${p[1 + 2 * k].toFixed(2)}  disagree ${p[2 + 2 * k].toFixed(2)}`,
	),
);
for (const [label, data] of [
	['dataset1 (fitted on)', train],
	['dataset2 (unseen)', test],
] as const) {
	for (const threshold of [0.5, 0.8, 0.9]) {
		const found = data.rows.filter((r) => 1 / (1 + Math.pow(2, -evidence(p, r.s))) >= threshold);
		const q = pairQuality(found, data.truth);
		console.log(
			`${label} threshold ${threshold}: precision ${q.precision.toFixed(4)} recall ${q.recall.toFixed(4)} F1 ${q.f1.toFixed(4)}`,
		);
	}
}
