import { splitAddress } from '../../lib';
import { ADDRESS_KEYS, loadAddressCases, partsMatch } from '../../test/helpers/corpus';
import {
	isUsCase,
	loadInternationalCases,
	scoreCase,
	type Outcome,
} from '../../test/fixtures/addresses/loadInternational';
import { cost, pct } from './measure';

/** The international cases (test/fixtures/addresses): exact parts, and how many were kept whole or split wrongly. */
function international(): string[] {
	const cases = loadInternationalCases();
	const lines: string[] = [];
	for (const [label, group] of [
		['non-US', cases.filter((c) => !isUsCase(c))],
		['US in the same shapes', cases.filter(isUsCase)],
	] as const) {
		const tally: Record<Outcome, number> = { right: 0, keptWhole: 0, wrongSplit: 0 };
		for (const c of group) tally[scoreCase(c, splitAddress(c.input))]++;
		lines.push(
			`addresses international, ${label}: ${pct(tally.right, group.length)} exact; kept whole instead of split: ${tally.keptWhole}; wrong splits: ${tally.wrongSplit}`,
		);
	}
	const inputs = cases.map((c) => c.input);
	lines.push(`addresses international cost: ${cost(inputs, (v) => splitAddress(v))}`);
	return lines;
}

/** Addresses: the shared corpus, exact parts, and the cost per 100k; then the international cases. */
export function report(): string[] {
	const out: string[] = [];
	const addresses = loadAddressCases();
	const addressRight = addresses.filter((c) =>
		partsMatch(c.expected, splitAddress(c.input) as Record<string, string>, ADDRESS_KEYS),
	).length;
	out.push(
		`addresses usaddress (city+state+zip): ${pct(addressRight, addresses.length)} exact; ${cost(
			addresses.map((c) => c.input),
			(v) => splitAddress(v),
		)}`,
	);
	out.push(...international());
	return out;
}
