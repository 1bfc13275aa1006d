import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectNameOrder, splitName } from '../../lib';
import {
	HAS_CORPUS,
	loadCorpus,
	loadNameSets,
	NAME_KEYS,
	partsMatch,
	type NameCase,
} from '../../test/helpers/corpus';
import { cost, pct } from './measure';

interface OrderColumn {
	name: string;
	order: 'givenFirst' | 'surnameFirst';
	cases: Array<{ input: string; expected: Record<string, string> }>;
}
const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures', 'names');
const fixture = <T>(file: string): T => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as T;
const right = (cases: ReadonlyArray<{ input: string; expected: Record<string, string> }>) =>
	cases.filter((c) =>
		partsMatch(c.expected, splitName(c.input) as Record<string, string>, NAME_KEYS),
	).length;

/** probablepeople's whole dev set, and by flag: the figure the issue quotes leaves two flags out. */
function probablepeopleByFlag(): string[] {
	const all = loadCorpus<NameCase[]>('names/probablepeople_dev.json');
	const flagOf = (c: NameCase) =>
		c.flags?.multi_person ? 'multi_person' : c.flags?.single_token ? 'single_token' : 'neither';
	const parts = ['neither', 'single_token', 'multi_person'].map((flag) => {
		const cases = all.filter((c) => flagOf(c) === flag);
		return `${flag} ${pct(right(cases), cases.length)}`;
	});
	return [
		`names probablepeople_dev, all cases: ${pct(right(all), all.length)}; ${parts.join('; ')}`,
	];
}

/** Our columns by naming custom: the order each settles, and the values split in it. */
function orderColumns(): string[] {
	const { columns } = fixture<{ columns: OrderColumn[] }>('nameOrders.json');
	let total = 0;
	let good = 0;
	const out = columns.map((col) => {
		const decided = detectNameOrder(col.cases.map((c) => c.input));
		const order = decided === 'undecided' ? 'givenFirst' : decided;
		const ok = col.cases.filter((c) =>
			partsMatch(c.expected, splitName(c.input, { order }) as Record<string, string>, NAME_KEYS),
		).length;
		total += col.cases.length;
		good += ok;
		return `  ${col.name} (${col.order}): read ${decided}, ${pct(ok, col.cases.length)} exact`;
	});
	return [`names by column order (test/fixtures/names): ${pct(good, total)} exact`, ...out];
}

/** Steady-state cost of deciding one column's order: warm-up, then the median of three runs of 50. */
function columnCost(column: readonly string[]): string {
	for (let i = 0; i < 20; i++) detectNameOrder(column);
	const runs = [0, 1, 2].map(() => {
		const start = process.hrtime.bigint();
		for (let i = 0; i < 50; i++) detectNameOrder(column);
		return Number(process.hrtime.bigint() - start) / 1e6 / 50;
	});
	return runs.sort((a, b) => a - b)[1].toFixed(2);
}

/** Names: the shared corpus, exact parts, and the cost per 100k; our own cases by kind. */
export function report(): string[] {
	const out: string[] = [];
	if (HAS_CORPUS) {
		for (const set of loadNameSets()) {
			out.push(
				`names ${set.name}: ${pct(right(set.cases), set.cases.length)} exact; ${cost(
					set.cases.map((c) => c.input),
					splitName,
				)}`,
			);
		}
		out.push(...probablepeopleByFlag());
		const column = loadNameSets()[0].cases.map((c) => c.input);
		const thousand = Array.from({ length: 1000 }, (_, i) => column[i % column.length]);
		out.push(`names detectNameOrder: ${columnCost(thousand)} ms per column of 1,000 names`);
	}
	const { nicknames, compoundGiven } = fixture<{
		nicknames: OrderColumn['cases'];
		compoundGiven: OrderColumn['cases'];
	}>('nicknamesAndCompounds.json');
	out.push(
		`names nicknames (test/fixtures/names): ${pct(right(nicknames), nicknames.length)} exact`,
	);
	out.push(
		`names compound given names (test/fixtures/names): ${pct(right(compoundGiven), compoundGiven.length)} exact`,
	);
	out.push(...orderColumns());
	return out;
}
