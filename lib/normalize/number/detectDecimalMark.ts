import { readingsOf } from './readNumberText';

/** How many times the values settling the winning mark must outnumber those settling the other. */
const MAJORITY = 3;

/**
 * Tells the decimal mark of a whole column of numbers, from the values that
 * settle it: `9,99`, `1.234,56` and `1.234.567` settle `','`; `3.5`,
 * `1,234.56` and `1,234,567` settle `'.'`; `1,234` and `1.234` alone settle
 * nothing (they read two ways), nor do `12` or `1 234` (they read one way
 * whatever the mark).
 *
 * A column is one export from one system, so it has one convention. When
 * its values disagree, the mark settled at least three times as often wins,
 * and the other values become errors where they are converted (one slip in
 * a column is outvoted; the user sees it). A closer split looks like two
 * files merged, where reading `1,234` either way would be a guess, so it
 * answers `'ambiguous'`, as it does when some value reads two ways and no
 * value settles the mark. A column in which no value depends on the mark
 * (whole numbers, empty cells, text that is no number) answers `'.'`: every
 * value reads the same with either mark.
 *
 * Pure and synchronous; never throws. Values that are not text are skipped.
 *
 * @param values - the column's values
 * @returns the decimal mark, or `'ambiguous'`
 *
 * @example
 * detectDecimalMark(['1.234', '9,99'])
 * //=> ','
 *
 * @example
 * detectDecimalMark(['1,234', '2,500'])
 * //=> 'ambiguous'
 *
 * @example
 * detectDecimalMark(['1,234', '3.5', '12'])
 * //=> '.'
 */
export function detectDecimalMark(values: readonly string[]): '.' | ',' | 'ambiguous' {
	let dot = 0;
	let comma = 0;
	let twoWays = false;
	for (const value of Array.isArray(values) ? values : []) {
		// a digit is the cheapest test that a value may be a number at all
		if (typeof value !== 'string' || !/\d/.test(value)) continue;
		const r = readingsOf(value);
		if (r === undefined) continue;
		if (r.comma === undefined) dot += r.dot === undefined ? 0 : 1;
		else if (r.dot === undefined) comma++;
		else if (r.dot !== r.comma) twoWays = true;
	}
	if (dot > 0 && dot >= MAJORITY * comma) return '.';
	if (comma > 0 && comma >= MAJORITY * dot) return ',';
	return dot + comma > 0 || twoWays ? 'ambiguous' : '.';
}
