import { HTML_ENTITIES } from './data/htmlEntities';

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/**
 * Replaces character references in HTML or XML text: numeric ones (`&#233;`,
 * `&#xE9;`) and the named ones an HTML export uses (`&amp;`, `&nbsp;`,
 * `&eacute;` …). An unknown name stays as written; a number that names no
 * character becomes U+FFFD.
 *
 * @param text - text between tags, or an attribute value
 * @returns the text with references replaced
 * @example
 * decodeEntities('Fish &amp; Chips &#8211; caf&eacute;')
 * //=> 'Fish & Chips – café'
 */
export function decodeEntities(text: string): string {
	if (text.indexOf('&') < 0) return text;
	return text.replace(
		REFERENCE,
		(whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
			if (name !== undefined) {
				if (!whole.endsWith(';')) return whole;
				return HTML_ENTITIES.get(name) ?? whole;
			}
			const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
			if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
			return String.fromCodePoint(code);
		},
	);
}
