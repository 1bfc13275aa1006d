import { readTrailingZone } from '../../../../lib/normalize/date/readTrailingZone';
import { readZone } from '../../../../lib/normalize/date/readZone';

describe('readZone', () => {
	it('returns the offset in minutes of an offset written after a time', () => {
		expect(readZone('x +0000', 1)).toEqual({ offset: 0, zone: '+0000', end: 7 });
		expect(readZone('x -05:30', 1)).toEqual({ offset: -330, zone: '-05:30', end: 8 });
		expect(readZone('x+07', 1)).toEqual({ offset: 420, zone: '+07', end: 4 });
		expect(readZone('x gmt+0900', 1)).toEqual({ offset: 540, zone: 'gmt+0900', end: 10 });
		expect(readZone('x utc+1', 1)).toEqual({ offset: 60, zone: 'utc+1', end: 7 });
	});
	it('returns the offset of a name with one meaning, and reads past a name after an offset', () => {
		expect(readZone('x pdt 2015', 1)).toEqual({ offset: -420, zone: 'pdt', end: 5 });
		expect(readZone('xz', 1)).toEqual({ offset: 0, zone: 'z', end: 2 });
		expect(readZone('x +0000 utc', 1)).toEqual({ offset: 0, zone: '+0000', end: 11 });
	});
	it('returns no offset for a name that is not one zone, or an offset past 14 hours', () => {
		expect(readZone('x ist', 1)).toEqual({ offset: undefined, zone: 'ist', end: 5 });
		expect(readZone('x +25:00', 1)).toEqual({ zone: '+25:00', end: 8 });
	});
	it('returns undefined for the words of a date', () => {
		expect(readZone('x dec 12', 1)).toBeUndefined();
		expect(readZone('x on july', 1)).toBeUndefined();
		expect(readZone('x, 2014', 1)).toBeUndefined();
		expect(readZone('x +5', 1)).toBeUndefined();
	});
});

describe('readTrailingZone', () => {
	it('returns a zone after the year: a known name always, an offset only after a time', () => {
		expect(readTrailingZone('fri dec 12 2014 pst', true)).toEqual({
			offset: -480,
			zone: 'pst',
			end: 15,
		});
		expect(readTrailingZone('august 14 2015 est', false)).toEqual({
			offset: -300,
			zone: 'est',
			end: 14,
		});
		expect(readTrailingZone('fri dec 12 2014 +0100', true)).toEqual({
			offset: 60,
			zone: '+0100',
			end: 15,
		});
		expect(readTrailingZone('dec 12 2014 +0100', false)).toBeUndefined();
		expect(readTrailingZone('dec 12 2014 jst', true)).toEqual({
			offset: 540,
			zone: 'jst',
			end: 11,
		});
		expect(readTrailingZone('dec 12 2014 xyz', true)).toBeUndefined();
	});
});
