import { readTime } from '../../../../lib/normalize/date/readTime';

const at = (s: string) => {
	const t = readTime(s);
	return t && ('error' in t ? t.error : [t.hour, t.minute, t.second, s.slice(t.start, t.end)]);
};

describe('readTime', () => {
	it('returns the time and where it is written, before or after the date', () => {
		expect(at('8:25 a.m. dec. 12, 2014')).toEqual([8, 25, 0, '8:25 a.m.']);
		expect(at('dec 12, 2014 3:00 p. m.')).toEqual([15, 0, 0, '3:00 p. m.']);
		expect(at('dec 12 2014 10:55:50:123am')).toEqual([10, 55, 50, '10:55:50:123am']);
		expect(at('december 12, 2014 at 3pm')).toEqual([15, 0, 0, '3pm']);
		expect(at('dec 12 2014 12 noon')).toEqual([12, 0, 0, '12 noon']);
		expect(at('2014-12-12 midnight')).toEqual([0, 0, 0, 'midnight']);
		expect(at('12/12/2014 10h11')).toEqual([10, 11, 0, '10h11']);
		expect(at('dec 12, 2014 12:00 noon')).toEqual([12, 0, 0, '12:00 noon']);
		expect(at('dec 12, 2014 15:00 hrs')).toEqual([15, 0, 0, '15:00 hrs']);
		expect(at('12.12.2014 15:00 uhr')).toEqual([15, 0, 0, '15:00 uhr']);
		expect(at('25.12.2014 13.12')).toEqual([13, 12, 0, '13.12']);
		expect(at('12-dec-14 10.55.50.000000 pm')).toEqual([22, 55, 50, '10.55.50.000000 pm']);
	});
	it('returns undefined without a time, and an error for a time that cannot be', () => {
		expect(at('25.12.2014')).toBeUndefined();
		expect(at('$12.12')).toBeUndefined();
		expect(at('dec 12 2014')).toBeUndefined();
		expect(at('1/15/2024 13:05 pm')).toBe("13 o'clock with PM is not a time");
		expect(at('1/15/2024 25:00')).toBe('25:00 is not a time');
		expect(at('dec 12, 2014 3:00 noon')).toBe('3:00 noon is not a time');
	});
});
