import { formatDigits } from './formatDigits';
import { pickSection, splitSections } from './formatSections';
import { tokenize, type Token } from './formatTokens';
import { plainNumberText } from './plainNumberText';

/**
 * A number as a cell with this format shows it, or undefined when the format
 * is one this reader does not render (the caller then writes the plain number).
 *
 * @param value - the cell's number
 * @param format - its number format code (not a date format)
 * @returns the shown text
 * @example
 * formatNumberCode(2134, '00000') //=> '02134'
 * formatNumberCode(5551234567, '[<=9999999]###-####;(###) ###-####') //=> '(555) 123-4567'
 * formatNumberCode(-1234.5, '#,##0.00_);(#,##0.00)') //=> '(1,234.50)'
 */
export function formatNumberCode(value: number, format: string): string | undefined {
	if (!Number.isFinite(value)) return undefined;
	const { section, shown: v } = pickSection(splitSections(format), value);
	const tokens = tokenize(section.text);
	if (tokens.some((t) => t.t === 'text')) return undefined;
	if (tokens.some((t) => t.t === 'general')) {
		return tokens
			.map((t) => (t.t === 'general' ? plainNumberText(v) : t.t === 'lit' ? t.s : ''))
			.join('');
	}
	const lead = v < 0 ? '-' : '';
	const abs = Math.abs(v);
	if (!tokens.some((t) => t.t === 'digit')) {
		// literal text only ("-" for zero in accounting): shown as it is
		return tokens.map((t) => (t.t === 'lit' ? t.s : t.t === 'pct' ? '%' : '')).join('');
	}
	const { first, end } = digitSpan(tokens);
	const prefix = tokens.slice(0, first);
	const suffix = tokens.slice(end + 1);
	const middle = tokens.slice(first, end + 1);
	const pct = tokens.filter((t) => t.t === 'pct').length;
	const scaled = abs * 100 ** pct;
	const body = formatDigits(
		scaled,
		middle.filter((t) => t.t !== 'pct'),
	);
	// Excel keeps the minus of a negative number that rounds to zero ("-0")
	return `${lead}${shownText(prefix)}${body}${shownText(suffix)}`;
}

/**
 * Where the digit part of a section lies, [first, end]: from its first digit
 * placeholder or point to its last, with the scaling commas right after it
 * and a fraction's literal denominator (`?/8`).
 */
function digitSpan(tokens: Token[]): { first: number; end: number } {
	const first = tokens.findIndex((t) => t.t === 'digit' || t.t === 'dot');
	let last = tokens.length - 1;
	while (last > first && tokens[last].t !== 'digit' && tokens[last].t !== 'dot') last--;
	let end = last;
	const slash = tokens.findIndex((t) => t.t === 'slash');
	if (slash > end) {
		// a fixed denominator (?/8) is written as literal digits after the slash
		end = slash;
		while (
			end + 1 < tokens.length &&
			(tokens[end + 1].t === 'digit' ||
				(tokens[end + 1].t === 'lit' && /^\d$/.test((tokens[end + 1] as { s: string }).s)))
		)
			end++;
	}
	while (end + 1 < tokens.length && tokens[end + 1].t === 'comma') end++;
	return { first, end };
}

/** The text the tokens around the digits show: literals, `%` and `,`. */
function shownText(list: Token[]): string {
	return list
		.map((t) => (t.t === 'lit' ? t.s : t.t === 'pct' ? '%' : t.t === 'comma' ? ',' : ''))
		.join('');
}
