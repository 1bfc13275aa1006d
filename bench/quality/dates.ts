import { detectDateOrder, parseDate } from '../../lib';
import { loadDateCases, parseCorpusDate } from '../../test/helpers/corpus';
import { cost, pct } from './measure';

/** Dates: the shared corpus, the must-not-parse cases, and the cost per 100k. */
export function report(): string[] {
	const out: string[] = [];
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
	out.push(
		`dates chrono whole-date cases: ${pct(dateRight, positives.length)}; must-not-parse accepted: ${accepted}/${negatives.length}; ${cost(dateValues, (v) => parseDate(v, { order: 'MDY' }))}; detectDateOrder ${cost([JSON.stringify(dateValues)], () => detectDateOrder(dateValues), 20000)} (per column of 8)`,
	);
	return out;
}
