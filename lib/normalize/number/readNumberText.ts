import { CURRENCY_CODES, CURRENCY_SIGNS } from './data/currencies';
import type { DecimalMark } from './options';

/*
 * The grammar of a written number, shared by parseNumber and
 * detectDecimalMark: first the marks around it (sign, currency, percent,
 * accounting brackets) are taken off once; then the digits in the middle are
 * read with each decimal mark. A mark settles a value when only it reads
 * the digits (9,99; 1,234.56); a value reads two ways when both do and
 * disagree (1,234), and the same way when both agree (12, 1 234).
 */

/** A number's text with its marks taken off. */
export interface NumberText {
	negative: boolean;
	/** Digits and separators: "1.234,56", "1'234", ".5". */
	body: string;
	/** The exponent, signed ("-3"), or ''. */
	exponent: string;
}

/** Longer text is never a number someone typed. */
const MAX_LENGTH = 100;

const CODES: ReadonlySet<string> = new Set(CURRENCY_CODES);
const SIGNS: ReadonlySet<string> = new Set(CURRENCY_SIGNS);

/**
 * The whole shape: accounting brackets, a sign and a currency before, the
 * digits, an exponent, a sign and a currency or percent after. Which
 * currency, and that there is one sign at most, is checked after.
 */
const SHAPE =
	/^(\()?\s*([-+\u2212])?\s*([\p{L}\p{Sc}]+\.?)?\s*([-+\u2212])?\s*([.,]?\d(?:[\d.,'\u2019 \u00a0\u202f\u2009]*\d)?)([eE][-+]?\d{1,3})?\s*([-\u2212])?\s*(%|[\p{L}\p{Sc}]+\.?)?\s*([-\u2212])?\s*(\))?$/u;

/** Direction marks that right-to-left locales put around a number's sign and currency (he-IL: "\u200f\u200e-1,234.50 \u200f$"). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Whether a word written before or after a number is a currency: a sign (any case) or an ISO code (upper case). */
function isCurrency(word: string): boolean {
	return CODES.has(word) || SIGNS.has(word.toLowerCase());
}

/** A currency that swallowed the decimal point of ".5" ("$.5") gives it back. */
function giveBackPoint(before: string | undefined, body: string): [string | undefined, string] {
	if (before === undefined || !before.endsWith('.') || isCurrency(before)) return [before, body];
	return [before.slice(0, -1), `.${body}`];
}

/**
 * Takes a number's marks off: one sign (leading, trailing, or accounting
 * brackets), one currency before or after, or a percent after.
 *
 * @returns the digits and the sign, or undefined when the text is not shaped like a number
 */
export function splitNumberText(text: string): NumberText | undefined {
	if (text.length > MAX_LENGTH) return undefined;
	BIDI.lastIndex = 0;
	const m = SHAPE.exec((BIDI.test(text) ? text.replace(BIDI, '') : text).trim());
	if (m === null) return undefined;
	const [, open, sign1, rawBefore, sign2, rawBody, exponent, sign3, after, sign4, close] = m;
	const [before, body] = giveBackPoint(rawBefore, rawBody);
	if ((open === undefined) !== (close === undefined)) return undefined;
	const signs = [sign1, sign2, sign3, sign4].filter((s) => s !== undefined);
	if (signs.length + (open === undefined ? 0 : 1) > 1) return undefined;
	if (before !== undefined && before !== '' && !isCurrency(before)) return undefined;
	// "$40%" was read as 40 before issue 17, so a percent may follow a currency
	if (after !== undefined && after !== '%' && (!isCurrency(after) || before)) return undefined;
	const negative = open !== undefined || (signs.length === 1 && signs[0] !== '+');
	return { negative, body: body.trim(), exponent: exponent?.slice(1) ?? '' };
}

const DIGITS = /^\d+$/;

/** The kind of a grouping separator (all spaces are one, both apostrophes are one), by its code. */
function groupingKind(code: number): string {
	if (code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009) return ' ';
	return code === 0x2019 ? "'" : String.fromCharCode(code);
}

/** Whether group lengths are thousands (1,234,567) or, with a comma and a decimal point, Indian lakhs (12,34,567). */
function isGrouping(groups: readonly number[], kind: string, mark: DecimalMark): boolean {
	const last = groups.length - 1;
	if (groups[0] === 0 || groups[0] > 3) return false;
	let thousands = true;
	let lakhs = kind === ',' && mark === '.' && last >= 2 && groups[0] <= 2 && groups[last] === 3;
	for (let i = 1; i <= last; i++) {
		thousands &&= groups[i] === 3;
		lakhs &&= i === last || groups[i] === 2;
	}
	return thousands || lakhs;
}

/**
 * The whole part's digits without their grouping, or undefined when it is
 * not grouped right: one kind of separator, never the decimal mark, groups
 * of three (or lakhs) after a first group of one to three digits that does
 * not start with 0. Scanned by hand: it runs twice per value.
 */
function wholeDigits(whole: string, mark: DecimalMark, grouped: boolean): string | undefined {
	let kind = '';
	let run = 0;
	const groups: number[] = [];
	for (let i = 0; i < whole.length; i++) {
		const code = whole.charCodeAt(i);
		if (code >= 0x30 && code <= 0x39) {
			run++;
			continue;
		}
		const k = groupingKind(code);
		if (!grouped || k === mark || (kind !== '' && k !== kind)) return undefined;
		kind = k;
		groups.push(run);
		run = 0;
	}
	if (kind === '') return whole;
	groups.push(run);
	if (whole.charCodeAt(0) === 0x30 || !isGrouping(groups, kind, mark)) return undefined;
	return whole.replace(/\D/g, '');
}

/**
 * Reads a number's digits with one decimal mark: the last mark starts the
 * fraction, every other separator must group the whole part.
 *
 * @returns the value, or undefined when the digits do not read with this mark
 */
export function readBody(text: NumberText, mark: DecimalMark): number | undefined {
	const { body, exponent } = text;
	const at = body.lastIndexOf(mark);
	const fraction = at < 0 ? '' : body.slice(at + 1);
	if (at >= 0 && !DIGITS.test(fraction)) return undefined;
	const whole = wholeDigits(at < 0 ? body : body.slice(0, at), mark, exponent === '');
	if (whole === undefined || (whole === '' && fraction === '')) return undefined;
	const value = Number(`${whole || '0'}.${fraction || '0'}e${exponent || '0'}`);
	if (!Number.isFinite(value)) return undefined;
	// -0 reads as 0
	return text.negative && value !== 0 ? -value : value;
}

/** A text's reading with each decimal mark (undefined where that mark does not read it). */
export interface Readings {
	dot: number | undefined;
	comma: number | undefined;
}

/** Shapes most cells have, read without the full grammar: digits, and one mark with no grouping. */
const PLAIN = /^-?\d+$/;
const POINT = /^-?\d*\.\d+$/;
const COMMA = /^-?\d*,\d+$/;
/** Of those, the ones that also read as grouped thousands with the other mark (1.234, 1,234). */
const TWO_WAY = /^-?[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * A plain shape's value with the mark given (`'auto'`: either, unless it
 * reads two ways), or undefined for any other text: the full grammar decides those.
 */
export function readPlain(text: string, mark: DecimalMark | 'auto'): number | undefined {
	if (text.length > MAX_LENGTH) return undefined;
	if (PLAIN.test(text)) return Number(text) || 0;
	const point = mark !== ',' && POINT.test(text);
	const comma = !point && mark !== '.' && COMMA.test(text);
	if (!point && !comma) return undefined;
	if (mark === 'auto' && TWO_WAY.test(text)) return undefined;
	// || 0: "-0.0" is 0
	return Number(comma ? text.replace(',', '.') : text) || 0;
}

/**
 * A text's reading with each decimal mark.
 *
 * @returns both readings, or undefined when the text is not shaped like a number
 */
export function readingsOf(text: string): Readings | undefined {
	const plain = readPlain(text, 'auto');
	if (plain !== undefined) {
		if (PLAIN.test(text)) return { dot: plain, comma: plain };
		return text.includes('.') ? { dot: plain, comma: undefined } : { dot: undefined, comma: plain };
	}
	const parts = splitNumberText(text);
	if (parts === undefined) return undefined;
	return { dot: readBody(parts, '.'), comma: readBody(parts, ',') };
}
