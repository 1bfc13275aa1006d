import { detectDecimalMark } from '../../../../lib/normalize/number/detectDecimalMark';
import locales from '../../../fixtures/numbers-locales.json';

describe('detectDecimalMark', () => {
	describe('a column one convention settles', () => {
		it.each([
			[['1.234', '9,99'], ','],
			[['1.234,56', '12'], ','],
			[['1.234.567'], ','],
			[['0,5', '1,234'], ','],
			[['1 234,56', '1 234'], ','],
			[['1,234', '3.5', '12'], '.'],
			[['1,234.56'], '.'],
			[['1,234,567', '2,500'], '.'],
			[["1'234.50", '1,234'], '.'],
			[['1,23,456', '1,234'], '.'],
			[['€ 9,99', '€ 1.200'], ','],
			[['($1,200.00)', '$1,200'], '.'],
		])('reads %j as %s', (values, mark) => {
			expect(detectDecimalMark(values)).toBe(mark);
		});
	});
	describe('a column nothing settles', () => {
		it('is ambiguous when a value reads two ways', () => {
			expect(detectDecimalMark(['1,234', '2,500'])).toBe('ambiguous');
			expect(detectDecimalMark(['1.234', '12', ''])).toBe('ambiguous');
		});
		it("is '.' when every value reads the same with either mark", () => {
			expect(detectDecimalMark(['12', '1 234', '$40', '', 'n/a'])).toBe('.');
			expect(detectDecimalMark([])).toBe('.');
		});
	});
	describe('a column whose values disagree', () => {
		it('follows a mark settled at least three times as often', () => {
			expect(detectDecimalMark(['9,99', '1.234,56', '0,5', '3.5', '1.234'])).toBe(',');
			expect(detectDecimalMark(['3.5', '4.25', '1,234.56', '9,99'])).toBe('.');
		});
		it('is ambiguous on a closer split, as two files merged', () => {
			expect(detectDecimalMark(['9,99', '3.5'])).toBe('ambiguous');
			expect(detectDecimalMark(['9,99', '0,5', '3.5'])).toBe('ambiguous');
		});
	});
	it('skips values that are not text, and never throws', () => {
		expect(detectDecimalMark([12.5, null, '9,99'] as unknown as string[])).toBe(',');
		expect(detectDecimalMark(null as unknown as string[])).toBe('.');
	});
	it('settles each CLDR locale column of test/fixtures/numbers-locales.json', () => {
		const wrong = locales.columns
			.filter((c) => detectDecimalMark(c.values) !== c.mark)
			.map((c) => c.source);
		expect(wrong).toEqual([]);
	});
});
