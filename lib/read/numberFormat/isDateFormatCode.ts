import { splitSections } from './formatSections';

/** The format with literals, escapes, padding and bracketed parts removed (what is left holds the tokens). */
function bareTokens(text: string): string {
	return text.replace(/"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]/gi, '');
}

/**
 * Whether a number format shows a date or time: it has y, m, d, h or s
 * tokens (or elapsed `[h]`, or AM/PM) outside literals, colours and locales.
 *
 * @param format - the cell's number format code
 * @returns true for date, time and date-time formats
 * @example
 * isDateFormatCode('m/d/yyyy h:mm') //=> true
 * isDateFormatCode('"Day "0') //=> false
 */
export function isDateFormatCode(format: string): boolean {
	if (format === '' || /^general$/i.test(format) || format === '@') return false;
	const first = splitSections(format)[0].text;
	const bare = bareTokens(first).replace(/general/gi, '');
	if (/\[[hms]+\]/i.test(bare)) return true;
	if (/AM\/PM|A\/P/i.test(bare)) return true;
	// E+ / E- is scientific notation, not a date
	return /[ymdhs]/i.test(bare.replace(/E[+-]/gi, '').replace(/[eE](?=[0#?])/g, ''));
}
