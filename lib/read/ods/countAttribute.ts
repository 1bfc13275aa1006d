/**
 * A repeat or span count (`number-columns-repeated`, `number-rows-spanned`,
 * `text:c`): a whole number of at least 1, no more than `max`; 1 when absent
 * or unreadable, as ODF's default.
 *
 * @param value - the attribute's text
 * @param max - the most it may count
 * @returns the count
 * @example
 * countAttribute('3', 100)
 * //=> 3
 */
export function countAttribute(value: string | undefined, max: number): number {
	if (value === undefined) return 1;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) return 1;
	return Math.min(n, max);
}
