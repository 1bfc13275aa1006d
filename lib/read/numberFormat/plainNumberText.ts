import { roundDecimal } from './roundDecimal';

/**
 * A number in full, as General shows it without its width limit: integers
 * exact while a double holds them exactly, otherwise 15 significant digits
 * (Excel's precision, so no float noise), never in exponent form.
 *
 * @param value - a finite number
 * @returns its digits
 * @example
 * plainNumberText(0.1 + 0.2) //=> '0.3'
 * plainNumberText(123456789012345680000) //=> '123456789012346000000'
 */
export function plainNumberText(value: number): string {
	if (Number.isSafeInteger(value)) return String(value);
	const clean = Number(value.toPrecision(15));
	const s = String(clean);
	if (!/e/i.test(s)) return s;
	const digits = roundDecimal(
		Math.abs(clean),
		Math.abs(clean) >= 1 ? 0 : Math.min(100, -Math.floor(Math.log10(Math.abs(clean))) + 14),
	);
	return (clean < 0 ? '-' : '') + (digits.includes('.') ? digits.replace(/\.?0+$/, '') : digits);
}
