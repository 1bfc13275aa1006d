import type { Token } from './formatTokens';
import { roundDecimal } from './roundDecimal';

/**
 * A number as a scientific format shows it (`0.00E+00`, engineering
 * `##0.0E+0`).
 *
 * @example
 * formatScientific(12345, tokenize('0.00E+00'))
 * //=> '1.23E+04'
 */
export function formatScientific(value: number, tokens: Token[]): string {
	const e = tokens.findIndex((t) => t.t === 'exp');
	const mant = tokens.slice(0, e);
	const expTokens = tokens.slice(e + 1);
	const dot = mant.findIndex((t) => t.t === 'dot');
	const intPlaces =
		(dot < 0 ? mant : mant.slice(0, dot)).filter((t) => t.t === 'digit').length || 1;
	const decPlaces = dot < 0 ? 0 : mant.slice(dot + 1).filter((t) => t.t === 'digit').length;
	// the exponent from the 15 significant digits, so 999.9999999999999 counts as 1000
	let exp = value === 0 ? 0 : Number(Math.abs(value).toExponential(14).split('e')[1]);
	// engineering style (##0.0E+0) keeps the exponent a multiple of the integer places
	if (intPlaces > 1) exp = Math.floor(exp / intPlaces) * intPlaces;
	const mantissa = (): string =>
		(value < 0 ? '-' : '') + roundDecimal(Math.abs(value / 10 ** exp), decPlaces);
	let mText = mantissa();
	if (Math.abs(Number(mText)) >= 10 ** intPlaces) {
		exp += intPlaces;
		mText = mantissa();
	}
	// 0 placeholders left of the point pad the mantissa (00.00E+00 shows 01.23E+04)
	const zeros = (dot < 0 ? mant : mant.slice(0, dot)).filter(
		(t) => t.t === 'digit' && t.c === '0',
	).length;
	const [mInt, mDec] = mText.replace('-', '').split('.');
	mText =
		(value < 0 ? '-' : '') + mInt.padStart(zeros, '0') + (mDec === undefined ? '' : `.${mDec}`);
	const expWidth = expTokens.filter((t) => t.t === 'digit').length;
	const sign = exp < 0 ? '-' : e >= 0 && (tokens[e] as { sign: string }).sign === '+' ? '+' : '';
	return `${mText}E${sign}${String(Math.abs(exp)).padStart(expWidth, '0')}`;
}
