import { fail } from '../../common';

/**
 * A whole-number option (`--header-row 2`, `--sample 500`, `--limit 10`),
 * or a one-line misuse error naming the option.
 *
 * @param flag - the option as the user typed it, for the message
 * @param value - what commander handed over (a string), or undefined when absent
 * @param min - the smallest accepted
 * @returns the number, or undefined when the option was not given
 *
 * @example
 * parseCount('--sample', '500', 1) //=> 500
 * parseCount('--sample', 'lots', 1) // throws CliError: --sample "lots": expected a whole number of 1 or more
 */
export function parseCount(
	flag: string,
	value: string | undefined,
	min: number,
): number | undefined {
	if (value === undefined) return undefined;
	const text = String(value)
		.trim()
		.replace(/[,_](?=\d{3}\b)/g, '');
	const n = /^\d+$/.test(text) ? Number(text) : NaN;
	if (!Number.isSafeInteger(n) || n < min)
		fail(`${flag} ${JSON.stringify(value)}: expected a whole number of ${min} or more`);
	return n;
}
