import { cleanDateText } from '../../../../lib/normalize/date/cleanDateText';

describe('cleanDateText', () => {
	it('returns the text in lower case without what wraps it', () => {
		expect(cleanDateText('(Dec. 12, 2014)')).toBe('dec. 12, 2014');
		expect(cleanDateText('“12 December 2014”')).toBe('12 december 2014');
		expect(cleanDateText('12 December 2014.')).toBe('12 december 2014');
		expect(cleanDateText("'2014-12-12 10:55'")).toBe('2014-12-12 10:55');
		expect(cleanDateText("Wed, July 10, '96")).toBe("wed, july 10, '96");
	});
	it('returns the text without zone comments, Java zone ids, ordinals and era words', () => {
		expect(cleanDateText('Thu, 13 Feb 1969 23:32 -0330 (Newfoundland Time)')).toBe(
			'thu, 13 feb 1969 23:32 -0330',
		);
		expect(cleanDateText('2011-12-03T10:15:30+01:00[Europe/Paris]')).toBe(
			'2011-12-03 10:15:30+01:00',
		);
		expect(cleanDateText('2014-12-03 16:12:46 (UTC)')).toBe('2014-12-03 16:12:46 utc');
		expect(cleanDateText('Mon Jan 01 2024 10:00:00 GMT+0530 (IST)')).toBe(
			'mon jan 01 2024 10:00:00 gmt+0530 ist',
		);
		expect(cleanDateText('10:55 Eastern Standard Time 12/12/2014')).toBe('10:55 -05:00 12/12/2014');
		expect(cleanDateText('the 22nd of June 2016')).toBe('the 22 of june 2016');
		expect(cleanDateText('1996.07.10 A.D. at 15:08:56 PDT')).toBe('1996.07.10 at 15:08:56 pdt');
	});
	it('returns glued machine forms as a date, a space and a time', () => {
		expect(cleanDateText('2008:08:07 18:11:31')).toBe('2008-08-07 18:11:31');
		expect(cleanDateText('10/Oct/2000:13:55:36 -0700')).toBe('10/oct/2000 13:55:36 -0700');
		expect(cleanDateText('12DEC2014:10:55:50')).toBe('12dec2014 10:55:50');
		expect(cleanDateText('20130208T080910,123')).toBe('2013-02-08 08:09:10,123');
		expect(cleanDateText('2013-02-08T09')).toBe('2013-02-08 09:00');
		expect(cleanDateText('2013-02-08 09-0100')).toBe('2013-02-08 09:00-0100');
		expect(cleanDateText('1/15/2024T13:45')).toBe('1/15/2024 13:45');
	});
});
