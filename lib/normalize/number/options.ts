import { invalidOption } from '../../errors';

/*
 * The options of parseNumber and detectDecimalMark's readings, checked once
 * per call: the decimal mark, and the result parseNumber returns.
 */

/** A decimal mark: `'.'` as in 1,234.56, `','` as in 1.234,56. */
export type DecimalMark = '.' | ',';

/** Options of {@link parseNumber}. */
export interface ParseNumberOptions {
	/**
	 * The decimal mark: `'.'` (1,234.56) or `','` (1.234,56, 9,99). `'auto'`
	 * reads a value whose form settles the mark (9,99 or 1,234.56) and refuses
	 * one that reads two ways (1,234 is 1234 or 1.234) with `NUMBER_AMBIGUOUS`
	 * rather than guess: use {@link detectDecimalMark} on the whole column to
	 * choose. Default `'auto'`.
	 */
	decimalMark?: 'auto' | DecimalMark;
}

/** Default {@link ParseNumberOptions}. */
export const DEFAULT_PARSE_NUMBER_OPTIONS: Readonly<Required<ParseNumberOptions>> = Object.freeze({
	decimalMark: 'auto',
});

/** Why a number was refused. */
export type NumberErrorCode =
	| 'NUMBER_EMPTY'
	| 'NUMBER_INVALID'
	/** It reads as two numbers, one per decimal mark (1,234). */
	| 'NUMBER_AMBIGUOUS'
	/** It reads only with the other decimal mark (9,99 when the mark is '.'). */
	| 'NUMBER_MARK_MISMATCH';

/** What {@link parseNumber} returns. */
export type NumberResult =
	{ ok: true; value: number } | { ok: false; code: NumberErrorCode; message: string };

/**
 * Checks number options and fills in the defaults.
 *
 * @throws IntakeError `NUMBER_INVALID_OPTION` for a decimal mark other than "auto", "." or ","
 */
export function normalizeParseNumberOptions(
	options?: ParseNumberOptions,
): Required<ParseNumberOptions> {
	// an option given as undefined takes its default, as one left out does
	const merged = { decimalMark: options?.decimalMark ?? DEFAULT_PARSE_NUMBER_OPTIONS.decimalMark };
	if (!['auto', '.', ','].includes(merged.decimalMark))
		throw invalidOption(
			'NUMBER_INVALID_OPTION',
			'decimalMark',
			'"auto", "." or ","',
			merged.decimalMark,
		);
	return merged;
}
