const ENTITY = /&(?:(lt|gt|quot|apos|amp)|#x([0-9a-fA-F]{1,6})|#([0-9]{1,7}));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function fromCode(code: number): string {
	// XML forbids NUL and lone surrogates as references; drop them rather than make bad strings.
	if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
	return String.fromCodePoint(code);
}

/**
 * Decodes the five predefined XML entities and numeric character references
 * in character data or an attribute value. Anything else that looks like an
 * entity is kept as written: a workbook can't define entities of its own,
 * and expanding none keeps entity bombs harmless.
 *
 * @param raw - text as it stands between tags
 * @returns the text it means
 * @example
 * decodeXmlText('Smith &amp; Sons &#x2013; &lt;est. 1901&gt;')
 * //=> 'Smith & Sons – <est. 1901>'
 */
export function decodeXmlText(raw: string): string {
	if (raw.indexOf('&') < 0) return raw;
	return raw.replace(
		ENTITY,
		(_m, named: string | undefined, hex: string | undefined, dec: string | undefined) =>
			named ? NAMED[named] : fromCode(hex ? parseInt(hex, 16) : parseInt(dec as string, 10)),
	);
}

/**
 * Decodes the `_xHHHH_` escapes Excel writes into string content for
 * characters XML can't carry (`_x000D_` is a carriage return). A literal
 * `_x0041_` in a cell is written `_x005F_x0041_`, so one left-to-right pass
 * restores it.
 *
 * @param text - decoded string content of a cell or shared string
 * @returns the string Excel shows
 * @example
 * decodeOoxmlEscapes('Line 1_x000D_\nLine 2 and _x005F_x0041_')
 * //=> 'Line 1\r\nLine 2 and _x0041_'
 */
export function decodeOoxmlEscapes(text: string): string {
	if (text.indexOf('_x') < 0) return text;
	return text.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
