/**
 * npm run bench:mapping — how autoMapHeaders does on the four real header rows
 * of ../shared/corpus/headers (the three goals), on variants of them
 * it has never seen written that way, on the header rows of test/fixtures/headers
 * (systems our users leave: per system, the tuning half and the held-out half
 * apart), and what it costs. Prints figures only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { autoMapHeaders } from '../lib';
import {
	loadHeaderSets,
	scoreHeaderMapping,
	type HeaderScore,
	type HeaderSet,
} from '../test/helpers/corpus';

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
const sets = loadHeaderSets();

function report(title: string, variant: (h: string, i: number) => string): HeaderScore {
	let score: HeaderScore | undefined;
	for (const set of sets) {
		const headers = set.headers.map(variant);
		score = scoreHeaderMapping(set, autoMapHeaders(headers, 'contacts').columns, score);
	}
	const s = score as HeaderScore;
	console.log(
		`${title}: acceptable ${pct(s.acceptable, s.headers)}; should-map mapped ${pct(s.mapped, s.shouldMap)}; wrong above 0.8: ${s.wrongAbove08}`,
	);
	return s;
}

const exact = report('headers as exported', (h) => h);
for (const line of exact.wrong) console.log(`  miss ${line}`);
report('snake_case', (h) =>
	h
		.replace(/([a-z])([A-Z])/g, '$1_$2')
		.replace(/[^A-Za-z0-9]+/g, '_')
		.toLowerCase(),
);
report('UPPER CASE', (h) => h.toUpperCase());
report('words reversed', (h) => h.split(/\s+/).reverse().join(' '));
// one adjacent swap inside the longest word of each header of 5+ letters
const typo = (h: string) => {
	const words = h.split(' ');
	const w = words.reduce((a, b) => (b.length > a.length ? b : a), '');
	if (w.length < 5) return h;
	const k = Math.floor(w.length / 2);
	return words
		.map((x) => (x === w ? x.slice(0, k) + x[k + 1] + x[k] + x.slice(k + 2) : x))
		.join(' ');
};
report('one typo per header', typo);

// test/fixtures/headers: each file's header row, its schema and split (# SCHEMA:, # SPLIT:), and truth.json
const FIXTURES = join(__dirname, '..', 'test', 'fixtures', 'headers');
const fixtureTruth = JSON.parse(readFileSync(join(FIXTURES, 'truth.json'), 'utf8')) as Record<
	string,
	Array<{ header: string; accept: Array<string | null> }>
>;
const fixtureSets = readdirSync(FIXTURES)
	.filter((f) => f.endsWith('.txt'))
	.map((file) => {
		const lines = readFileSync(join(FIXTURES, file), 'utf8').split('\n');
		const tag = (name: string) =>
			lines
				.find((l) => l.startsWith(`# ${name}:`))
				?.slice(name.length + 3)
				.trim();
		const name = file.replace(/\.txt$/, '');
		const set: HeaderSet = {
			name,
			headers: lines.filter((l) => l !== '' && !l.startsWith('#')),
			accept: fixtureTruth[name].map((e) => e.accept),
		};
		return { set, schema: tag('SCHEMA') ?? 'contacts', heldOut: tag('SPLIT') === 'held out' };
	});
const line = (title: string, s: HeaderScore) =>
	`${title}: acceptable ${pct(s.acceptable, s.headers)}; should-map mapped ${pct(s.mapped, s.shouldMap)}; wrong above 0.8: ${s.wrongAbove08}`;
for (const heldOut of [false, true]) {
	let total: HeaderScore | undefined;
	console.log(heldOut ? 'fixtures, held out (not tuned on):' : 'fixtures, tuning half:');
	for (const { set, schema } of fixtureSets.filter((f) => f.heldOut === heldOut)) {
		const columns = autoMapHeaders(set.headers, schema).columns;
		const one = scoreHeaderMapping(set, columns);
		total = scoreHeaderMapping(set, columns, total);
		console.log(`  ${line(set.name, one)}`);
	}
	console.log(line(heldOut ? 'held out, total' : 'tuning half, total', total as HeaderScore));
	for (const miss of (total as HeaderScore).wrong) console.log(`  miss ${miss}`);
}

// cost: every set, many times, after a warm-up
const all: HeaderSet[] = sets;
for (let i = 0; i < 50; i++) for (const s of all) autoMapHeaders(s.headers, 'contacts');
const start = process.hrtime.bigint();
const rounds = 200;
for (let i = 0; i < rounds; i++) for (const s of all) autoMapHeaders(s.headers, 'contacts');
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const count = all.reduce((n, s) => n + s.headers.length, 0) * rounds;
console.log(
	`cost: ${((ms * 1000) / count).toFixed(1)} µs per header (${count.toLocaleString('en-US')} headers in ${ms.toFixed(0)} ms)`,
);
const wide = Array.from({ length: 10000 }, (_, i) => `Custom Field ${i}`);
const t = process.hrtime.bigint();
autoMapHeaders(wide, 'contacts');
console.log(`10,000 unknown headers: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms`);

// transformRecords on 100k generated client rows: names to split, phones and dates in mixed shapes, some bad values
import { createRecordTransformer, transformRecords } from '../lib';
import { generateContacts } from './helpers/contacts';
const firsts = ['Ann', 'Bob', 'Cy', 'Dana', 'Eve', 'José', 'Zoë', 'Liam'];
const lasts = ['Lee', 'Stone', "O'Brien", 'Müller', 'de la Cruz', 'Smith-Jones'];
const phones = ['(312) 555-0100', '312.555.0101', '+1 312 555 0102', '3125550103', '555-12'];
const rows100k = Array.from({ length: 100000 }, (_, i) => ({
	'Full Name': `${firsts[i % 8]} ${lasts[i % 6]}`,
	'E-mail': i % 50 === 0 ? 'broken@' : `user${i}@example.com`,
	// distinct numbers in the usual shapes; every fifth too short
	Phone: phones[i % 5].replace('010', String(100 + (i % 800))).replace(/0(\d)$/, `${i % 10}$1`),
	DOB: `${(i % 12) + 1}/${(i % 28) + 1}/19${50 + (i % 50)}`,
	Address: `${(i % 900) + 1} Oak St, Springfield, IL 62704`,
	_row: i + 2,
}));
const map100k = autoMapHeaders(['Full Name', 'E-mail', 'Phone', 'DOB', 'Address'], 'clients');
transformRecords(rows100k.slice(0, 5000), map100k, 'clients');
const memBefore = process.memoryUsage().heapUsed;
const t0 = process.hrtime.bigint();
const out100k = transformRecords(rows100k, map100k, 'clients');
const sec = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(
	`transformRecords: 100,000 rows in ${sec.toFixed(2)} s (${Math.round(100000 / sec).toLocaleString('en-US')} rows/s); ${out100k.totals.valid} valid, ${out100k.totals.invalid} invalid; heap +${Math.round((process.memoryUsage().heapUsed - memBefore) / 1e6)} MB`,
);

// the same rows through createRecordTransformer, as the pipeline runs it: decided from the first 10,000, then batches of 1,000
const batched = createRecordTransformer(map100k, 'clients');
batched.decide(rows100k.slice(0, 10000));
const tb = process.hrtime.bigint();
let batchedValid = 0;
for (let i = 0; i < rows100k.length; i += 1000)
	for (const r of batched.transform(rows100k.slice(i, i + 1000), i))
		if (r.status === 'valid') batchedValid++;
const secBatched = Number(process.hrtime.bigint() - tb) / 1e9;
console.log(
	`createRecordTransformer, batches of 1,000: 100,000 rows in ${secBatched.toFixed(2)} s (${Math.round(100000 / secBatched).toLocaleString('en-US')} rows/s); ${batchedValid} valid`,
);

// messy contacts as a CRM export writes them: full names (some "Last, First", some titled), full addresses, phones in six shapes, dates in four
const titles = ['', '', '', 'Dr. ', 'Mr. ', 'Ms. '];
const messy = generateContacts(100000, 0.05, 7).records.map((r, i) => {
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.dateOfBirth);
	const dob = !iso
		? r.dateOfBirth
		: [
				r.dateOfBirth,
				`${iso[2]}/${iso[3]}/${iso[1]}`,
				`${+iso[2]}/${+iso[3]}/${iso[1]}`,
				`${iso[2]}-${iso[3]}-${iso[1]}`,
			][i % 4];
	return {
		'Full Name':
			i % 7 === 0
				? `${r.lastName}, ${r.firstName}`
				: `${titles[i % 6]}${r.firstName} ${r.lastName}`,
		Email: i % 40 === 0 ? r.email.replace('@', '') : i % 11 === 0 ? r.email.toUpperCase() : r.email,
		Phone: r.phone,
		Mobile: i % 3 === 0 ? '' : r.phone.replace(/\d$/, '7'),
		'Date of Birth': i % 17 === 0 ? '' : dob,
		Address: `${r.street}, ${r.city}, ${r.state} ${r.zip}`,
		Company: i % 5 === 0 ? 'Acme LLC' : '',
		Notes: i % 9 === 0 ? 'Call after 5pm.\nPrefers email.' : '',
	};
});
const mapMessy = autoMapHeaders(Object.keys(messy[0]), 'contacts');
transformRecords(messy.slice(0, 5000), mapMessy, 'contacts');
const tm = process.hrtime.bigint();
const outMessy = transformRecords(messy, mapMessy, 'contacts');
const secMessy = Number(process.hrtime.bigint() - tm) / 1e9;
console.log(
	`transformRecords, messy contacts: 100,000 rows in ${secMessy.toFixed(2)} s (${Math.round(100000 / secMessy).toLocaleString('en-US')} rows/s); ${outMessy.totals.valid} valid, ${outMessy.totals.invalid} invalid, ${outMessy.totals.warnings} warnings`,
);
