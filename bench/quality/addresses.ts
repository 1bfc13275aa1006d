import { splitAddress } from '../../lib';
import { ADDRESS_KEYS, loadAddressCases, partsMatch } from '../../test/helpers/corpus';
import { cost, pct } from './measure';

/** Addresses: the shared corpus, exact parts, and the cost per 100k. */
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
	return out;
}
