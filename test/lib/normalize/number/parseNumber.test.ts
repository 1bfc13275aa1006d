import fc from 'fast-check';
import { isIntakeError } from '../../../../lib/errors';
import { parseNumber } from '../../../../lib/normalize/number/parseNumber';
import locales from '../../../fixtures/numbers-locales.json';

const value = (text: string, decimalMark?: 'auto' | '.' | ',') => {
	const r = parseNumber(text, { decimalMark });
	return r.ok ? r.value : r.code;
};

describe('parseNumber', () => {
	describe('grouping and decimal marks', () => {
		it.each([
			['1,234.56', 1234.56],
			['1.234,56', 1234.56],
			['9,99', 9.99],
			['1 234,56', 1234.56],
			['1\u00a0234,56', 1234.56],
			['1\u202f234,56', 1234.56],
			['1 234.56', 1234.56],
			["1'234.50", 1234.5],
			['1\u2019234.50', 1234.5],
			['1,23,456.78', 123456.78],
			['12,34,567', 1234567],
			['1,000,000', 1000000],
			['1.000.000', 1000000],
			['1.234.567,891', 1234567.891],
			['0,5', 0.5],
			['0.5', 0.5],
			['.5', 0.5],
			['1,2345', 1.2345],
			['1234,5', 1234.5],
			['12', 12],
			['1 234', 1234],
		])('reads %s as %d with the mark its form settles', (text, expected) => {
			expect(parseNumber(text)).toEqual({ ok: true, value: expected });
		});
		it('refuses a value that reads two ways unless the mark is given', () => {
			expect(parseNumber('1,234')).toEqual({
				ok: false,
				code: 'NUMBER_AMBIGUOUS',
				message: '"1,234" is 1234 with a decimal point but 1.234 with a decimal comma',
			});
			expect(value('1.234')).toBe('NUMBER_AMBIGUOUS');
			expect(value('$1,200')).toBe('NUMBER_AMBIGUOUS');
			expect(value('1,234', '.')).toBe(1234);
			expect(value('1,234', ',')).toBe(1.234);
			expect(value('1.234', ',')).toBe(1234);
		});
		it('says when a value is written with the other mark', () => {
			expect(parseNumber('9,99', { decimalMark: '.' })).toEqual({
				ok: false,
				code: 'NUMBER_MARK_MISMATCH',
				message: '"9,99" is written with a decimal comma, but the decimal mark is "."',
			});
			expect(value('1,234.56', ',')).toBe('NUMBER_MARK_MISMATCH');
			expect(value('1.234.567', '.')).toBe('NUMBER_MARK_MISMATCH');
		});
		it('refuses grouping that is not in threes (or Indian lakhs), or mixes separators', () => {
			for (const text of [
				'1,23',
				'12,3456.7',
				'1.234,567.8',
				"1'234 567",
				'1,,234',
				'0,123,456',
				'1 23',
			])
				expect([text, value(text, '.')]).toEqual([text, expect.stringMatching(/^NUMBER_/)]);
			expect(value('12,34,567', ',')).toBe('NUMBER_MARK_MISMATCH');
			expect(value('1.23.456,78', ',')).toBe('NUMBER_INVALID');
		});
	});

	describe('signs, currencies and percent', () => {
		it.each([
			['-3', -3],
			['+3', 3],
			['\u22125', -5],
			['- 5', -5],
			['5-', -5],
			['1.234,56-', -1234.56],
			['(1,234.56)', -1234.56],
			['($1,234.56)', -1234.56],
			['(1.234,56 €)', -1234.56],
			['€ 9,99', 9.99],
			['9,99 €', 9.99],
			['9,99€', 9.99],
			['EUR 9,99', 9.99],
			['9,99 EUR', 9.99],
			['-$40', -40],
			['$-40', -40],
			['EUR-1\u2019234.50', -1234.5],
			['$ 40', 40],
			['$.5', 0.5],
			['£12', 12],
			['¥1,000,000', 1000000],
			['R$ 1.234,56', 1234.56],
			['US$ 9.99', 9.99],
			['CHF 1\u2019234.50', 1234.5],
			['Fr. 5.50', 5.5],
			['125,50 kr', 125.5],
			['1 234,50 zł', 1234.5],
			['Rs. 1,23,456.00', 123456],
			['15%', 15],
			['15 %', 15],
			['12,5 %', 12.5],
			['$40%', 40],
			['\u200f\u200e-1,234.50 \u200f$', -1234.5],
		])('reads %s as %d', (text, expected) => {
			expect(parseNumber(text)).toEqual({ ok: true, value: expected });
		});
		it('refuses words that are not currencies, a second sign or a second currency', () => {
			for (const text of [
				'12 apples',
				'12 usd',
				'all 12',
				'--5',
				'(-5)',
				'(5',
				'5)',
				'$5 €',
				'%5',
				'EUR',
				'-',
				'$',
				'1.2.3',
			])
				expect([text, value(text)]).toEqual([text, 'NUMBER_INVALID']);
		});
	});

	describe('other input', () => {
		it('reads exponents, keeps numbers, and refuses empty or long text', () => {
			expect(value('1.5E+3')).toBe(1500);
			expect(value('1,5E-3')).toBe(0.0015);
			expect(value('1,234e3', '.')).toBe('NUMBER_MARK_MISMATCH');
			expect(parseNumber(12.5)).toEqual({ ok: true, value: 12.5 });
			expect(parseNumber(Number.NaN).ok).toBe(false);
			expect(parseNumber('  ')).toEqual({
				ok: false,
				code: 'NUMBER_EMPTY',
				message: 'the value is empty',
			});
			expect(value('1'.repeat(101))).toBe('NUMBER_INVALID');
			expect(value('9'.repeat(400))).toBe('NUMBER_INVALID');
			expect(parseNumber(null as unknown as string).ok).toBe(false);
			expect(Object.is(value('-0'), 0)).toBe(true);
			expect(Object.is(value('(0.00)'), 0)).toBe(true);
		});
		it('throws NUMBER_INVALID_OPTION for an unknown decimal mark', () => {
			let error: unknown;
			try {
				parseNumber('1', { decimalMark: ';' as ',' });
			} catch (e) {
				error = e;
			}
			expect(isIntakeError(error) && error.code).toBe('NUMBER_INVALID_OPTION');
			expect((error as Error).message).toBe(
				'Invalid option `decimalMark`: expected "auto", "." or ",", got ";"',
			);
		});
	});

	describe('every locale CLDR knows how to write (test/fixtures/numbers-locales.json)', () => {
		it('reads each value with its column mark', () => {
			const wrong: string[] = [];
			for (const column of locales.columns)
				column.values.forEach((text, i) => {
					const r = parseNumber(text, { decimalMark: column.mark as '.' | ',' });
					if (!r.ok || Math.abs(r.value - column.expected[i]) > 1e-9)
						wrong.push(`${column.source}: ${text}`);
				});
			expect(wrong).toEqual([]);
		});
	});

	describe('on arbitrary strings', () => {
		it('never throws, and reads back what it reads when printed', () => {
			const text = fc.oneof(
				fc.string({ maxLength: 40 }),
				fc.stringMatching(/^[-+(]?[$€]?[0-9.,' ]{0,16}[%€)-]?$/),
			);
			fc.assert(
				fc.property(text, fc.constantFrom('auto', '.', ','), (t, mark) => {
					const r = parseNumber(t, { decimalMark: mark as 'auto' });
					if (r.ok) {
						expect(Number.isFinite(r.value)).toBe(true);
						expect(parseNumber(String(r.value), { decimalMark: '.' })).toEqual(r);
					}
				}),
				{ numRuns: 3000 },
			);
		});
		it('reads every finite number as String() prints it', () => {
			fc.assert(
				fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
					expect(parseNumber(String(n), { decimalMark: '.' })).toEqual({
						ok: true,
						value: n === 0 ? 0 : n,
					});
				}),
			);
		});
	});
});
