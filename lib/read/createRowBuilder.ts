import type { Row } from '../types';

/** Keys that would reach a prototype, or shadow one in a confusing way, if assigned with `obj[key] = value`. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Makes a function that builds row objects for one set of headers.
 *
 * Every header becomes an own, enumerable property. Headers such as
 * `__proto__` are defined with `Object.defineProperty`, so they can never
 * change a prototype, and the row stays a plain object that JSON and spreads
 * handle as usual. The safety check runs once per header, not once per cell.
 *
 * @param headers - unique column names
 * @returns a builder; missing cells become `''`
 * @example
 * const build = createRowBuilder(['__proto__', 'Name'])
 * build(['x', 'Jane'])
 * //=> { ['__proto__']: 'x', Name: 'Jane' } (own properties; Object.prototype untouched)
 */
export function createRowBuilder(headers: readonly string[]): (cells: readonly string[]) => Row {
	const keys = headers.slice();
	const hasUnsafe = keys.some((k) => UNSAFE_KEYS.has(k));
	if (!hasUnsafe) {
		return (cells) => {
			const row: Row = {};
			for (let i = 0; i < keys.length; i++) row[keys[i]] = cells[i] ?? '';
			return row;
		};
	}
	const unsafe = keys.map((k) => UNSAFE_KEYS.has(k));
	return (cells) => {
		const row: Row = {};
		for (let i = 0; i < keys.length; i++) {
			const value = cells[i] ?? '';
			if (unsafe[i]) {
				Object.defineProperty(row, keys[i], {
					value,
					enumerable: true,
					writable: true,
					configurable: true,
				});
			} else {
				row[keys[i]] = value;
			}
		}
		return row;
	};
}
