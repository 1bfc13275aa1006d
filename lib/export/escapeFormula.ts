import { NUMBER_TEXT } from './values';

/**
 * Guards a spreadsheet cell against formula injection (OWASP's CSV
 * injection advice): text starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading apostrophe, so Excel, LibreOffice and
 * Google Sheets show it as text instead of running it. Text that is a plain
 * decimal number (`-12.5`, `+3`, `-1,234.50`, `-1e3`) is left alone: it
 * holds no formula and should stay a number. Anything else is prefixed, a
 * phone number like `+1 555 010 0123` too, since a spreadsheet would compute
 * `+1-555-010-0123` as arithmetic (and OWASP allows no exceptions for such text).
 *
 * @param text - the cell's text
 * @returns the text, prefixed with `'` when a spreadsheet would run it
 *
 * @example
 * escapeFormula('=HYPERLINK("http://evil.example","x")')
 * //=> '\'=HYPERLINK("http://evil.example","x")'
 *
 * @example
 * escapeFormula('-12.5')
 * //=> '-12.5'
 */
export function escapeFormula(text: string): string {
	if (text === '') return text;
	const first = text.charCodeAt(0);
	// = + - @ tab CR
	if (first !== 61 && first !== 43 && first !== 45 && first !== 64 && first !== 9 && first !== 13)
		return text;
	if ((first === 43 || first === 45) && /\d/.test(text) && NUMBER_TEXT.test(text)) return text;
	return `'${text}`;
}
