import { detectDateOrder } from '../../../lib/normalize/detectDateOrder';
import { parseDate } from '../../../lib/normalize/parseDate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDateCases, parseCorpusDate, describeCorpus } from '../../helpers/corpus';

interface FreeformCase {
	input: string;
	expected: string | null;
	order?: 'MDY' | 'DMY';
	source: string;
	holdout?: boolean;
}
const FREEFORM = (
	JSON.parse(
		readFileSync(join(__dirname, '..', '..', 'fixtures', 'dates', 'freeform.json'), 'utf8'),
	) as { cases: FreeformCase[] }
).cases;

const value = (input: string | number, options?: Parameters<typeof parseDate>[1]) => {
	const r = parseDate(input, options);
	return r.ok ? r.value : r.code;
};

describe('parseDate', () => {
	it('reads ISO 8601 with or without a time', () => {
		expect(parseDate('2024-01-15')).toEqual({ ok: true, value: '2024-01-15', hasTime: false });
		expect(parseDate('2024-01-15T13:45:00')).toEqual({
			ok: true,
			value: '2024-01-15T13:45:00',
			hasTime: true,
		});
		expect(value('2024-01-15 13:45')).toBe('2024-01-15T13:45:00');
		expect(value('1994-11-05T08:15:30-05:30')).toBe('1994-11-05T08:15:30-05:30');
		expect(value('2024-01-15T13:45:00.123')).toBe('2024-01-15T13:45:00');
		expect(value('20240115')).toBe('2024-01-15');
	});
	it('reads US and EU numeric dates with / - and .', () => {
		expect(value('01/15/2024')).toBe('2024-01-15');
		expect(value('01-15-2024')).toBe('2024-01-15');
		expect(value('15.01.2024')).toBe('2024-01-15');
		expect(value('15/01/2024')).toBe('2024-01-15');
		expect(value('03/07/2024', { order: 'MDY' })).toBe('2024-03-07');
		expect(value('03/07/2024', { order: 'DMY' })).toBe('2024-07-03');
		expect(value('03/07/2024')).toBe('DATE_AMBIGUOUS');
	});
	it('reads two-digit years with the pivot', () => {
		expect(value('3/7/85', { order: 'MDY' })).toBe('1985-03-07');
		expect(value('3/7/29', { order: 'MDY' })).toBe('2029-03-07');
		expect(value('3/7/30', { order: 'MDY' })).toBe('1930-03-07');
		expect(value('3/7/50', { order: 'MDY', twoDigitYearPivot: 60 })).toBe('2050-03-07');
	});
	it('reads month names and abbreviations, with or without a weekday', () => {
		expect(value('Jan 15, 2024')).toBe('2024-01-15');
		expect(value('15-Jan-24')).toBe('2024-01-15');
		expect(value('Sept 4, 2014')).toBe('2014-09-04');
		expect(value('Monday, January 15, 2024')).toBe('2024-01-15');
		expect(value('31st March, 2016')).toBe('2016-03-31');
		expect(value('Tuesday, January 15, 2024')).toBe('DATE_WEEKDAY_MISMATCH');
	});
	it('reads 12- and 24-hour times', () => {
		expect(value('Jan 15, 2024 3:30 PM')).toBe('2024-01-15T15:30:00');
		expect(value('1/15/2024 12:05 am')).toBe('2024-01-15T00:05:00');
		expect(value('1/15/2024 13:05:09')).toBe('2024-01-15T13:05:09');
		expect(value('1/15/2024 13:05 PM')).toBe('DATE_IMPOSSIBLE');
	});
	it('reads Excel serials with the 1900 leap-year quirk', () => {
		expect(value(45306)).toBe('2024-01-15');
		expect(value('45306')).toBe('2024-01-15');
		expect(value(45306.75)).toBe('2024-01-15T18:00:00');
		expect(value(59)).toBe('1900-02-28');
		expect(value(60)).toBe('DATE_IMPOSSIBLE');
		expect(value(61)).toBe('1900-03-01');
		expect(value(1)).toBe('1900-01-01');
		expect(value(0)).toBe('DATE_OUT_OF_RANGE');
		expect(value(Number.NaN)).toBe('DATE_OUT_OF_RANGE');
	});
	it('refuses impossible dates, never rolling them over', () => {
		for (const input of [
			'2023-02-29',
			'31/02/2024',
			'2024-13-01',
			'04/31/2024',
			'February 30, 2024',
			'2024-00-10',
		]) {
			expect(value(input)).toBe('DATE_IMPOSSIBLE');
		}
		expect(value('2024-02-29')).toBe('2024-02-29');
	});
	it('refuses text that is not a date', () => {
		expect(value('')).toBe('DATE_EMPTY');
		expect(value('hello')).toBe('DATE_UNRECOGNIZED');
		expect(value('2020')).toBe('DATE_UNRECOGNIZED');
		expect(() => parseDate('x', { order: 'YDM' as 'YMD' })).toThrow(/order/);
	});

	it('keeps a written UTC offset, with Z, UTC, GMT and UT as +00:00', () => {
		expect(parseDate('Fri, 12 Dec 2014 10:55:50 +0000')).toEqual({
			ok: true,
			value: '2014-12-12T10:55:50+00:00',
			hasTime: true,
		});
		expect(value('2014-12-12T10:55:50Z')).toBe('2014-12-12T10:55:50+00:00');
		expect(value('2014-12-12 10:55:50 +01:00')).toBe('2014-12-12T10:55:50+01:00');
		expect(value('2014-12-12 10:55:50+05')).toBe('2014-12-12T10:55:50+05:00');
		expect(value('Wed Aug  5 12:00:00 UTC 2015')).toBe('2015-08-05T12:00:00+00:00');
		expect(value('Sat Aug 17 2013 18:40:39 GMT+0900 (JST)')).toBe('2013-08-17T18:40:39+09:00');
		expect(value('Fri Dec 12 10:55:50 2014 PST')).toBe('2014-12-12T10:55:50-08:00');
		expect(value('2009-11-10 23:00:00 +0000 UTC')).toBe('2009-11-10T23:00:00+00:00');
		expect(value('Friday, December 12, 2014 3:00 PM EST')).toBe('2014-12-12T15:00:00-05:00');
	});
	it('never guesses the offset of a zone name that is not one zone', () => {
		expect(parseDate('12/12/2014 3:00 PM IST')).toEqual({
			ok: false,
			code: 'DATE_ZONE_UNKNOWN',
			message:
				'"12/12/2014 3:00 PM IST" names the time zone "IST", which is not one zone, not a real offset, or not one offset at that hour; write its UTC offset instead, such as -05:00',
		});
		expect(value('Thu Sep 25 10:36:28 BRST 2003')).toBe('DATE_ZONE_UNKNOWN');
		expect(value('2014-12-12T10:55:50+25:00')).toBe('DATE_ZONE_UNKNOWN');
		expect(value('August 14, 2015 EST')).toBe('2015-08-14');
		expect(value('Dec. 12, 2014, 3 p.m. ET')).toBe('2014-12-12T15:00:00-05:00');
		expect(value('July 4, 2014, 3 p.m. PT')).toBe('2014-07-04T15:00:00-07:00');
		expect(value('2021-11-07 01:30 ET')).toBe('DATE_ZONE_UNKNOWN');
	});
	it('reads a time before the date, noon and midnight, a.m. with dots, 10h11 and a dotted time', () => {
		expect(value('8:25 a.m. Dec. 12, 2014')).toBe('2014-12-12T08:25:00');
		expect(value('Dec 12, 2014 at noon')).toBe('2014-12-12T12:00:00');
		expect(value('Dec. 31, 1999, at midnight')).toBe('1999-12-31T00:00:00');
		expect(value('Dec 12, 2014 3:00 p. m.')).toBe('2014-12-12T15:00:00');
		expect(value('December 12th, 2014 at 3pm')).toBe('2014-12-12T15:00:00');
		expect(value('12/12/2014 10h11')).toBe('2014-12-12T10:11:00');
		expect(value('16h15 le 3 mars 2020')).toBe('2020-03-03T16:15:00');
		expect(value('25.12.2014 13.12')).toBe('2014-12-25T13:12:00');
		expect(value('12-DEC-14 10.55.50.000000 PM')).toBe('2014-12-12T22:55:50');
		expect(value('12.12')).toBe('DATE_UNRECOGNIZED');
		expect(value('Dec 12, 2014 13:00 PM')).toBe('DATE_IMPOSSIBLE');
	});
	it('reads the layouts of C, Unix, RFC 2822, HTTP, Apache, EXIF and SAS', () => {
		expect(value('Wed Aug 05 12:00:00 2015')).toBe('2015-08-05T12:00:00');
		expect(value('Wed Aug  5 12:00:00 2015')).toBe('2015-08-05T12:00:00');
		expect(value('Thu, 13 Feb 1969 23:32 -0330 (Newfoundland Time)')).toBe(
			'1969-02-13T23:32:00-03:30',
		);
		expect(value('Sunday, 06-Nov-94 08:49:37 GMT')).toBe('1994-11-06T08:49:37+00:00');
		expect(value('10/Oct/2000:13:55:36 -0700')).toBe('2000-10-10T13:55:36-07:00');
		expect(value('2008:08:07 18:11:31')).toBe('2008-08-07T18:11:31');
		expect(value('12DEC2014:10:55:50')).toBe('2014-12-12T10:55:50');
		expect(value('20130208T080910,123')).toBe('2013-02-08T08:09:10');
		expect(value('19970902090807')).toBe('1997-09-02T09:08:07');
		expect(value('2004 10 Apr 11h30m')).toBe('2004-04-10T11:30:00');
	});
	it('reads ordinals, stray brackets and quotes, and a trailing full stop', () => {
		expect(value('22nd June, 2016')).toBe('2016-06-22');
		expect(value('the 3rd of May 2001')).toBe('2001-05-03');
		expect(value('(Dec. 12, 2014)')).toBe('2014-12-12');
		expect(value('“12 December 2014”')).toBe('2014-12-12');
		expect(value('12 December 2014.')).toBe('2014-12-12');
		expect(value("Wed, July 10, '96")).toBe('1996-07-10');
		expect(value('this 12th day of December, 2014')).toBe('2014-12-12');
	});
	it('reads long zone names, 12:00 noon, ISO week and ordinal dates, and European month names', () => {
		expect(value('Friday, December 12, 2014 at 10:55:50 AM Eastern Standard Time')).toBe(
			'2014-12-12T10:55:50-05:00',
		);
		expect(value('Dec 12, 2014 12:00 noon')).toBe('2014-12-12T12:00:00');
		expect(value('Dec 12, 2014 12:00 midnight')).toBe('2014-12-12T00:00:00');
		expect(value('2014-W50-5')).toBe('2014-12-12');
		expect(value('2014-346')).toBe('2014-12-12');
		expect(value('2014-W53-1')).toBe('DATE_IMPOSSIBLE');
		expect(value('2015-366')).toBe('DATE_IMPOSSIBLE');
		expect(value('Le 11 Décembre 2014 à 09:00')).toBe('2014-12-11T09:00:00');
		expect(value('12 de diciembre de 2014')).toBe('2014-12-12');
		expect(value('am 12. Dezember 2014 um 10:55 Uhr')).toBe('2014-12-12T10:55:00');
		expect(value('Dec 12 2014 am')).toBe('DATE_UNRECOGNIZED');
		expect(value('Martes 21 de Octubre de 2014')).toBe('2014-10-21');
		expect(value('vendredi, décembre 5 2014.')).toBe('2014-12-05');
		expect(value('sexta-feira, 10 de junho de 2014')).toBe('DATE_WEEKDAY_MISMATCH');
		expect(value('18.10.14 um 22:56 Uhr')).toBe('2014-10-18T22:56:00');
		expect(value('[Sept] 04, 2014.')).toBe('2014-09-04');
		expect(value('Sep 03 2014 | 4:32 pm EDT')).toBe('2014-09-03T16:32:00-04:00');
	});
	it('refuses relative dates, ranges and text around a date', () => {
		for (const input of ['tomorrow', 'next Friday', '3 days ago', 'tomorrow at noon', 'Today'])
			expect(value(input)).toBe('DATE_UNRECOGNIZED');
		expect(value('Call me Dec 12, 2014')).toBe('DATE_UNRECOGNIZED');
		expect(value('12/12/2014 - 12/15/2014')).toBe('DATE_UNRECOGNIZED');
		expect(value('Friday, December 13, 2014')).toBe('DATE_WEEKDAY_MISMATCH');
	});
	it('refuses a month and day without a year with DATE_NO_YEAR and its --MM-DD', () => {
		expect(parseDate('May 13')).toEqual({
			ok: false,
			code: 'DATE_NO_YEAR',
			message: '"May 13" has a month and day but no year',
			monthDay: '--05-13',
		});
		const monthDay = (input: string, order?: 'MDY' | 'DMY') => {
			const r = parseDate(input, order && { order });
			return r.ok ? r.value : r.code === 'DATE_NO_YEAR' ? r.monthDay : r.code;
		};
		expect(monthDay('--05-13')).toBe('--05-13');
		expect(monthDay('--0513')).toBe('--05-13');
		expect(monthDay('13 May')).toBe('--05-13');
		expect(monthDay('05/13')).toBe('--05-13');
		expect(monthDay('13/05')).toBe('--05-13');
		expect(monthDay('05/06')).toBe('DATE_AMBIGUOUS');
		expect(monthDay('05/06', 'DMY')).toBe('--06-05');
		expect(monthDay('--02-29')).toBe('--02-29');
		expect(monthDay('--02-30')).toBe('DATE_IMPOSSIBLE');
		expect(monthDay('May 2014')).toBe('DATE_UNRECOGNIZED');
		expect(monthDay('Mar-12')).toBe('DATE_UNRECOGNIZED');
		expect(monthDay('Jan  2 15:04:05')).toBe('DATE_UNRECOGNIZED');
	});
	it('reads the free-form fixture: at least 95% of the tuned cases and of the held-out ones', () => {
		for (const holdout of [false, true]) {
			const cases = FREEFORM.filter((c) => (c.holdout ?? false) === holdout);
			const right = cases.filter((c) => {
				const r = parseDate(c.input, c.order && { order: c.order });
				const got = r.ok ? r.value : r.code === 'DATE_NO_YEAR' ? r.monthDay : null;
				return got === c.expected;
			}).length;
			expect(right / cases.length).toBeGreaterThanOrEqual(0.95);
		}
		expect(FREEFORM.length).toBeGreaterThanOrEqual(300);
	});

	describeCorpus('corpus', () => {
		const { positives, negatives } = loadDateCases();
		it('reads every whole-date chrono case', () => {
			for (const c of positives) {
				const r = parseCorpusDate(c.input, c.order);
				expect({ input: c.input, value: r.ok ? r.value : r.code }).toEqual({
					input: c.input,
					value: c.expected,
				});
			}
			expect(positives.length).toBe(28);
		});
		it('accepts none of the chrono must-not-parse cases, in either order', () => {
			for (const input of negatives) {
				for (const order of ['MDY', 'DMY'] as const)
					expect({ input, ok: parseDate(input, { order }).ok }).toEqual({ input, ok: false });
			}
		});
	});
});

describe('detectDateOrder', () => {
	it('returns DMY, MDY or YMD when the column settles it, and ambiguous otherwise', () => {
		expect(detectDateOrder(['03/07/2024', '25/12/2024'])).toBe('DMY');
		expect(detectDateOrder(['03/07/2024', '12/25/2024'])).toBe('MDY');
		expect(detectDateOrder(['2024-01-02', '', '2024-03-04'])).toBe('YMD');
		expect(detectDateOrder(['03/07/2024', '04/08/2024'])).toBe('ambiguous');
		expect(detectDateOrder(['25/12/2024', '12/25/2024'])).toBe('ambiguous');
		expect(detectDateOrder([])).toBe('ambiguous');
	});
	it('reads a column of months and days only when its full dates settle nothing', () => {
		expect(detectDateOrder(['05/13', '04/08'])).toBe('MDY');
		expect(detectDateOrder(['13/05', '04/08'])).toBe('DMY');
		expect(detectDateOrder(['05/06', '04/08'])).toBe('ambiguous');
		expect(detectDateOrder(['25/12/2024', '05/13'])).toBe('DMY');
		expect(detectDateOrder(['03/07/2024', '05/13'])).toBe('MDY');
	});
});
