import { decodeXmlText } from './decodeXmlText';
import { INCOMPLETE } from './scanXml';

/**
 * Reading attributes with the forward-only scanner of `scanXml.ts`: the
 * one-letter attributes of rows and cells by position (no allocation), a
 * whole number in place, and every attribute of one small metadata tag.
 */

const GT = 62;
const SLASH = 47;
const DQUOTE = 34;
const SQUOTE = 39;
const EQ = 61;

/**
 * Where the values of `r`, `t` and `s` of the last tag read by
 * {@link readShortAttrs} lie in the text ([start, end)); -1 when absent.
 * Positions rather than strings, so a cell's attributes cost no allocation.
 */
export const shortAttrs = { rStart: -1, rEnd: -1, tStart: -1, tEnd: -1, sStart: -1, sEnd: -1 };

/**
 * Reads the attributes of a start tag from `p` (just after its name) to its
 * `>`, recording where the values of the one-letter attributes `r`, `t` and
 * `s` lie in {@link shortAttrs}: the only attributes rows and cells need.
 * Prefixed and longer names are passed over. Returns the index of the `>`,
 * so the tag is read once.
 * @example
 * readShortAttrs('<c r="B2" t="s">', 2)
 * //=> 15 (shortAttrs.rStart is 6, shortAttrs.tStart is 13)
 */
export function readShortAttrs(s: string, p: number): number {
	const a = shortAttrs;
	a.rStart = a.rEnd = a.tStart = a.tEnd = a.sStart = a.sEnd = -1;
	const n = s.length;
	for (;;) {
		if (p >= n) return INCOMPLETE;
		let ch = s.charCodeAt(p);
		if (ch === GT) return p;
		if (ch <= 32 || ch === SLASH) {
			p++;
			continue;
		}
		const nameStart = p;
		while (ch !== EQ && ch > 32 && ch !== GT && ch !== SLASH) {
			if (++p >= n) return INCOMPLETE;
			ch = s.charCodeAt(p);
		}
		const nameLength = p - nameStart;
		while (ch <= 32) {
			if (++p >= n) return INCOMPLETE;
			ch = s.charCodeAt(p);
		}
		// A name with no value is malformed; read on from here.
		if (ch !== EQ) continue;
		do {
			if (++p >= n) return INCOMPLETE;
			ch = s.charCodeAt(p);
		} while (ch <= 32);
		if (ch !== DQUOTE && ch !== SQUOTE) continue;
		const ve = s.indexOf(ch === DQUOTE ? '"' : "'", p + 1);
		if (ve < 0) return INCOMPLETE;
		if (nameLength === 1) {
			const name = s.charCodeAt(nameStart);
			if (name === 114) {
				a.rStart = p + 1;
				a.rEnd = ve;
			} else if (name === 116) {
				a.tStart = p + 1;
				a.tEnd = ve;
			} else if (name === 115) {
				a.sStart = p + 1;
				a.sEnd = ve;
			}
		}
		p = ve + 1;
	}
}

/**
 * The non-negative integer written in [start, end), or -1 (also when absent or over 2^31).
 * @example
 * readIndex('<v>42</v>', 3, 5)
 * //=> 42
 */
export function readIndex(s: string, start: number, end: number): number {
	if (start < 0 || end <= start || end - start > 10) return -1;
	let n = 0;
	for (let i = start; i < end; i++) {
		const d = s.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return -1;
		n = n * 10 + d;
	}
	return n < 2 ** 31 ? n : -1;
}

/**
 * Every attribute of one tag, by its full name (`r:id` stays `r:id`), for
 * the small metadata parts.
 * @example
 * readAttributes('<sheet name="A &amp; B" r:id="rId1"/>')
 * //=> { name: 'A & B', 'r:id': 'rId1' }
 */
export function readAttributes(tag: string): Record<string, string> {
	const out: Record<string, string> = Object.create(null);
	for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
		out[m[1]] = decodeXmlText(m[2] ?? m[3] ?? '');
	return out;
}
