import { usZoneOffset } from '../../../../lib/normalize/date/usZoneOffset';

const et = (y: number, m: number, d: number, h: number, min = 0) =>
	usZoneOffset({ y, m, d }, [h, min, 0], -300);

describe('usZoneOffset', () => {
	it('returns daylight time between the second Sunday of March and the first of November (2007 on)', () => {
		expect(et(2022, 3, 12, 23)).toBe(-300);
		expect(et(2022, 3, 13, 3)).toBe(-240);
		expect(et(2021, 11, 7, 0, 59)).toBe(-240);
		expect(et(2021, 11, 7, 2)).toBe(-300);
		expect(et(2014, 12, 12, 15)).toBe(-300);
	});
	it('returns the older rules for 1967-2006', () => {
		expect(et(2006, 4, 2, 3)).toBe(-240);
		expect(et(2006, 4, 1, 12)).toBe(-300);
		expect(et(2006, 10, 29, 2)).toBe(-300);
		expect(et(1980, 4, 27, 3)).toBe(-240);
		expect(et(1980, 4, 20, 12)).toBe(-300);
	});
	it('returns undefined where one offset cannot be told', () => {
		expect(et(2022, 3, 13, 2, 30)).toBeUndefined();
		expect(et(2021, 11, 7, 1, 30)).toBeUndefined();
		expect(et(1974, 7, 1, 12)).toBeUndefined();
		expect(et(1960, 7, 1, 12)).toBeUndefined();
	});
});
