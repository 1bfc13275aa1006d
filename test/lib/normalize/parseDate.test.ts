import { detectDateOrder } from '../../../lib/normalize/detectDateOrder';
import { parseDate } from '../../../lib/normalize/parseDate';
import { loadDateCases, parseCorpusDate, describeCorpus } from '../../helpers/corpus';

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
		expect(value('1994-11-05T08:15:30-05:30')).toBe('1994-11-05T08:15:30');
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
});
