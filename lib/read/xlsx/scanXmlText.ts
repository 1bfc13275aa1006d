import { decodeXmlText } from './decodeXmlText';
import {
	INCOMPLETE,
	isLocalName,
	isSelfClosing,
	isSpecial,
	nextTag,
	skipElement,
	skipSpecial,
	tag,
	tagEnd,
} from './scanXml';

/**
 * Reading the character data of elements with the forward-only scanner of
 * `scanXml.ts`: plain text (`<v>`, `<t>`) and the rich text of string items
 * (`<si>`, `<is>`). Each reader returns the position after what it read, or
 * {@link INCOMPLETE} when the text ends first, and leaves the text in
 * {@link scanned}.
 */

const SLASH = 47;

/**
 * A copy of a piece of text that does not keep the text it came from alive.
 * V8 makes a slice of 13 characters or more a view into its parent string,
 * so a shared string or cell value sliced from a 256 KB chunk of XML would
 * hold the whole chunk for as long as it lives; a table of shared strings,
 * or rows a caller keeps, would hold the whole part.
 * @example
 * detachText(chunk.slice(100, 140)) === chunk.slice(100, 140)
 * //=> true (but the copy no longer holds `chunk`)
 */
export function detachText(text: string): string {
	return text.length < 13 ? text : (' ' + text).slice(1);
}

/** The text read by the last successful {@link readText} or {@link readRichText}. */
export const scanned = { text: '' };

/**
 * Reads character data from `p` (just after a start tag) to the next end
 * tag, decoding entities and keeping CDATA sections as written; returns the
 * position after that end tag and leaves the text in `scanned.text`.
 * @example
 * readText('<v>1 &amp; 2</v>', 3)
 * //=> 16 (scanned.text is '1 & 2')
 */
export function readText(s: string, p: number): number {
	let k = s.indexOf('<', p);
	if (k < 0) return INCOMPLETE;
	if (s.charCodeAt(k + 1) === SLASH) {
		const e = s.indexOf('>', k);
		if (e < 0) return INCOMPLETE;
		scanned.text = decodeXmlText(s.slice(p, k));
		return e + 1;
	}
	let out = '';
	for (;;) {
		out += decodeXmlText(s.slice(p, k));
		if (s.startsWith('<![CDATA[', k)) {
			const e = s.indexOf(']]>', k + 9);
			if (e < 0) return INCOMPLETE;
			out += s.slice(k + 9, e);
			p = e + 3;
		} else if (s.charCodeAt(k + 1) === SLASH) {
			const e = s.indexOf('>', k);
			if (e < 0) return INCOMPLETE;
			scanned.text = out;
			return e + 1;
		} else if (isSpecial(s, k)) {
			p = skipSpecial(s, k);
			if (p < 0) return INCOMPLETE;
		} else {
			// A stray child tag: its text still counts, the tag does not.
			const e = tagEnd(s, k);
			if (e < 0) return INCOMPLETE;
			p = e + 1;
		}
		k = s.indexOf('<', p);
		if (k < 0) return INCOMPLETE;
	}
}

/**
 * Reads the text of a string item (`<si>` or `<is>`) from `p`, just after its
 * start tag, to its end tag: the `<t>` elements, directly or inside rich
 * text runs `<r>`, joined; phonetic runs `<rPh>` are left out, as Excel
 * shows them only as ruby text. Returns the position after the item's end
 * tag and leaves the text in `scanned.text`.
 * @example
 * readRichText('<si><r><t>a</t></r><r><t>b</t></r><rPh><t>x</t></rPh></si>', 4)
 * //=> 58 (scanned.text is 'ab')
 */
export function readRichText(s: string, p: number): number {
	let out = '';
	let depth = 0;
	for (;;) {
		if (nextTag(s, p) < 0) return INCOMPLETE;
		const { end: te, nameStart: ns, nameEnd: ne } = tag;
		if (tag.closing) {
			if (depth === 0) {
				scanned.text = out;
				return te + 1;
			}
			depth--;
			p = te + 1;
			continue;
		}
		if (isLocalName(s, ns, ne, 't')) {
			p = readElementText(s, te, readText);
			if (p < 0) return INCOMPLETE;
			out += scanned.text;
		} else if (isLocalName(s, ns, ne, 'rPh')) {
			p = skipElement(s, te);
			if (p < 0) return INCOMPLETE;
		} else {
			if (!isSelfClosing(s, te)) depth++;
			p = te + 1;
		}
	}
}

/**
 * Reads the content of the element whose start tag ends at `te` with `read`
 * ({@link readText} or {@link readRichText}), or none when the tag closes
 * itself; returns the position after the element and leaves its text in
 * `scanned.text` (`''` for `<v/>`).
 * @example
 * readElementText('<v>1 &amp; 2</v>', 2, readText)
 * //=> 16 (scanned.text is '1 & 2')
 */
export function readElementText(
	s: string,
	te: number,
	read: (s: string, p: number) => number,
): number {
	if (!isSelfClosing(s, te)) return read(s, te + 1);
	scanned.text = '';
	return te + 1;
}
