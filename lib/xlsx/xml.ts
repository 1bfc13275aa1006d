/*
 * XML text and cell references, as every part of an XLSX package writes them.
 */

/** SpreadsheetML's namespace. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The namespace of relationships between parts. */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text as XML character data: escaped, and characters XML cannot hold written as Excel's `_xHHHH_`. */
export function xmlText(text: string): string {
	return (
		text
			.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
			.replace(/[&<>"]/g, (c) =>
				c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
			)
			// control characters other than tab and line breaks, and lone surrogates, are not XML
			.replace(
				/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
				(c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
			)
	);
}

/**
 * A column's letters from its 0-based index: 0 → A, 25 → Z, 26 → AA.
 *
 * @example
 * [columnName(0), columnName(26), columnName(16_383)]
 * //=> ['A', 'AA', 'XFD']
 */
export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}
