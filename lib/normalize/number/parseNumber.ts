import { normalizeParseNumberOptions, type NumberResult, type ParseNumberOptions } from './options';
import { fail, readEitherMark, readWithMark } from './readNumber';

export {
	DEFAULT_PARSE_NUMBER_OPTIONS,
	type DecimalMark,
	type NumberErrorCode,
	type NumberResult,
	type ParseNumberOptions,
} from './options';

/**
 * Reads a number as people and systems write it: grouped by commas, points,
 * spaces (also no-break and narrow no-break spaces) or apostrophes
 * (`1,234.56`, `1.234,56`, `1 234,56`, `1'234.50`, Indian `1,23,456.78`);
 * with a currency sign or ISO code before or after (`€ 9,99`, `9,99 EUR`,
 * `R$ 1.234,56`); a percent (kept as written: `15%` is 15); a sign before or
 * after (`-3`, `1.234,56-`) or accounting brackets (`(1,234.56)` is
 * negative); an exponent (`1.5E+3`).
 *
 * The decimal mark decides `1,234`: with `'.'` it is 1234, with `','` 1.234.
 * With `'auto'` (the default) a value whose form settles the mark is read
 * (`9,99`, `1,234.56`, `1.234.567`), a value that reads the same either way
 * is read (`12`, `1 234`), and one that reads two ways is refused with
 * `NUMBER_AMBIGUOUS` rather than guessed. Decide a whole column's mark with
 * {@link detectDecimalMark}.
 *
 * Pure and synchronous; never throws on bad data.
 *
 * @param input - the text (or a number, returned as is when finite)
 * @param options - see {@link ParseNumberOptions}
 * @returns `{ ok: true, value }`, or `{ ok: false, code, message }`
 * @throws IntakeError `NUMBER_INVALID_OPTION` for a decimal mark other than "auto", "." or ","
 *
 * @example
 * parseNumber('1.234,56 €', { decimalMark: ',' })
 * //=> { ok: true, value: 1234.56 }
 *
 * @example
 * parseNumber('9,99')
 * //=> { ok: true, value: 9.99 }
 *
 * @example
 * parseNumber('1,234')
 * //=> { ok: false, code: 'NUMBER_AMBIGUOUS', message: '"1,234" is 1234 with a decimal point but 1.234 with a decimal comma' }
 */
export function parseNumber(input: string | number, options?: ParseNumberOptions): NumberResult {
	const { decimalMark } = normalizeParseNumberOptions(options);
	if (typeof input === 'number')
		return Number.isFinite(input)
			? { ok: true, value: input }
			: fail('NUMBER_INVALID', `${input} is not a finite number`);
	if (typeof input !== 'string') return fail('NUMBER_INVALID', 'the value is not text');
	if (input.trim() === '') return fail('NUMBER_EMPTY', 'the value is empty');
	return decimalMark === 'auto' ? readEitherMark(input) : readWithMark(input, decimalMark);
}
