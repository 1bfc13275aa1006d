/**
 * npm run bench:quality — accuracy of each normalizer on the shared corpora
 * (../shared/corpus), and what it costs per 100k values. Prints figures only.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import {
	detectDateOrder,
	normalizeEmail,
	normalizePhone,
	parseDate,
	splitAddress,
	splitName,
} from '../lib';
import {
	ADDRESS_KEYS,
	loadAddressCases,
	loadDateCases,
	loadNameSets,
	loadPhoneCases,
	NAME_KEYS,
	parseCorpusDate,
	partsMatch,
} from '../test/helpers/corpus';

/** Steady-state cost: a warm-up the JIT needs, then the median of three timed runs over `total` values. */
function cost(values: readonly string[], fn: (v: string) => unknown, total = 200000): string {
	for (let i = 0; i < 20000; i++) fn(values[i % values.length]);
	const runs = [0, 1, 2].map(() => {
		const start = process.hrtime.bigint();
		for (let i = 0; i < total; i++) fn(values[i % values.length]);
		return Number(process.hrtime.bigint() - start) / 1e6;
	});
	const ms = runs.sort((a, b) => a - b)[1];
	return `${((ms * 100000) / total).toFixed(0)} ms per 100k (${Math.round(total / (ms / 1000)).toLocaleString('en-US')}/s)`;
}
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;

for (const set of loadNameSets()) {
	const right = set.cases.filter((c) =>
		partsMatch(c.expected, splitName(c.input) as Record<string, string>, NAME_KEYS),
	).length;
	console.log(
		`names ${set.name}: ${pct(right, set.cases.length)} exact; ${cost(
			set.cases.map((c) => c.input),
			splitName,
		)}`,
	);
}
const addresses = loadAddressCases();
const addressRight = addresses.filter((c) =>
	partsMatch(c.expected, splitAddress(c.input) as Record<string, string>, ADDRESS_KEYS),
).length;
console.log(
	`addresses usaddress (city+state+zip): ${pct(addressRight, addresses.length)} exact; ${cost(
		addresses.map((c) => c.input),
		(v) => splitAddress(v),
	)}`,
);

// 100k distinct numbers spread over every area code and exchange, run once, first
const randomUs = Array.from({ length: 100000 }, (_, i) => {
	const n = String(2000000000 + ((i * 104729 + 7) % 7999999999));
	return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
});
const firstRunStart = process.hrtime.bigint();
for (const v of randomUs) normalizePhone(v);
const firstRunRate = Math.round(
	randomUs.length / (Number(process.hrtime.bigint() - firstRunStart) / 1e9),
);
const phoneCases = loadPhoneCases();
const phoneRight = phoneCases.filter((c) => {
	const r = normalizePhone(c.input, { defaultCountry: c.region });
	return r.ok && r.e164 === c.expected_e164;
}).length;
const usShapes = Array.from({ length: 5000 }, (_, i) => {
	const n = String(2000000000 + ((i * 7919) % 7999999999)).padStart(10, '2');
	return [
		`${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
		`(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
		n,
		`+1${n}`,
	][i % 4];
});
console.log(
	`phones libphonenumber_java_tests (real metadata): ${pct(phoneRight, phoneCases.length)}; 100k distinct US numbers, first run ${firstRunRate.toLocaleString('en-US')}/s; US shapes ${cost(usShapes, (v) => normalizePhone(v))}; libphonenumber-js alone ${cost(usShapes, (v) => parsePhoneNumberFromString(v, 'US')?.isPossible(), 50000)}`,
);

const { positives, negatives } = loadDateCases();
const dateRight = positives.filter((c) => {
	const r = parseCorpusDate(c.input, c.order);
	return r.ok && r.value === c.expected;
}).length;
const accepted = negatives.filter(
	(n) => parseDate(n, { order: 'MDY' }).ok || parseDate(n, { order: 'DMY' }).ok,
).length;
const dateValues = [
	'2024-01-15',
	'01/15/2024',
	'15.01.2024',
	'Jan 15, 2024',
	'15-Jan-24',
	'2024-01-15T13:45:00',
	'1/15/2024 3:30 PM',
	'Monday, January 15, 2024',
];
console.log(
	`dates chrono whole-date cases: ${pct(dateRight, positives.length)}; must-not-parse accepted: ${accepted}/${negatives.length}; ${cost(dateValues, (v) => parseDate(v, { order: 'MDY' }))}; detectDateOrder ${cost([JSON.stringify(dateValues)], () => detectDateOrder(dateValues), 20000)} (per column of 8)`,
);
const emails = ['jane.doe@example.com', 'JOHN@GMIAL.COM', 'bad@@x', 'a.b+c@law-firm.co.uk'];
console.log(`emails: ${cost(emails, (v) => normalizeEmail(v))}`);
