import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { normalizePhone } from '../../lib';
import { loadPhoneCases } from '../../test/helpers/corpus';
import { cost, pct } from './measure';

/** Phones: the shared corpus, a first run over 100k distinct numbers, and libphonenumber-js alone beside ours. */
export function report(): string[] {
	const out: string[] = [];
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
	out.push(
		`phones libphonenumber_java_tests (real metadata): ${pct(phoneRight, phoneCases.length)}; 100k distinct US numbers, first run ${firstRunRate.toLocaleString('en-US')}/s; US shapes ${cost(usShapes, (v) => normalizePhone(v))}; libphonenumber-js alone ${cost(usShapes, (v) => parsePhoneNumberFromString(v, 'US')?.isPossible(), 50000)}`,
	);
	return out;
}
