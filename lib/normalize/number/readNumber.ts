import type { DecimalMark, NumberErrorCode, NumberResult } from './options';
import { readBody, readPlain, splitNumberText } from './readNumberText';

/*
 * parseNumber's two readings, also used by the transform's converter (which
 * has checked its options once, so it calls these directly): with one
 * decimal mark, or with either when the value settles it.
 */

const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
const MARK_NAME = { '.': 'a decimal point', ',': 'a decimal comma' } as const;

export function fail(code: NumberErrorCode, message: string): NumberResult {
	return { ok: false, code, message };
}

/** A number written with one decimal mark, or why it does not read with it. */
export function readWithMark(text: string, mark: DecimalMark): NumberResult {
	const plain = readPlain(text, mark);
	if (plain !== undefined) return { ok: true, value: plain };
	const parts = splitNumberText(text);
	if (parts === undefined) return fail('NUMBER_INVALID', `${quoted(text)} is not a number`);
	const value = readBody(parts, mark);
	if (value !== undefined) return { ok: true, value };
	const other = mark === '.' ? ',' : '.';
	if (readBody(parts, other) === undefined)
		return fail('NUMBER_INVALID', `${quoted(text)} is not a number`);
	return fail(
		'NUMBER_MARK_MISMATCH',
		`${quoted(text)} is written with ${MARK_NAME[other]}, but the decimal mark is "${mark}"`,
	);
}

/** A number read with either mark: one that reads two ways is refused, never guessed. */
export function readEitherMark(text: string): NumberResult {
	const plain = readPlain(text, 'auto');
	if (plain !== undefined) return { ok: true, value: plain };
	const parts = splitNumberText(text);
	if (parts === undefined) return fail('NUMBER_INVALID', `${quoted(text)} is not a number`);
	const dot = readBody(parts, '.');
	const comma = readBody(parts, ',');
	if (dot === undefined && comma === undefined)
		return fail('NUMBER_INVALID', `${quoted(text)} is not a number`);
	if (dot !== undefined && comma !== undefined && dot !== comma)
		return fail(
			'NUMBER_AMBIGUOUS',
			`${quoted(text)} is ${dot} with a decimal point but ${comma} with a decimal comma`,
		);
	return { ok: true, value: (dot ?? comma) as number };
}
