import { decodeXmlText } from './decodeXmlText';

/**
 * A small forward-only XML scanner over a string that may end mid-document,
 * used for worksheets and the shared strings table. Each function takes the
 * text and a position and returns the position after what it read, or
 * {@link INCOMPLETE} when the text ends first: the caller keeps the text
 * from where the construct started and tries again once more has arrived.
 * Every loop moves forward through the text, so hostile markup can't make
 * one spin. Element names are compared without their namespace prefix, so
 * `<x:c>` is a `c`.
 */

/** The text ended before the construct being read. */
export const INCOMPLETE = -1;

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const DQUOTE = 34;
const SQUOTE = 39;
const COLON = 58;
const EQ = 61;

/**
 * Where the tag opening at `i` (a `<`) ends: the index of its `>`, skipping
 * `>` inside quoted attribute values.
 * @example
 * tagEnd('<c r="A>1">', 0)
 * //=> 10
 */
export function tagEnd(s: string, i: number): number {
	const n = s.length;
	for (let k = i + 1; k < n; k++) {
		const ch = s.charCodeAt(k);
		if (ch === GT) return k;
		if (ch === DQUOTE || ch === SQUOTE) {
			k = s.indexOf(ch === DQUOTE ? '"' : "'", k + 1);
			if (k < 0) return INCOMPLETE;
		}
	}
	return INCOMPLETE;
}

/** Where the name starting at `p` ends (whitespace, `/` or `>`). * @example
 * nameEnd('<x:c r="A1">', 1, 10)
 * //=> 4
 */
export function nameEnd(s: string, p: number, end: number): number {
	while (p < end) {
		const ch = s.charCodeAt(p);
		if (ch <= 32 || ch === SLASH || ch === GT) return p;
		p++;
	}
	return end;
}

/** Whether the name in [start, end) is `local`, with or without a prefix. * @example
 * isLocalName('<x:row>', 1, 6, 'row')
 * //=> true
 */
export function isLocalName(s: string, start: number, end: number, local: string): boolean {
	const from = end - local.length;
	if (from < start || !s.startsWith(local, from)) return false;
	return from === start || s.charCodeAt(from - 1) === COLON;
}

/** Whether the tag ending at `te` closes itself (`/>`). * @example
 * isSelfClosing('<c r="A1"/>', 10)
 * //=> true
 */
export function isSelfClosing(s: string, te: number): boolean {
	return s.charCodeAt(te - 1) === SLASH;
}

/**
 * Skips a comment, CDATA section, processing instruction or declaration
 * starting at `i` (`<!` or `<?`); returns the position after it.
 * @example
 * skipSpecial('<!-- note --><row>', 0)
 * //=> 13
 */
export function skipSpecial(s: string, i: number): number {
	if (s.startsWith('<!--', i)) {
		const e = s.indexOf('-->', i + 4);
		return e < 0 ? INCOMPLETE : e + 3;
	}
	if (s.startsWith('<![CDATA[', i)) {
		const e = s.indexOf(']]>', i + 9);
		return e < 0 ? INCOMPLETE : e + 3;
	}
	if (s.charCodeAt(i + 1) === QUESTION) {
		const e = s.indexOf('?>', i + 2);
		return e < 0 ? INCOMPLETE : e + 2;
	}
	// <!DOCTYPE …> may hold an internal subset in brackets, whose declarations contain `>`.
	const gt = s.indexOf('>', i + 2);
	if (gt < 0) return INCOMPLETE;
	const bracket = s.indexOf('[', i + 2);
	if (bracket >= 0 && bracket < gt) {
		const close = s.indexOf(']', bracket);
		if (close < 0) return INCOMPLETE;
		const e = s.indexOf('>', close);
		return e < 0 ? INCOMPLETE : e + 1;
	}
	return gt + 1;
}

/** Whether the markup at `i` is a comment, CDATA, PI or declaration. * @example
 * isSpecial('<![CDATA[x]]>', 0)
 * //=> true
 */
export function isSpecial(s: string, i: number): boolean {
	const ch = s.charCodeAt(i + 1);
	return ch === BANG || ch === QUESTION;
}

/**
 * Where the tag last read by {@link nextTag} lies: its `<` at `start`, its
 * `>` at `end`, whether it is an end tag, and its name in [nameStart,
 * nameEnd). After {@link findTag} or {@link nextTag} returns
 * {@link INCOMPLETE}, `start` is where the unfinished markup begins, or -1
 * when no `<` follows at all. Positions in a shared object, so reading a tag
 * costs no allocation; a caller copies what it needs before reading further.
 */
export const tag = { start: -1, end: -1, closing: false, nameStart: -1, nameEnd: -1 };

/**
 * Where the next element tag (start or end) at or after `from` begins,
 * passing over comments, CDATA sections, processing instructions and
 * declarations; {@link INCOMPLETE} when the text ends first. It does not
 * read the tag, so a caller can take a fast path on its first characters.
 * @example
 * findTag('a<!-- <x> --><row r="1">', 0)
 * //=> 13
 */
export function findTag(s: string, from: number): number {
	let p = from;
	for (;;) {
		const k = s.indexOf('<', p);
		tag.start = k;
		if (k < 0) return INCOMPLETE;
		if (!isSpecial(s, k)) return k;
		p = skipSpecial(s, k);
		if (p < 0) return INCOMPLETE;
	}
}

/**
 * Reads the next element tag at or after `from` (see {@link findTag}) and
 * returns where it starts, leaving its end, kind and name in {@link tag};
 * {@link INCOMPLETE} when the text ends first.
 * @example
 * nextTag('<!-- c --></x:row>', 0)
 * //=> 10 (tag.end is 17, tag.closing is true, tag.nameStart is 12, tag.nameEnd is 17)
 */
export function nextTag(s: string, from: number): number {
	const k = findTag(s, from);
	if (k < 0) return INCOMPLETE;
	const e = tagEnd(s, k);
	if (e < 0) return INCOMPLETE;
	const closing = s.charCodeAt(k + 1) === SLASH;
	const ns = closing ? k + 2 : k + 1;
	tag.end = e;
	tag.closing = closing;
	tag.nameStart = ns;
	tag.nameEnd = nameEnd(s, ns, e);
	return k;
}

/**
 * Skips the element whose start tag ends at `te`, children and all;
 * returns the position after its end tag.
 * @example
 * skipElement('<f t="shared">A1<x/></f><v>2</v>', 13)
 * //=> 24
 */
export function skipElement(s: string, te: number): number {
	if (isSelfClosing(s, te)) return te + 1;
	let depth = 1;
	let p = te + 1;
	for (;;) {
		if (nextTag(s, p) < 0) return INCOMPLETE;
		const e = tag.end;
		if (tag.closing) {
			if (--depth === 0) return e + 1;
		} else if (!isSelfClosing(s, e)) {
			depth++;
		}
		p = e + 1;
	}
}

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

/** The non-negative integer written in [start, end), or -1 (also when absent or over 2^31). * @example
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
