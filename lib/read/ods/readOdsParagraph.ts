import { decodeXmlText } from '../xlsx/decodeXmlText';
import { INCOMPLETE, isLocalName, isSelfClosing, nextTag, skipElement, tag } from '../xlsx/scanXml';
import { countAttribute } from './countAttribute';

/** Spaces one `<text:s text:c>` may stand for: far beyond a real cell, short of a huge string from a hostile count. */
const MAX_SPACES = 1024;
/** `text:c`, read on its own: the cell's attributes being read stay as they are. */
const SPACE_COUNT = /(?:^|[\s:])c\s*=\s*["']\s*(\d+)/;
const LAYOUT = /^[ \t]*[\r\n][ \t\r\n]*$/;

/** The paragraph last read by {@link readOdsParagraph}. */
export const paragraph = { text: '' };

/**
 * Reads the text of a `<text:p>` or `<text:h>` whose start tag ends at
 * `te`, as LibreOffice shows it: spaces as written (LibreOffice writes and
 * reads a cell's runs of spaces as they are, though ODF would collapse them),
 * but a line break and indentation between elements is layout, not text;
 * `<text:s text:c="n"/>` is n spaces, `<text:tab/>` a tab, `<text:line-break/>` a
 * line break; the text of spans, links and other inline elements is kept,
 * notes and annotations are left out. The text goes to
 * {@link paragraph}.text.
 *
 * @param s - the text
 * @param te - the index of the paragraph start tag's `>`
 * @returns the position after the paragraph's end tag, or INCOMPLETE
 * @example
 * readOdsParagraph('<text:p>a<text:s text:c="2"/>b <text:span>c</text:span></text:p>', 7)
 * //=> 63 (paragraph.text is 'a  b c')
 */
export function readOdsParagraph(s: string, te: number): number {
	let out = '';
	let depth = 1;
	let p = te + 1;
	for (;;) {
		const lt = s.indexOf('<', p);
		if (lt < 0) return INCOMPLETE;
		if (lt > p) {
			const data = decodeXmlText(s.slice(p, lt));
			// Indentation between a pretty-printed file's elements is no text; other spaces are kept, as LibreOffice keeps them.
			if (!LAYOUT.test(data)) out += data;
		}
		if (s.startsWith('<![CDATA[', lt)) {
			const close = s.indexOf(']]>', lt + 9);
			if (close < 0) return INCOMPLETE;
			out += s.slice(lt + 9, close);
			p = close + 3;
			continue;
		}
		if (nextTag(s, lt) < 0) return INCOMPLETE;
		const { end, nameEnd, closing } = tag;
		p = end + 1;
		if (closing) {
			if (--depth === 0) break;
			continue;
		}
		const start = lt + 1;
		if (isLocalName(s, start, nameEnd, 's')) {
			const c = SPACE_COUNT.exec(s.slice(nameEnd, end));
			out += ' '.repeat(countAttribute(c ? c[1] : undefined, MAX_SPACES));
		} else if (isLocalName(s, start, nameEnd, 'tab')) {
			out += '\t';
		} else if (isLocalName(s, start, nameEnd, 'line-break')) {
			out += '\n';
		} else if (
			isLocalName(s, start, nameEnd, 'note') ||
			isLocalName(s, start, nameEnd, 'annotation')
		) {
			p = skipElement(s, end);
			if (p < 0) return INCOMPLETE;
			continue;
		} else if (isSelfClosing(s, end)) continue;
		else {
			depth++;
			continue;
		}
		// <text:s>, <text:tab> and <text:line-break> are empty; one written open is skipped to its end.
		if (!isSelfClosing(s, end)) {
			p = skipElement(s, end);
			if (p < 0) return INCOMPLETE;
		}
	}
	paragraph.text = out;
	return p;
}
