import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectDateOrder, parseDate, type DateResult } from '../../lib';
import { loadDateCases, parseCorpusDate } from '../../test/helpers/corpus';
import { cost, pct } from './measure';

/** One case of test/fixtures/dates/freeform.json. */
interface FreeformCase {
	input: string;
	expected: string | null;
	order?: 'MDY' | 'DMY';
	holdout?: boolean;
}

/** A parser under test: the ISO value it reads (`--MM-DD` for a month and day), or null when it refuses. */
type Reader = (input: string, order: 'MDY' | 'DMY' | undefined) => string | null;

const pad = (n: number) => String(n).padStart(2, '0');
const offsetText = (minutes: number) =>
	`${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/** Ours: parseDate in the column's order, or 'auto' where the case gives none; DATE_NO_YEAR counts by its monthDay. */
const ours: Reader = (input, order) => {
	const r: DateResult = parseDate(input, { order: order ?? 'auto' });
	return r.ok ? r.value : r.code === 'DATE_NO_YEAR' ? r.monthDay : null;
};

/** Parts as the peers give them, written as parseDate writes its value. */
function isoOf(p: {
	year?: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	second?: number;
	offset?: number;
}): string | null {
	if (p.month === undefined || p.day === undefined) return null;
	if (p.year === undefined) return `--${pad(p.month)}-${pad(p.day)}`;
	const day = `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}`;
	if (p.hour === undefined) return day;
	const zone = p.offset === undefined ? '' : offsetText(p.offset);
	return `${day}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${zone}`;
}

/** A dev-only peer, or undefined when it is not installed (they are not dependencies of this package). */
function peer(name: string): unknown {
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		return require(name);
	} catch {
		return undefined;
	}
}

interface ChronoComponents {
	get(c: string): number | null;
	isCertain(c: string): boolean;
}
type ChronoParse = (text: string) => Array<{ start: ChronoComponents }>;

/** chrono-node (casual or strict; en.GB for day-first columns, else en): the known parts of its first result. */
function chronoReader(chrono: Record<string, unknown>, mode: 'casual' | 'strict'): Reader {
	const en = chrono.en as Record<string, { parse: ChronoParse }> & { GB: { parse: ChronoParse } };
	const gb = en.GB as unknown as { parse: ChronoParse };
	const us = en[mode];
	return (input, order) => {
		const first = (order === 'DMY' && mode === 'casual' ? gb : us).parse(input)[0]?.start;
		if (!first) return null;
		const known = (c: string) => (first.isCertain(c) ? (first.get(c) ?? undefined) : undefined);
		return isoOf({
			year: known('year'),
			month: known('month'),
			day: known('day'),
			hour: known('hour'),
			minute: first.isCertain('hour') ? (first.get('minute') ?? 0) : undefined,
			second: first.isCertain('hour') ? (first.get('second') ?? 0) : undefined,
			offset: known('timezoneOffset'),
		});
	};
}

/** any-date-parser's attempt(), in en-US or en-GB. */
function anyDateReader(adp: {
	attempt(s: string, locale?: string): Record<string, number | string>;
}): Reader {
	return (input, order) => {
		const r = adp.attempt(input, order === 'DMY' ? 'en-GB' : 'en-US');
		if ('invalid' in r) return null;
		return isoOf(r as Record<string, number>);
	};
}

/** The share of cases a reader gets right: the expected value, or a refusal where null is expected. */
function score(read: Reader, cases: readonly FreeformCase[]): string {
	const right = cases.filter((c) => {
		try {
			return read(c.input, c.order) === c.expected;
		} catch {
			return c.expected === null;
		}
	}).length;
	return `${(right / cases.length).toFixed(3)} (${right}/${cases.length})`;
}

/** Ours and the peers on the free-form fixture: the cases tuned on, and the held-out ones apart. */
function freeform(): string[] {
	const file = join(__dirname, '..', '..', 'test', 'fixtures', 'dates', 'freeform.json');
	const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: FreeformCase[] }).cases;
	const tuned = cases.filter((c) => !c.holdout);
	const held = cases.filter((c) => c.holdout);
	const readers: Array<[string, Reader | string]> = [['parseDate', ours]];
	const chrono = peer('chrono-node') as Record<string, unknown> | undefined;
	readers.push(['chrono-node casual', chrono ? chronoReader(chrono, 'casual') : 'not installed']);
	readers.push(['chrono-node strict', chrono ? chronoReader(chrono, 'strict') : 'not installed']);
	const adp = peer('any-date-parser') as Parameters<typeof anyDateReader>[0] | undefined;
	readers.push(['any-date-parser', adp ? anyDateReader(adp) : 'not installed']);
	return readers.map(([name, read]) =>
		typeof read === 'string'
			? `dates free-form ${name}: ${read}`
			: `dates free-form ${name}: tuned ${score(read, tuned)}; held out ${score(read, held)}; all ${score(read, cases)}`,
	);
}

/** Dates: the shared corpus, the must-not-parse cases, the free-form fixture, and the cost per 100k. */
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
	const freeValues = [
		'8:25 a.m. Dec. 12, 2014',
		'Fri, 12 Dec 2014 10:55:50 +0000',
		'Wed Aug  5 12:00:00 UTC 2015',
		'22nd June, 2016',
		'December 12th, 2014 at 3pm',
		'2014-12-12T10:55:50.000Z',
		'12-DEC-14 10.55.50.000000 AM',
		'--05-13',
	];
	out.push(
		`dates chrono whole-date cases: ${pct(dateRight, positives.length)}; must-not-parse accepted: ${accepted}/${negatives.length}; ${cost(dateValues, (v) => parseDate(v, { order: 'MDY' }))}; detectDateOrder ${cost([JSON.stringify(dateValues)], () => detectDateOrder(dateValues), 20000)} (per column of 8)`,
	);
	out.push(...freeform());
	out.push(
		`dates free-form values (8 forms): ${cost(freeValues, (v) => parseDate(v, { order: 'MDY' }))}`,
	);
	return out;
}
